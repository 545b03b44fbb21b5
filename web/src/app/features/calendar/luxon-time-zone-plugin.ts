import { createPlugin } from '@fullcalendar/core';
import { NamedTimeZoneImpl } from '@fullcalendar/core/internal';
import { DateTime } from 'luxon';

/**
 * Named time zones for FullCalendar (`timeZone: 'America/Toronto'`), with Luxon, which the
 * domain library already brings: without it FullCalendar would show UTC in a named zone.
 * The same as @fullcalendar/luxon3, without adding a package.
 */
class LuxonNamedTimeZone extends NamedTimeZoneImpl {
  /** Minutes east of UTC at a wall clock [year, month0, day, hour, minute, second, ms] of the zone. */
  offsetForArray(parts: number[]): number {
    const [year, month0, day, hour, minute, second, millisecond] = parts;
    return DateTime.fromObject({ year, month: month0 + 1, day, hour, minute, second, millisecond }, { zone: this.timeZoneName })
      .offset;
  }

  timestampToArray(ms: number): number[] {
    const at = DateTime.fromMillis(ms, { zone: this.timeZoneName });
    return [at.year, at.month - 1, at.day, at.hour, at.minute, at.second, at.millisecond];
  }
}

export const luxonTimeZonePlugin = createPlugin({
  name: 'mutualis-luxon-time-zone',
  namedTimeZonedImpl: LuxonNamedTimeZone,
});
