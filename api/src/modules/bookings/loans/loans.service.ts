import { Injectable } from '@nestjs/common';
import type { LoanActionRequest, LoanView } from '@mutualis/contracts';
import { resolveTimeZone } from '@mutualis/domain';
import type { IANAZone } from 'luxon';
import { Clock } from '../../../clock/clock';
import { DomainError } from '../../../errors/domain-error';
import { AccessPolicy, notFound } from '../../access/access-policy';
import type { Actor, AuthenticatedUser } from '../../access/authenticated-user';
import { AuditTrail } from '../../audit/audit-trail';
import { JobQueue } from '../../notifications/job-queue';
import { Outbox } from '../../notifications/outbox';
import type { LateLoanReminder } from '../../notifications/messages/reminder-messages';
import { BookingNoticeRepository } from '../booking-notice.repository';
import { BookingRepository } from '../booking.repository';
import { isoIn } from '../booking.mapper';
import { LoanRepository, toLoanView, type LoanRow } from './loan.repository';

const MAX_WINDOW_DAYS = 92;
const DAY_MS = 86_400_000;

/**
 * The loan desk (issue #16): « Emprunt » (check-out) and « Retour » (return) of a booked occurrence of
 * equipment, a vehicle or storage, by a member of the borrowing organisation or a coordinator; a scheduled
 * job flags loans not returned when due (their units stay blocked until returned) and tells the borrower
 * and the coordinators.
 */
@Injectable()
export class LoansService {
  constructor(
    private readonly loans: LoanRepository,
    private readonly bookings: BookingRepository,
    private readonly recipients: BookingNoticeRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    queue: JobQueue,
  ) {
    queue.register('loan-late', { policy: 'singleton', retryLimit: 2 }, async () => void (await this.flagLate()), '*/15 * * * *');
  }

  async checkout(actor: Actor, seriesId: string, request: LoanActionRequest): Promise<LoanView> {
    return this.bookings.transaction(async (manager) => {
      const row = await this.loanFor(manager, actor.user, seriesId, request.occurrenceId);
      if (row.status !== 'confirmed')
        throw new DomainError('INVALID_STATE', 'Only a confirmed booking can be lent.', { status: row.status });
      if (row.checked_out_at)
        throw new DomainError('INVALID_STATE', 'This loan is already checked out.', { occurrenceId: row.occurrence_id });
      if (row.resource_type === 'vehicle') {
        requireFields(request, ['driverName', 'odometerKm'], 'A vehicle is checked out with its driver and odometer.');
      }
      await this.loans.checkout(manager, {
        occurrenceId: row.occurrence_id,
        resourceId: row.resource_id,
        atMs: this.clock.nowMs(),
        userId: actor.user.id,
        driverName: request.driverName ?? null,
        odometerKm: request.odometerKm ?? null,
        notes: request.notes ?? '',
      });
      return this.recorded(manager, actor, row, 'checkout', request);
    });
  }

  async return(actor: Actor, seriesId: string, request: LoanActionRequest): Promise<LoanView> {
    return this.bookings.transaction(async (manager) => {
      const row = await this.loanFor(manager, actor.user, seriesId, request.occurrenceId);
      if (!row.checked_out_at)
        throw new DomainError('INVALID_STATE', 'This loan was never checked out.', { occurrenceId: row.occurrence_id });
      if (row.returned_at)
        throw new DomainError('INVALID_STATE', 'This loan is already returned.', { occurrenceId: row.occurrence_id });
      if (row.resource_type === 'vehicle') {
        requireFields(request, ['odometerKm'], 'A vehicle is returned with its odometer.');
        if ((request.odometerKm as number) < (row.odometer_out_km ?? 0)) {
          throw new DomainError('VALIDATION_FAILED', 'The odometer cannot go back.', {
            fields: [{ field: 'odometerKm', messages: [`must be at least ${row.odometer_out_km} (at check-out)`] }],
          });
        }
      }
      await this.loans.return(manager, {
        occurrenceId: row.occurrence_id,
        atMs: this.clock.nowMs(),
        userId: actor.user.id,
        odometerKm: row.resource_type === 'vehicle' ? (request.odometerKm ?? null) : null,
        notes: request.notes ?? '',
      });
      return this.recorded(manager, actor, row, 'return', request);
    });
  }

  async list(user: AuthenticatedUser, query: { from: string; to: string; siteId?: string }): Promise<LoanView[]> {
    const fromMs = Date.parse(query.from);
    const toMs = Date.parse(query.to);
    if (!(toMs > fromMs))
      throw new DomainError('INVALID_QUERY', '`to` must be after `from`.', { from: query.from, to: query.to });
    if (toMs - fromMs > MAX_WINDOW_DAYS * DAY_MS) {
      throw new DomainError('INVALID_QUERY', `The window is at most ${MAX_WINDOW_DAYS} days.`, { maxDays: MAX_WINDOW_DAYS });
    }
    const coordinated = [...user.coordinatorOf.keys()];
    const asMember = [...user.memberNetworkIds].filter((n) => !coordinated.includes(n));
    const common = { manager: this.bookings.manager, fromMs, toMs, siteId: query.siteId ?? null };
    const rows = [
      ...(coordinated.length > 0 ? await this.loans.list({ ...common, networkIds: coordinated, organisationIds: null }) : []),
      ...(asMember.length > 0
        ? await this.loans.list({ ...common, networkIds: asMember, organisationIds: [...user.memberships.keys()] })
        : []),
    ];
    return rows.map(view);
  }

  /** Flags the loans not returned when due; returns how many. */
  async flagLate(): Promise<number> {
    const nowMs = this.clock.nowMs();
    return this.bookings.transaction(async (manager) => {
      const late = await this.loans.flagLate(manager, nowMs);
      for (const row of late) {
        const audience = await this.recipients.audience(manager, {
          resourceId: row.resource_id,
          networkId: row.network_id,
          organisationId: row.organisation_id,
          seriesId: row.series_id,
          raiseSequence: false,
        });
        const zone = resolveTimeZone(row.time_zone) as IANAZone;
        const payload: LateLoanReminder = {
          title: row.title,
          resourceName: row.resource_name,
          organisationName: row.organisation_name,
          start: isoIn(zone, row.starts_at).slice(0, 16),
          end: isoIn(zone, row.ends_at).slice(0, 16),
          quantity: row.quantity,
        };
        await this.outbox.notify(manager, {
          kind: 'reminder.loan-late',
          category: 'bookings',
          eventKey: `reminder.loan-late:${row.occurrence_id}`,
          recipients: [...(row.requester_user_id ? [row.requester_user_id] : []), ...audience.coordinators],
          networkId: row.network_id,
          link: '/equipment/loans',
          payload,
        });
      }
      return late.length;
    });
  }

  private async loanFor(
    manager: Parameters<LoanRepository['forChange']>[0],
    user: AuthenticatedUser,
    seriesId: string,
    occurrenceId: string,
  ) {
    const row = await this.loans.forChange(manager, seriesId, occurrenceId);
    if (!row || !AccessPolicy.canSeeNetwork(user, row.network_id)) throw notFound('booking', seriesId);
    if (!AccessPolicy.isCoordinatorOf(user, row.network_id) && !AccessPolicy.isMemberOf(user, row.organisation_id)) {
      throw new DomainError('FORBIDDEN', 'Only the borrowing organisation or a coordinator records a loan.');
    }
    if (!['equipment', 'vehicle', 'storage'].includes(row.resource_type)) {
      throw new DomainError('INVALID_STATE', 'Only equipment, vehicles and storage are lent.', { resourceId: row.resource_id });
    }
    return row;
  }

  private async recorded(
    manager: Parameters<LoanRepository['forChange']>[0],
    actor: Actor,
    before: LoanRow,
    action: 'checkout' | 'return',
    request: LoanActionRequest,
  ): Promise<LoanView> {
    const after = (await this.loans.forChange(manager, before.series_id, before.occurrence_id)) as LoanRow;
    await this.audit.record(manager, actor, {
      entity: 'loan',
      entityId: before.occurrence_id,
      action,
      organisationId: before.organisation_id,
      networkId: before.network_id,
      after: { ...request },
    });
    return view(after);
  }
}

function view(row: LoanRow): LoanView {
  return toLoanView(row, (zone, d) => isoIn(resolveTimeZone(zone) as IANAZone, d));
}

function requireFields(request: LoanActionRequest, fields: Array<keyof LoanActionRequest>, message: string): void {
  const missing = fields.filter((f) => request[f] === undefined);
  if (missing.length > 0) {
    throw new DomainError('VALIDATION_FAILED', message, {
      fields: missing.map((field) => ({ field, messages: [`${field} is required for a vehicle`] })),
    });
  }
}
