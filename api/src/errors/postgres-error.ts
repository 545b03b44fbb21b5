import type { ErrorCode } from '@mutualis/contracts';

/**
 * The one place that reads PostgreSQL's errors. pg puts the SQLSTATE, the constraint and the HINT on
 * its error; TypeORM wraps it in a `QueryFailedError` that copies some of them and keeps the original
 * as `driverError`; a pool error may carry it as `cause` or inside an `AggregateError`. Everything else
 * asks `postgresErrorOf` what happened instead of probing those shapes by hand.
 */

/** The SQLSTATEs the API reacts to (PostgreSQL manual, appendix A). */
export const SQLSTATE = {
  NOT_NULL_VIOLATION: '23502',
  FOREIGN_KEY_VIOLATION: '23503',
  UNIQUE_VIOLATION: '23505',
  CHECK_VIOLATION: '23514',
  EXCLUSION_VIOLATION: '23P01',
  SERIALIZATION_FAILURE: '40001',
  DEADLOCK_DETECTED: '40P01',
  TOO_MANY_CONNECTIONS: '53300',
  LOCK_NOT_AVAILABLE: '55P03',
  QUERY_CANCELED: '57014',
  ADMIN_SHUTDOWN: '57P01',
  CRASH_SHUTDOWN: '57P02',
  CANNOT_CONNECT_NOW: '57P03',
} as const;

/** What a refused statement means to the API. */
export type PostgresReason =
  /** An integrity constraint refused the row; `constraint` names it. */
  | 'unique-violation'
  | 'exclusion-violation'
  | 'foreign-key-violation'
  | 'check-violation'
  | 'not-null-violation'
  /** A trigger refused the write with one of the HINTs below (`hint`). */
  | 'rule'
  /** A deadlock or serialization failure: the transaction may simply run again. */
  | 'transaction-conflict'
  /** Anything else PostgreSQL reported (a bug, usually). */
  | 'other';

/**
 * HINTs our triggers raise (migrations `…170000000-timesheets`, `…180000000-allocation`,
 * `…280000000-equipment`), and the domain error each one is, whatever the write path.
 */
export const DATABASE_RULES = {
  PERIOD_CLOSED: 'This period is closed: its figures can no longer change.',
  TIMESHEET_LOCKED: 'This timesheet is locked.',
  INSUFFICIENT_QUANTITY: 'Not enough free units are left for this period.',
} as const satisfies Partial<Record<ErrorCode, string>>;

export type DatabaseRule = keyof typeof DATABASE_RULES;

export interface PostgresError {
  reason: PostgresReason;
  /** The SQLSTATE, e.g. `23P01`. */
  code: string;
  /** The constraint a violation names (`cost_pool_amount_no_overlap`), when PostgreSQL gives one. */
  constraint: string | null;
  /** The trigger's rule, for `reason: 'rule'`. */
  rule: DatabaseRule | null;
}

export type ConstraintViolation = Extract<
  PostgresReason,
  'unique-violation' | 'exclusion-violation' | 'foreign-key-violation' | 'check-violation' | 'not-null-violation'
>;

const REASONS: Record<string, PostgresReason> = {
  [SQLSTATE.NOT_NULL_VIOLATION]: 'not-null-violation',
  [SQLSTATE.FOREIGN_KEY_VIOLATION]: 'foreign-key-violation',
  [SQLSTATE.UNIQUE_VIOLATION]: 'unique-violation',
  [SQLSTATE.CHECK_VIOLATION]: 'check-violation',
  [SQLSTATE.EXCLUSION_VIOLATION]: 'exclusion-violation',
  [SQLSTATE.SERIALIZATION_FAILURE]: 'transaction-conflict',
  [SQLSTATE.DEADLOCK_DETECTED]: 'transaction-conflict',
};

/** Five digits and capitals, at least one digit: a SQLSTATE, not a Node error code (`EPIPE`). */
const SQLSTATE_PATTERN = /^(?=.*\d)[0-9A-Z]{5}$/;

/** The PostgreSQL error in `exception` (at any depth), decoded; null when PostgreSQL refused nothing. */
export function postgresErrorOf(exception: unknown): PostgresError | null {
  for (const error of causesOf(exception)) {
    const code = error['code'];
    if (typeof code !== 'string' || !SQLSTATE_PATTERN.test(code)) continue;
    const hint = typeof error['hint'] === 'string' ? error['hint'] : null;
    const rule = hint !== null && hint in DATABASE_RULES ? (hint as DatabaseRule) : null;
    return {
      reason: rule ? 'rule' : (REASONS[code] ?? 'other'),
      code,
      constraint: typeof error['constraint'] === 'string' ? error['constraint'] : null,
      rule,
    };
  }
  return null;
}

/** True when `exception` is that violation (of that constraint, when one is named). */
export function isViolation(exception: unknown, reason: ConstraintViolation, constraint?: string): boolean {
  const found = postgresErrorOf(exception);
  return found?.reason === reason && (constraint === undefined || found.constraint === constraint);
}

/** The trigger rule `exception` reports (`PERIOD_CLOSED`…), or null. */
export function databaseRuleOf(exception: unknown): DatabaseRule | null {
  return postgresErrorOf(exception)?.rule ?? null;
}

/** A deadlock or serialization failure: running the transaction again is the fix. */
export function isTransactionConflict(exception: unknown): boolean {
  return postgresErrorOf(exception)?.reason === 'transaction-conflict';
}

/** The error, TypeORM's driverError inside it and the `cause` chain: pg's errors may sit at any level. */
export function causesOf(exception: unknown): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const queue: unknown[] = [exception];
  while (queue.length > 0 && found.length < 8) {
    const next = queue.shift();
    if (typeof next !== 'object' || next === null) continue;
    const record = next as Record<string, unknown>;
    found.push(record);
    queue.push(record['driverError'], record['cause']);
    if (Array.isArray(record['errors'])) queue.push(...record['errors']); // AggregateError (IPv4 and IPv6 refused)
  }
  return found;
}
