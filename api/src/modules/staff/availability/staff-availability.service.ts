import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../errors/domain-error';
import type { AuthenticatedUser } from '../../access/authenticated-user';
import type { StaffAvailabilityView } from '@mutualis/contracts';
import { findFreeSlots, resolveTimeZone, staffWorkingTime, subtractIntervals, ZoneClock, type Interval } from '@mutualis/domain';
import type { IANAZone } from 'luxon';
import { LeaveRepository } from '../leave/leave.repository';
import { StaffService } from '../members/staff.service';
import { StaffAvailabilityRepository } from './staff-availability.repository';

const MAX_WINDOW_DAYS = 92;
const DAY_MS = 86_400_000;

/** Free/busy of a pooled employee, which anyone of the network may see. */
@Injectable()
export class StaffAvailabilityService {
  constructor(
    private readonly busy: StaffAvailabilityRepository,
    private readonly leave: LeaveRepository,
    private readonly members: StaffService,
  ) {}

  /** Free/busy anyone of the network may see: working time, busy and leave intervals, never titles or organisations. */
  async availability(
    user: AuthenticatedUser,
    id: string,
    from: string,
    to: string,
    durationMinutes?: number,
  ): Promise<StaffAvailabilityView> {
    const member = await this.members.get(user, id);
    const window = { start: Date.parse(from), end: Date.parse(to) };
    if (!(window.end > window.start) || window.end - window.start > MAX_WINDOW_DAYS * DAY_MS) {
      throw new DomainError('INVALID_QUERY', `from must be before to, at most ${MAX_WINDOW_DAYS} days apart.`);
    }
    const working = staffWorkingTime(
      {
        timeZone: member.timeZone,
        hours: member.workingHours,
        alternatingWeeksAnchor: member.alternatingWeeksAnchor,
        holidaysOff: member.holidaysOff,
      },
      window,
    );
    // Two reads on two pooled connections at once: one round trip instead of two.
    const [busy, leave] = await Promise.all([
      this.busy.activeIntervals(id, window.start, window.end),
      this.leave.leaveIntervals(id, window.start, window.end),
    ]);
    // One clock for the whole answer: luxon's toISO per instant cost more than the rest of the request.
    const clock = new ZoneClock(resolveTimeZone(member.timeZone) as IANAZone);
    const view = (list: Interval[]) => list.map((i) => ({ start: clock.format(i.start), end: clock.format(i.end) }));
    return {
      resourceId: id,
      timeZone: member.timeZone,
      workingTime: view(working),
      busy: view(busy),
      leave: view(leave),
      ...(durationMinutes
        ? {
            freeSlots: view(
              findFreeSlots({
                availability: subtractIntervals(working, leave),
                busy,
                durationMinutes,
                window,
                stepMinutes: 30,
              }).slice(0, 200),
            ),
          }
        : {}),
    };
  }
}
