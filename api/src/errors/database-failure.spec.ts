import { QueryFailedError } from 'typeorm';
import { databaseFailureOf } from './database-failure';

const pgError = (code: string, message = 'error'): Error => Object.assign(new Error(message), { code });
const queryFailed = (driverError: Error): QueryFailedError => new QueryFailedError('SELECT 1', [], driverError);

describe('databaseFailureOf', () => {
  it('sees an unreachable or restarting server as DATABASE_UNAVAILABLE', () => {
    expect(databaseFailureOf(pgError('ECONNREFUSED'))).toBe('DATABASE_UNAVAILABLE');
    expect(databaseFailureOf(new AggregateError([pgError('ECONNREFUSED'), pgError('ECONNREFUSED')]))).toBe(
      'DATABASE_UNAVAILABLE',
    );
    expect(databaseFailureOf(queryFailed(new Error('Connection terminated unexpectedly')))).toBe('DATABASE_UNAVAILABLE');
    expect(databaseFailureOf(queryFailed(pgError('57P01', 'terminating connection due to administrator command')))).toBe(
      'DATABASE_UNAVAILABLE',
    );
    expect(databaseFailureOf(pgError('57P03', 'the database system is starting up'))).toBe('DATABASE_UNAVAILABLE');
  });

  it('sees a pool that stayed busy, lock and statement timeouts and leftover deadlocks as OVERLOADED', () => {
    expect(databaseFailureOf(new Error('timeout exceeded when trying to connect'))).toBe('OVERLOADED');
    expect(databaseFailureOf(new Error('Connection terminated due to connection timeout'))).toBe('OVERLOADED');
    expect(databaseFailureOf(queryFailed(pgError('55P03')))).toBe('OVERLOADED');
    expect(databaseFailureOf(queryFailed(pgError('57014')))).toBe('OVERLOADED');
    expect(databaseFailureOf(queryFailed(pgError('40P01')))).toBe('OVERLOADED');
    expect(databaseFailureOf(pgError('53300', 'sorry, too many clients already'))).toBe('OVERLOADED');
  });

  it('leaves constraint violations, bugs and anything else to the other mappings', () => {
    expect(databaseFailureOf(queryFailed(pgError('23P01')))).toBeNull();
    expect(databaseFailureOf(queryFailed(pgError('42703', 'column does not exist')))).toBeNull();
    expect(databaseFailureOf(new TypeError('x is undefined'))).toBeNull();
    expect(databaseFailureOf(undefined)).toBeNull();
  });
});
