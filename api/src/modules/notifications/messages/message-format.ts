import type { Locale } from '@mutualis/contracts';
import { DateTime } from 'luxon';

/** « lundi 7 décembre 2026 » / "Monday, December 7, 2026" (OQLF and en-CA). */
export function formatDate(local: string, locale: Locale): string {
  const date = DateTime.fromISO(local);
  if (locale === 'fr') {
    const day = date.day === 1 ? '1er' : String(date.day);
    return `${date.setLocale('fr-CA').toFormat('cccc')} ${day} ${date.setLocale('fr-CA').toFormat('LLLL yyyy')}`;
  }
  return date.setLocale('en-CA').toFormat('cccc, LLLL d, yyyy');
}

/** « 9 h », « 9 h 30 » / "9 a.m.", "9:30 a.m.". */
export function formatTime(local: string, locale: Locale): string {
  const date = DateTime.fromISO(local);
  if (locale === 'fr') return date.minute === 0 ? `${date.hour} h` : `${date.hour} h ${String(date.minute).padStart(2, '0')}`;
  const hour = date.hour % 12 === 0 ? 12 : date.hour % 12;
  const minutes = date.minute === 0 ? '' : `:${String(date.minute).padStart(2, '0')}`;
  return `${hour}${minutes} ${date.hour < 12 ? 'a.m.' : 'p.m.'}`;
}

/** « lundi 7 décembre 2026, 9 h – 11 h 30 » (the end's date when it differs). */
export function formatRange(start: string, end: string, locale: Locale): string {
  const sameDay = start.slice(0, 10) === end.slice(0, 10);
  const endText = sameDay ? formatTime(end, locale) : `${formatDate(end, locale)}, ${formatTime(end, locale)}`;
  return `${formatDate(start, locale)}, ${formatTime(start, locale)} – ${endText}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text to its HTML twin: one layout for every message, readable without images or styles. */
export function htmlLayout(
  locale: Locale,
  heading: string,
  paragraphs: string[],
  action?: { label: string; url: string },
): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 12px">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('');
  const button = action
    ? `<p style="margin:20px 0"><a href="${escapeHtml(action.url)}" style="background:#1f5f8b;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(action.label)}</a></p>`
    : '';
  const footer =
    locale === 'fr'
      ? 'Vous recevez ce courriel de Mutualis. Vos préférences de notification se règlent dans votre compte.'
      : 'You receive this e-mail from Mutualis. Your notification preferences are in your account.';
  return `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;color:#1d2731;max-width:560px;margin:auto;padding:16px"><h1 style="font-size:20px">${escapeHtml(heading)}</h1>${body}${button}<p style="color:#5a6570;font-size:12px">${escapeHtml(footer)}</p></body></html>`;
}
