import { mergeIntervals, type Interval } from '../intervals/interval';
import { weeklyAvailability } from '../intervals/weekly-availability';
import { quebecHolidayOn } from '../holidays/quebec-holidays';
import { formatLocalDate, mondayOf, resolveTimeZone } from '../wall-clock/wall-clock';
import { ZoneClock } from '../wall-clock/zone-clock';

export interface StaffHours {
  /** 'every' week, or week 'A' / 'B' counted from `alternatingWeeksAnchor`. */
  week: 'every' | 'A' | 'B';
  weekday: number;
  start: string;
  end: string;
}

export interface StaffSchedule {
  timeZone: string;
  hours: readonly StaffHours[];
  /** The Monday ('YYYY-MM-DD') of a week A; required when some hours are for week A or B. */
  alternatingWeeksAnchor: string | null;
  /** Quebec statutory holidays are days off. */
  holidaysOff: boolean;
}

const WEEK_MS = 7 * 86_400_000;

/** 'A' or 'B' for the local week of an instant, counted from the anchor Monday. */
export function weekParity(instantMs: number, schedule: Pick<StaffSchedule, 'timeZone' | 'alternatingWeeksAnchor'>): 'A' | 'B' {
  return parityOf(localDay(clockOf(schedule.timeZone), instantMs), schedule.alternatingWeeksAnchor);
}

function parityOf(day: string, alternatingWeeksAnchor: string | null): 'A' | 'B' {
  const monday = Date.parse(`${mondayOf(day)}T00:00:00Z`);
  const anchor = Date.parse(`${alternatingWeeksAnchor ?? '2024-01-01'}T00:00:00Z`);
  const weeks = Math.round((monday - anchor) / WEEK_MS);
  return ((weeks % 2) + 2) % 2 === 0 ? 'A' : 'B';
}

/** One clock per call: it remembers the zone's offsets, so each instant costs arithmetic, not a zone lookup. */
function clockOf(timeZone: string): ZoneClock {
  const zone = resolveTimeZone(timeZone);
  if (!zone) throw new RangeError(`Unknown time zone '${timeZone}'`);
  return new ZoneClock(zone);
}

/** 'YYYY-MM-DD' of the instant in the clock's zone. */
function localDay(clock: ZoneClock, instantMs: number): string {
  return formatLocalDate(clock.toWallClock(instantMs));
}

/**
 * The instants a pooled employee works within a window: weekly hours (alternating weeks
 * resolved), minus Quebec holidays when they are days off. DST-correct (hours are wall clock).
 */
export function staffWorkingTime(schedule: StaffSchedule, window: Interval): Interval[] {
  const byWeek = (week: StaffHours['week']) =>
    weeklyAvailability({
      timeZone: schedule.timeZone,
      hours: schedule.hours.filter((h) => h.week === week).map(({ weekday, start, end }) => ({ weekday, start, end })),
      window,
    });
  const clock = clockOf(schedule.timeZone);
  const alternating = (['A', 'B'] as const).flatMap((week) =>
    byWeek(week).filter((i) => parityOf(localDay(clock, i.start), schedule.alternatingWeeksAnchor) === week),
  );
  const intervals = mergeIntervals([...byWeek('every'), ...alternating]);
  if (!schedule.holidaysOff) return intervals;
  return intervals.filter((i) => !quebecHolidayOn(localDay(clock, i.start)));
}

/** Occurrences not entirely inside working time. */
export function occurrencesOutsideWorkingTime<T extends Interval>(occurrences: readonly T[], schedule: StaffSchedule): T[] {
  if (occurrences.length === 0) return [];
  const window = {
    start: Math.min(...occurrences.map((o) => o.start)) - WEEK_MS,
    end: Math.max(...occurrences.map((o) => o.end)) + WEEK_MS,
  };
  const working = staffWorkingTime(schedule, window);
  return occurrences.filter((o) => !working.some((w) => w.start <= o.start && o.end <= w.end));
}

export interface CapExceeded {
  scope: 'day' | 'week';
  /** 'YYYY-MM-DD' of the day, or of the week's Monday. */
  date: string;
  limitMinutes: number;
  totalMinutes: number;
}

/**
 * Daily and weekly caps: existing minutes (by local day) plus the requested occurrences must stay
 * within the limits. Returns each day or week that would exceed.
 */
export function staffCapsExceeded(
  requested: readonly Interval[],
  existingMinutesByDay: ReadonlyMap<string, number>,
  limits: { timeZone: string; maxMinutesPerDay: number | null; maxMinutesPerWeek: number | null },
): CapExceeded[] {
  const byDay = new Map(existingMinutesByDay);
  const touchedDays = new Set<string>();
  const clock = clockOf(limits.timeZone);
  for (const o of requested) {
    const day = localDay(clock, o.start);
    byDay.set(day, (byDay.get(day) ?? 0) + (o.end - o.start) / 60_000);
    touchedDays.add(day);
  }
  const exceeded: CapExceeded[] = [];
  if (limits.maxMinutesPerDay !== null) {
    for (const day of [...touchedDays].sort()) {
      const total = byDay.get(day) ?? 0;
      if (total > limits.maxMinutesPerDay)
        exceeded.push({ scope: 'day', date: day, limitMinutes: limits.maxMinutesPerDay, totalMinutes: total });
    }
  }
  if (limits.maxMinutesPerWeek !== null) {
    const weeks = new Map<string, number>();
    for (const [day, minutes] of byDay) {
      const monday = mondayOf(day);
      weeks.set(monday, (weeks.get(monday) ?? 0) + minutes);
    }
    const touchedWeeks = new Set([...touchedDays].map(mondayOf));
    for (const week of [...touchedWeeks].sort()) {
      const total = weeks.get(week) ?? 0;
      if (total > limits.maxMinutesPerWeek)
        exceeded.push({ scope: 'week', date: week, limitMinutes: limits.maxMinutesPerWeek, totalMinutes: total });
    }
  }
  return exceeded;
}
