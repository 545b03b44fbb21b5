import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ReportsModule } from '../reports/reports.module';
import { ImpactController } from './impact.controller';
import { ImpactRepository } from './impact.repository';
import { ImpactIndicatorsRepository } from './impact-indicators.repository';
import { ImpactService } from './impact.service';
import { ImpactIndicatorsService } from './impact-indicators.service';

@Module({
  imports: [AuditModule, ReportsModule],
  controllers: [ImpactController],
  providers: [ImpactService, ImpactIndicatorsService, ImpactRepository, ImpactIndicatorsRepository],
})
export class ImpactModule {}
