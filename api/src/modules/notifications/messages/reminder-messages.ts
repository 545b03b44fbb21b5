import type { Locale } from '@mutualis/contracts';
import type { RenderedText } from './booking-messages';
import { formatDate, formatRange } from './message-format';

export const REMINDER_KINDS = [
  'reminder.booking-upcoming',
  'reminder.approvals-waiting',
  'reminder.timesheet-week',
  'reminder.timesheets-unconfirmed',
  'reminder.loan-late',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface UpcomingBookingReminder {
  title: string;
  resourceName: string;
  organisationName: string;
  start: string;
  end: string;
}
export interface ApprovalsWaitingReminder {
  count: number;
}
export interface TimesheetWeekReminder {
  /** Monday of the week, 'YYYY-MM-DD'. */
  weekStart: string;
}
export interface TimesheetsUnconfirmedReminder {
  organisationName: string;
  entries: number;
}

/** A loan not returned when due (issue #16); its units stay blocked until returned. */
export interface LateLoanReminder extends UpcomingBookingReminder {
  quantity: number;
}

type Payload = LateLoanReminder & ApprovalsWaitingReminder & TimesheetWeekReminder & TimesheetsUnconfirmedReminder;

const FR: Record<ReminderKind, (p: Payload) => RenderedText> = {
  'reminder.booking-upcoming': (p) => ({
    subject: `Rappel : ${p.title} (${p.resourceName}), ${formatRange(p.start, p.end, 'fr')}`,
    heading: 'Votre réservation approche',
    paragraphs: [
      `${p.resourceName} est réservé pour ${p.organisationName} le ${formatRange(p.start, p.end, 'fr')}.`,
      `Titre : ${p.title}`,
    ],
    action: 'Voir mes réservations',
  }),
  'reminder.approvals-waiting': (p) => ({
    subject:
      p.count === 1
        ? '1 demande attend votre approbation depuis plus de 24 h'
        : `${p.count} demandes attendent votre approbation depuis plus de 24 h`,
    heading: 'Des demandes attendent votre décision',
    paragraphs: ['Sans décision, une demande expire et libère sa plage ; l’organisme qui l’a faite attend votre réponse.'],
    action: 'Voir les demandes',
  }),
  'reminder.timesheet-week': (p) => ({
    subject: `Feuille de temps de la semaine du ${formatDate(p.weekStart, 'fr')}`,
    heading: 'Votre feuille de temps de la semaine',
    paragraphs: ['Inscrivez les heures travaillées pour chaque organisme et soumettez la semaine pour qu’ils la confirment.'],
    action: 'Remplir ma feuille de temps',
  }),
  'reminder.timesheets-unconfirmed': (p) => ({
    subject:
      p.entries === 1
        ? `1 entrée de feuille de temps à confirmer pour ${p.organisationName}`
        : `${p.entries} entrées de feuille de temps à confirmer pour ${p.organisationName}`,
    heading: 'Des heures attendent votre confirmation',
    paragraphs: [
      'Confirmez les heures soumises, ou contestez-les avec un commentaire ; elles comptent dans la répartition des coûts.',
    ],
    action: 'Voir les feuilles de temps',
  }),
  'reminder.loan-late': (p) => ({
    subject: `Retour en retard : ${p.resourceName} (${p.organisationName})`,
    heading: 'Un emprunt n’a pas été rendu',
    paragraphs: [
      `${p.quantity > 1 ? `${p.quantity} × ` : ''}${p.resourceName}, emprunté par ${p.organisationName} pour « ${p.title} », devait revenir le ${formatRange(p.start, p.end, 'fr')}.`,
      'Ces unités restent bloquées jusqu’au retour. Enregistrez le retour au comptoir des prêts.',
    ],
    action: 'Ouvrir le comptoir des prêts',
  }),
};

const EN: Record<ReminderKind, (p: Payload) => RenderedText> = {
  'reminder.booking-upcoming': (p) => ({
    subject: `Reminder: ${p.title} (${p.resourceName}), ${formatRange(p.start, p.end, 'en')}`,
    heading: 'Your booking is coming up',
    paragraphs: [
      `${p.resourceName} is booked for ${p.organisationName} on ${formatRange(p.start, p.end, 'en')}.`,
      `Title: ${p.title}`,
    ],
    action: 'See my bookings',
  }),
  'reminder.approvals-waiting': (p) => ({
    subject:
      p.count === 1
        ? '1 request has waited for your approval for over 24 hours'
        : `${p.count} requests have waited for your approval for over 24 hours`,
    heading: 'Requests are waiting for your decision',
    paragraphs: [
      'Without a decision a request expires and frees its slot; the organisation that made it is waiting for your answer.',
    ],
    action: 'See the requests',
  }),
  'reminder.timesheet-week': (p) => ({
    subject: `Timesheet for the week of ${formatDate(p.weekStart, 'en')}`,
    heading: 'Your timesheet for the week',
    paragraphs: ['Record the hours you worked for each organisation and submit the week for them to confirm.'],
    action: 'Fill in my timesheet',
  }),
  'reminder.timesheets-unconfirmed': (p) => ({
    subject:
      p.entries === 1
        ? `1 timesheet entry to confirm for ${p.organisationName}`
        : `${p.entries} timesheet entries to confirm for ${p.organisationName}`,
    heading: 'Hours are waiting for your confirmation',
    paragraphs: ['Confirm the submitted hours, or dispute them with a comment; they count in the cost allocation.'],
    action: 'See the timesheets',
  }),
  'reminder.loan-late': (p) => ({
    subject: `Late return: ${p.resourceName} (${p.organisationName})`,
    heading: 'A loan has not been returned',
    paragraphs: [
      `${p.quantity > 1 ? `${p.quantity} × ` : ''}${p.resourceName}, borrowed by ${p.organisationName} for “${p.title}”, was due back ${formatRange(p.start, p.end, 'en')}.`,
      'These units stay blocked until returned. Record the return at the loan desk.',
    ],
    action: 'Open the loan desk',
  }),
};

export function renderReminderText(kind: ReminderKind, payload: Record<string, unknown>, locale: Locale): RenderedText {
  return (locale === 'en' ? EN : FR)[kind](payload as unknown as Payload);
}
