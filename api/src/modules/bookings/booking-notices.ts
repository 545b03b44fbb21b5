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
import type { BookableResource, SeriesRecord, StoredOccurrence } from './booking.types';

export interface BookingEvent {
  kind: BookingKind;
  seriesId: string;
  /** The occurrences the event is about (decided, cancelled); all active ones when absent. */
  occurrenceIds?: string[];
  scope?: EditScope;
  reason?: string | null;
  proposal?: { startMs: number; endMs: number } | null;
  /** Who hears, when not the kind's usual audience. */
  audience?: 'approvers' | 'participants' | 'requester' | 'approvers-and-participants';
  /** Identifies the event when it may be recorded twice (a reminder). */
  eventKey?: string;
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

  /**
   * `known`: what the caller has just written or loaded (a creation), so that nothing is read again; with
   * its audience too, the notice costs one statement: the outbox rows and their jobs.
   */
  async record(manager: EntityManager, actor: Actor | null, event: BookingEvent, known?: KnownSeries): Promise<void> {
    const series = known?.series ?? (await this.bookings.series(manager, event.seriesId));
    const resource = known?.resource ?? (series && (await this.bookings.bookableResource(manager, series.resourceId)));
    if (!series || !resource) return;
    const occurrences = known?.occurrences ?? (await this.bookings.occurrencesOf(manager, series.id));
    const chosen = event.occurrenceIds;
    const concerned = chosen
      ? occurrences.filter((o) => chosen.includes(o.id))
      : occurrences.filter((o) => o.status === 'pending' || o.status === 'confirmed');
    if (concerned.length === 0) return;
    // A change of the event raises SEQUENCE; a first message, a proposal or a reminder describes it as it is.
    const unchanged = ['booking.approval-requested', 'booking.confirmed', 'booking.proposed', 'booking.expiring'];
    const { sequence, ...audience } =
      known?.audience && unchanged.includes(event.kind)
        ? known.audience
        : await this.recipients.audience(manager, {
            resourceId: resource.id,
            networkId: resource.networkId,
            organisationId: series.organisationId,
            seriesId: series.id,
            raiseSequence: !unchanged.includes(event.kind),
          });
    const input: SeriesCalendarInput = {
      series,
      occurrences,
      sequence,
      location: resource.name,
      description: `${audience.organisationName} — ${series.title}`,
    };
    const cancels =
      event.kind === 'booking.declined' ||
      event.kind === 'booking.proposal-declined' ||
      (event.kind === 'booking.cancelled' && event.scope !== 'following');
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
      proposal: event.proposal
        ? {
            start: formatWallClock(instantToWallClock(event.proposal.startMs, zone)),
            end: formatWallClock(instantToWallClock(event.proposal.endMs, zone)),
          }
        : null,
      calendar: cancels
        ? { method: 'CANCEL', events: cancelledEvents(input, concerned, whole) }
        : { method: 'REQUEST', events: seriesEvents(input) },
    };
    const requester = series.requesterUserId ? [series.requesterUserId] : [];
    const participants = [...requester, ...(audience.staffUserId ? [audience.staffUserId] : [])];
    const approvers = (audience.staffUserId ? [audience.staffUserId] : audience.coordinators).filter(
      (id) => id !== actor?.user.id,
    );
    const who = event.audience ?? AUDIENCE[event.kind];
    const recipients = {
      approvers,
      participants,
      requester,
      'approvers-and-participants': [...approvers, ...participants],
    }[who];
    const forApprovers = who === 'approvers';
    await this.outbox.notify(manager, {
      kind: event.kind,
      category: forApprovers ? 'approvals' : 'bookings',
      eventKey: event.eventKey,
      recipients,
      networkId: resource.networkId,
      link: forApprovers ? (audience.staffUserId ? '/staff/my-schedule' : '/bookings/approvals') : '/bookings',
      payload: notice,
    });
  }
}

/** A series the caller holds already: its record, resource and occurrences as just written. */
export interface KnownSeries {
  series: SeriesCalendarInput['series'] & Pick<SeriesRecord, 'resourceId' | 'organisationId' | 'requesterUserId'>;
  resource: Pick<BookableResource, 'id' | 'name' | 'networkId'>;
  occurrences: StoredOccurrence[];
  /** Who hears of it and the series' SEQUENCE, when the caller read them (a new series is at 0). */
  audience?: { coordinators: string[]; staffUserId: string | null; organisationName: string; sequence: number };
}

/** Who hears about each kind of booking event, unless the event says otherwise. */
const AUDIENCE: Record<BookingKind, NonNullable<BookingEvent['audience']>> = {
  'booking.approval-requested': 'approvers',
  'booking.confirmed': 'participants',
  'booking.approved': 'participants',
  'booking.declined': 'requester',
  'booking.cancelled': 'participants',
  'booking.changed': 'participants',
  'booking.proposed': 'requester',
  'booking.proposal-accepted': 'approvers-and-participants',
  'booking.proposal-declined': 'approvers',
  'booking.expiring': 'approvers',
};
