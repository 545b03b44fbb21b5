import type { BookingConflict, BookingSkipped, BundlePartRef, ErrorCode } from '@mutualis/contracts';
import { apiErrorOf } from '../../core/http/api-error-of';
import { inlineErrorOf, type InlineError } from '../../core/http/inline-error';

/** A rule of the room that a booking breaks, as the API reports it in RULE_VIOLATION. */
export interface RuleViolation {
  readonly rule: 'minDuration' | 'maxDuration' | 'granularity' | 'leadTime' | 'maxAdvance' | 'weeklyMinutesPerOrganisation';
  readonly limit: number;
  readonly actual?: number;
}

export interface BlockedOccurrence {
  readonly start: string;
  readonly end?: string;
  /** The closure's reason (BLACKOUT). */
  readonly reason?: string;
}

/**
 * Why a booking could not be made or changed, with what the page needs to explain it; `part` names the item of a
 * room booking with equipment that was refused (the API's `details.part`).
 */
export type BookingProblem = BookingProblemKind & { readonly part?: BundlePartRef };

type BookingProblemKind =
  | { readonly kind: 'conflicts'; readonly conflicts: readonly BookingConflict[] }
  /** BOOKING_CONFLICT when no occurrence at all is free: what was blocked, and why. */
  | { readonly kind: 'noneFree'; readonly skipped: readonly BookingSkipped[] }
  | { readonly kind: 'outsideHours'; readonly occurrences: readonly BlockedOccurrence[] }
  | { readonly kind: 'blackout'; readonly occurrences: readonly BlockedOccurrence[] }
  | { readonly kind: 'rules'; readonly violations: readonly RuleViolation[] }
  | { readonly kind: 'message'; readonly error: InlineError };

/** Codes explained by a sentence of our own; the others show the API's message. */
const MESSAGE_KEYS: Partial<Record<ErrorCode, string>> = {
  FORBIDDEN: 'bookings.errors.forbidden',
  NOT_FOUND: 'bookings.errors.notFound',
  PAST_OCCURRENCE: 'bookings.errors.pastOccurrence',
  INVALID_STATE: 'bookings.errors.invalidState',
  RRULE_INVALID: 'bookings.errors.rruleInvalid',
  RRULE_UNSUPPORTED: 'bookings.errors.rruleUnsupported',
  TOO_MANY_OCCURRENCES: 'bookings.errors.tooManyOccurrences',
  INVALID_TIME_ZONE: 'bookings.errors.invalidTimeZone',
  CONFLICT: 'bookings.errors.conflictGeneric',
};

/** Reads a failed booking request (409 BOOKING_CONFLICT, 422 RULE_VIOLATION…) into what the dialog shows. */
export function bookingProblemOf(error: unknown): BookingProblem {
  const apiError = apiErrorOf(error);
  const details = (apiError?.details ?? {}) as Record<string, unknown>;
  const part = details['part'] as BundlePartRef | undefined;
  const problem = problemOf(error, apiError?.code, details);
  return part ? { ...problem, part } : problem;
}

function problemOf(error: unknown, code: ErrorCode | undefined, details: Record<string, unknown>): BookingProblemKind {
  switch (code) {
    case 'BOOKING_CONFLICT':
      if (Array.isArray(details['conflicts'])) return { kind: 'conflicts', conflicts: details['conflicts'] as BookingConflict[] };
      if (Array.isArray(details['skipped'])) return { kind: 'noneFree', skipped: details['skipped'] as BookingSkipped[] };
      return { kind: 'conflicts', conflicts: [] };
    case 'OUTSIDE_OPENING_HOURS':
      return { kind: 'outsideHours', occurrences: listOf<BlockedOccurrence>(details['occurrences']) };
    case 'BLACKOUT':
      return { kind: 'blackout', occurrences: listOf<BlockedOccurrence>(details['occurrences']) };
    case 'RULE_VIOLATION':
      return { kind: 'rules', violations: listOf<RuleViolation>(details['violations']) };
    default:
      return { kind: 'message', error: inlineErrorOf(error, MESSAGE_KEYS) };
  }
}

/** Conflicts are the one problem a recurring booking can step around by skipping the taken occurrences. */
export function canSkipConflicts(problem: BookingProblem | null): boolean {
  return problem?.kind === 'conflicts' || problem?.kind === 'outsideHours' || problem?.kind === 'blackout';
}

function listOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}
