import type { BookingSkipped } from '@mutualis/contracts';
import {
  checkBookingLimits,
  expandSeries,
  occurrencesOutsideHours,
  parseRecurrenceRule,
  type BookingRuleViolation,
} from '@mutualis/domain';
import { isPooled, loanEndpointsOutsideHours } from './booking-quantity';
import type { BookableResource, GuardedOccurrence } from './booking.types';

/** Occurrences are materialised this far ahead; a scheduled job extends unbounded series. */
export const HORIZON_DAYS = 548;
export const MAX_OCCURRENCES_PER_SERIES = 2000;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export interface SeriesDefinition {
  start: string;
  timeZone: string;
  durationMinutes: number;
  rrule?: string | null;
  exdates?: string[];
  skipHolidays?: 'QC' | null;
}

export interface BookingPlan {
  occurrences: GuardedOccurrence[];
  /** EXDATEs and holidays that removed an occurrence. */
  skipped: BookingSkipped[];
  violations: BookingRuleViolation[];
  outsideHours: GuardedOccurrence[];
  /** Up to when the series is materialised: null when every occurrence is (bounded series). */
  materialisedUntil: Date | null;
}

/**
 * Expands a series for a resource and applies every rule that needs no database: limits
 * (duration, granularity, lead time, advance) and opening hours. Pure: `nowMs` is given.
 * Only occurrences from `fromMs` on are planned (edits never rewrite the past).
 */
export function planSeries(
  resource: BookableResource,
  definition: SeriesDefinition,
  nowMs: number,
  fromMs = Number.NEGATIVE_INFINITY,
): BookingPlan {
  const rule = definition.rrule?.trim() ? parseRecurrenceRule(definition.rrule) : undefined;
  const unbounded = rule !== undefined && rule.count === undefined && rule.until === undefined;
  const horizonMs = nowMs + Math.min(HORIZON_DAYS, resource.rules.maxAdvanceDays) * DAY_MS;
  const approximateStart = Date.parse(`${definition.start}:00Z`);
  const expansion = expandSeries({
    start: definition.start,
    timeZone: definition.timeZone,
    durationMinutes: definition.durationMinutes,
    rrule: definition.rrule ?? undefined,
    exdates: definition.exdates,
    skipHolidays: definition.skipHolidays ?? undefined,
    window: {
      from: new Date(approximateStart - 2 * DAY_MS),
      to: new Date(unbounded ? horizonMs : approximateStart + 100 * 365 * DAY_MS),
    },
    maxOccurrences: MAX_OCCURRENCES_PER_SERIES,
  });
  const before = resource.rules.bufferBeforeMinutes * MINUTE_MS;
  const after = resource.rules.bufferAfterMinutes * MINUTE_MS;
  const occurrences = expansion.occurrences
    .filter((o) => o.startMs >= fromMs)
    .map((o) => ({
      startMs: o.startMs,
      endMs: o.endMs,
      guardStartMs: o.startMs - before,
      guardEndMs: o.endMs + after,
      localStart: o.localStart,
    }));
  const first = occurrences[0];
  const last = occurrences.at(-1);
  const [hour, minute] = definition.start.slice(11, 16).split(':').map(Number);
  const violations =
    first && last
      ? checkBookingLimits(resource.rules, {
          durationMinutes: definition.durationMinutes,
          startMinuteOfDay: hour * 60 + minute,
          firstStartMs: first.startMs,
          lastStartMs: last.startMs,
          nowMs,
        })
      : [];
  const outsideHours = isPooled(resource)
    ? loanEndpointsOutsideHours(resource, occurrences)
    : occurrencesOutsideHours(
        occurrences.map((o) => ({ ...o, start: o.startMs, end: o.endMs })),
        resource.openingHours,
        resource.siteTimeZone ?? resource.timeZone,
      ).map(({ start: _start, end: _end, ...o }) => o);
  return {
    occurrences,
    skipped: expansion.skipped
      .filter((s) => Date.parse(s.start) >= fromMs)
      .map((s) => ({ start: s.start, reason: s.reason, ...(s.holiday ? { holiday: s.holiday } : {}) })),
    violations,
    outsideHours,
    materialisedUntil: unbounded ? new Date(horizonMs) : null,
  };
}

/** Several plans checked as one change (a series' instances and its moved occurrences). */
export function combinePlans(plans: BookingPlan[]): BookingPlan {
  return {
    occurrences: plans.flatMap((p) => p.occurrences).sort((a, b) => a.startMs - b.startMs),
    skipped: plans.flatMap((p) => p.skipped),
    violations: plans.flatMap((p) => p.violations),
    outsideHours: plans.flatMap((p) => p.outsideHours),
    materialisedUntil: plans[0]?.materialisedUntil ?? null,
  };
}
