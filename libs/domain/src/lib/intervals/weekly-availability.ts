import { addDays, isoWeekday, resolveTimeZone, toFieldsAsUtc, type WallClock } from '../wall-clock/wall-clock';
import { ZoneClock } from '../wall-clock/zone-clock';
import { clipToWindow, mergeIntervals, type Interval } from './interval';

/** Wall-clock hours on one weekday, e.g. { weekday: 2, start: '09:00', end: '12:30' }. */
export interface WorkingHours {
  /** ISO weekday: Monday = 1 … Sunday = 7. */
  weekday: number;
  /** 'HH:mm' */
  start: string;
  /** 'HH:mm', after start; '24:00' means the end of the day. */
  end: string;
}

export interface WeeklyAvailabilityInput {
  timeZone: string;
  hours: WorkingHours[];
  window: Interval;
}

const HOURS_PATTERN = /^(\d{2}):(\d{2})$/;

/**
 * The instants covered by weekly wall-clock hours within the window, merged and sorted.
 * Each local day is converted on its own, so 09:00–17:00 stays 09:00–17:00 on the clock across
 * DST changes (hours spanning the change itself last an hour more or less).
 */
export function weeklyAvailability(input: WeeklyAvailabilityInput): Interval[] {
  return new WeeklyHours(input.timeZone, input.hours).within(input.window);
}

/** Weekly wall-clock hours in one zone, read once for many windows (each occurrence of a series against its own days). */
export class WeeklyHours {
  private readonly clock: ZoneClock;
  private readonly hours: DailyHours[];

  constructor(timeZone: string, hours: readonly WorkingHours[]) {
    const zone = resolveTimeZone(timeZone);
    if (!zone) throw new RangeError(`Unknown time zone '${timeZone}'`);
    this.clock = new ZoneClock(zone);
    this.hours = hours.map(readWorkingHours);
  }

  /** The open instants within the window, merged and sorted (see weeklyAvailability). */
  within(window: Interval): Interval[] {
    if (!(window.end > window.start)) return [];
    // One local day of margin on each side: the window's edges are instants, not local days.
    const { clock } = this;
    const lastDay = addDays(clock.toWallClock(window.end), 1);
    const intervals: Interval[] = [];
    for (
      let day = startOfDay(addDays(clock.toWallClock(window.start), -1));
      toFieldsAsUtc(day) <= toFieldsAsUtc(lastDay);
      day = addDays(day, 1)
    ) {
      const weekday = isoWeekday(day);
      for (const entry of this.hours) {
        if (entry.weekday !== weekday) continue;
        intervals.push({
          start: clock.toInstant(atMinute(day, entry.startMinute)),
          end: clock.toInstant(atMinute(day, entry.endMinute)),
        });
      }
    }
    return mergeIntervals(clipToWindow(intervals, window));
  }

  /**
   * True when the hours cover the whole interval. Only the days around it are converted: whether it
   * fits depends on nothing else, so a year-long series costs its own days, not the year's.
   */
  covers(interval: Interval): boolean {
    const open = this.within({ start: interval.start - 1, end: interval.end + 1 });
    return open.some((o) => o.start <= interval.start && interval.end <= o.end);
  }
}

interface DailyHours {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

function readWorkingHours(entry: WorkingHours): DailyHours {
  const startMinute = minuteOfDay(entry.start);
  const endMinute = minuteOfDay(entry.end);
  const validWeekday = Number.isInteger(entry.weekday) && entry.weekday >= 1 && entry.weekday <= 7;
  if (!validWeekday || startMinute === undefined || endMinute === undefined || startMinute >= endMinute) {
    throw new RangeError(`Working hours need an ISO weekday 1–7 and 'HH:mm' start < end, got ${JSON.stringify(entry)}`);
  }
  return { weekday: entry.weekday, startMinute, endMinute };
}

function minuteOfDay(text: string): number | undefined {
  const match = HOURS_PATTERN.exec(text);
  if (!match) return undefined;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  const valid = minute <= 59 && (hour <= 23 || (hour === 24 && minute === 0));
  return valid ? hour * 60 + minute : undefined;
}

function startOfDay(day: WallClock): WallClock {
  return { ...day, hour: 0, minute: 0 };
}

/** The wall clock `minute` minutes after the day's midnight; 24:00 is the next day's 00:00. */
function atMinute(day: WallClock, minute: number): WallClock {
  const midnight = startOfDay(day);
  return minute === 24 * 60 ? addDays(midnight, 1) : { ...midnight, hour: Math.floor(minute / 60), minute: minute % 60 };
}
