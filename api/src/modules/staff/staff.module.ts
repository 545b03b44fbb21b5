import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AgreementRepository } from './agreements/agreement.repository';
import { AgreementsController } from './agreements/agreements.controller';
import { AgreementsService } from './agreements/agreements.service';
import { StaffAvailabilityController } from './availability/staff-availability.controller';
import { StaffAvailabilityRepository } from './availability/staff-availability.repository';
import { StaffAvailabilityService } from './availability/staff-availability.service';
import { HourBankController } from './hour-bank/hour-bank.controller';
import { HourBankRepository } from './hour-bank/hour-bank.repository';
import { HourBankService } from './hour-bank/hour-bank.service';
import { LeaveController } from './leave/leave.controller';
import { LeaveRepository } from './leave/leave.repository';
import { LeaveService } from './leave/leave.service';
import { StaffController } from './members/staff.controller';
import { StaffRepository } from './members/staff.repository';
import { StaffService } from './members/staff.service';
import { StaffBookingRules } from './staff-booking-rules';

/**
 * Pooled employees, one folder per part: members (profile, working hours, account), leave,
 * availability (free/busy), agreements and the hour bank; the booking rules of a person at the root.
 */
@Module({
  imports: [AuditModule],
  controllers: [StaffController, StaffAvailabilityController, LeaveController, AgreementsController, HourBankController],
  providers: [
    StaffService,
    StaffRepository,
    LeaveService,
    LeaveRepository,
    StaffAvailabilityService,
    StaffAvailabilityRepository,
    AgreementsService,
    AgreementRepository,
    HourBankService,
    HourBankRepository,
    StaffBookingRules,
  ],
  exports: [StaffBookingRules],
})
export class StaffModule {}
