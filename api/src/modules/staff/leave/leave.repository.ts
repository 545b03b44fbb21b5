import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Interval } from '@mutualis/domain';
import type { LeaveView } from '@mutualis/contracts';

/** Every query on a pooled employee's leave. */
@Injectable()
export class LeaveRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async leave(resourceId: string, fromMs: number, toMs: number): Promise<LeaveView[]> {
    const rows = await this.dataSource.query(
      `SELECT l.id, l.resource_id, l.kind, lower(l.period) AS starts, upper(l.period) AS ends, l.note,
              (SELECT count(*)::int FROM booking_occurrence o WHERE o.resource_id = l.resource_id AND o.needs_reschedule
                 AND o.status IN ('pending', 'confirmed') AND o.period && l.period) AS flagged
         FROM staff_leave l WHERE l.resource_id = $1 AND l.period && tstzrange($2, $3) ORDER BY lower(l.period)`,
      [resourceId, new Date(fromMs), new Date(toMs)],
    );
    return rows.map(
      (r: {
        id: string;
        resource_id: string;
        kind: LeaveView['kind'];
        starts: Date;
        ends: Date;
        note: string;
        flagged: number;
      }) => ({
        id: r.id,
        resourceId: r.resource_id,
        kind: r.kind,
        start: r.starts.toISOString(),
        end: r.ends.toISOString(),
        note: r.note,
        flaggedOccurrences: r.flagged,
      }),
    );
  }

  /** Leave of the resource overlapping a window, as sorted intervals. */
  async leaveIntervals(resourceId: string, fromMs: number, toMs: number): Promise<Interval[]> {
    const rows: Array<{ s: Date; e: Date }> = await this.dataSource.query(
      `SELECT lower(period) AS s, upper(period) AS e FROM staff_leave WHERE resource_id = $1 AND period && tstzrange($2, $3) ORDER BY 1`,
      [resourceId, new Date(fromMs), new Date(toMs)],
    );
    return rows.map((r) => ({ start: r.s.getTime(), end: r.e.getTime() }));
  }

  /** Records leave and flags the active occurrences inside it for rescheduling (they are never deleted). */
  async insertLeave(
    manager: EntityManager,
    resourceId: string,
    leave: { kind: string; start: string; end: string; note: string; createdBy: string },
  ): Promise<{ id: string; flagged: number }> {
    const [row] = await manager.query(
      `INSERT INTO staff_leave (resource_id, kind, period, note, created_by) VALUES ($1, $2, tstzrange($3, $4), $5, $6) RETURNING id`,
      [resourceId, leave.kind, leave.start, leave.end, leave.note, leave.createdBy],
    );
    const flagged = await manager.query(
      // WITH … SELECT: TypeORM answers [rows, count] for a bare UPDATE … RETURNING.
      `WITH flagged AS (
         UPDATE booking_occurrence SET needs_reschedule = true, updated_at = now()
          WHERE resource_id = $1 AND status IN ('pending', 'confirmed') AND period && tstzrange($2, $3) RETURNING id)
       SELECT id FROM flagged`,
      [resourceId, leave.start, leave.end],
    );
    return { id: row.id, flagged: flagged.length };
  }

  async deleteLeave(manager: EntityManager, resourceId: string, leaveId: string): Promise<boolean> {
    const rows = await manager.query(
      'WITH deleted AS (DELETE FROM staff_leave WHERE id = $1 AND resource_id = $2 RETURNING id) SELECT id FROM deleted',
      [leaveId, resourceId],
    );
    return rows.length > 0;
  }

  /** Leave overlapping any of the intervals, by index. */
  async onLeave(
    manager: EntityManager,
    resourceId: string,
    intervals: Array<{ startMs: number; endMs: number }>,
  ): Promise<Array<{ index: number; kind: string }>> {
    if (intervals.length === 0) return [];
    const rows = await manager.query(
      `SELECT DISTINCT ON (p.ord) p.ord - 1 AS index, l.kind
         FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS p(s, e, ord)
         JOIN staff_leave l ON l.resource_id = $1 AND l.period && tstzrange(p.s, p.e) ORDER BY p.ord`,
      [resourceId, intervals.map((i) => new Date(i.startMs)), intervals.map((i) => new Date(i.endMs))],
    );
    return rows.map((r: { index: string; kind: string }) => ({ index: Number(r.index), kind: r.kind }));
  }
}
