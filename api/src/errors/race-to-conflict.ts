import type { DomainError } from './domain-error';
import { postgresErrorOf, type ConstraintViolation } from './postgres-error';

/** The domain error each constraint violation becomes (it may read what is taken now, hence async). */
export type ViolationAnswers = Partial<Record<ConstraintViolation, () => DomainError | Promise<DomainError>>>;

/**
 * A write the service's checks let through but a constraint refused, most often because another request
 * wrote first: a clean 4xx with a stable code instead of a 500. For `.catch(…)` after a transaction:
 *
 *     .catch(raceToConflict({ 'exclusion-violation': () => new DomainError('CONFLICT', 'This leave overlaps…') }))
 *
 * With `constraint`, only a violation of that constraint is answered. Anything else is thrown on unchanged.
 */
export function raceToConflict(
  answers: ViolationAnswers,
  options: { constraint?: string } = {},
): (error: unknown) => Promise<never> {
  return async (error: unknown) => {
    const found = postgresErrorOf(error);
    const answer = found ? answers[found.reason as ConstraintViolation] : undefined;
    if (!found || !answer || (options.constraint !== undefined && found.constraint !== options.constraint)) throw error;
    throw await answer();
  };
}
