import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { StaffModule } from '../staff/staff.module';
import { BookingApprovalsService } from './booking-approvals.service';
import { BookingBundles } from './booking-bundles.service';
import { BookingChangesService } from './booking-changes.service';
import { BookingChecks } from './booking-checks.service';
import { BookingQuantity } from './booking-quantity';
import { BookingQuantityRepository } from './booking-quantity.repository';
import { BookingDecisionsService } from './booking-decisions.service';
import { BookingMaintenanceService } from './booking-maintenance.service';
import { BookingNoticeRepository } from './booking-notice.repository';
import { BookingNotices } from './booking-notices';
import { BookingReminders } from './booking-reminders';
import { BookingRepository } from './booking.repository';
import { BookingsController } from './bookings.controller';
import { BookingsService } from './bookings.service';
import { SeriesEdits } from './series-edits';
import { AvailabilityController } from './availability/availability.controller';
import { AvailabilityRepository } from './availability/availability.repository';
import { AvailabilityService } from './availability/availability.service';
import { LoanRepository } from './loans/loan.repository';
import { LoansController } from './loans/loans.controller';
import { LoansService } from './loans/loans.service';

@Module({
  imports: [AuditModule, StaffModule],
  controllers: [BookingsController, LoansController, AvailabilityController],
  providers: [
    BookingsService,
    BookingChecks,
    BookingQuantity,
    BookingQuantityRepository,
    BookingChangesService,
    BookingBundles,
    BookingDecisionsService,
    SeriesEdits,
    BookingApprovalsService,
    BookingMaintenanceService,
    BookingRepository,
    BookingNotices,
    BookingNoticeRepository,
    BookingReminders,
    LoansService,
    LoanRepository,
    AvailabilityService,
    AvailabilityRepository,
  ],
  exports: [BookingsService, BookingRepository],
})
export class BookingsModule {}
