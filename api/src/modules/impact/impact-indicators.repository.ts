import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IndicatorMetric, IndicatorStage } from '@mutualis/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { isViolation } from '../../errors/postgres-error';

export interface IndicatorRow {
  id: string;
  network_id: string;
  stage: IndicatorStage;
  name_fr: string;
  name_en: string;
  metric: IndicatorMetric;
  target: number | null;
  position: number;
  entered_value: number | null;
  /** How many values were entered for periods inside the window, and whether one is for exactly the window. */
  entered_periods: number;
  entered_exactly: boolean;
  /** The targets of reporting periods overlapping the window. */
  targets: Array<{ from: string; to: string; target: number }>;
}

export interface IndicatorFields {
  stage: IndicatorStage;
  nameFr: string;
  nameEn: string;
  metric: IndicatorMetric;
  target: number | null;
  position: number;
}

/** The logic model's SQL: indicators, the values entered per period and the targets per reporting period. */
@Injectable()
export class ImpactIndicatorsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /**
   * The network's indicators, with the values entered for periods inside [from, to) summed, and
   * the targets of the periods overlapping it (the service picks the window's).
   */
  indicators(networkId: string, from: string, to: string): Promise<IndicatorRow[]> {
    return this.dataSource.query(
      `SELECT i.id, i.network_id, i.stage, i.name_fr, i.name_en, i.metric, i.target::float AS target, i.position,
              v.entered_value, COALESCE(v.entered_periods, 0) AS entered_periods, COALESCE(v.entered_exactly, false) AS entered_exactly,
              COALESCE((SELECT json_agg(json_build_object('from', to_char(lower(t.period), 'YYYY-MM-DD'),
                                                          'to', to_char(upper(t.period), 'YYYY-MM-DD'), 'target', t.target::float)
                                        ORDER BY lower(t.period), upper(t.period))
                          FROM impact_indicator_target t
                         WHERE t.indicator_id = i.id AND t.period && daterange($2::date, $3::date)), '[]') AS targets
         FROM impact_indicator i
         LEFT JOIN LATERAL (
           SELECT sum(v.value)::float AS entered_value, count(*)::int AS entered_periods,
                  bool_or(v.period = daterange($2::date, $3::date)) AS entered_exactly
             FROM impact_indicator_value v
            WHERE v.indicator_id = i.id AND v.period <@ daterange($2::date, $3::date)
         ) v ON true
        WHERE i.network_id = $1
        ORDER BY CASE i.stage WHEN 'activity' THEN 1 WHEN 'output' THEN 2 ELSE 3 END, i.position, i.name_fr, i.id`,
      [networkId, from, to],
    );
  }

  async indicatorNetwork(m: EntityManager, id: string): Promise<string | null> {
    const rows = await m.query('SELECT network_id FROM impact_indicator WHERE id = $1 FOR UPDATE', [id]);
    return rows[0]?.network_id ?? null;
  }

  async insertIndicator(m: EntityManager, i: IndicatorFields & { networkId: string }): Promise<string> {
    const [row] = await m.query(
      `INSERT INTO impact_indicator (network_id, stage, name_fr, name_en, metric, target, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [i.networkId, i.stage, i.nameFr, i.nameEn, i.metric, i.target, i.position],
    );
    return row.id;
  }

  async updateIndicator(m: EntityManager, id: string, i: IndicatorFields): Promise<void> {
    await m.query(
      `UPDATE impact_indicator SET stage = $2, name_fr = $3, name_en = $4, metric = $5, target = $6, position = $7, updated_at = now()
        WHERE id = $1`,
      [id, i.stage, i.nameFr, i.nameEn, i.metric, i.target, i.position],
    );
  }

  async indicatorFields(m: EntityManager, id: string): Promise<IndicatorFields | null> {
    const rows = await m.query(
      `SELECT stage, name_fr AS "nameFr", name_en AS "nameEn", metric, target::float AS target, position FROM impact_indicator WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async deleteIndicator(m: EntityManager, id: string): Promise<void> {
    await m.query('DELETE FROM impact_indicator WHERE id = $1', [id]);
  }

  /**
   * Saves a value unless one already covers an overlapping period (the exclusion constraint decides);
   * false then, and the transaction goes on as if nothing was tried.
   */
  async saveValueUnlessOverlapping(
    m: EntityManager,
    id: string,
    from: string,
    to: string,
    value: number,
    note: string,
  ): Promise<boolean> {
    await m.query('SAVEPOINT indicator_value');
    try {
      await this.saveValue(m, id, from, to, value, note);
      return true;
    } catch (error) {
      if (!isViolation(error, 'exclusion-violation', 'impact_indicator_value_no_overlap')) throw error;
      await m.query('ROLLBACK TO SAVEPOINT indicator_value');
      return false;
    }
  }

  /** The value entered for exactly this period, if any, removed; what it was, or null. */
  async deleteValue(m: EntityManager, id: string, from: string, to: string): Promise<{ value: number; note: string } | null> {
    const rows = await m.query(
      // WITH … SELECT: TypeORM answers [rows, count] for a bare DELETE … RETURNING.
      `WITH gone AS (DELETE FROM impact_indicator_value WHERE indicator_id = $1 AND period = daterange($2::date, $3::date)
                     RETURNING value, note)
       SELECT value::float AS value, note FROM gone`,
      [id, from, to],
    );
    return rows[0] ?? null;
  }

  /** The target of this reporting period (the database refuses any other window); the one it replaced, or null. */
  async saveTarget(m: EntityManager, id: string, from: string, to: string, target: number): Promise<number | null> {
    const before = await this.target(m, id, from, to);
    await m.query(
      `INSERT INTO impact_indicator_target (indicator_id, period, target) VALUES ($1, daterange($2::date, $3::date), $4)
       ON CONFLICT (indicator_id, period) DO UPDATE SET target = EXCLUDED.target, updated_at = now()`,
      [id, from, to, target],
    );
    return before;
  }

  /** The target of exactly this period removed; what it was, or null. */
  async deleteTarget(m: EntityManager, id: string, from: string, to: string): Promise<number | null> {
    const rows = await m.query(
      `WITH gone AS (DELETE FROM impact_indicator_target WHERE indicator_id = $1 AND period = daterange($2::date, $3::date)
                     RETURNING target)
       SELECT target::float AS target FROM gone`,
      [id, from, to],
    );
    return rows[0]?.target ?? null;
  }

  private async target(m: EntityManager, id: string, from: string, to: string): Promise<number | null> {
    const rows = await m.query(
      `SELECT target::float AS target FROM impact_indicator_target WHERE indicator_id = $1 AND period = daterange($2::date, $3::date)`,
      [id, from, to],
    );
    return rows[0]?.target ?? null;
  }

  private async saveValue(m: EntityManager, id: string, from: string, to: string, value: number, note: string): Promise<void> {
    await m.query('DELETE FROM impact_indicator_value WHERE indicator_id = $1 AND period = daterange($2::date, $3::date)', [
      id,
      from,
      to,
    ]);
    await m.query(
      'INSERT INTO impact_indicator_value (indicator_id, period, value, note) VALUES ($1, daterange($2::date, $3::date), $4, $5)',
      [id, from, to, value, note],
    );
  }
}
