import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { StaffBookingRules } from './staff-booking-rules';
import { StaffController } from './staff.controller';
import { StaffRepository } from './staff.repository';
import { StaffService } from './staff.service';

@Module({
  imports: [AuditModule],
  controllers: [StaffController],
  providers: [StaffService, StaffRepository, StaffBookingRules],
  exports: [StaffBookingRules],
})
export class StaffModule {}
