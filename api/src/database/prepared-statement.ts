import type { Pool, PoolClient, QueryResultRow } from 'pg';
import type { EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/**
 * A statement of a hot path (every request, every booking write), run as a named prepared statement:
 * each pooled connection parses and plans it once, where PostgreSQL otherwise plans it on every call.
 * Planning these joins and sub-selects costs more than running them (0.2–0.5 ms against 0.05–0.15 ms
 * for the booking's resource, its conflicts, the outbox; docs/benchmarks.md).
 *
 * Only for texts whose best plan does not depend on the values: after five calls PostgreSQL may keep
 * one generic plan. A text with optional filters (`$2 IS NULL OR …`) must not be prepared.
 */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

const declared = new Map<string, string>();

/** Declares a statement once, at module load; a name is one text for the whole process. */
export function preparedStatement(name: string, text: string): PreparedStatement {
  const known = declared.get(name);
  if (known !== undefined && known !== text)
    throw new Error(`Prepared statement "${name}" is declared twice with different texts.`);
  declared.set(name, text);
  return { name, text };
}

/**
 * Runs `statement` on the manager's connection: the transaction's when the manager has one, else any
 * pooled connection. Returns the rows (whatever the command), as `pg` gives them.
 */
export async function runPrepared<T extends QueryResultRow>(
  manager: EntityManager,
  statement: PreparedStatement,
  values: unknown[],
): Promise<T[]> {
  const runner = manager.queryRunner as PostgresQueryRunner | undefined;
  const client: Pool | PoolClient =
    runner && !runner.isReleased ? await runner.connect() : ((manager.connection.driver as PostgresDriver).master as Pool);
  return (await client.query<T>({ name: statement.name, text: statement.text, values })).rows;
}
