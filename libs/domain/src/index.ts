export * from './lib/recurrence/expand-series';
export { DEFAULT_MAX_OCCURRENCES, MAX_LIMIT, type ExpandSeriesInput } from './lib/recurrence/series-definition';
export * from './lib/recurrence/parse-recurrence-rule';
export * from './lib/recurrence/recurrence-rule';
export { formatRecurrenceRule, simpleRule } from './lib/recurrence/format-recurrence-rule';
export * from './lib/recurrence/recurrence-error';
export * from './lib/holidays/quebec-holidays';
export * from './lib/holidays/easter-sunday';
export * from './lib/intervals/interval';
export * from './lib/intervals/find-free-slots';
export * from './lib/intervals/weekly-availability';
export {
  addDaysToDate,
  formatLocalDate,
  formatWallClock,
  isoWeekday,
  mondayOf,
  parseLocalDate,
  parseWallClock,
  resolveTimeZone,
  type WallClock,
} from './lib/wall-clock/wall-clock';
export { ZoneClock, formatInstant, instantToWallClock, wallClockToInstant } from './lib/wall-clock/zone-clock';
export * from './lib/booking-rules/check-booking-rules';
export * from './lib/quota/quota-periods';
export * from './lib/quota/hour-bank';
export * from './lib/staff/staff-working-time';
export * from './lib/allocation/allocation-key';
export type * from './lib/allocation/allocation-explanation';
export type { AllocationParticipant, PoolAllocationInput } from './lib/allocation/allocation-input';
export { allocatePool, type PoolAllocation, type PoolAllocationLine } from './lib/allocation/allocate-pool';
export { prorateCents, splitByLargestRemainder } from './lib/allocation/cents-arithmetic';
export { explainAllocationLine } from './lib/allocation/explain-allocation-line';
export type { Locale } from './lib/i18n/locale';
export { formatHours } from './lib/i18n/format-hours';
export { openIntervals, holidayIntervals, minutesOf, minutesByWeekdayHour, type OpenTimeInput } from './lib/impact/open-time';
export { occupancyRate, utilisationRate, relativeChange } from './lib/impact/impact-rates';
export * from './lib/impact/stand-alone-cost';
export * from './lib/impact/indicator-targets';
export * from './lib/board/board-rules';
