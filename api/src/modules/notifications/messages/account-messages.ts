import type { Locale } from '@mutualis/contracts';
import { formatHours } from '@mutualis/domain';
import type { RenderedText } from './booking-messages';
import { formatDate } from './message-format';

export const ACCOUNT_KINDS = [
  'account.invitation',
  'account.password-reset',
  'account.password-changed',
  'account.token-created',
  'timesheet.submitted',
  'timesheet.disputed',
  'timesheet.confirmed',
  'hours.requested',
  'period.closed',
  'booking.needs-reschedule',
] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

interface Payload {
  organisationName: string;
  inviterName: string;
  tokenName: string;
  employeeName: string;
  weekStart: string;
  entries: number;
  hours: string;
  comment: string;
  title: string;
  from: string;
  to: string;
  resourceName: string;
  occurrences: number;
}

const FR: Record<AccountKind, (p: Payload) => RenderedText> = {
  'period.closed': (p) => ({
    subject: `Période fermée : du ${formatDate(p.from, 'fr')} au ${formatDate(p.to, 'fr')}`,
    heading: 'Une période est fermée',
    paragraphs: [
      `La coordination a fermé la période du ${formatDate(p.from, 'fr')} au ${formatDate(p.to, 'fr')} : ses chiffres ne changent plus.`,
      'L’état de compte de votre organisme pour la période est dans Rapports.',
    ],
    action: 'Voir les rapports',
  }),
  'booking.needs-reschedule': (p) => ({
    subject: `À replanifier : ${p.title} (${p.resourceName})`,
    heading: 'Une réservation doit changer de plage',
    paragraphs: [
      `${p.resourceName} sera en congé : ${p.occurrences === 1 ? '1 occurrence' : `${p.occurrences} occurrences`} de « ${p.title} » à partir du ${formatDate(p.from, 'fr')} doivent être déplacées ou annulées.`,
    ],
    action: 'Voir mes réservations',
  }),
  'hours.requested': (p) => ({
    subject: `Demande d’heures : ${p.hours} pour ${p.organisationName}`,
    heading: `${p.organisationName} demande de votre temps`,
    paragraphs: [
      `${p.organisationName} demande ${p.hours} entre le ${formatDate(p.from, 'fr')} et le ${formatDate(p.to, 'fr')} : « ${p.title} ».`,
      'Planifiez ces heures dans votre horaire ; chaque plage choisie leur est réservée.',
    ],
    action: 'Ouvrir mon horaire',
  }),
  'account.invitation': (p) => ({
    subject: `Invitation à rejoindre ${p.organisationName} dans Mutualis`,
    heading: `${p.inviterName} vous invite dans Mutualis`,
    paragraphs: [
      `Vous êtes invité·e à rejoindre ${p.organisationName} dans Mutualis, l’outil du réseau pour réserver les salles et le personnel partagés.`,
      'Ce lien personnel sert une seule fois et expire dans 7 jours.',
    ],
    action: 'Accepter l’invitation',
  }),
  'account.password-reset': () => ({
    subject: 'Réinitialiser votre mot de passe Mutualis',
    heading: 'Réinitialiser votre mot de passe',
    paragraphs: [
      'Quelqu’un (vous, sans doute) a demandé à réinitialiser le mot de passe de ce compte.',
      'Ce lien sert une seule fois et expire dans une heure. Si vous n’avez rien demandé, ignorez ce courriel : votre mot de passe ne change pas.',
    ],
    action: 'Choisir un nouveau mot de passe',
  }),
  'account.password-changed': () => ({
    subject: 'Votre mot de passe Mutualis a été changé',
    heading: 'Votre mot de passe a été changé',
    paragraphs: [
      'Le mot de passe de votre compte vient d’être changé ; les autres sessions ont été fermées.',
      'Si ce n’était pas vous, réinitialisez votre mot de passe tout de suite et prévenez la coordination du réseau.',
    ],
    action: 'Ouvrir Mutualis',
  }),
  'account.token-created': (p) => ({
    subject: `Nouveau jeton d’API : ${p.tokenName}`,
    heading: 'Un jeton d’API a été créé',
    paragraphs: [
      `Un jeton d’API nommé « ${p.tokenName} » a été créé pour votre compte ; il donne accès à Mutualis comme vous.`,
      'Si ce n’était pas vous, révoquez-le dans Mon compte › Jetons d’API et changez votre mot de passe.',
    ],
    action: 'Voir mes jetons',
  }),
  'timesheet.submitted': (p) => ({
    subject: `Feuille de temps à confirmer : ${p.employeeName}, semaine du ${formatDate(p.weekStart, 'fr')}`,
    heading: 'Des heures attendent votre confirmation',
    paragraphs: [
      `${p.employeeName} a soumis ${p.hours} pour ${p.organisationName}, semaine du ${formatDate(p.weekStart, 'fr')}.`,
      'Confirmez-les, ou contestez-les avec un commentaire.',
    ],
    action: 'Voir les feuilles de temps',
  }),
  'timesheet.disputed': (p) => ({
    subject: `Heures contestées par ${p.organisationName}, semaine du ${formatDate(p.weekStart, 'fr')}`,
    heading: 'Des heures sont contestées',
    paragraphs: [
      `${p.organisationName} conteste les heures de la semaine du ${formatDate(p.weekStart, 'fr')}.`,
      `Commentaire : ${p.comment}`,
    ],
    action: 'Voir ma feuille de temps',
  }),
  'timesheet.confirmed': (p) => ({
    subject: `Heures confirmées par ${p.organisationName}, semaine du ${formatDate(p.weekStart, 'fr')}`,
    heading: 'Vos heures sont confirmées',
    paragraphs: [`${p.organisationName} a confirmé vos heures de la semaine du ${formatDate(p.weekStart, 'fr')}.`],
    action: 'Voir ma feuille de temps',
  }),
};

const EN: Record<AccountKind, (p: Payload) => RenderedText> = {
  'period.closed': (p) => ({
    subject: `Period closed: ${formatDate(p.from, 'en')} – ${formatDate(p.to, 'en')}`,
    heading: 'A period is closed',
    paragraphs: [
      `The coordination closed the period from ${formatDate(p.from, 'en')} to ${formatDate(p.to, 'en')}: its figures no longer change.`,
      'Your organisation’s statement for the period is in Reports.',
    ],
    action: 'See the reports',
  }),
  'booking.needs-reschedule': (p) => ({
    subject: `To reschedule: ${p.title} (${p.resourceName})`,
    heading: 'A booking needs another time',
    paragraphs: [
      `${p.resourceName} will be on leave: ${p.occurrences === 1 ? '1 occurrence' : `${p.occurrences} occurrences`} of « ${p.title} » from ${formatDate(p.from, 'en')} must be moved or cancelled.`,
    ],
    action: 'See my bookings',
  }),
  'hours.requested': (p) => ({
    subject: `Hours requested: ${p.hours} for ${p.organisationName}`,
    heading: `${p.organisationName} asks for your time`,
    paragraphs: [
      `${p.organisationName} asks for ${p.hours} between ${formatDate(p.from, 'en')} and ${formatDate(p.to, 'en')}: « ${p.title} ».`,
      'Schedule the hours in your schedule; each slot you choose is booked for them.',
    ],
    action: 'Open my schedule',
  }),
  'account.invitation': (p) => ({
    subject: `Invitation to join ${p.organisationName} in Mutualis`,
    heading: `${p.inviterName} invites you to Mutualis`,
    paragraphs: [
      `You are invited to join ${p.organisationName} in Mutualis, the network’s tool for booking shared rooms and staff.`,
      'This personal link works once and expires in 7 days.',
    ],
    action: 'Accept the invitation',
  }),
  'account.password-reset': () => ({
    subject: 'Reset your Mutualis password',
    heading: 'Reset your password',
    paragraphs: [
      'Someone (probably you) asked to reset the password of this account.',
      'This link works once and expires in one hour. If you asked for nothing, ignore this e-mail: your password does not change.',
    ],
    action: 'Choose a new password',
  }),
  'account.password-changed': () => ({
    subject: 'Your Mutualis password was changed',
    heading: 'Your password was changed',
    paragraphs: [
      'The password of your account was just changed; other sessions were signed out.',
      'If this was not you, reset your password right away and tell the network’s coordination.',
    ],
    action: 'Open Mutualis',
  }),
  'account.token-created': (p) => ({
    subject: `New API token: ${p.tokenName}`,
    heading: 'An API token was created',
    paragraphs: [
      `An API token named “${p.tokenName}” was created for your account; it gives access to Mutualis as you.`,
      'If this was not you, revoke it in My account › API tokens and change your password.',
    ],
    action: 'See my tokens',
  }),
  'timesheet.submitted': (p) => ({
    subject: `Timesheet to confirm: ${p.employeeName}, week of ${formatDate(p.weekStart, 'en')}`,
    heading: 'Hours are waiting for your confirmation',
    paragraphs: [
      `${p.employeeName} submitted ${p.hours} for ${p.organisationName}, week of ${formatDate(p.weekStart, 'en')}.`,
      'Confirm them, or dispute them with a comment.',
    ],
    action: 'See the timesheets',
  }),
  'timesheet.disputed': (p) => ({
    subject: `Hours disputed by ${p.organisationName}, week of ${formatDate(p.weekStart, 'en')}`,
    heading: 'Hours are disputed',
    paragraphs: [
      `${p.organisationName} disputes the hours of the week of ${formatDate(p.weekStart, 'en')}.`,
      `Comment: ${p.comment}`,
    ],
    action: 'See my timesheet',
  }),
  'timesheet.confirmed': (p) => ({
    subject: `Hours confirmed by ${p.organisationName}, week of ${formatDate(p.weekStart, 'en')}`,
    heading: 'Your hours are confirmed',
    paragraphs: [`${p.organisationName} confirmed your hours of the week of ${formatDate(p.weekStart, 'en')}.`],
    action: 'See my timesheet',
  }),
};

export function renderAccountText(kind: AccountKind, payload: Record<string, unknown>, locale: Locale): RenderedText {
  const p = payload as unknown as Payload;
  const minutes = Number(payload['minutes'] ?? 0);
  const hours = formatHours(minutes, locale);
  return (locale === 'en' ? EN : FR)[kind]({ ...p, hours });
}
