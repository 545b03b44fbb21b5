import { WEEKDAY_CODES } from '@mutualis/domain';
import { DateTime } from 'luxon';

/** One VEVENT: a whole series (with its rule) or one instance of it (with its RECURRENCE-ID). */
export interface CalendarEvent {
  uid: string;
  sequence: number;
  summary: string;
  description?: string;
  location?: string;
  /** Wall clock 'YYYY-MM-DDTHH:mm' in timeZone. */
  start: string;
  end: string;
  timeZone: string;
  rrule?: string | null;
  /** Wall clocks of the rule's instants that do not take place. */
  exdates?: string[];
  /** Wall clock of the rule instant this event replaces or cancels. */
  recurrenceId?: string;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
}

export interface CalendarDocument {
  /** REQUEST for an invitation or an update, CANCEL for a cancellation; absent for a subscribed feed. */
  method?: 'REQUEST' | 'CANCEL';
  name?: string;
  organizer?: { name: string; email: string };
  attendees?: Array<{ name: string; email: string }>;
  stampMs: number;
  events: CalendarEvent[];
}

/** RFC 5545 text: CRLF lines folded at 75 octets, values escaped, one VTIMEZONE per zone used. */
export function renderCalendar(doc: CalendarDocument): string {
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Mutualis//Mutualis//FR', 'CALSCALE:GREGORIAN'];
  if (doc.method) lines.push(`METHOD:${doc.method}`);
  if (doc.name) lines.push(`X-WR-CALNAME:${escapeText(doc.name)}`);
  const zones = [...new Set(doc.events.map((e) => e.timeZone))];
  for (const zone of zones) {
    const years = doc.events.filter((e) => e.timeZone === zone).map((e) => Number(e.start.slice(0, 4)));
    lines.push(...vtimezone(zone, Math.min(...years)));
  }
  const stamp = utcStamp(doc.stampMs);
  for (const event of doc.events) {
    lines.push('BEGIN:VEVENT', `UID:${event.uid}`, `SEQUENCE:${event.sequence}`, `DTSTAMP:${stamp}`);
    if (event.recurrenceId) lines.push(`RECURRENCE-ID;TZID=${event.timeZone}:${localStamp(event.recurrenceId)}`);
    lines.push(
      `DTSTART;TZID=${event.timeZone}:${localStamp(event.start)}`,
      `DTEND;TZID=${event.timeZone}:${localStamp(event.end)}`,
    );
    if (event.rrule) lines.push(`RRULE:${event.rrule.replace(/^RRULE:/i, '')}`);
    for (const exdate of event.exdates ?? []) lines.push(`EXDATE;TZID=${event.timeZone}:${localStamp(exdate)}`);
    lines.push(`SUMMARY:${escapeText(event.summary)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    lines.push(`STATUS:${event.status}`);
    if (doc.organizer) lines.push(`ORGANIZER;CN=${quoteParam(doc.organizer.name)}:mailto:${doc.organizer.email}`);
    for (const attendee of doc.attendees ?? []) {
      lines.push(`ATTENDEE;CN=${quoteParam(attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:${attendee.email}`);
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/**
 * The zone's rules as STANDARD/DAYLIGHT components with yearly RRULEs, derived from the zone database
 * through luxon: calendars then place every occurrence correctly, across DST, for years ahead.
 */
export function vtimezone(zone: string, fromYear: number): string[] {
  const key = `${zone}|${fromYear}`;
  const cached = VTIMEZONES.get(key);
  if (cached) return cached;
  const lines = buildVtimezone(zone, fromYear);
  VTIMEZONES.set(key, lines);
  return lines;
}

/** Zone rules do not change while the process runs. */
const VTIMEZONES = new Map<string, string[]>();

function buildVtimezone(zone: string, fromYear: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const transitions = yearTransitions(zone, fromYear);
  if (transitions.length === 0) {
    const offset = DateTime.fromObject({ year: fromYear, month: 1, day: 1 }, { zone }).offset;
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offsetText(offset)}`,
      `TZOFFSETTO:${offsetText(offset)}`,
    );
    lines.push('END:STANDARD');
  }
  for (const t of transitions) {
    const kind = t.to > t.from ? 'DAYLIGHT' : 'STANDARD';
    const local = DateTime.fromMillis(t.atMs, { zone: 'UTC' }).plus({ minutes: t.from });
    const nth = local.day > (local.daysInMonth ?? 31) - 7 ? -1 : Math.ceil(local.day / 7);
    const weekday = WEEKDAY_CODES[local.weekday - 1];
    // The rule's first instance in 1970, as Google Calendar writes it: today's rules, applied to any date.
    const since = nthWeekdayOf(1970, local.month, local.weekday, nth).set({ hour: local.hour, minute: local.minute });
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${since.toFormat("yyyyMMdd'T'HHmmss")}`,
      `RRULE:FREQ=YEARLY;BYMONTH=${local.month};BYDAY=${nth}${weekday}`,
      `TZOFFSETFROM:${offsetText(t.from)}`,
      `TZOFFSETTO:${offsetText(t.to)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** The offset changes within one year, found by bisection to the minute. */
function yearTransitions(zone: string, year: number): Array<{ atMs: number; from: number; to: number }> {
  const offsetAt = (ms: number) => DateTime.fromMillis(ms, { zone }).offset;
  const found: Array<{ atMs: number; from: number; to: number }> = [];
  let previous = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: 'UTC' }).toMillis();
  for (let month = 2; month <= 13; month++) {
    const next = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: 'UTC' })
      .plus({ months: month - 1 })
      .toMillis();
    if (offsetAt(previous) !== offsetAt(next)) {
      let [lo, hi] = [previous, next];
      while (hi - lo > 60_000) {
        const mid = Math.floor((lo + hi) / 2 / 60_000) * 60_000;
        if (offsetAt(mid) === offsetAt(lo)) lo = mid;
        else hi = mid;
      }
      found.push({ atMs: hi, from: offsetAt(lo), to: offsetAt(hi) });
    }
    previous = next;
  }
  return found;
}

function nthWeekdayOf(year: number, month: number, weekday: number, nth: number): DateTime {
  const first = DateTime.fromObject({ year, month, day: 1 }, { zone: 'UTC' });
  if (nth > 0) return first.plus({ days: ((weekday - first.weekday + 7) % 7) + (nth - 1) * 7 });
  const last = first.endOf('month').startOf('day');
  return last.minus({ days: (last.weekday - weekday + 7) % 7 });
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** 'YYYY-MM-DDTHH:mm' → 'YYYYMMDDTHHmm00'. */
function localStamp(local: string): string {
  return `${local.slice(0, 4)}${local.slice(5, 7)}${local.slice(8, 10)}T${local.slice(11, 13)}${local.slice(14, 16)}00`;
}

function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function escapeText(text: string): string {
  if (!/[\\;,\r\n]/.test(text)) return text;
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

function quoteParam(text: string): string {
  return `"${text.replace(/"/g, "'")}"`;
}

/** Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character. */
function fold(line: string): string {
  if (line.length <= 75 && (line.length <= 18 || Buffer.byteLength(line) <= 75)) return line;
  const parts: string[] = [];
  let current = '';
  let limit = 75;
  for (const char of line) {
    if (Buffer.byteLength(current + char) > limit) {
      parts.push(current);
      current = '';
      limit = 74;
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
