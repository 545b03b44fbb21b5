import { Pool as PgPool, type Pool, type PoolClient, type PoolConfig, type QueryResultRow } from 'pg';
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
  /** Planned once per connection, whatever PostgreSQL's cost comparison says (see `genericPlan`). */
  readonly genericPlan: boolean;
}

export interface PreparedStatementOptions {
  /**
   * Naming a statement saves its parsing; PostgreSQL decides on its own whether to keep one generic
   * plan, after five custom ones, by comparing estimated costs, and for statements of many sub-queries
   * it often keeps planning each call (`pg_prepared_statements.custom_plans`). A statement declared
   * with `genericPlan` runs, outside a transaction, on connections whose `plan_cache_mode` is
   * `force_generic_plan`, which only named statements of this kind ever use. Declare it only for a text
   * whose generic plan was measured as good as its custom ones on the benchmark data.
   */
  readonly genericPlan?: boolean;
}

const declared = new Map<string, string>();

/** Declares a statement once, at module load; a name is one text for the whole process. */
export function preparedStatement(name: string, text: string, options: PreparedStatementOptions = {}): PreparedStatement {
  const known = declared.get(name);
  if (known !== undefined && known !== text)
    throw new Error(`Prepared statement "${name}" is declared twice with different texts.`);
  declared.set(name, text);
  return { name, text, genericPlan: options.genericPlan ?? false };
}

/** Connections of a pool's database that plan every statement once: one small pool per pool. */
const genericPlanPools = new WeakMap<Pool, Pool>();
const GENERIC_PLAN_CONNECTIONS = 4;

function genericPlanPoolOf(master: Pool): Pool {
  let pool = genericPlanPools.get(master);
  if (!pool) {
    const options = (master as Pool & { options: PoolConfig }).options;
    pool = new PgPool({
      ...options,
      max: GENERIC_PLAN_CONNECTIONS,
      min: 0,
      options: [options.options, '-c plan_cache_mode=force_generic_plan'].filter(Boolean).join(' '),
      // Idle connections neither keep the process alive nor outlive their use for long.
      idleTimeoutMillis: 10_000,
      allowExitOnIdle: true,
    });
    // A broken idle connection is replaced on next use; its error must not end the process.
    pool.on('error', () => undefined);
    genericPlanPools.set(master, pool);
  }
  return pool;
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
  const inTransaction = !!runner && !runner.isReleased;
  const master = (manager.connection.driver as PostgresDriver).master as Pool;
  const client: Pool | PoolClient = inTransaction
    ? await runner.connect()
    : statement.genericPlan
      ? genericPlanPoolOf(master)
      : master;
  return (await client.query<T>({ name: statement.name, text: statement.text, values })).rows;
}
