import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClosePeriodRequest, PeriodView, ReopenPeriodRequest } from '@mutualis/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../clock/clock';
import { DEFAULT_ZONE, todayIn } from '../../clock/zone-day';
import { DomainError } from '../../errors/domain-error';
import { AccessPolicy } from '../access/access-policy';
import type { Actor, AuthenticatedUser } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { AllocationReportService, assertWindow } from '../reports/allocation-report.service';
import { AccountNotices } from '../notifications/account-notices';

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

/**
 * Closing a period freezes it: the report is snapshotted (planned and actual) and the database
 * refuses any change to the bookings, timesheets and pool amounts inside it. Reopening takes a reason.
 */
@Injectable()
export class PeriodsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: AllocationReportService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly accountNotices: AccountNotices,
  ) {}

  async list(user: AuthenticatedUser, networkId: string): Promise<PeriodView[]> {
    AccessPolicy.assertCanSeeNetwork(user, networkId);
    const rows: PeriodRow[] = await this.dataSource.query(
      `${PERIOD_SELECT} WHERE network_id = $1 ORDER BY lower(period) DESC, closed_at DESC`,
      [networkId],
    );
    return rows.map(toPeriodView);
  }

  async close(actor: Actor, input: ClosePeriodRequest): Promise<PeriodView> {
    AccessPolicy.assertCoordinatorOf(actor.user, input.networkId);
    assertWindow(input.from, input.to);
    return this.dataSource.transaction(async (m) => {
      // One close at a time per network, so that two overlapping closes cannot both pass the check.
      await m.query('SELECT id FROM network WHERE id = $1 FOR UPDATE', [input.networkId]);
      if (!input.force) await this.assertEnded(m, input.networkId, input.to);
      const overlapping: PeriodRow[] = await m.query(
        `${PERIOD_SELECT} WHERE network_id = $1 AND status = 'closed' AND period && daterange($2::date, $3::date)`,
        [input.networkId, input.from, input.to],
      );
      if (overlapping.length > 0) {
        throw new DomainError('PERIOD_CLOSED', 'This window overlaps a period that is already closed.', {
          periods: overlapping.map(toPeriodView),
        });
      }
      const snapshot = {
        planned: await this.reports.compute(m, input.networkId, input.from, input.to, 'planned'),
        actual: await this.reports.compute(m, input.networkId, input.from, input.to, 'actual'),
      };
      const [row]: PeriodRow[] = await m.query(
        `WITH inserted AS (
           INSERT INTO accounting_period (network_id, period, closed_by, snapshot, closed_at)
           VALUES ($1, daterange($2::date, $3::date), $4, $5, $6) RETURNING *)
         ${PERIOD_SELECT.replace('FROM accounting_period', 'FROM inserted')}`,
        [input.networkId, input.from, input.to, actor.user.id, JSON.stringify(snapshot), this.clock.now()],
      );
      const view = toPeriodView(row);
      await this.audit.record(m, actor, {
        entity: 'period',
        entityId: view.id,
        action: 'close',
        networkId: input.networkId,
        after: { ...view, grandCents: totalOf(snapshot.planned.lines), ...(input.force && { force: true }) },
      });
      await this.accountNotices.periodClosed(m, { id: view.id, networkId: input.networkId, from: input.from, to: input.to });
      return view;
    });
  }

  /**
   * Closing freezes every booking inside the period: one that has not ended (its last day is not
   * over in every zone of the network's resources) would block bookings until its end, so it takes
   * an explicit `force`.
   */
  private async assertEnded(m: EntityManager, networkId: string, to: string): Promise<void> {
    const rows: Array<{ time_zone: string }> = await m.query('SELECT DISTINCT time_zone FROM resource WHERE network_id = $1', [
      networkId,
    ]);
    const zones = rows.length > 0 ? rows.map((r) => r.time_zone) : [DEFAULT_ZONE];
    const today = zones.map((zone) => todayIn(this.clock, zone)).reduce((earliest, day) => (day < earliest ? day : earliest));
    if (to > today) {
      throw new DomainError('PERIOD_NOT_ENDED', 'This period has not ended: closing it blocks every booking until its end.', {
        to,
        today,
      });
    }
  }

  async reopen(actor: Actor, input: ReopenPeriodRequest): Promise<PeriodView> {
    AccessPolicy.assertCoordinatorOf(actor.user, input.networkId);
    assertWindow(input.from, input.to);
    return this.dataSource.transaction(async (m: EntityManager) => {
      const [row]: PeriodRow[] = await m.query(
        `WITH reopened AS (
           UPDATE accounting_period SET status = 'reopened', reopened_at = $6, reopened_by = $4, reopen_reason = $5
            WHERE network_id = $1 AND status = 'closed' AND period = daterange($2::date, $3::date)
           RETURNING *)
         ${PERIOD_SELECT.replace('FROM accounting_period', 'FROM reopened')}`,
        [input.networkId, input.from, input.to, actor.user.id, input.reason, this.clock.now()],
      );
      if (!row) {
        throw new DomainError('NOT_FOUND', 'No closed period is exactly this window.', {
          networkId: input.networkId,
          from: input.from,
          to: input.to,
        });
      }
      const view = toPeriodView(row);
      await this.audit.record(m, actor, {
        entity: 'period',
        entityId: view.id,
        action: 'reopen',
        networkId: input.networkId,
        after: view,
      });
      return view;
    });
  }
}

function totalOf(lines: Array<{ amountCents: number }>): number {
  return lines.reduce((sum, line) => sum + line.amountCents, 0);
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
