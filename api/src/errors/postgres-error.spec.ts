import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error';
import { databaseRuleOf, isTransactionConflict, isViolation, postgresErrorOf } from './postgres-error';
import { raceToConflict } from './race-to-conflict';

/** What pg throws: a DatabaseError with the fields of PostgreSQL's ErrorResponse. */
function pgError(code: string, fields: { constraint?: string; hint?: string } = {}): DatabaseError {
  return Object.assign(new DatabaseError('refused', 0, 'error'), { severity: 'ERROR', code, ...fields });
}

/** What TypeORM throws around it. */
const queryFailed = (driverError: DatabaseError): QueryFailedError =>
  new QueryFailedError('INSERT INTO t VALUES ($1)', [1], driverError);

describe('postgresErrorOf', () => {
  it('names each integrity violation with its constraint, whether TypeORM wrapped it or not', () => {
    const cases: Array<[string, string]> = [
      ['23505', 'unique-violation'],
      ['23P01', 'exclusion-violation'],
      ['23503', 'foreign-key-violation'],
      ['23514', 'check-violation'],
      ['23502', 'not-null-violation'],
    ];
    for (const [code, reason] of cases) {
      const raw = pgError(code, { constraint: 'some_constraint' });
      expect(postgresErrorOf(raw)).toEqual({ reason, code, constraint: 'some_constraint', rule: null });
      expect(postgresErrorOf(queryFailed(raw))).toEqual({ reason, code, constraint: 'some_constraint', rule: null });
    }
  });

  it('finds the error as a cause or inside an AggregateError', () => {
    const wrapped = new Error('write failed', { cause: pgError('23P01', { constraint: 'booking_no_overlap' }) });
    expect(postgresErrorOf(wrapped)).toMatchObject({ reason: 'exclusion-violation', constraint: 'booking_no_overlap' });
    expect(postgresErrorOf(new AggregateError([new Error('first'), pgError('23505')]))).toMatchObject({
      reason: 'unique-violation',
    });
  });

  it("reads our triggers' HINTs as rules, and only the ones the API knows", () => {
    for (const rule of ['PERIOD_CLOSED', 'TIMESHEET_LOCKED', 'INSUFFICIENT_QUANTITY'] as const) {
      const error = queryFailed(pgError('P0001', { hint: rule }));
      expect(postgresErrorOf(error)).toMatchObject({ reason: 'rule', rule, code: 'P0001' });
      expect(databaseRuleOf(error)).toBe(rule);
    }
    expect(postgresErrorOf(queryFailed(pgError('P0001', { hint: 'SOMETHING_ELSE' })))).toMatchObject({
      reason: 'other',
      rule: null,
    });
  });

  it('sees deadlocks and serialization failures as transaction conflicts, worth a retry', () => {
    expect(isTransactionConflict(queryFailed(pgError('40P01')))).toBe(true);
    expect(isTransactionConflict(queryFailed(pgError('40001')))).toBe(true);
    expect(isTransactionConflict(queryFailed(pgError('23P01')))).toBe(false);
  });

  it('returns null for what PostgreSQL did not refuse: network errors, bugs, nothing', () => {
    expect(postgresErrorOf(Object.assign(new Error('broken pipe'), { code: 'EPIPE' }))).toBeNull();
    expect(postgresErrorOf(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBeNull();
    expect(postgresErrorOf(new TypeError('x is undefined'))).toBeNull();
    expect(postgresErrorOf(undefined)).toBeNull();
    expect(postgresErrorOf('23505')).toBeNull();
  });

  it('matches a violation by kind and, when asked, by constraint', () => {
    const error = queryFailed(pgError('23P01', { constraint: 'cost_pool_amount_no_overlap' }));
    expect(isViolation(error, 'exclusion-violation')).toBe(true);
    expect(isViolation(error, 'exclusion-violation', 'cost_pool_amount_no_overlap')).toBe(true);
    expect(isViolation(error, 'exclusion-violation', 'booking_no_overlap')).toBe(false);
    expect(isViolation(error, 'unique-violation')).toBe(false);
  });
});

describe('raceToConflict', () => {
  const overlap = raceToConflict({ 'exclusion-violation': () => new DomainError('CONFLICT', 'Two amounts overlap.') });

  it('turns the named violation into its domain error', async () => {
    await expect(overlap(queryFailed(pgError('23P01')))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Two amounts overlap.',
    });
  });

  it('throws anything else on unchanged', async () => {
    const unique = queryFailed(pgError('23505'));
    await expect(overlap(unique)).rejects.toBe(unique);
    const bug = new TypeError('x is undefined');
    await expect(overlap(bug)).rejects.toBe(bug);
  });

  it('answers only a violation of the given constraint', async () => {
    const onPool = raceToConflict(
      { 'exclusion-violation': () => new DomainError('CONFLICT', 'Two amounts overlap.') },
      { constraint: 'cost_pool_amount_no_overlap' },
    );
    await expect(onPool(queryFailed(pgError('23P01', { constraint: 'cost_pool_amount_no_overlap' })))).rejects.toBeInstanceOf(
      DomainError,
    );
    const other = queryFailed(pgError('23P01', { constraint: 'booking_no_overlap' }));
    await expect(onPool(other)).rejects.toBe(other);
  });

  it('may read what is taken now before answering', async () => {
    const described = raceToConflict({
      'unique-violation': async () => new DomainError('CONFLICT', 'Taken.', { by: await Promise.resolve('someone') }),
    });
    await expect(described(pgError('23505'))).rejects.toMatchObject({ code: 'CONFLICT', details: { by: 'someone' } });
  });
});
