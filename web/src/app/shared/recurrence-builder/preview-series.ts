import {
  expandSeries,
  isRecurrenceError,
  parseWallClock,
  quebecHolidayOn,
  resolveTimeZone,
  wallClockToInstant,
  type RecurrenceErrorCode,
} from '@mutualis/domain';

export interface SeriesPreviewInput {
  /** Local wall clock 'YYYY-MM-DDTHH:mm' in `timeZone`. */
  readonly start: string;
  readonly timeZone: string;
  readonly durationMinutes: number;
  readonly rrule: string | null;
  readonly skipHolidays: boolean;
  /** How many occurrences to show (default 10). */
  readonly limit?: number;
}

export interface PreviewOccurrence {
  /** ISO instants with the zone's offset. */
  readonly start: string;
  readonly end: string;
}

export interface PreviewSkip {
  readonly start: string;
  readonly reason: 'HOLIDAY' | 'EXDATE';
  /** The holiday's names, when a Quebec holiday removed the occurrence. */
  readonly holiday?: { readonly fr: string; readonly en: string };
}

/** One line of the preview, in date order: an occurrence, or one that a holiday removed. */
export type PreviewLine = ({ readonly kind: 'occurrence' } & PreviewOccurrence) | ({ readonly kind: 'skipped' } & PreviewSkip);

export type SeriesPreview =
  | {
      readonly kind: 'occurrences';
      readonly occurrences: readonly PreviewOccurrence[];
      readonly skipped: readonly PreviewSkip[];
      readonly lines: readonly PreviewLine[];
      /** More occurrences follow the ones shown. */
      readonly truncated: boolean;
    }
  | { readonly kind: 'error'; readonly code: RecurrenceErrorCode; readonly part?: string; readonly value?: string };

const DEFAULT_LIMIT = 10;
/** Far enough for the first occurrences of any rule the builder makes; the limit stops the work long before. */
const PREVIEW_YEARS = 5;
const YEAR_MS = 366 * 86_400_000;

/**
 * The first occurrences of a series, computed in the browser with the same library the API
 * uses (`expandSeries`), so the preview shows exactly what will be booked: DST-correct times,
 * holidays skipped with their names, and the rule's errors (`RRULE_INVALID` with its part…).
 */
export function previewSeries(input: SeriesPreviewInput): SeriesPreview {
  try {
    const from = seriesStartInstant(input.start, input.timeZone);
    const result = expandSeries({
      start: input.start,
      timeZone: input.timeZone,
      durationMinutes: input.durationMinutes,
      rrule: input.rrule ?? undefined,
      skipHolidays: input.skipHolidays ? 'QC' : undefined,
      window: { from: new Date(from), to: new Date(from + PREVIEW_YEARS * YEAR_MS) },
      limit: input.limit ?? DEFAULT_LIMIT,
    });
    const occurrences = result.occurrences.map(({ start, end }) => ({ start, end }));
    const skipped = result.skipped.map((skip) => toPreviewSkip(skip.start, skip.localStart, skip.reason));
    return { kind: 'occurrences', occurrences, skipped, lines: inDateOrder(occurrences, skipped), truncated: result.truncated };
  } catch (error) {
    if (!isRecurrenceError(error)) throw error;
    const details = error.details ?? {};
    return {
      kind: 'error',
      code: error.code,
      ...(typeof details['part'] === 'string' ? { part: details['part'] } : {}),
      ...(typeof details['value'] === 'string' ? { value: details['value'] } : {}),
    };
  }
}

/** The instant of the series' start; expandSeries refuses a bad start or zone before it reads the window. */
function seriesStartInstant(start: string, timeZone: string): number {
  const wallClock = parseWallClock(start);
  const zone = resolveTimeZone(timeZone);
  return wallClock && zone ? wallClockToInstant(wallClock, zone) : 0;
}

function toPreviewSkip(start: string, localStart: string, reason: 'HOLIDAY' | 'EXDATE'): PreviewSkip {
  const holiday = reason === 'HOLIDAY' ? quebecHolidayOn(localStart.slice(0, 10)) : undefined;
  return { start, reason, ...(holiday ? { holiday: { fr: holiday.name, en: holiday.nameEn } } : {}) };
}

function inDateOrder(occurrences: readonly PreviewOccurrence[], skipped: readonly PreviewSkip[]): PreviewLine[] {
  const lines: PreviewLine[] = [
    ...occurrences.map((occurrence) => ({ kind: 'occurrence' as const, ...occurrence })),
    ...skipped.map((skip) => ({ kind: 'skipped' as const, ...skip })),
  ];
  return lines.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
