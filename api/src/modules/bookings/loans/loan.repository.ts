import { Injectable } from '@nestjs/common';
import type { LoanView, OccurrenceStatus } from '@mutualis/contracts';
import type { EntityManager } from 'typeorm';

export interface LoanRow {
  occurrence_id: string;
  series_id: string;
  resource_id: string;
  resource_name: string;
  resource_type: string;
  network_id: string;
  time_zone: string;
  organisation_id: string;
  organisation_name: string;
  requester_user_id: string | null;
  title: string;
  quantity: number;
  status: OccurrenceStatus;
  starts_at: Date;
  ends_at: Date;
  checked_out_at: Date | null;
  checked_out_by_name: string | null;
  driver_name: string | null;
  odometer_out_km: number | null;
  checkout_notes: string | null;
  returned_at: Date | null;
  returned_by_name: string | null;
  odometer_in_km: number | null;
  return_notes: string | null;
  late_since: Date | null;
}

const LOAN_SELECT = `
  SELECT o.id AS occurrence_id, o.series_id, o.resource_id, r.name AS resource_name, r.type AS resource_type, r.network_id,
         r.time_zone, o.organisation_id, org.name AS organisation_name, s.requester_user_id, COALESCE(o.title, s.title) AS title,
         o.quantity, o.status, o.starts_at, o.ends_at,
         l.checked_out_at, uo.name AS checked_out_by_name, l.driver_name, l.odometer_out_km, l.checkout_notes,
         l.returned_at, ur.name AS returned_by_name, l.odometer_in_km, l.return_notes, l.late_since
    FROM booking_occurrence o
    JOIN booking_series s ON s.id = o.series_id
    JOIN resource r ON r.id = o.resource_id
    JOIN organisation org ON org.id = o.organisation_id
    LEFT JOIN loan l ON l.occurrence_id = o.id
    LEFT JOIN app_user uo ON uo.id = l.checked_out_by
    LEFT JOIN app_user ur ON ur.id = l.returned_by`;

/** « Emprunt » and « Retour » of equipment, vehicles and storage: the `loan` table. */
@Injectable()
export class LoanRepository {
  /** One occurrence of a series with its loan, the loan row locked for the change. */
  async forChange(manager: EntityManager, seriesId: string, occurrenceId: string): Promise<LoanRow | null> {
    // Lock the occurrence first: two desks acting on one loan take turns.
    await manager.query('SELECT 1 FROM booking_occurrence WHERE id = $1 FOR UPDATE', [occurrenceId]);
    const rows: LoanRow[] = await manager.query(`${LOAN_SELECT} WHERE o.id = $1 AND o.series_id = $2`, [occurrenceId, seriesId]);
    return rows[0] ?? null;
  }

  async checkout(
    manager: EntityManager,
    loan: {
      occurrenceId: string;
      resourceId: string;
      atMs: number;
      userId: string;
      driverName: string | null;
      odometerKm: number | null;
      notes: string;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO loan (occurrence_id, resource_id, checked_out_at, checked_out_by, driver_name, odometer_out_km, checkout_notes)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [loan.occurrenceId, loan.resourceId, new Date(loan.atMs), loan.userId, loan.driverName, loan.odometerKm, loan.notes],
    );
  }

  async return(
    manager: EntityManager,
    loan: { occurrenceId: string; atMs: number; userId: string; odometerKm: number | null; notes: string },
  ): Promise<void> {
    await manager.query(
      `UPDATE loan SET returned_at = GREATEST($2, checked_out_at), returned_by = $3, odometer_in_km = $4, return_notes = $5
        WHERE occurrence_id = $1`,
      [loan.occurrenceId, new Date(loan.atMs), loan.userId, loan.odometerKm, loan.notes],
    );
  }

  /** Loans out past their end and not yet flagged: flags them late (from now on their units stay blocked). */
  async flagLate(manager: EntityManager, nowMs: number): Promise<LoanRow[]> {
    // A SELECT around the UPDATE: the driver answers an UPDATE with [rows, count].
    const flagged: Array<{ occurrence_id: string }> = await manager.query(
      `WITH flagged AS (
         UPDATE loan l SET late_since = $1
           FROM booking_occurrence o
          WHERE o.id = l.occurrence_id AND l.returned_at IS NULL AND l.late_since IS NULL AND o.ends_at < $1
         RETURNING l.occurrence_id)
       SELECT occurrence_id FROM flagged`,
      [new Date(nowMs)],
    );
    if (flagged.length === 0) return [];
    return manager.query(`${LOAN_SELECT} WHERE o.id = ANY($1::uuid[]) ORDER BY o.ends_at`, [flagged.map((f) => f.occurrence_id)]);
  }

  /** The loan desk: confirmed occurrences of equipment, vehicles and storage over a window, and loans still out. */
  async list(filter: {
    manager: EntityManager;
    networkIds: string[];
    organisationIds: string[] | null;
    fromMs: number;
    toMs: number;
    siteId: string | null;
  }): Promise<LoanRow[]> {
    return filter.manager.query(
      `${LOAN_SELECT}
        WHERE o.pooled AND r.network_id = ANY($1::uuid[]) AND ($2::uuid[] IS NULL OR o.organisation_id = ANY($2::uuid[]))
          AND ($5::uuid IS NULL OR r.site_id = $5)
          AND ((o.status = 'confirmed' AND o.starts_at < $4 AND o.ends_at > $3)
               OR (l.checked_out_at IS NOT NULL AND l.returned_at IS NULL))
        ORDER BY o.starts_at, r.name
        LIMIT 500`,
      [filter.networkIds, filter.organisationIds, new Date(filter.fromMs), new Date(filter.toMs), filter.siteId],
    );
  }
}

export function toLoanView(row: LoanRow, isoIn: (zone: string, d: Date) => string): LoanView {
  const at = (d: Date | null) => (d ? isoIn(row.time_zone, d) : null);
  return {
    occurrenceId: row.occurrence_id,
    seriesId: row.series_id,
    resourceId: row.resource_id,
    resourceName: row.resource_name,
    resourceType: row.resource_type,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    quantity: row.quantity,
    start: isoIn(row.time_zone, row.starts_at),
    end: isoIn(row.time_zone, row.ends_at),
    checkedOutAt: at(row.checked_out_at),
    checkedOutByName: row.checked_out_by_name,
    driverName: row.driver_name,
    odometerOutKm: row.odometer_out_km,
    checkoutNotes: row.checkout_notes ?? '',
    returnedAt: at(row.returned_at),
    returnedByName: row.returned_by_name,
    odometerInKm: row.odometer_in_km,
    returnNotes: row.return_notes ?? '',
    kilometres: row.odometer_in_km !== null && row.odometer_out_km !== null ? row.odometer_in_km - row.odometer_out_km : null,
    late: row.late_since !== null && row.returned_at === null,
  };
}
