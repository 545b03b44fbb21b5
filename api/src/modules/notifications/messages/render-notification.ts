import type { Locale } from '@mutualis/contracts';
import { renderCalendar } from '../icalendar';
import type { OutgoingMail } from '../mail-transport';
import { BOOKING_KINDS, renderBookingText, type BookingKind, type BookingNotice, type RenderedText } from './booking-messages';
import { htmlLayout } from './message-format';
import { ACCOUNT_KINDS, renderAccountText, type AccountKind } from './account-messages';
import { REMINDER_KINDS, renderReminderText, type ReminderKind } from './reminder-messages';
import { BOARD_KINDS, renderBoardText, type BoardKind } from './board-messages';

export interface RenderContext {
  locale: Locale;
  publicUrl: string;
  mailFrom: string;
  nowMs: number;
}

/** The words of a notification in one language: its title in the app, its subject and body by e-mail. */
export function renderText(kind: string, payload: Record<string, unknown>, locale: Locale): RenderedText {
  if ((BOOKING_KINDS as readonly string[]).includes(kind)) {
    return renderBookingText(kind as BookingKind, payload as unknown as BookingNotice, locale);
  }
  if ((ACCOUNT_KINDS as readonly string[]).includes(kind)) return renderAccountText(kind as AccountKind, payload, locale);
  if ((REMINDER_KINDS as readonly string[]).includes(kind)) return renderReminderText(kind as ReminderKind, payload, locale);
  if ((BOARD_KINDS as readonly string[]).includes(kind)) return renderBoardText(kind as BoardKind, payload, locale);
  const fallback = locale === 'fr' ? 'Notification de Mutualis' : 'Notification from Mutualis';
  return { subject: fallback, heading: fallback, paragraphs: [], action: locale === 'fr' ? 'Ouvrir Mutualis' : 'Open Mutualis' };
}

/** The whole e-mail: plain text, its HTML twin and, for bookings, the iCalendar invitation. */
export function renderMail(
  notification: { id: string; kind: string; link: string | null; payload: Record<string, unknown>; email: string },
  context: RenderContext,
): OutgoingMail {
  const text = renderText(notification.kind, notification.payload, context.locale);
  // A one-time link (invitation, password reset) is the action itself.
  const secretUrl = notification.payload['secretUrl'];
  const url = typeof secretUrl === 'string' ? secretUrl : `${context.publicUrl}${notification.link ?? '/'}`;
  const calendar = (notification.payload as Partial<BookingNotice>).calendar;
  return {
    to: notification.email,
    subject: text.subject,
    text: [text.heading, '', ...text.paragraphs, '', `${text.action} : ${url}`].join('\n'),
    html: htmlLayout(context.locale, text.heading, text.paragraphs, { label: text.action, url }),
    messageId: `<${notification.id}@mutualis>`,
    calendar: calendar
      ? {
          method: calendar.method,
          content: renderCalendar({
            method: calendar.method,
            stampMs: context.nowMs,
            organizer: { name: 'Mutualis', email: senderAddress(context.mailFrom) },
            attendees: [{ name: notification.email, email: notification.email }],
            events: calendar.events,
          }),
        }
      : undefined,
  };
}

function senderAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}
