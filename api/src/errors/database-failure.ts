import { causesOf, SQLSTATE } from './postgres-error';

/**
 * Errors that say the database cannot serve now rather than that the request or the code is wrong:
 * answered 503 with Retry-After instead of 500, and they end by themselves (the pool reconnects).
 */
export type DatabaseFailure = 'DATABASE_UNAVAILABLE' | 'OVERLOADED';

/** Seconds a client should wait before trying again. */
export const RETRY_AFTER_SECONDS: Record<DatabaseFailure, number> = { DATABASE_UNAVAILABLE: 5, OVERLOADED: 2 };

const NETWORK_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** SQLSTATEs of a server that is going away or not there yet (and class 08: connection exceptions). */
const UNAVAILABLE_STATES = new Set<string>([SQLSTATE.ADMIN_SHUTDOWN, SQLSTATE.CRASH_SHUTDOWN, SQLSTATE.CANNOT_CONNECT_NOW]);

/**
 * SQLSTATEs of too much work at once: too many connections, a lock or statement timeout, and the
 * deadlock or serialization failures still left after the repositories' own retries.
 */
const OVERLOADED_STATES = new Set<string>([
  SQLSTATE.TOO_MANY_CONNECTIONS,
  SQLSTATE.LOCK_NOT_AVAILABLE,
  SQLSTATE.QUERY_CANCELED,
  SQLSTATE.DEADLOCK_DETECTED,
  SQLSTATE.SERIALIZATION_FAILURE,
]);

export function databaseFailureOf(exception: unknown): DatabaseFailure | null {
  for (const error of causesOf(exception)) {
    const code = typeof error['code'] === 'string' ? error['code'] : '';
    const message = typeof error['message'] === 'string' ? error['message'] : '';
    // pg-pool: every pooled connection stayed busy for the whole wait, or opening a new one (fork and
    // SCRAM handshake, CPU-bound) took longer than that: a server that is down refuses at once instead.
    if (message === 'timeout exceeded when trying to connect') return 'OVERLOADED';
    if (message === 'Connection terminated due to connection timeout') return 'OVERLOADED';
    if (OVERLOADED_STATES.has(code)) return 'OVERLOADED';
    if (NETWORK_ERRORS.has(code) || UNAVAILABLE_STATES.has(code) || code.startsWith('08')) return 'DATABASE_UNAVAILABLE';
    // pg: the server closed the connection.
    if (/^Connection terminated/.test(message)) return 'DATABASE_UNAVAILABLE';
  }
  return null;
}
