import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ReportsModule } from '../reports/reports.module';
import { PeriodsController } from './periods.controller';
import { PeriodRepository } from './periods.repository';
import { PeriodsService } from './periods.service';

@Module({
  imports: [AuditModule, ReportsModule],
  controllers: [PeriodsController],
  providers: [PeriodsService, PeriodRepository],
})
export class PeriodsModule {}
