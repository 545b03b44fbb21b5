import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HourRequestView } from '@mutualis/contracts';
import { DataSource, type EntityManager } from 'typeorm';

const SELECT = `
  SELECT h.id, h.resource_id, h.organisation_id, o.name AS organisation_name, h.title, h.notes, h.minutes, h.status,
         to_char(lower(h.window_period), 'YYYY-MM-DD') AS from_date, to_char(upper(h.window_period) - 1, 'YYYY-MM-DD') AS to_date,
         r.network_id,
         COALESCE((SELECT sum(extract(epoch FROM oc.ends_at - oc.starts_at) / 60)::int FROM booking_series s
                     JOIN booking_occurrence oc ON oc.series_id = s.id AND oc.status IN ('pending', 'confirmed')
                    WHERE s.hour_request_id = h.id), 0) AS scheduled_minutes
    FROM hour_request h JOIN organisation o ON o.id = h.organisation_id JOIN resource r ON r.id = h.resource_id`;

type Row = Record<string, unknown>;

/** A request and the network of the employee it is for (not part of the view). */
export interface HourRequestRecord {
  view: HourRequestView;
  networkId: string;
}

export interface HourRequestFilter {
  resourceId?: string;
  organisationId?: string;
  /** Visibility: requests of these organisations, of this employee or of these networks. */
  memberOf: string[];
  staffResourceId: string | null;
  coordinatorOf: string[];
}

export interface NewHourRequest {
  resourceId: string;
  organisationId: string;
  requesterUserId: string;
  title: string;
  notes: string;
  minutes: number;
  from: string;
  to: string;
}

/** Every query on flexible hour requests. */
@Injectable()
export class HourRequestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async list(filter: HourRequestFilter): Promise<HourRequestView[]> {
    const rows: Row[] = await this.dataSource.query(
      `${SELECT} WHERE ($1::uuid IS NULL OR h.resource_id = $1) AND ($2::uuid IS NULL OR h.organisation_id = $2)
                   AND (h.organisation_id = ANY($3::uuid[]) OR h.resource_id = $4 OR r.network_id = ANY($5::uuid[]))
        ORDER BY h.status, lower(h.window_period)`,
      [filter.resourceId ?? null, filter.organisationId ?? null, filter.memberOf, filter.staffResourceId, filter.coordinatorOf],
    );
    return rows.map(toView);
  }

  /** The network of a staff member; null when the resource is not staff. */
  async staffNetwork(manager: EntityManager, resourceId: string): Promise<string | null> {
    const rows = await manager.query(
      `SELECT r.network_id FROM resource r JOIN staff_member s ON s.resource_id = r.id WHERE r.id = $1`,
      [resourceId],
    );
    return rows[0]?.network_id ?? null;
  }

  async insert(manager: EntityManager, request: NewHourRequest): Promise<HourRequestView> {
    const [row] = await manager.query(
      `INSERT INTO hour_request (resource_id, organisation_id, requester_user_id, title, notes, minutes, window_period)
       VALUES ($1, $2, $3, $4, $5, $6, daterange($7::date, $8::date + 1)) RETURNING id`,
      [
        request.resourceId,
        request.organisationId,
        request.requesterUserId,
        request.title,
        request.notes,
        request.minutes,
        request.from,
        request.to,
      ],
    );
    const [created] = await manager.query(`${SELECT} WHERE h.id = $1`, [row.id]);
    return toView(created);
  }

  /** Locks the request for the rest of the transaction, so that two slots booked at once never both fill it. */
  async findForUpdate(manager: EntityManager, id: string): Promise<HourRequestRecord | null> {
    await manager.query('SELECT id FROM hour_request WHERE id = $1 FOR UPDATE', [id]);
    const [row]: Row[] = await manager.query(`${SELECT} WHERE h.id = $1`, [id]);
    return row ? { view: toView(row), networkId: row['network_id'] as string } : null;
  }

  /** Marks the request scheduled once its booked minutes cover it; true when it did. */
  async markScheduledIfCovered(manager: EntityManager, id: string): Promise<boolean> {
    const covered: Row[] = await manager.query(
      `UPDATE hour_request SET status = 'scheduled', updated_at = now() WHERE id = $1 AND status = 'open' AND minutes <= (
         SELECT COALESCE(sum(extract(epoch FROM oc.ends_at - oc.starts_at) / 60), 0) FROM booking_series s
           JOIN booking_occurrence oc ON oc.series_id = s.id AND oc.status IN ('pending', 'confirmed') WHERE s.hour_request_id = $1)
       RETURNING id`,
      [id],
    );
    return covered.length > 0;
  }
}

function toView(r: Row): HourRequestView {
  return {
    id: r['id'] as string,
    resourceId: r['resource_id'] as string,
    organisationId: r['organisation_id'] as string,
    organisationName: r['organisation_name'] as string,
    title: r['title'] as string,
    notes: r['notes'] as string,
    minutes: r['minutes'] as number,
    scheduledMinutes: r['scheduled_minutes'] as number,
    from: r['from_date'] as string,
    to: r['to_date'] as string,
    status: r['status'] as HourRequestView['status'],
  };
}
