import { quebecHolidays } from '../holidays/quebec-holidays';
import { addDays, formatLocalDate, formatWallClock, type WallClock } from '../wall-clock/wall-clock';
import { ZoneClock } from '../wall-clock/zone-clock';
import { RecurrenceError } from './recurrence-error';
import { readSeriesDefinition, type ExpandSeriesInput, type SeriesDefinition } from './series-definition';
import { forEachRuleOccurrence } from './rule-occurrences';

export interface SeriesOccurrence {
  /** ISO-8601 with the zone's offset, e.g. '2026-03-10T09:00:00-04:00'. */
  start: string;
  end: string;
  startMs: number;
  endMs: number;
  /** Wall clock at the start, 'YYYY-MM-DDTHH:mm'. */
  localStart: string;
}

export interface SkippedOccurrence {
  start: string;
  localStart: string;
  reason: 'HOLIDAY' | 'EXDATE';
  /** French name of the holiday, e.g. 'Fête nationale du Québec'. */
  holiday?: string;
}

export interface ExpandSeriesResult {
  occurrences: SeriesOccurrence[];
  /** True when `limit` cut the list: the window holds more occurrences. */
  truncated: boolean;
  /** Occurrences of the window that EXDATEs or holidays removed, in order. */
  skipped: SkippedOccurrence[];
}

interface Candidate {
  occurrence: SeriesOccurrence;
  skip?: Omit<SkippedOccurrence, 'start' | 'localStart'>;
}

/** Generous enough for any UTC offset (±14 h) and any DST gap, on either side of the window. */
const WINDOW_MARGIN_DAYS = 2;

/**
 * The occurrences of a series that overlap a window, as instants, DST-correct: a weekly 09:00
 * stays 09:00 wall clock all year (see ZoneClock.toInstant for the hours that DST skips or
 * repeats) and lasts `durationMinutes` of elapsed time.
 *
 * COUNT counts from the series start, before EXDATEs and holidays are removed (RFC 5545).
 * An unsynchronised start (not matched by the rule) is not an occurrence, as in rrule.
 * The work is bounded: expansion stops after the window or after the first occurrence past the
 * cap (`limit`, else `maxOccurrences`, which throws TOO_MANY_OCCURRENCES).
 */
export function expandSeries(input: ExpandSeriesInput): ExpandSeriesResult {
  const series = readSeriesDefinition(input);
  const cap = Math.min(series.limit ?? Infinity, series.maxOccurrences);
  const clock = new ZoneClock(series.zone);
  const classify = candidateClassifier(series, clock);

  const fromRule = collectFromRule(series, clock, classify, cap + 1);
  const fromRdates = series.rdates.map(classify).filter((candidate) => candidate !== undefined);
  const candidates = uniqueByStart([...fromRule, ...fromRdates]);
  const kept = candidates.filter((candidate) => !candidate.skip);

  if (kept.length > cap && (series.limit === undefined || series.limit > series.maxOccurrences)) {
    throw new RecurrenceError(
      'TOO_MANY_OCCURRENCES',
      `The window holds more than ${series.maxOccurrences} occurrences; narrow the window or pass a limit`,
      { maxOccurrences: series.maxOccurrences },
    );
  }
  const truncated = kept.length > cap;
  // A truncated list covers the window up to its last occurrence: so do the skipped ones,
  // and the next page (starting after that occurrence) does not report them again.
  const lastReturnedMs = truncated ? kept[cap - 1].occurrence.startMs : Infinity;
  return {
    occurrences: kept.slice(0, cap).map((candidate) => candidate.occurrence),
    truncated,
    skipped: candidates.flatMap(({ occurrence, skip }) =>
      skip && occurrence.startMs <= lastReturnedMs
        ? [{ start: occurrence.start, localStart: occurrence.localStart, ...skip }]
        : [],
    ),
  };
}

/** Rule occurrences in the window (or the single start without a rule), until `stopAfter` are kept. */
function collectFromRule(
  series: SeriesDefinition,
  clock: ZoneClock,
  classify: (nominal: WallClock) => Candidate | undefined,
  stopAfter: number,
): Candidate[] {
  if (!series.rule) {
    const single = classify(series.start);
    return single ? [single] : [];
  }
  const { zone, window, durationMs, rule, start } = series;
  const after = addDays(clock.toWallClock(window.fromMs - durationMs), -WINDOW_MARGIN_DAYS);
  const before = addDays(clock.toWallClock(window.toMs), WINDOW_MARGIN_DAYS);
  const untilMs = rule.until?.kind === 'instant' ? rule.until.instantMs : Infinity;

  const candidates: Candidate[] = [];
  let keptCount = 0;
  forEachRuleOccurrence({ rule, start, zone, after, before }, (nominal) => {
    const candidate = classify(nominal);
    // A nominal time in a DST gap can move past an instant UNTIL; the RFC compares instants.
    if (!candidate || candidate.occurrence.startMs > untilMs) return true;
    candidates.push(candidate);
    if (!candidate.skip) keptCount += 1;
    return keptCount < stopAfter;
  });
  return candidates;
}

/** Turns a nominal wall clock into an occurrence of the window (or undefined), marking skips. */
function candidateClassifier(series: SeriesDefinition, clock: ZoneClock): (nominal: WallClock) => Candidate | undefined {
  const { durationMs, window, exdates } = series;
  const holidayNameOn = series.skipHolidays === 'QC' ? quebecHolidayNames() : () => undefined;
  // Most series have neither EXDATEs nor holidays: their occurrences need no date text.
  const readsDays = exdates.days.size + exdates.times.size > 0 || series.skipHolidays === 'QC';
  return (nominal) => {
    const startMs = clock.toInstant(nominal);
    const endMs = startMs + durationMs;
    if (startMs >= window.toMs || endMs <= window.fromMs) return undefined;
    const localStart = formatWallClock(clock.toWallClock(startMs));
    const occurrence: SeriesOccurrence = {
      start: clock.format(startMs),
      end: clock.format(endMs),
      startMs,
      endMs,
      localStart,
    };
    if (!readsDays) return { occurrence };
    const localDate = formatLocalDate(nominal);
    // An EXDATE may name the rule's nominal time or the shifted time shown after a DST gap.
    if (exdates.days.has(localDate) || exdates.times.has(formatWallClock(nominal)) || exdates.times.has(localStart)) {
      return { occurrence, skip: { reason: 'EXDATE' } };
    }
    const holiday = holidayNameOn(localDate);
    return holiday ? { occurrence, skip: { reason: 'HOLIDAY', holiday } } : { occurrence };
  };
}

/** Holiday lookup by 'YYYY-MM-DD', computing each year's calendar once per expansion. */
function quebecHolidayNames(): (localDate: string) => string | undefined {
  const byYear = new Map<number, Map<string, string>>();
  return (localDate) => {
    const year = Number(localDate.slice(0, 4));
    let names = byYear.get(year);
    if (!names) {
      names = new Map(quebecHolidays(year).map((holiday) => [holiday.date, holiday.name]));
      byYear.set(year, names);
    }
    return names.get(localDate);
  };
}

/** RFC 5545 recurrence sets hold each instant once (an RDATE may repeat a rule occurrence). */
function uniqueByStart(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.occurrence.startMs - b.occurrence.startMs);
  return sorted.filter(
    (candidate, index) => index === 0 || candidate.occurrence.startMs !== sorted[index - 1].occurrence.startMs,
  );
}
