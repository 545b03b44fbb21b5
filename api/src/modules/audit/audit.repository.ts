import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEventView, Page } from '@mutualis/contracts';
import { DataSource, type EntityManager } from 'typeorm';

/** One audit row, as written. */
export interface AuditRow {
  actorUserId: string | null;
  requestId: string | null;
  entity: string;
  entityId: string;
  action: string;
  organisationId: string | null;
  networkId: string | null;
  before: object | undefined;
  after: object | undefined;
}

export interface AuditFilter {
  /** Only events of these networks or organisations: the caller's scope, always given. */
  networkIds: string[];
  organisationIds: string[];
  entity?: string;
  actorId?: string;
  organisationId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Plain SQL: this runs in every write's transaction, and the ORM's insert adds a RETURNING round of its own. */
  async insert(manager: EntityManager, row: AuditRow): Promise<void> {
    await manager.query(
      `INSERT INTO audit_event (actor_user_id, request_id, entity, entity_id, action, organisation_id, network_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        row.actorUserId,
        row.requestId,
        row.entity,
        row.entityId,
        row.action,
        row.organisationId,
        row.networkId,
        row.before === undefined ? null : JSON.stringify(row.before),
        row.after === undefined ? null : JSON.stringify(row.after),
      ],
    );
  }

  async find(filter: AuditFilter): Promise<Page<AuditEventView>> {
    const params: unknown[] = [filter.networkIds, filter.organisationIds];
    const where = ['(e.network_id = ANY($1::uuid[]) OR e.organisation_id = ANY($2::uuid[]))'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.entity) add('e.entity = ?', filter.entity);
    if (filter.actorId) add('e.actor_user_id = ?', filter.actorId);
    if (filter.organisationId) add('e.organisation_id = ?', filter.organisationId);
    if (filter.from) add('e.at >= ?', filter.from);
    if (filter.to) add('e.at < ?', filter.to);
    const whereSql = where.join(' AND ');
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM audit_event e WHERE ${whereSql}`, params);
    const rows = await this.dataSource.query(
      `SELECT e.id, e.at, e.actor_user_id, u.name AS actor_name, e.organisation_id, e.network_id, e.entity, e.entity_id,
              e.action, e.before, e.after, e.request_id
         FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
        WHERE ${whereSql}
        ORDER BY e.at DESC, e.id DESC
        LIMIT ${filter.pageSize} OFFSET ${(filter.page - 1) * filter.pageSize}`,
      params,
    );
    return {
      total,
      page: filter.page,
      pageSize: filter.pageSize,
      items: rows.map(
        (r: Record<string, unknown>): AuditEventView => ({
          id: String(r['id']),
          at: (r['at'] as Date).toISOString(),
          actorUserId: (r['actor_user_id'] as string | null) ?? null,
          actorName: (r['actor_name'] as string | null) ?? null,
          organisationId: (r['organisation_id'] as string | null) ?? null,
          networkId: (r['network_id'] as string | null) ?? null,
          entity: r['entity'] as string,
          entityId: r['entity_id'] as string,
          action: r['action'] as string,
          before: r['before'],
          after: r['after'],
          requestId: (r['request_id'] as string | null) ?? null,
        }),
      ),
    };
  }
}
