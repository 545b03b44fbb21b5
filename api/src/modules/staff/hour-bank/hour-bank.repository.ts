import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Time booked on and worked by a pooled employee, per local day: the hour bank reads it, and the
 * booking rules read it for the daily and weekly caps and the quota.
 */
@Injectable()
export class HourBankRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** Active minutes of the resource per local day (all organisations), around a window. */
  async minutesByDay(
    manager: EntityManager,
    resourceId: string,
    timeZone: string,
    fromMs: number,
    toMs: number,
    excludeOccurrenceIds: string[] = [],
  ): Promise<Map<string, number>> {
    const rows = await manager.query(
      // Grouped on the date, formatted once per day rather than once per occurrence.
      `SELECT to_char((starts_at AT TIME ZONE $2)::date, 'YYYY-MM-DD') AS day, sum(extract(epoch FROM ends_at - starts_at) / 60)::int AS minutes
         FROM booking_occurrence
        WHERE resource_id = $1 AND status IN ('pending', 'confirmed') AND starts_at >= $3 AND starts_at < $4 AND NOT (id = ANY($5::uuid[]))
        GROUP BY (starts_at AT TIME ZONE $2)::date`,
      [resourceId, timeZone, new Date(fromMs - 8 * 86_400_000), new Date(toMs + 8 * 86_400_000), excludeOccurrenceIds],
    );
    return new Map(rows.map((r: { day: string; minutes: number }) => [r.day, r.minutes]));
  }

  /** An organisation's active minutes on the resource per local day, between two local dates. */
  async organisationMinutesByDay(
    manager: EntityManager,
    resourceId: string,
    organisationId: string,
    timeZone: string,
    fromDate: string,
    toDate: string,
    excludeOccurrenceIds: string[] = [],
  ): Promise<Map<string, number>> {
    const rows = await manager.query(
      `SELECT to_char((starts_at AT TIME ZONE $3)::date, 'YYYY-MM-DD') AS day, sum(extract(epoch FROM ends_at - starts_at) / 60)::int AS minutes
         FROM booking_occurrence
        WHERE resource_id = $1 AND organisation_id = $2 AND status IN ('pending', 'confirmed')
          AND starts_at >= ($4::date)::timestamp AT TIME ZONE $3 AND starts_at < ($5::date)::timestamp AT TIME ZONE $3
          AND NOT (id = ANY($6::uuid[]))
        GROUP BY (starts_at AT TIME ZONE $3)::date`,
      [resourceId, organisationId, timeZone, fromDate, toDate, excludeOccurrenceIds],
    );
    return new Map(rows.map((r: { day: string; minutes: number }) => [r.day, r.minutes]));
  }

  /** Confirmed (or locked) timesheet minutes of an organisation on the resource per local day. */
  async workedMinutesByDay(
    manager: EntityManager,
    resourceId: string,
    organisationId: string,
    fromDate: string,
    toDate: string,
  ): Promise<Map<string, number>> {
    const rows = await manager.query(
      `SELECT to_char(work_date, 'YYYY-MM-DD') AS day, sum(minutes)::int AS minutes FROM timesheet_entry
        WHERE resource_id = $1 AND organisation_id = $2 AND status IN ('confirmed', 'locked') AND work_date >= $3::date AND work_date < $4::date
        GROUP BY 1`,
      [resourceId, organisationId, fromDate, toDate],
    );
    return new Map(rows.map((r: { day: string; minutes: number }) => [r.day, r.minutes]));
  }
}
