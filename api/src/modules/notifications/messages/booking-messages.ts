import type { Locale } from '@mutualis/contracts';
import type { CalendarEvent } from '../icalendar';
import { formatRange } from './message-format';

export const BOOKING_KINDS = [
  'booking.approval-requested',
  'booking.confirmed',
  'booking.approved',
  'booking.declined',
  'booking.cancelled',
  'booking.changed',
  'booking.proposed',
  'booking.proposal-accepted',
  'booking.proposal-declined',
  'booking.expiring',
] as const;
export type BookingKind = (typeof BOOKING_KINDS)[number];

/** What a booking message says, captured in the transaction of the change (the message never reads later state). */
export interface BookingNotice {
  seriesId: string;
  title: string;
  resourceName: string;
  organisationName: string;
  actorName: string | null;
  /** The first occurrence concerned, wall clock in the resource's zone. */
  start: string;
  end: string;
  /** How many occurrences the event concerns (1 for a one-off). */
  occurrences: number;
  recurring: boolean;
  scope?: 'one' | 'following' | 'all';
  reason?: string | null;
  /** Another time proposed by the approver, wall clock. */
  proposal?: { start: string; end: string } | null;
  calendar: { method: 'REQUEST' | 'CANCEL'; events: CalendarEvent[] };
}

export interface RenderedText {
  subject: string;
  heading: string;
  paragraphs: string[];
  action: string;
}

type Phrase = (n: BookingNotice) => RenderedText;

const FR: Record<BookingKind, Phrase> = {
  'booking.proposed': (n) => ({
    subject: `Autre plage proposée : ${n.title} (${n.resourceName})`,
    heading: 'Une autre plage est proposée pour votre demande',
    paragraphs: [
      `${by(n, 'fr')}ne peut pas confirmer le ${formatRange(n.start, n.end, 'fr')} et propose le ${n.proposal ? formatRange(n.proposal.start, n.proposal.end, 'fr') : ''}.`,
      'Acceptez ou refusez la proposition dans Mutualis ; votre demande garde sa plage jusqu’à votre réponse.',
    ],
    action: 'Répondre à la proposition',
  }),
  'booking.proposal-accepted': (n) => ({
    subject: `Proposition acceptée : ${n.title} (${n.resourceName})`,
    heading: 'La plage proposée est acceptée',
    paragraphs: [`${n.organisationName} a accepté la plage proposée : ${when(n, 'fr')}.`, calendarHint('fr')],
    action: 'Voir mes réservations',
  }),
  'booking.proposal-declined': (n) => ({
    subject: `Proposition refusée : ${n.title} (${n.resourceName})`,
    heading: 'La plage proposée est refusée',
    paragraphs: [`${n.organisationName} a refusé la plage proposée ; la demande ${when(n, 'fr')} est retirée.`],
    action: 'Voir les demandes',
  }),
  'booking.expiring': (n) => ({
    subject: `Demande sur le point d’expirer : ${n.title} (${n.resourceName})`,
    heading: 'Une demande expire bientôt',
    paragraphs: [
      `La demande de ${n.organisationName} pour ${n.resourceName} ${when(n, 'fr')} n’a pas été décidée et expire dans moins de 24 h.`,
      'Sans décision, elle libère sa plage.',
    ],
    action: 'Voir les demandes',
  }),
  'booking.approval-requested': (n) => ({
    subject: `Demande à approuver : ${n.title} (${n.resourceName})`,
    heading: 'Une demande attend votre approbation',
    paragraphs: [
      `${n.organisationName} demande ${n.resourceName} ${when(n, 'fr')}.`,
      `Titre : ${n.title}`,
      'Approuvez-la ou refusez-la dans Mutualis ; sans décision, elle expire et libère la plage.',
    ],
    action: 'Voir les demandes',
  }),
  'booking.confirmed': (n) => ({
    subject: `Réservation confirmée : ${n.title} (${n.resourceName})`,
    heading: 'Votre réservation est confirmée',
    paragraphs: [
      `${n.resourceName} est réservé pour ${n.organisationName} ${when(n, 'fr')}.`,
      `Titre : ${n.title}`,
      calendarHint('fr'),
    ],
    action: 'Voir mes réservations',
  }),
  'booking.approved': (n) => ({
    subject: `Demande approuvée : ${n.title} (${n.resourceName})`,
    heading: 'Votre demande est approuvée',
    paragraphs: [
      `${by(n, 'fr')}a approuvé la réservation de ${n.resourceName} ${when(n, 'fr')}.`,
      `Titre : ${n.title}`,
      calendarHint('fr'),
    ],
    action: 'Voir mes réservations',
  }),
  'booking.declined': (n) => ({
    subject: `Demande refusée : ${n.title} (${n.resourceName})`,
    heading: 'Votre demande est refusée',
    paragraphs: [
      `${by(n, 'fr')}a refusé la réservation de ${n.resourceName} ${when(n, 'fr')}.`,
      n.reason ? `Motif : ${n.reason}` : 'Aucun motif n’a été donné.',
      'Vous pouvez choisir une autre plage dans le calendrier.',
    ],
    action: 'Voir mes réservations',
  }),
  'booking.cancelled': (n) => ({
    subject: `Réservation annulée : ${n.title} (${n.resourceName})`,
    heading: 'Une réservation est annulée',
    paragraphs: [
      `${by(n, 'fr')}a annulé ${cancelledWhat(n, 'fr')} de ${n.resourceName} (« ${n.title} »), à partir du ${formatRange(n.start, n.end, 'fr')}.`,
      ...(n.reason ? [`Motif : ${n.reason}`] : []),
      'Votre calendrier retire l’événement quand vous ouvrez l’invitation jointe.',
    ],
    action: 'Voir mes réservations',
  }),
  'booking.changed': (n) => ({
    subject: `Réservation modifiée : ${n.title} (${n.resourceName})`,
    heading: 'Une réservation a changé',
    paragraphs: [
      `${by(n, 'fr')}a modifié la réservation de ${n.resourceName} pour ${n.organisationName}.`,
      `Désormais : ${when(n, 'fr')}.`,
      `Titre : ${n.title}`,
      calendarHint('fr'),
    ],
    action: 'Voir mes réservations',
  }),
};

const EN: Record<BookingKind, Phrase> = {
  'booking.proposed': (n) => ({
    subject: `Another time proposed: ${n.title} (${n.resourceName})`,
    heading: 'Another time is proposed for your request',
    paragraphs: [
      `${by(n, 'en')}cannot confirm ${formatRange(n.start, n.end, 'en')} and proposes ${n.proposal ? formatRange(n.proposal.start, n.proposal.end, 'en') : ''}.`,
      'Accept or decline the proposal in Mutualis; your request keeps its slot until you answer.',
    ],
    action: 'Answer the proposal',
  }),
  'booking.proposal-accepted': (n) => ({
    subject: `Proposal accepted: ${n.title} (${n.resourceName})`,
    heading: 'The proposed time is accepted',
    paragraphs: [`${n.organisationName} accepted the proposed time: ${when(n, 'en')}.`, calendarHint('en')],
    action: 'See my bookings',
  }),
  'booking.proposal-declined': (n) => ({
    subject: `Proposal declined: ${n.title} (${n.resourceName})`,
    heading: 'The proposed time is declined',
    paragraphs: [`${n.organisationName} declined the proposed time; the request ${when(n, 'en')} is withdrawn.`],
    action: 'See the requests',
  }),
  'booking.expiring': (n) => ({
    subject: `Request about to expire: ${n.title} (${n.resourceName})`,
    heading: 'A request expires soon',
    paragraphs: [
      `The request of ${n.organisationName} for ${n.resourceName} ${when(n, 'en')} has not been decided and expires within 24 hours.`,
      'Without a decision it frees its slot.',
    ],
    action: 'See the requests',
  }),
  'booking.approval-requested': (n) => ({
    subject: `Request to approve: ${n.title} (${n.resourceName})`,
    heading: 'A request is waiting for your approval',
    paragraphs: [
      `${n.organisationName} requests ${n.resourceName} ${when(n, 'en')}.`,
      `Title: ${n.title}`,
      'Approve or decline it in Mutualis; without a decision it expires and frees the slot.',
    ],
    action: 'See the requests',
  }),
  'booking.confirmed': (n) => ({
    subject: `Booking confirmed: ${n.title} (${n.resourceName})`,
    heading: 'Your booking is confirmed',
    paragraphs: [
      `${n.resourceName} is booked for ${n.organisationName} ${when(n, 'en')}.`,
      `Title: ${n.title}`,
      calendarHint('en'),
    ],
    action: 'See my bookings',
  }),
  'booking.approved': (n) => ({
    subject: `Request approved: ${n.title} (${n.resourceName})`,
    heading: 'Your request is approved',
    paragraphs: [
      `${by(n, 'en')}approved the booking of ${n.resourceName} ${when(n, 'en')}.`,
      `Title: ${n.title}`,
      calendarHint('en'),
    ],
    action: 'See my bookings',
  }),
  'booking.declined': (n) => ({
    subject: `Request declined: ${n.title} (${n.resourceName})`,
    heading: 'Your request is declined',
    paragraphs: [
      `${by(n, 'en')}declined the booking of ${n.resourceName} ${when(n, 'en')}.`,
      n.reason ? `Reason: ${n.reason}` : 'No reason was given.',
      'You can choose another time in the calendar.',
    ],
    action: 'See my bookings',
  }),
  'booking.cancelled': (n) => ({
    subject: `Booking cancelled: ${n.title} (${n.resourceName})`,
    heading: 'A booking is cancelled',
    paragraphs: [
      `${by(n, 'en')}cancelled ${cancelledWhat(n, 'en')} of ${n.resourceName} (“${n.title}”), from ${formatRange(n.start, n.end, 'en')}.`,
      ...(n.reason ? [`Reason: ${n.reason}`] : []),
      'Your calendar removes the event when you open the attached invitation.',
    ],
    action: 'See my bookings',
  }),
  'booking.changed': (n) => ({
    subject: `Booking changed: ${n.title} (${n.resourceName})`,
    heading: 'A booking has changed',
    paragraphs: [
      `${by(n, 'en')}changed the booking of ${n.resourceName} for ${n.organisationName}.`,
      `Now: ${when(n, 'en')}.`,
      `Title: ${n.title}`,
      calendarHint('en'),
    ],
    action: 'See my bookings',
  }),
};

export function renderBookingText(kind: BookingKind, notice: BookingNotice, locale: Locale): RenderedText {
  return (locale === 'en' ? EN : FR)[kind](notice);
}

/** « le lundi 7 décembre 2026, 9 h – 11 h (et 7 autres occurrences) ». */
function when(n: BookingNotice, locale: Locale): string {
  const range = formatRange(n.start, n.end, locale);
  const others = n.occurrences - 1;
  if (locale === 'fr') {
    const more = others <= 0 ? '' : others === 1 ? ' (et 1 autre occurrence)' : ` (et ${others} autres occurrences)`;
    return `le ${range}${more}`;
  }
  const more = others <= 0 ? '' : others === 1 ? ' (and 1 more occurrence)' : ` (and ${others} more occurrences)`;
  return `on ${range}${more}`;
}

function by(n: BookingNotice, locale: Locale): string {
  if (n.actorName) return `${n.actorName} `;
  return locale === 'fr' ? 'Mutualis ' : 'Mutualis ';
}

function cancelledWhat(n: BookingNotice, locale: Locale): string {
  if (!n.recurring) return locale === 'fr' ? 'la réservation' : 'the booking';
  if (n.scope === 'one') return locale === 'fr' ? 'une occurrence de la réservation' : 'one occurrence of the booking';
  if (n.scope === 'following')
    return locale === 'fr' ? 'les occurrences suivantes de la réservation' : 'the following occurrences of the booking';
  return locale === 'fr' ? 'toute la série de la réservation' : 'the whole booking series';
}

function calendarHint(locale: Locale): string {
  return locale === 'fr'
    ? 'L’invitation jointe ajoute ou met à jour l’événement dans votre calendrier (Outlook, Google Agenda).'
    : 'The attached invitation adds or updates the event in your calendar (Outlook, Google Calendar).';
}
