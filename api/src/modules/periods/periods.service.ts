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
import { PeriodRepository } from './periods.repository';

/**
 * Closing a period freezes it: the report is snapshotted (planned and actual) and the database
 * refuses any change to the bookings, timesheets and pool amounts inside it. Reopening takes a reason.
 */
@Injectable()
export class PeriodsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly periods: PeriodRepository,
    private readonly reports: AllocationReportService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly accountNotices: AccountNotices,
  ) {}

  async list(user: AuthenticatedUser, networkId: string): Promise<PeriodView[]> {
    AccessPolicy.assertCanSeeNetwork(user, networkId);
    return this.periods.list(networkId);
  }

  async close(actor: Actor, input: ClosePeriodRequest): Promise<PeriodView> {
    AccessPolicy.assertCoordinatorOf(actor.user, input.networkId);
    assertWindow(input.from, input.to);
    return this.dataSource.transaction(async (m) => {
      await this.periods.lockNetwork(m, input.networkId);
      if (!input.force) await this.assertEnded(m, input.networkId, input.to);
      const overlapping = await this.periods.closedOverlapping(m, input);
      if (overlapping.length > 0) {
        throw new DomainError('PERIOD_CLOSED', 'This window overlaps a period that is already closed.', {
          periods: overlapping,
        });
      }
      const snapshot = {
        planned: await this.reports.compute(m, input.networkId, input.from, input.to, 'planned'),
        actual: await this.reports.compute(m, input.networkId, input.from, input.to, 'actual'),
      };
      const view = await this.periods.insertClosed(m, input, actor.user.id, snapshot, this.clock.now());
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
    const resourceZones = await this.periods.resourceZones(m, networkId);
    const zones = resourceZones.length > 0 ? resourceZones : [DEFAULT_ZONE];
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
      const view = await this.periods.reopen(m, input, actor.user.id, input.reason, this.clock.now());
      if (!view) {
        throw new DomainError('NOT_FOUND', 'No closed period is exactly this window.', {
          networkId: input.networkId,
          from: input.from,
          to: input.to,
        });
      }
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
