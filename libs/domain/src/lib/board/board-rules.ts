import { addDays, formatLocalDate, parseLocalDate } from '../wall-clock/wall-clock';

/** A post leaves the board this many days after it is posted, unless its author says otherwise. */
export const BOARD_DEFAULT_LIFETIME_DAYS = 60;
/** The latest expiry an author may choose, in days from today. */
export const BOARD_MAX_LIFETIME_DAYS = 366;

/** 'YYYY-MM-DD' `days` days after `today` ('YYYY-MM-DD'). */
export function boardDateAfter(today: string, days: number): string {
  const parsed = parseLocalDate(today);
  if (!parsed) throw new RangeError(`not a date: ${today}`);
  return formatLocalDate(addDays(parsed, days));
}

/** The default expiry of a post published today. */
export function defaultBoardExpiry(today: string): string {
  return boardDateAfter(today, BOARD_DEFAULT_LIFETIME_DAYS);
}

/** An expiry is acceptable from today to the maximum lifetime. */
export function isAcceptableBoardExpiry(today: string, expiresOn: string): boolean {
  return expiresOn >= today && expiresOn <= boardDateAfter(today, BOARD_MAX_LIFETIME_DAYS);
}

/**
 * The two sides of a match: who gives (the carrier of a shared room, the lender of hours) and who
 * receives (the booking's or the agreement's organisation). An offer's author gives; a need's author receives.
 */
export function boardMatchSides(
  kind: 'offer' | 'need',
  authorOrganisationId: string,
  matchedOrganisationId: string,
): { giving: string; receiving: string } {
  return kind === 'offer'
    ? { giving: authorOrganisationId, receiving: matchedOrganisationId }
    : { giving: matchedOrganisationId, receiving: authorOrganisationId };
}
