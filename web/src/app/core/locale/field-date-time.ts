import type { AppLocale } from '../i18n/app-language';

/** What a date or time field holds for the form: 'YYYY-MM-DD', 'HH:mm' or 'YYYY-MM-DDTHH:mm', as native inputs did. */
export type FieldKind = 'date' | 'time' | 'datetime-local';

/**
 * A field's value as the person reads it in the app's language, not the browser's: the date
 * 2026-12-07 in both languages (Canada's numeric date, year first), the time « 13 h 30 » in French
 * and "1:30 p.m." in English (the app's one time formatter, with plain spaces in a field).
 */
export function formatFieldValue(value: string, kind: FieldKind, locale: AppLocale): string {
  if (!value) return '';
  if (kind === 'date') return value.slice(0, 10);
  const time = /(\d{2}):(\d{2})$/.exec(value.slice(0, 16));
  if (!time) return value;
  const text = timeText(Number(time[1]), Number(time[2]), locale);
  return kind === 'time' ? text : `${value.slice(0, 10)} ${text}`;
}

/**
 * The form's value of what was typed, or null when it is not one. Dates are year first (« 2026-12-07 »,
 * « 2026/12/07 », « 20261207 »): a date in another order is refused rather than guessed. Times are
 * 24-hour (« 13:30 », « 13 h 30 », « 13h », « 1330 ») in both languages; with a.m./p.m. (« 1:30 pm »,
 * « 1 p.m. ») in English.
 */
export function parseFieldValue(text: string, kind: FieldKind, locale: AppLocale): string | null {
  const trimmed = text
    .trim()
    .toLowerCase()
    .replace(/[\u00a0\u202f]/g, ' ');
  if (kind === 'date') return parseDate(trimmed);
  if (kind === 'time') return parseTime(trimmed, locale);
  const match = /^(\S+)(?:\s+|t)(.+)$/.exec(trimmed);
  if (!match) return null;
  const date = parseDate(match[1]);
  const time = parseTime(match[2], locale);
  return date && time ? `${date}T${time}` : null;
}

/** The shape shown while the field is empty: « aaaa-mm-jj », « hh:mm ». */
export function fieldPattern(kind: FieldKind, locale: AppLocale): string {
  const date = locale === 'fr-CA' ? 'aaaa-mm-jj' : 'yyyy-mm-dd';
  const time = locale === 'fr-CA' ? 'hh h mm' : 'hh:mm a.m.';
  if (kind === 'date') return date;
  return kind === 'time' ? time : `${date} ${time}`;
}

function parseDate(text: string): string | null {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const fieldsAsUtc = Date.UTC(year, month - 1, day);
  const check = new Date(fieldsAsUtc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parseTime(text: string, locale: AppLocale): string | null {
  const compact = /^(\d{1,2})(\d{2})$/.exec(text);
  const match = compact ?? /^(\d{1,2})\s*(?:[:h]\s*(\d{2})?)?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?$/.exec(text);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const meridiem = compact ? undefined : match[3];
  if (meridiem) {
    // a.m./p.m. is English; « 13 h » in French is always 24-hour.
    if (locale !== 'en-CA' || hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.startsWith('p') ? 12 : 0);
  } else if (!compact && !match[2] && !text.includes('h')) {
    // A lone number (« 9 ») is too vague to be a time.
    return null;
  }
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function timeText(hour: number, minute: number, locale: AppLocale): string {
  if (locale === 'fr-CA') return minute === 0 ? `${hour} h` : `${hour} h ${String(minute).padStart(2, '0')}`;
  return `${hour % 12 || 12}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
}
