import type { ErrorCode } from '@mutualis/contracts';

/**
 * What services throw. They never throw HTTP exceptions: the mapping from a code to an
 * HTTP status lives in one place, `error-status.ts`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
