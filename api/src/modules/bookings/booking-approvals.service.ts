import { Injectable } from '@nestjs/common';
import type { CalendarOccurrence } from '@mutualis/contracts';
import type { AuthenticatedUser } from '../access/authenticated-user';
import { BookingRepository } from './booking.repository';
import { toCalendarOccurrence } from './booking.mapper';

/** The approvals queue: pending occurrences of the resources the caller approves. */
@Injectable()
export class BookingApprovalsService {
  constructor(private readonly bookings: BookingRepository) {}

  async pending(user: AuthenticatedUser): Promise<CalendarOccurrence[]> {
    const networks = [...user.coordinatorOf.keys()];
    if (networks.length === 0) return [];
    const rows = await this.bookings.pendingFor(networks);
    const caller = { memberOf: new Set(user.memberships.keys()), coordinates: new Set(networks) };
    return rows.map((row) => toCalendarOccurrence(row, caller));
  }
}
