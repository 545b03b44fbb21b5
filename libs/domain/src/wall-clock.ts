/**
 * The wall-clock helpers alone, for the web pages that need nothing else from the domain: importing
 * them through `@mutualis/domain` would put rrule (≈ 12 kB compressed) in the calendar's first load.
 */
export {
  addDays,
  addDaysToDate,
  formatLocalDate,
  formatWallClock,
  parseLocalDate,
  resolveTimeZone,
  type WallClock,
} from './lib/wall-clock/wall-clock';
export { formatInstant, instantToWallClock, wallClockToInstant } from './lib/wall-clock/zone-clock';
