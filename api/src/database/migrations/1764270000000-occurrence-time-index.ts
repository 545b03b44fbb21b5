import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports over a window of time (the allocation, « Accueil »'s amount owed, the impact figures)
 * read every pending or confirmed occurrence of the window. The table holds years of them, stored
 * series by series, so a month's occurrences are spread over every page and the planner scanned it
 * whole. Two indexes let such reads take only the window:
 * - occurrences by start, carrying the columns the aggregates need (an index-only scan, in time order);
 * - occurrences by duration, so the longest one bounds how early an occurrence that still overlaps
 *   the window may start (`starts_at > window start − longest duration`, a cheap max()).
 */
export class OccurrenceTimeIndex1764270000000 implements MigrationInterface {
  name = 'OccurrenceTimeIndex1764270000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX booking_occurrence_active_time_idx ON booking_occurrence (starts_at)
        INCLUDE (ends_at, resource_id, organisation_id, series_id, status)
        WHERE status IN ('pending', 'confirmed')`);
    await q.query('CREATE INDEX booking_occurrence_duration_idx ON booking_occurrence ((ends_at - starts_at))');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX booking_occurrence_duration_idx');
    await q.query('DROP INDEX booking_occurrence_active_time_idx');
  }
}
