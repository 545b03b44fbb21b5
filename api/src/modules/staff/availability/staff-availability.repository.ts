import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Interval } from '@mutualis/domain';

/** The busy time of a pooled employee, for free/busy. */
@Injectable()
export class StaffAvailabilityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Active (pending or confirmed) occurrences of the resource overlapping a window, as sorted intervals. */
  async activeIntervals(resourceId: string, fromMs: number, toMs: number): Promise<Interval[]> {
    const rows: Array<{ s: Date; e: Date }> = await this.dataSource.query(
      `SELECT lower(period) AS s, upper(period) AS e FROM booking_occurrence
        WHERE resource_id = $1 AND status IN ('pending', 'confirmed') AND period && tstzrange($2, $3) ORDER BY 1`,
      [resourceId, new Date(fromMs), new Date(toMs)],
    );
    return rows.map((r) => ({ start: r.s.getTime(), end: r.e.getTime() }));
  }
}
