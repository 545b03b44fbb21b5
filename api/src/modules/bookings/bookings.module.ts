import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { StaffModule } from '../staff/staff.module';
import { BookingApprovalsService } from './booking-approvals.service';
import { BookingChangesService } from './booking-changes.service';
import { BookingMaintenanceService } from './booking-maintenance.service';
import { BookingRepository } from './booking.repository';
import { BookingsController } from './bookings.controller';
import { BookingsService } from './bookings.service';

@Module({
  imports: [AuditModule, StaffModule],
  controllers: [BookingsController],
  providers: [BookingsService, BookingChangesService, BookingApprovalsService, BookingMaintenanceService, BookingRepository],
  exports: [BookingsService, BookingRepository],
})
export class BookingsModule {}
