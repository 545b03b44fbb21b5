import type { ErrorCode } from '@mutualis/contracts';
import { inlineErrorOf, type InlineError } from '../../core/http/inline-error';

const PREMISES_ERRORS: Partial<Record<ErrorCode, string>> = {
  FORBIDDEN: 'premises.errors.forbidden',
  INVALID_TIME_ZONE: 'premises.errors.invalidTimeZone',
  NOT_FOUND: 'premises.errors.notFound',
};

/** A failed change to the premises, explained next to its form (validation errors keep the API's message). */
export function premisesErrorOf(error: unknown): InlineError {
  return inlineErrorOf(error, PREMISES_ERRORS);
}
