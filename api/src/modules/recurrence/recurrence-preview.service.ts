import { Injectable } from '@nestjs/common';
import type { RecurrencePreviewRequest, RecurrencePreviewResponse } from '@mutualis/contracts';
import { DEFAULT_MAX_OCCURRENCES, expandSeries, parseRecurrenceRule, type ExpandSeriesResult } from '@mutualis/domain';

const DEFAULT_LIMIT = 100;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Far enough for any bounded rule's end and any preview of an unbounded one. */
const PREVIEW_YEARS = 100;

@Injectable()
export class RecurrencePreviewService {
  /**
   * A bounded series (COUNT or UNTIL) is expanded whole, so one with more than 2,000 occurrences is
   * refused as the booking would be; an unbounded one shows its next `limit` occurrences.
   */
  preview(request: RecurrencePreviewRequest): RecurrencePreviewResponse {
    const limit = request.limit ?? DEFAULT_LIMIT;
    const rule = request.rrule?.trim() ? parseRecurrenceRule(request.rrule) : undefined;
    // The wall-clock start read as UTC is within a day of the real instant, whatever the zone.
    const approximateStart = Date.parse(`${request.start}:00Z`);
    const window = {
      from: new Date(approximateStart - 2 * DAY_MS),
      to: new Date(approximateStart + PREVIEW_YEARS * 365 * DAY_MS),
    };
    const input = {
      start: request.start,
      timeZone: request.timeZone,
      durationMinutes: request.durationMinutes,
      rrule: request.rrule,
      exdates: request.exdates,
      skipHolidays: request.skipHolidays,
      window,
    };
    const bounded = !rule || rule.count !== undefined || rule.until !== undefined;
    const result: ExpandSeriesResult = bounded
      ? expandSeries({ ...input, maxOccurrences: DEFAULT_MAX_OCCURRENCES })
      : expandSeries({ ...input, limit });
    const occurrences = result.occurrences.slice(0, limit);
    const last = occurrences.at(-1);
    return {
      occurrences: occurrences.map(({ start, end }) => ({ start, end })),
      truncated: result.truncated || result.occurrences.length > limit,
      skipped: result.skipped
        .filter((s) => !last || s.start <= last.start || occurrences.length < limit)
        .map(({ start, reason, holiday }) => ({ start, reason, ...(holiday ? { holiday } : {}) })),
    };
  }
}
