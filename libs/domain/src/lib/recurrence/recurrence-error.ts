export const RECURRENCE_ERROR_CODES = [
  'RRULE_INVALID',
  'RRULE_UNSUPPORTED',
  'TOO_MANY_OCCURRENCES',
  'INVALID_TIME_ZONE',
  'INVALID_START',
  'INVALID_DURATION',
  'INVALID_WINDOW',
] as const;

export type RecurrenceErrorCode = (typeof RECURRENCE_ERROR_CODES)[number];

/** Which part of a rule (or EXDATE/RDATE entry) is wrong, and why. */
export interface RulePartProblem {
  part: string;
  value: string;
  reason: string;
}

/**
 * Thrown for anything a user can get wrong in a recurrence. The API translates `code`
 * (not the English message) and passes `details` on to the client.
 */
export class RecurrenceError extends Error {
  constructor(
    readonly code: RecurrenceErrorCode,
    message: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'RecurrenceError';
  }

  static invalidPart(problem: RulePartProblem): RecurrenceError {
    return new RecurrenceError('RRULE_INVALID', `Invalid recurrence rule: ${problem.part}=${problem.value} ${problem.reason}`, {
      ...problem,
    });
  }

  static unsupportedPart(problem: RulePartProblem): RecurrenceError {
    return new RecurrenceError(
      'RRULE_UNSUPPORTED',
      `Unsupported recurrence rule: ${problem.part}=${problem.value} ${problem.reason}`,
      { ...problem },
    );
  }
}

export function isRecurrenceError(value: unknown): value is RecurrenceError {
  return value instanceof RecurrenceError;
}
