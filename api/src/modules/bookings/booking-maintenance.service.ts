import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { Clock } from '../../clock/clock';
import { APP_CONFIG } from '../../config/app-config.token';
import { HORIZON_DAYS, planSeries } from './booking-planner';
import { BookingRepository } from './booking.repository';
import type { GuardedOccurrence } from './booking.types';

const DAY_MS = 86_400_000;
/** Extend a series when less than this is materialised ahead. */
const EXTEND_WHEN_DAYS_LEFT = HORIZON_DAYS - 30;
const BATCH = 200;

export interface MaintenanceReport {
  expired: number;
  extendedSeries: number;
  addedOccurrences: number;
  skippedConflicts: number;
}

/**
 * Scheduled booking work: pending requests expire, unbounded series are materialised further.
 * A transaction-scoped advisory lock makes several API instances take turns instead of
 * doing the work twice.
 */
@Injectable()
export class BookingMaintenanceService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('BookingMaintenance');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly bookings: BookingRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.maintenanceIntervalMinutes;
    if (minutes <= 0) return;
    const run = () => this.runOnce().catch((error: unknown) => this.logger.error({ err: error }, 'Booking maintenance failed'));
    this.timer = setInterval(run, minutes * 60_000);
    this.timer.unref();
    setTimeout(run, 5_000).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async runOnce(): Promise<MaintenanceReport | null> {
    const nowMs = this.clock.nowMs();
    return this.bookings.transaction(async (manager) => {
      const [{ locked }] = await manager.query(
        `SELECT pg_try_advisory_xact_lock(hashtext('mutualis:booking-maintenance')) AS locked`,
      );
      if (!locked) return null;
      const expired = await manager.query(
        `WITH expired AS (
           UPDATE booking_occurrence SET status = 'expired', status_reason = 'not decided in time', updated_at = now()
            WHERE status = 'pending' AND (pending_since < $1::timestamptz - make_interval(hours => $2) OR starts_at < $1::timestamptz)
            RETURNING id)
         SELECT id FROM expired`,
        [new Date(nowMs), this.config.pendingExpiryHours],
      );
      const due = await manager.query(
        `SELECT id FROM booking_series
          WHERE status = 'active' AND materialised_until IS NOT NULL AND materialised_until < $1 ORDER BY materialised_until LIMIT ${BATCH}`,
        [new Date(nowMs + EXTEND_WHEN_DAYS_LEFT * DAY_MS)],
      );
      const report: MaintenanceReport = { expired: expired.length, extendedSeries: 0, addedOccurrences: 0, skippedConflicts: 0 };
      for (const { id } of due) {
        const series = await this.bookings.series(manager, id, true);
        const resource = series && (await this.bookings.bookableResource(manager, series.resourceId));
        if (!series || !resource || !series.materialisedUntil) continue;
        const plan = planSeries(
          resource,
          { ...series, start: series.startLocal, timeZone: series.timeZone },
          nowMs,
          series.materialisedUntil.getTime() + 1,
        );
        const conflicts = await this.bookings.conflicts(manager, resource.id, plan.occurrences);
        const taken = new Set(conflicts.map((c) => c.index));
        const blackouts = await this.bookings.blackedOut(manager, resource.id, resource.siteId, plan.occurrences);
        const outside = new Set(plan.outsideHours);
        const free: GuardedOccurrence[] = plan.occurrences.filter(
          (o, i) => !taken.has(i) && !blackouts.has(i) && !outside.has(o),
        );
        // A date taken meanwhile stays out of the series, as an EXDATE, like one skipped at creation.
        const left = plan.occurrences.filter((o) => !free.includes(o)).map((o) => o.localStart);
        const status = resource.rules.approvalRequired ? 'pending' : 'confirmed';
        await this.bookings.insertOccurrences(
          manager,
          { id: series.id, resourceId: resource.id, organisationId: series.organisationId },
          status,
          free,
          nowMs,
        );
        await this.bookings.updateSeries(manager, series.id, {
          materialisedUntil: plan.materialisedUntil,
          ...(left.length ? { exdates: [...series.exdates, ...left] } : {}),
        });
        report.extendedSeries += 1;
        report.addedOccurrences += free.length;
        report.skippedConflicts += plan.occurrences.length - free.length;
      }
      if (report.expired || report.extendedSeries) this.logger.log(report, 'Booking maintenance');
      return report;
    });
  }
}
