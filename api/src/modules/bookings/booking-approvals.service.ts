import { Injectable } from '@nestjs/common';
import type { CalendarOccurrence } from '@mutualis/contracts';
import { Clock } from '../../clock/clock';
import type { AuthenticatedUser } from '../access/authenticated-user';
import { BookingRepository } from './booking.repository';
import { toCalendarOccurrence } from './booking.mapper';

/** The approvals queue: pending occurrences of the resources the caller approves. */
@Injectable()
export class BookingApprovalsService {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly clock: Clock,
  ) {}

  /** Each approver sees what waits for them: coordinators their networks', a pooled employee the requests for their time. */
  async pending(user: AuthenticatedUser): Promise<CalendarOccurrence[]> {
    const networks = [...user.coordinatorOf.keys()];
    if (networks.length === 0 && !user.staffResourceId) return [];
    const rows = await this.bookings.pendingFor({
      networkIds: networks,
      staffResourceId: user.staffResourceId,
      ownOrganisationIds: [...user.memberships.keys()],
      nowMs: this.clock.nowMs(),
    });
    // The approver reads what they decide on, as a coordinator does.
    const caller = { memberOf: new Set(user.memberships.keys()), coordinates: new Set(rows.map((row) => row.network_id)) };
    return rows.map((row) => toCalendarOccurrence(row, caller, user));
  }
}
