/** `POST /api/recurrence/preview`: what a series would be, exactly as the server will store it. */
export interface RecurrencePreviewRequest {
  /** Local wall-clock start, 'YYYY-MM-DDTHH:mm'. */
  start: string;
  timeZone: string;
  durationMinutes: number;
  /** RFC 5545 RRULE (FREQ=DAILY|WEEKLY|MONTHLY|YEARLY…); absent for a one-off. */
  rrule?: string;
  /** 'YYYY-MM-DDTHH:mm' or 'YYYY-MM-DD', in the series' zone. */
  exdates?: string[];
  skipHolidays?: 'QC';
  /** Default 100, at most 1000. */
  limit?: number;
}

export interface OccurrenceInstant {
  /** ISO-8601 with offset, e.g. '2026-03-10T09:00:00-04:00'. */
  start: string;
  end: string;
}

export interface SkippedOccurrenceView {
  start: string;
  reason: 'HOLIDAY' | 'EXDATE';
  holiday?: string;
}

export interface RecurrencePreviewResponse {
  occurrences: OccurrenceInstant[];
  truncated: boolean;
  skipped: SkippedOccurrenceView[];
}
