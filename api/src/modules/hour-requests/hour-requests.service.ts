import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BookingSeriesView, CreateHourRequestRequest, HourRequestView } from '@mutualis/contracts';
import { DataSource } from 'typeorm';
import { DomainError } from '../../errors/domain-error';
import { AccessPolicy, notFound } from '../access/access-policy';
import type { Actor, AuthenticatedUser } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { isExclusionViolation } from '../bookings/booking-checks.service';
import { BookingRepository } from '../bookings/booking.repository';
import { BookingsService } from '../bookings/bookings.service';
import { AccountNotices } from '../notifications/account-notices';

const SELECT = `
  SELECT h.id, h.resource_id, h.organisation_id, o.name AS organisation_name, h.title, h.notes, h.minutes, h.status,
         to_char(lower(h.window_period), 'YYYY-MM-DD') AS from_date, to_char(upper(h.window_period) - 1, 'YYYY-MM-DD') AS to_date,
         r.network_id,
         COALESCE((SELECT sum(extract(epoch FROM oc.ends_at - oc.starts_at) / 60)::int FROM booking_series s
                     JOIN booking_occurrence oc ON oc.series_id = s.id AND oc.status IN ('pending', 'confirmed')
                    WHERE s.hour_request_id = h.id), 0) AS scheduled_minutes
    FROM hour_request h JOIN organisation o ON o.id = h.organisation_id JOIN resource r ON r.id = h.resource_id`;

type Row = Record<string, unknown>;

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

/** « 10 h entre le 1er et le 31 mars »: an organisation asks for hours within a window; the employee schedules them. */
@Injectable()
export class HourRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bookings: BookingsService,
    private readonly bookingRepository: BookingRepository,
    private readonly audit: AuditTrail,
    private readonly accountNotices: AccountNotices,
  ) {}

  async list(user: AuthenticatedUser, filter: { resourceId?: string; organisationId?: string }): Promise<HourRequestView[]> {
    const rows: Row[] = await this.dataSource.query(
      `${SELECT} WHERE ($1::uuid IS NULL OR h.resource_id = $1) AND ($2::uuid IS NULL OR h.organisation_id = $2)
                   AND (h.organisation_id = ANY($3::uuid[]) OR h.resource_id = $4 OR r.network_id = ANY($5::uuid[]))
        ORDER BY h.status, lower(h.window_period)`,
      [
        filter.resourceId ?? null,
        filter.organisationId ?? null,
        [...user.memberships.keys()],
        user.staffResourceId,
        [...user.coordinatorOf.keys()],
      ],
    );
    return rows.map(toView);
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
    return this.dataSource.transaction(async (manager) => {
      const staff = await manager.query(
        `SELECT r.network_id FROM resource r JOIN staff_member s ON s.resource_id = r.id WHERE r.id = $1`,
        [input.resourceId],
      );
      if (!staff[0] || !AccessPolicy.canSeeNetwork(actor.user, staff[0].network_id))
        throw notFound('staff member', input.resourceId);
      const [row] = await manager.query(
        `INSERT INTO hour_request (resource_id, organisation_id, requester_user_id, title, notes, minutes, window_period)
         VALUES ($1, $2, $3, $4, $5, $6, daterange($7::date, $8::date + 1)) RETURNING id`,
        [input.resourceId, organisationId, actor.user.id, input.title, input.notes ?? '', input.minutes, input.from, input.to],
      );
      await this.audit.record(manager, actor, {
        entity: 'hour_request',
        entityId: row.id,
        action: 'create',
        organisationId,
        networkId: staff[0].network_id,
        after: input,
      });
      await this.accountNotices.hoursRequested(manager, {
        resourceId: input.resourceId,
        networkId: staff[0].network_id,
        organisationId,
        title: input.title,
        minutes: input.minutes,
        from: input.from,
        to: input.to,
      });
      const [created] = await manager.query(`${SELECT} WHERE h.id = $1`, [row.id]);
      return toView(created);
    });
  }

  /**
   * The employee (or a coordinator) books one slot of the request, with every check of a booking; the request is
   * scheduled once covered. One transaction, the request locked: two slots booked at once never both fill it.
   */
  async schedule(actor: Actor, id: string, slot: { start: string; durationMinutes: number }): Promise<BookingSeriesView> {
    return this.bookingRepository
      .transaction(async (manager) => {
        await manager.query('SELECT id FROM hour_request WHERE id = $1 FOR UPDATE', [id]);
        const [row]: Row[] = await manager.query(`${SELECT} WHERE h.id = $1`, [id]);
        if (!row) throw notFound('hour request', id);
        const request = toView(row);
        const networkId = row['network_id'] as string;
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
        const covered: Row[] = await manager.query(
          `UPDATE hour_request SET status = 'scheduled', updated_at = now() WHERE id = $1 AND status = 'open' AND minutes <= (
             SELECT COALESCE(sum(extract(epoch FROM oc.ends_at - oc.starts_at) / 60), 0) FROM booking_series s
               JOIN booking_occurrence oc ON oc.series_id = s.id AND oc.status IN ('pending', 'confirmed') WHERE s.hour_request_id = $1)
           RETURNING id`,
          [id],
        );
        await this.audit.record(manager, actor, {
          entity: 'hour_request',
          entityId: id,
          action: 'schedule',
          organisationId: request.organisationId,
          networkId,
          after: { ...slot, seriesId: booked.id, status: covered.length > 0 ? 'scheduled' : 'open' },
        });
        return booked;
      })
      .catch((error: unknown) => {
        // The exclusion constraint caught a booking made meanwhile by another request.
        if (isExclusionViolation(error))
          throw new DomainError('BOOKING_CONFLICT', 'Another booking took this time a moment ago.');
        throw error;
      });
  }
}
