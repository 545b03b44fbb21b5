import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PeriodView } from '@mutualis/contracts';
import { DataSource, type EntityManager } from 'typeorm';

interface PeriodRow {
  id: string;
  network_id: string;
  from: string;
  to: string;
  status: PeriodView['status'];
  closed_at: Date;
  closed_by: string | null;
  reopened_at: Date | null;
  reopen_reason: string | null;
}

const PERIOD_SELECT = `
  SELECT id, network_id, to_char(lower(period), 'YYYY-MM-DD') AS "from", to_char(upper(period), 'YYYY-MM-DD') AS "to",
         status, closed_at, closed_by, reopened_at, reopen_reason
    FROM accounting_period`;

export interface PeriodWindow {
  networkId: string;
  from: string;
  to: string;
}

/** Every query on accounting periods, scoped by network. */
@Injectable()
export class PeriodRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(networkId: string): Promise<PeriodView[]> {
    const rows: PeriodRow[] = await this.dataSource.query(
      `${PERIOD_SELECT} WHERE network_id = $1 ORDER BY lower(period) DESC, closed_at DESC`,
      [networkId],
    );
    return rows.map(toPeriodView);
  }

  /** One close at a time per network, so that two overlapping closes cannot both pass the check. */
  async lockNetwork(m: EntityManager, networkId: string): Promise<void> {
    await m.query('SELECT id FROM network WHERE id = $1 FOR UPDATE', [networkId]);
  }

  async resourceZones(m: EntityManager, networkId: string): Promise<string[]> {
    const rows: Array<{ time_zone: string }> = await m.query('SELECT DISTINCT time_zone FROM resource WHERE network_id = $1', [
      networkId,
    ]);
    return rows.map((r) => r.time_zone);
  }

  async closedOverlapping(m: EntityManager, window: PeriodWindow): Promise<PeriodView[]> {
    const rows: PeriodRow[] = await m.query(
      `${PERIOD_SELECT} WHERE network_id = $1 AND status = 'closed' AND period && daterange($2::date, $3::date)`,
      [window.networkId, window.from, window.to],
    );
    return rows.map(toPeriodView);
  }

  async insertClosed(
    m: EntityManager,
    window: PeriodWindow,
    closedBy: string,
    snapshot: unknown,
    closedAt: Date,
  ): Promise<PeriodView> {
    const [row]: PeriodRow[] = await m.query(
      `WITH inserted AS (
         INSERT INTO accounting_period (network_id, period, closed_by, snapshot, closed_at)
         VALUES ($1, daterange($2::date, $3::date), $4, $5, $6) RETURNING *)
       ${PERIOD_SELECT.replace('FROM accounting_period', 'FROM inserted')}`,
      [window.networkId, window.from, window.to, closedBy, JSON.stringify(snapshot), closedAt],
    );
    return toPeriodView(row);
  }

  /** Reopens the closed period that is exactly this window; null when there is none. */
  async reopen(
    m: EntityManager,
    window: PeriodWindow,
    reopenedBy: string,
    reason: string,
    reopenedAt: Date,
  ): Promise<PeriodView | null> {
    const [row]: PeriodRow[] = await m.query(
      `WITH reopened AS (
         UPDATE accounting_period SET status = 'reopened', reopened_at = $6, reopened_by = $4, reopen_reason = $5
          WHERE network_id = $1 AND status = 'closed' AND period = daterange($2::date, $3::date)
         RETURNING *)
       ${PERIOD_SELECT.replace('FROM accounting_period', 'FROM reopened')}`,
      [window.networkId, window.from, window.to, reopenedBy, reason, reopenedAt],
    );
    return row ? toPeriodView(row) : null;
  }
}

function toPeriodView(row: PeriodRow): PeriodView {
  return {
    id: row.id,
    networkId: row.network_id,
    from: row.from,
    to: row.to,
    status: row.status,
    closedAt: new Date(row.closed_at).toISOString(),
    closedBy: row.closed_by,
    reopenedAt: row.reopened_at ? new Date(row.reopened_at).toISOString() : null,
    reopenReason: row.reopen_reason,
  };
}
