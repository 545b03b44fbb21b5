import type { ErrorCode } from '@mutualis/contracts';

/**
 * The message of each error code in French, for callers whose Accept-Language prefers it (the
 * web app sends fr-CA). Services write English messages with specifics; details carry the data.
 */
const FRENCH: Record<ErrorCode, string> = {
  NOT_FOUND: 'Introuvable, ou vous n’y avez pas accès.',
  MALFORMED_JSON: 'Le corps de la requête n’est pas du JSON valide.',
  VALIDATION_FAILED: 'Certains champs sont invalides.',
  PAYLOAD_TOO_LARGE: 'La requête dépasse 1 Mo.',
  UNSUPPORTED_MEDIA_TYPE: 'Ce format de contenu n’est pas pris en charge.',
  PHOTO_TOO_LARGE: 'La photo dépasse 1 Mo.',
  PHOTO_NOT_AN_IMAGE: 'Ce fichier n’est pas une image JPEG, PNG, WebP ou GIF.',
  PHOTO_UNREADABLE: 'Cette image est endommagée ou trop grande pour être lue.',
  METHOD_NOT_ALLOWED: 'Cette méthode n’est pas permise ici.',
  INVALID_QUERY: 'Les paramètres de la requête sont invalides.',
  UNAUTHENTICATED: 'Connectez-vous pour continuer.',
  INVALID_CREDENTIALS: 'Le courriel ou le mot de passe est incorrect.',
  FORBIDDEN: 'Vous n’avez pas la permission de faire ceci.',
  CSRF_REJECTED: 'Requête refusée : elle provient d’un autre site.',
  INVITATION_INVALID: 'Ce lien d’invitation est invalide, expiré ou déjà utilisé.',
  WEAK_PASSWORD: 'Ce mot de passe est trop faible : au moins 10 caractères, ni courant, ni votre courriel, ni votre nom.',
  PASSWORD_CHANGE_REQUIRED: 'Choisissez d’abord un nouveau mot de passe : le mot de passe temporaire ne sert qu’à cela.',
  RESET_LINK_INVALID: 'Ce lien de réinitialisation est invalide, expiré ou déjà utilisé ; demandez-en un nouveau.',
  EMAIL_TAKEN: 'Cette personne est déjà membre de l’organisme.',
  LAST_ADMIN: 'Un organisme garde au moins un administrateur ou une administratrice.',
  RATE_LIMITED: 'Trop de tentatives. Réessayez plus tard.',
  CONFLICT: 'Cette modification entre en conflit avec des données existantes.',
  BOOKING_CONFLICT: 'Certaines occurrences chevauchent d’autres réservations de cette ressource.',
  INSUFFICIENT_QUANTITY: 'Il ne reste pas assez d’unités libres pour cette période.',
  QUANTITY_BELOW_BOOKINGS:
    'Des réservations à venir prennent plus d’unités que cette quantité\u00a0: annulez-les ou déplacez-les d’abord.',
  PAST_OCCURRENCE: 'Une occurrence commencée ou passée ne peut plus changer.',
  INVALID_STATE: 'Cette action n’est plus possible dans l’état actuel.',
  OUTSIDE_OPENING_HOURS: 'Certaines occurrences tombent en dehors des heures d’ouverture.',
  BLACKOUT: 'Certaines occurrences tombent pendant une fermeture.',
  RULE_VIOLATION: 'La réservation ne respecte pas les règles de la ressource.',
  OUTSIDE_WORKING_HOURS: 'La personne ne travaille pas à certains de ces moments.',
  ON_LEAVE: 'La personne est en congé à certains de ces moments.',
  STAFF_CAP_EXCEEDED: 'La personne dépasserait son maximum d’heures par jour ou par semaine.',
  QUOTA_EXCEEDED: 'La demande dépasse l’entente de l’organisme pour la période.',
  TIMESHEET_LOCKED: 'Cette feuille de temps est verrouillée.',
  PERIOD_CLOSED: 'Cette période est fermée : ses chiffres ne peuvent plus changer.',
  PERIOD_NOT_ENDED: 'Cette période n’est pas terminée : la fermer bloquerait toute réservation jusqu’à sa fin.',
  FUTURE_WORK_DATE: 'On ne peut pas déclarer des heures pour un jour qui n’est pas encore arrivé.',
  RRULE_INVALID: 'La règle de récurrence est invalide.',
  RRULE_UNSUPPORTED: 'Cette récurrence n’est pas prise en charge (au plus une fois par jour).',
  TOO_MANY_OCCURRENCES: 'Cette série compte trop d’occurrences (2 000 au plus).',
  INVALID_TIME_ZONE: 'Fuseau horaire inconnu.',
  INVALID_START: 'La date et l’heure de début sont invalides.',
  INVALID_DURATION: 'La durée est invalide.',
  INVALID_WINDOW: 'La période demandée est invalide.',
  DATABASE_UNAVAILABLE: 'La base de données ne répond pas. Réessayez dans un instant.',
  OVERLOADED: 'Le serveur est très sollicité. Réessayez dans un instant.',
  INTERNAL_ERROR: 'Une erreur inattendue est survenue. Elle a été consignée.',
};

/** Codes whose French message depends on `details.reason`, so that it says why. */
const FRENCH_BY_REASON: Partial<Record<ErrorCode, Record<string, string>>> = {
  WEAK_PASSWORD: {
    'too-short': 'Ce mot de passe est trop court : au moins 10 caractères.',
    'too-long': 'Ce mot de passe est trop long : au plus 200 caractères.',
    'contains-email': 'Ce mot de passe contient votre adresse courriel : choisissez-en un qui ne la contient pas.',
    'contains-name': 'Ce mot de passe contient votre nom : choisissez-en un qui ne le contient pas.',
    'too-common': 'Ce mot de passe est trop courant ou trop facile à deviner : ajoutez des mots ou des caractères inattendus.',
  },
};

export function localisedMessage(
  code: ErrorCode,
  englishMessage: string,
  acceptLanguage: string | undefined,
  details?: unknown,
): string {
  if (!prefersFrench(acceptLanguage)) return englishMessage;
  const reason = typeof details === 'object' && details !== null ? (details as { reason?: unknown }).reason : undefined;
  const message = (typeof reason === 'string' ? FRENCH_BY_REASON[code]?.[reason] : undefined) ?? FRENCH[code];
  // A refused part of a bundle (a room booking with equipment) is named first, as the English message does.
  const part =
    typeof details === 'object' && details !== null ? (details as { part?: { resourceName?: unknown } }).part : undefined;
  return typeof part?.resourceName === 'string' && part.resourceName
    ? `«\u00a0${part.resourceName}\u00a0»\u00a0: ${message}`
    : message;
}

/** French when the first language the caller lists is French (fr, fr-CA…). */
export function prefersFrench(acceptLanguage: string | undefined): boolean {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first === 'fr' || first.startsWith('fr-');
}
