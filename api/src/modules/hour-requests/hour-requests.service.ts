import { Injectable } from '@nestjs/common';
import type { BookingSeriesView, CreateHourRequestRequest, HourRequestView } from '@mutualis/contracts';
import { DomainError } from '../../errors/domain-error';
import { raceToConflict } from '../../errors/race-to-conflict';
import { AccessPolicy, notFound } from '../access/access-policy';
import type { Actor, AuthenticatedUser } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { BookingRepository } from '../bookings/booking.repository';
import { BookingsService } from '../bookings/bookings.service';
import { AccountNotices } from '../notifications/account-notices';
import { HourRequestRepository } from './hour-requests.repository';

/** « 10 h entre le 1er et le 31 mars »: an organisation asks for hours within a window; the employee schedules them. */
@Injectable()
export class HourRequestsService {
  constructor(
    private readonly hourRequests: HourRequestRepository,
    private readonly bookings: BookingsService,
    private readonly bookingRepository: BookingRepository,
    private readonly audit: AuditTrail,
    private readonly accountNotices: AccountNotices,
  ) {}

  async list(user: AuthenticatedUser, filter: { resourceId?: string; organisationId?: string }): Promise<HourRequestView[]> {
    return this.hourRequests.list({
      ...filter,
      memberOf: [...user.memberships.keys()],
      staffResourceId: user.staffResourceId,
      coordinatorOf: [...user.coordinatorOf.keys()],
    });
  }

  async create(actor: Actor, input: CreateHourRequestRequest): Promise<HourRequestView> {
    const organisationId = input.organisationId ?? [...actor.user.memberships.keys()][0];
    if (!organisationId || !AccessPolicy.isMemberOf(actor.user, organisationId)) {
      throw new DomainError('FORBIDDEN', 'You can only request hours for an organisation you belong to.');
    }
    if (!(input.to >= input.from)) {
      throw new DomainError('VALIDATION_FAILED', 'The window ends before it starts.', {
        fields: [{ field: 'to', messages: ['to must not be before from'] }],
      });
    }
    return this.hourRequests.transaction(async (manager) => {
      const networkId = await this.hourRequests.staffNetwork(manager, input.resourceId);
      if (!networkId || !AccessPolicy.canSeeNetwork(actor.user, networkId)) throw notFound('staff member', input.resourceId);
      const created = await this.hourRequests.insert(manager, {
        resourceId: input.resourceId,
        organisationId,
        requesterUserId: actor.user.id,
        title: input.title,
        notes: input.notes ?? '',
        minutes: input.minutes,
        from: input.from,
        to: input.to,
      });
      await this.audit.record(manager, actor, {
        entity: 'hour_request',
        entityId: created.id,
        action: 'create',
        organisationId,
        networkId,
        after: input,
      });
      await this.accountNotices.hoursRequested(manager, {
        resourceId: input.resourceId,
        networkId,
        organisationId,
        title: input.title,
        minutes: input.minutes,
        from: input.from,
        to: input.to,
      });
      return created;
    });
  }

  /**
   * The employee (or a coordinator) books one slot of the request, with every check of a booking; the request is
   * scheduled once covered. One transaction, the request locked: two slots booked at once never both fill it.
   */
  async schedule(actor: Actor, id: string, slot: { start: string; durationMinutes: number }): Promise<BookingSeriesView> {
    return this.bookingRepository
      .transaction(async (manager) => {
        const found = await this.hourRequests.findForUpdate(manager, id);
        if (!found) throw notFound('hour request', id);
        const { view: request, networkId } = found;
        const mayFill = actor.user.staffResourceId === request.resourceId || AccessPolicy.isCoordinatorOf(actor.user, networkId);
        if (!mayFill) throw new DomainError('FORBIDDEN', 'Only the employee or a coordinator schedules a flexible request.');
        if (request.status !== 'open') throw new DomainError('INVALID_STATE', `This request is ${request.status}.`);
        const day = slot.start.slice(0, 10);
        if (day < request.from || day > request.to) {
          throw new DomainError('VALIDATION_FAILED', `The slot must fall between ${request.from} and ${request.to}.`, {
            from: request.from,
            to: request.to,
          });
        }
        const booked = await this.bookings.create(
          actor,
          {
            resourceId: request.resourceId,
            organisationId: request.organisationId,
            title: request.title,
            notes: request.notes,
            start: slot.start,
            durationMinutes: slot.durationMinutes,
          },
          { hourRequestId: id, manager },
        );
        const covered = await this.hourRequests.markScheduledIfCovered(manager, id);
        await this.audit.record(manager, actor, {
          entity: 'hour_request',
          entityId: id,
          action: 'schedule',
          organisationId: request.organisationId,
          networkId,
          after: { ...slot, seriesId: booked.id, status: covered ? 'scheduled' : 'open' },
        });
        return booked;
      })
      .catch(
        // The exclusion constraint caught a booking made meanwhile by another request.
        raceToConflict({
          'exclusion-violation': () => new DomainError('BOOKING_CONFLICT', 'Another booking took this time a moment ago.'),
        }),
      );
  }
}
