import { DateTime } from 'luxon';
import type { Clock } from './clock';

/** Where a network has no zone of its own (no site, no resource yet): the demo's and most members' zone. */
export const DEFAULT_ZONE = 'America/Toronto';

/** The calendar day ('YYYY-MM-DD') it is now in `zone`, by the injected clock. */
export function todayIn(clock: Clock, zone: string = DEFAULT_ZONE): string {
  return DateTime.fromMillis(clock.nowMs(), { zone }).toISODate() as string;
}
