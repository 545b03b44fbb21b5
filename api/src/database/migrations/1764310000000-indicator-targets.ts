import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Targets of logic-model indicators per reporting period: a month, a calendar quarter, a calendar
 * year or a fiscal year (April to March), one per indicator and period. `impact_indicator.target`
 * stays as the default target, for any period without one of its own.
 */
export class IndicatorTargets1764310000000 implements MigrationInterface {
  name = 'IndicatorTargets1764310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE impact_indicator_target (
        indicator_id uuid NOT NULL REFERENCES impact_indicator(id) ON DELETE CASCADE,
        period daterange NOT NULL CONSTRAINT impact_indicator_target_reporting_period CHECK (
          NOT isempty(period) AND NOT lower_inf(period) AND NOT upper_inf(period)
          AND extract(day FROM lower(period)) = 1
          AND (upper(period) = lower(period) + interval '1 month'
            OR (upper(period) = lower(period) + interval '3 months' AND extract(month FROM lower(period)) IN (1, 4, 7, 10))
            OR (upper(period) = lower(period) + interval '12 months' AND extract(month FROM lower(period)) IN (1, 4)))),
        target numeric(14, 2) NOT NULL CHECK (target >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (indicator_id, period)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS impact_indicator_target');
  }
}
