import { Inject, Injectable } from '@nestjs/common';
import type { CalendarFeedView, CreateCalendarFeedRequest, CreatedCalendarFeed, Locale } from '@mutualis/contracts';
import { DateTime } from 'luxon';
import { createHash } from 'node:crypto';
import { Clock } from '../../clock/clock';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { DomainError } from '../../errors/domain-error';
import { AccessPolicy, notFound } from '../access/access-policy';
import type { Actor, AuthenticatedUser } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { generateSecretToken, hashSecretToken } from '../credentials/secret-token';
import { renderCalendar, type CalendarEvent } from '../notifications/icalendar';
import { CalendarFeedRepository, type FeedRecord } from './calendar-feed.repository';

/** What a feed publishes: three months back, eighteen ahead. */
const MONTHS_BACK = 3;
const MONTHS_AHEAD = 18;
const FEED_ZONE = 'America/Toronto';

export interface RenderedFeed {
  /** Null when the caller's If-None-Match already names this version: nothing was rendered. */
  body: string | null;
  etag: string;
}

/**
 * Subscribable ICS feeds: secret addresses (only their hash is stored), revocable, showing what the API
 * would show their owner — other organisations' private bookings are « Réservé », without a title.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly feeds: CalendarFeedRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(actor: Actor, request: CreateCalendarFeedRequest): Promise<CreatedCalendarFeed> {
    const targetId = request.kind === 'me' ? null : (request.targetId ?? null);
    if (request.kind !== 'me' && !targetId) {
      throw new DomainError('VALIDATION_FAILED', 'Say which room, person or organisation the feed follows.', {
        fields: [{ field: 'targetId', messages: ['targetId is required unless kind is me'] }],
      });
    }
    if (targetId) await this.assertMayFollow(actor.user, request.kind, targetId);
    const { token, hash } = generateSecretToken('ics');
    const id = await this.feeds.transaction(async (manager) => {
      const feedId = await this.feeds.insert(manager, {
        userId: actor.user.id,
        kind: request.kind,
        targetId,
        tokenHash: hash,
        nowMs: this.clock.nowMs(),
      });
      await this.audit.record(manager, actor, { entity: 'calendar_feed', entityId: feedId, action: 'create', after: request });
      return feedId;
    });
    const [feed] = await this.feeds.list(actor.user.id, id);
    return { ...toView(feed), url: `${this.config.appUrl}/ics/${token}.ics` };
  }

  async list(user: AuthenticatedUser): Promise<CalendarFeedView[]> {
    return (await this.feeds.list(user.id)).map(toView);
  }

  async revoke(actor: Actor, id: string): Promise<void> {
    await this.feeds.transaction(async (manager) => {
      if (!(await this.feeds.delete(manager, actor.user.id, id))) throw notFound('calendar feed', id);
      await this.audit.record(manager, actor, { entity: 'calendar_feed', entityId: id, action: 'revoke' });
    });
  }

  /**
   * The feed behind `<token>.ics`; a revoked or unknown token is a plain 404. The ETag is the hash of what
   * the feed is made of (its rows and who reads them), known before any iCalendar text is written: a
   * calendar that already has this version (If-None-Match) gets its 304 without the rendering.
   */
  async render(file: string, ifNoneMatch?: string): Promise<RenderedFeed> {
    const token = /^(ics_[A-Za-z0-9_-]{20,100})\.ics$/.exec(file)?.[1];
    const nowMs = this.clock.nowMs();
    const feed = token ? await this.feeds.findByToken(hashSecretToken(token), nowMs) : null;
    const viewer = feed ? await this.feeds.viewer(feed.userId) : null;
    if (!feed || !viewer) throw notFound('calendar feed', file);
    // The window moves by whole days, so a feed read twice the same day is identical (and its ETag too).
    const today = DateTime.fromMillis(nowMs, { zone: FEED_ZONE }).startOf('day');
    const rows = await this.feeds.occurrences({
      networkIds: viewer.networks,
      resourceId: feed.kind === 'room' || feed.kind === 'staff' ? feed.targetId : null,
      organisationId: feed.kind === 'organisation' ? feed.targetId : null,
      mine: feed.kind === 'me' ? { userId: viewer.id, staffResourceId: viewer.staffResourceId } : null,
      fromMs: today.minus({ months: MONTHS_BACK }).toMillis(),
      toMs: today.plus({ months: MONTHS_AHEAD }).toMillis(),
    });
    const etag = `"${createHash('sha256')
      .update(JSON.stringify([FEED_FORMAT, feed.kind, feed.targetName, today.toMillis(), viewer, rows]))
      .digest('base64url')
      .slice(0, 32)}"`;
    if (ifNoneMatch?.split(',').some((tag) => tag.trim() === etag)) return { body: null, etag };
    const memberOf = new Set(viewer.memberOf);
    const coordinates = new Set(viewer.coordinates);
    const reserved = viewer.locale === 'en' ? 'Reserved' : 'Réservé';
    const events: CalendarEvent[] = rows.map((row) => {
      // The API's privacy (toCalendarOccurrence): titles of other organisations' private bookings stay hidden,
      // their names too unless the network shows them.
      const privileged = memberOf.has(row.organisation_id) || coordinates.has(row.network_id);
      const title = privileged || !row.private ? row.title : reserved;
      const organisation = privileged || row.show_organisation_names ? row.organisation_name : null;
      return {
        uid: `${row.id}@mutualis`,
        sequence: 0,
        summary: organisation ? `${title} — ${organisation}` : title,
        location: row.resource_name,
        start: row.start_local,
        end: row.end_local,
        timeZone: row.time_zone,
        status: row.status === 'pending' ? 'TENTATIVE' : 'CONFIRMED',
      };
    });
    const body = renderCalendar({ name: feedName(feed, viewer.locale), stampMs: today.toMillis(), events });
    return { body, etag };
  }

  private async assertMayFollow(
    user: AuthenticatedUser,
    kind: CreateCalendarFeedRequest['kind'],
    targetId: string,
  ): Promise<void> {
    const { networks, type } = await this.feeds.targetNetworks(kind, targetId);
    const visible = networks.some((n) => AccessPolicy.canSeeNetwork(user, n));
    const rightType = kind === 'organisation' || (kind === 'room' ? type === 'space' : type === 'staff');
    if (!visible || !rightType) throw notFound(kind === 'organisation' ? 'organisation' : 'resource', targetId);
  }
}

/** Raise when the feed's text changes for the same rows (a new property…), so that calendars fetch it again. */
const FEED_FORMAT = 2;

function toView(feed: FeedRecord): CalendarFeedView {
  return {
    id: feed.id,
    kind: feed.kind,
    targetId: feed.targetId,
    targetName: feed.targetName,
    createdAt: feed.createdAt.toISOString(),
    lastUsedAt: feed.lastUsedAt?.toISOString() ?? null,
  };
}

function feedName(feed: FeedRecord, locale: Locale): string {
  if (feed.kind === 'me') return locale === 'en' ? 'Mutualis — my bookings' : 'Mutualis — mes réservations';
  return `Mutualis — ${feed.targetName ?? ''}`;
}
