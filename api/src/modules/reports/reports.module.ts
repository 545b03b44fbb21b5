import { Module } from '@nestjs/common';
import { AllocationInputsRepository } from './allocation-inputs.repository';
import { AllocationReportService } from './allocation-report.service';
import { ReportsController } from './reports.controller';

@Module({
  controllers: [ReportsController],
  providers: [AllocationReportService, AllocationInputsRepository],
  exports: [AllocationReportService],
})
export class ReportsModule {}
