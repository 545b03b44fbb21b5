import { Injectable } from '@nestjs/common';
import type { EditScope } from '@mutualis/contracts';
import { formatWallClock, instantToWallClock, resolveTimeZone } from '@mutualis/domain';
import type { IANAZone } from 'luxon';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/authenticated-user';
import type { BookingKind, BookingNotice } from '../notifications/messages/booking-messages';
import { Outbox } from '../notifications/outbox';
import { cancelledEvents, seriesEvents, type SeriesCalendarInput } from './booking-calendar';
import { BookingNoticeRepository } from './booking-notice.repository';
import { BookingRepository } from './booking.repository';
import type { StoredOccurrence } from './booking.types';

export interface BookingEvent {
  kind: BookingKind;
  seriesId: string;
  /** The occurrences the event is about (decided, cancelled); all active ones when absent. */
  occurrenceIds?: string[];
  scope?: EditScope;
  reason?: string | null;
}

/**
 * Turns a booking change into notifications, in the change's transaction: approvers hear about
 * requests; the requester and the pooled employee (whose calendar it fills) hear about the rest,
 * each e-mail with an invitation that updates the same calendar event (stable UID, growing SEQUENCE).
 */
@Injectable()
export class BookingNotices {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly recipients: BookingNoticeRepository,
    private readonly outbox: Outbox,
  ) {}

  async record(manager: EntityManager, actor: Actor | null, event: BookingEvent): Promise<void> {
    const series = await this.bookings.series(manager, event.seriesId);
    const resource = series && (await this.bookings.bookableResource(manager, series.resourceId));
    if (!series || !resource) return;
    const occurrences = await this.bookings.occurrencesOf(manager, series.id);
    const chosen = event.occurrenceIds;
    const concerned = chosen
      ? occurrences.filter((o) => chosen.includes(o.id))
      : occurrences.filter((o) => o.status === 'pending' || o.status === 'confirmed');
    if (concerned.length === 0) return;
    const audience = await this.recipients.audience(manager, resource.id, resource.networkId, series.organisationId);
    const isFirstMessage = event.kind === 'booking.approval-requested' || event.kind === 'booking.confirmed';
    const sequence = isFirstMessage
      ? await this.recipients.sequence(manager, series.id)
      : await this.recipients.nextSequence(manager, series.id);
    const input: SeriesCalendarInput = {
      series,
      occurrences,
      sequence,
      location: resource.name,
      description: `${audience.organisationName} — ${series.title}`,
    };
    const cancels = event.kind === 'booking.declined' || (event.kind === 'booking.cancelled' && event.scope !== 'following');
    const whole = concerned.length === occurrences.filter((o) => o.status !== 'expired').length || event.scope === 'all';
    const zone = resolveTimeZone(series.timeZone) as IANAZone;
    const local = (o: StoredOccurrence, end = false) =>
      formatWallClock(instantToWallClock((end ? o.endsAt : o.startsAt).getTime(), zone));
    const first = [...concerned].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
    const notice: BookingNotice = {
      seriesId: series.id,
      title: series.title,
      resourceName: resource.name,
      organisationName: audience.organisationName,
      actorName: actor?.user.name ?? null,
      start: local(first),
      end: local(first, true),
      occurrences: concerned.length,
      recurring: series.rrule !== null,
      scope: event.scope,
      reason: event.reason ?? null,
      calendar: cancels
        ? { method: 'CANCEL', events: cancelledEvents(input, concerned, whole) }
        : { method: 'REQUEST', events: seriesEvents(input) },
    };
    const participants = [series.requesterUserId, audience.staffUserId].filter((id): id is string => id !== null);
    const approvers = audience.staffUserId ? [audience.staffUserId] : audience.coordinators;
    const recipients =
      event.kind === 'booking.approval-requested'
        ? approvers.filter((id) => id !== actor?.user.id)
        : event.kind === 'booking.declined'
          ? participants.filter((id) => id === series.requesterUserId)
          : participants;
    await this.outbox.notify(manager, {
      kind: event.kind,
      category: event.kind === 'booking.approval-requested' ? 'approvals' : 'bookings',
      recipients,
      networkId: resource.networkId,
      link:
        event.kind === 'booking.approval-requested'
          ? audience.staffUserId
            ? '/staff/my-schedule'
            : '/bookings/approvals'
          : '/bookings',
      payload: notice,
    });
  }
}
