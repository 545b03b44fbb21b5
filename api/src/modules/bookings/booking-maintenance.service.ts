import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { Clock } from '../../clock/clock';
import { APP_CONFIG } from '../../config/app-config.token';
import { JobQueue } from '../notifications/job-queue';
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

export const MAINTENANCE_QUEUE = 'booking-maintenance';

/**
 * Scheduled booking work: pending requests expire, unbounded series are materialised further. It runs
 * as a job of the PostgreSQL queue on a cron schedule: one instance takes each run, and the queue's
 * singleton policy keeps a slow run from overlapping the next.
 */
@Injectable()
export class BookingMaintenanceService {
  private readonly logger = new Logger('BookingMaintenance');

  constructor(
    private readonly bookings: BookingRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    queue: JobQueue,
  ) {
    const cron = everyMinutes(config.maintenanceIntervalMinutes);
    if (cron) {
      queue.register(MAINTENANCE_QUEUE, { policy: 'singleton', retryLimit: 0, expireInSeconds: 15 * 60 }, () => this.run(), cron);
    }
  }

  private async run(): Promise<void> {
    const report = await this.runOnce();
    if (report.expired || report.extendedSeries) this.logger.log(report, 'Booking maintenance');
  }

  async runOnce(): Promise<MaintenanceReport> {
    const nowMs = this.clock.nowMs();
    return this.bookings.transaction(async (manager) => {
      const expired = await this.bookings.expirePending(manager, nowMs, this.config.pendingExpiryHours);
      const due = await this.bookings.seriesDueForExtension(manager, nowMs + EXTEND_WHEN_DAYS_LEFT * DAY_MS, BATCH);
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
        await this.bookings.lockForWrite(manager, resource.id);
        const { blackouts, conflicts } = await this.bookings.blackoutsAndConflicts(
          manager,
          resource.id,
          resource.siteId,
          plan.occurrences,
        );
        const taken = new Set(conflicts.map((c) => c.index));
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
      return report;
    });
  }
}

/** A cron expression for "every N minutes" (N ≥ 60: every N/60 hours); null for 0, which turns the work off. */
function everyMinutes(minutes: number): string | null {
  if (minutes <= 0) return null;
  if (minutes < 60) return `*/${minutes} * * * *`;
  return `0 */${Math.max(1, Math.round(minutes / 60))} * * *`;
}
