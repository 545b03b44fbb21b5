import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { GuardedOccurrence } from './booking.types';

/**
 * Units in use for equipment, vehicles and storage (pooled resources). The same count as the database's
 * guard (`booking_occurrence_quantity_guard`, migration …280000000-equipment): the busiest instant of each
 * period, a late loan not yet returned lasting for ever.
 */
@Injectable()
export class BookingQuantityRepository {
  /** The most units any of these occurrences takes. */
  async quantityOf(manager: EntityManager, occurrenceIds: string[]): Promise<number> {
    const [row] = await manager.query('SELECT max(quantity) AS quantity FROM booking_occurrence WHERE id = ANY($1::uuid[])', [
      occurrenceIds,
    ]);
    return Number(row?.quantity ?? 1);
  }

  /** For each guarded period (by index), the most units in use at one instant of it by other bookings. */
  async peaks(
    manager: EntityManager,
    resourceId: string,
    periods: GuardedOccurrence[],
    excludeOccurrenceIds: string[] = [],
  ): Promise<number[]> {
    if (periods.length === 0) return [];
    const starts = periods.map((p) => new Date(p.guardStartMs));
    const ends = periods.map((p) => new Date(p.guardEndMs));
    const rows: Array<{ index: string; peak: string | null }> = await manager.query(
      `WITH taken AS (
         SELECT o.quantity,
                CASE WHEN l.late_since IS NOT NULL AND l.returned_at IS NULL
                     THEN tstzrange(lower(o.period), NULL) ELSE o.period END AS period
           FROM booking_occurrence o
           LEFT JOIN loan l ON l.occurrence_id = o.id
          WHERE o.resource_id = $1 AND o.pooled AND o.status IN ('pending', 'confirmed') AND NOT (o.id = ANY($4::uuid[]))
            AND (o.period && tstzrange($5, $6) OR (l.late_since IS NOT NULL AND l.returned_at IS NULL))
       )
       SELECT p.ord - 1 AS index,
              (SELECT max((SELECT COALESCE(sum(t.quantity), 0) FROM taken t WHERE t.period @> i.at))
                 FROM (SELECT p.gs AS at
                       UNION SELECT lower(t.period) FROM taken t WHERE lower(t.period) > p.gs AND lower(t.period) < p.ge) i) AS peak
         FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS p(gs, ge, ord)`,
      [
        resourceId,
        starts,
        ends,
        excludeOccurrenceIds,
        new Date(Math.min(...periods.map((p) => p.guardStartMs))),
        new Date(Math.max(...periods.map((p) => p.guardEndMs))),
      ],
    );
    const peaks = new Array<number>(periods.length).fill(0);
    for (const row of rows) peaks[Number(row.index)] = Number(row.peak ?? 0);
    return peaks;
  }
}
