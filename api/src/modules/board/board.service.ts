import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type {
  BoardCategory,
  BoardConversationView,
  BoardFollowsView,
  BoardMatchRequest,
  BoardMessageView,
  BoardPostPage,
  BoardPostQuery,
  BoardPostView,
  CreateBoardPostRequest,
  UpdateBoardPostRequest,
} from '@mutualis/contracts';
import {
  boardMatchSides,
  defaultBoardExpiry,
  formatLocalDate,
  instantToWallClock,
  isAcceptableBoardExpiry,
  parseRecurrenceRule,
  resolveTimeZone,
} from '@mutualis/domain';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../clock/clock';
import { DomainError } from '../../errors/domain-error';
import { raceToConflict } from '../../errors/race-to-conflict';
import { AccessPolicy, notFound } from '../access/access-policy';
import type { Actor, AuthenticatedUser } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { BookingsService } from '../bookings/bookings.service';
import { PremisesRepository } from '../premises/premises.repository';
import { BoardNotices } from './board-notices';
import { reencodePhoto, thumbnailOf } from './board-photo';
import { BoardRepository, type BoardReader, type PostRecord } from './board.repository';

const BOARD_TIME_ZONE = resolveTimeZone('America/Toronto') as NonNullable<ReturnType<typeof resolveTimeZone>>;
const DEFAULT_PAGE = 20;

/**
 * « Babillard de la mutualisation »: organisations post offers and needs, talk privately about one,
 * and the author marks a match that can become a shared resource, an agreement or a booking.
 * Others' network-only posts and conversations one is not part of answer NOT_FOUND.
 */
@Injectable()
export class BoardService {
  constructor(
    private readonly board: BoardRepository,
    private readonly premises: PremisesRepository,
    private readonly bookings: BookingsService,
    private readonly audit: AuditTrail,
    private readonly notices: BoardNotices,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return formatLocalDate(instantToWallClock(this.clock.nowMs(), BOARD_TIME_ZONE));
  }

  reader(user: AuthenticatedUser): BoardReader {
    return {
      userId: user.id,
      networkIds: [...new Set([...user.coordinatorOf.keys(), ...user.memberNetworkIds])],
      coordinatedNetworkIds: [...user.coordinatorOf.keys()],
      organisationIds: [...user.memberships.keys()],
      today: this.today(),
    };
  }

  search(user: AuthenticatedUser, query: BoardPostQuery): Promise<BoardPostPage> {
    return this.board.search(this.reader(user), {
      ...query,
      mine: query.mine === true || (query.mine as unknown) === 'true',
      reported: query.reported === true || (query.reported as unknown) === 'true',
      limit: query.limit ?? DEFAULT_PAGE,
      offset: query.offset ?? 0,
    });
  }

  async get(user: AuthenticatedUser, id: string): Promise<BoardPostView> {
    const reader = this.reader(user);
    const post = await this.board.readable(this.board.manager, reader, id);
    if (!post) throw notFound('board_post', id);
    const conversations = await this.board.conversationsOf(this.board.manager, id, post.isMine ? 'all' : reader.organisationIds);
    return { ...post, conversations };
  }

  async create(actor: Actor, input: CreateBoardPostRequest): Promise<BoardPostView> {
    const { user } = actor;
    const organisationId = input.organisationId ?? soleOrganisation(user);
    if (!user.memberships.has(organisationId) && !user.coordinatedOrganisationIds.has(organisationId)) {
      throw notFound('organisation', organisationId);
    }
    const today = this.today();
    const expiresOn = input.expiresOn ?? defaultBoardExpiry(today);
    assertExpiry(today, expiresOn);
    if (input.rrule?.trim()) parseRecurrenceRule(input.rrule.trim());
    return this.board.transaction(async (manager) => {
      const networks = await this.board.networksOf(manager, organisationId);
      const networkId = input.networkId ?? (networks.length === 1 ? networks[0] : undefined);
      if (!networkId || !networks.includes(networkId)) {
        throw invalid('networkId', 'networkId must name one of the organisation’s networks');
      }
      if (!user.memberships.has(organisationId)) AccessPolicy.assertCoordinatorOf(user, networkId);
      await this.assertPlaceInNetwork(manager, networkId, input);
      const id = await this.board.insert(manager, {
        ...input,
        visibility: input.visibility ?? 'network',
        expiresOn,
        networkId,
        organisationId,
        authorUserId: user.id,
        nowMs: this.clock.nowMs(),
      });
      const created = (await this.board.readable(manager, this.reader(user), id)) as BoardPostView;
      await this.audit.record(manager, actor, {
        entity: 'board_post',
        entityId: id,
        action: 'create',
        networkId,
        organisationId,
        after: created,
      });
      await this.notices.newPost(manager, created);
      return created;
    });
  }

  async update(actor: Actor, id: string, changes: UpdateBoardPostRequest): Promise<BoardPostView> {
    if (changes.rrule?.trim()) parseRecurrenceRule(changes.rrule.trim());
    if (changes.expiresOn) assertExpiry(this.today(), changes.expiresOn);
    return this.board.transaction(async (manager) => {
      const { before, record } = await this.forChange(manager, actor.user, id);
      if (changes.status && record.status === 'matched') {
        throw new DomainError('INVALID_STATE', 'A matched post stays matched.', { status: record.status });
      }
      if (changes.startsOn && changes.endsOn === undefined && before.endsOn && before.endsOn < changes.startsOn) {
        throw invalid('startsOn', 'startsOn must not be after endsOn');
      }
      if (changes.endsOn && changes.startsOn === undefined && before.startsOn && changes.endsOn < before.startsOn) {
        throw invalid('endsOn', 'endsOn must not be before startsOn');
      }
      await this.assertPlaceInNetwork(manager, record.networkId, changes);
      await this.board.update(manager, id, changes, this.clock.nowMs());
      const after = (await this.board.readable(manager, this.reader(actor.user), id)) as BoardPostView;
      await this.audit.record(manager, actor, {
        entity: 'board_post',
        entityId: id,
        action: 'update',
        networkId: record.networkId,
        organisationId: record.organisationId,
        before,
        after,
      });
      return after;
    });
  }

  /** Withdraws the post: it leaves the board and stays in the organisation's history. */
  async withdraw(actor: Actor, id: string): Promise<void> {
    await this.board.transaction(async (manager) => {
      const { before, record } = await this.forChange(manager, actor.user, id);
      if (record.status === 'withdrawn') return;
      await this.board.update(manager, id, { status: 'withdrawn' }, this.clock.nowMs());
      await this.audit.record(manager, actor, {
        entity: 'board_post',
        entityId: id,
        action: 'withdraw',
        networkId: record.networkId,
        organisationId: record.organisationId,
        before,
      });
    });
  }

  // Photo ---------------------------------------------------------------------------------------

  /**
   * Sets or replaces the post's photo. Who may is checked before the image is decoded (no decoding
   * work for a stranger), then again under the row lock; only the re-encoded image is stored.
   */
  async setPhoto(actor: Actor, id: string, bytes: Buffer): Promise<BoardPostView> {
    await this.forPhoto(this.board.manager, actor.user, id);
    const photo = await reencodePhoto(bytes);
    return this.board.transaction(async (manager) => {
      const record = (await this.board.record(manager, id)) as PostRecord;
      const before = await this.forPhoto(manager, actor.user, id);
      await this.board.setPhoto(manager, id, photo, this.clock.nowMs());
      await this.audit.record(manager, actor, {
        entity: 'board_post',
        entityId: id,
        action: before.hasPhoto ? 'photo-replace' : 'photo-add',
        networkId: record.networkId,
        organisationId: record.organisationId,
        after: { photoType: photo.type, photoBytes: photo.data.length },
      });
      return (await this.board.readable(manager, this.reader(actor.user), id)) as BoardPostView;
    });
  }

  async removePhoto(actor: Actor, id: string): Promise<void> {
    await this.board.transaction(async (manager) => {
      const record = (await this.board.record(manager, id)) as PostRecord | null;
      const before = await this.forPhoto(manager, actor.user, id);
      if (!record || !before.hasPhoto) return;
      await this.board.setPhoto(manager, id, null, this.clock.nowMs());
      await this.audit.record(manager, actor, {
        entity: 'board_post',
        entityId: id,
        action: 'photo-remove',
        networkId: record.networkId,
        organisationId: record.organisationId,
      });
    });
  }

  /** The photo, for whoever may read the post; NOT_FOUND otherwise, and when there is none. */
  async photo(user: AuthenticatedUser, id: string): Promise<{ data: Buffer; type: string }> {
    const photo = await this.board.photo(this.reader(user), id);
    if (!photo) throw notFound('board_post_photo', id);
    return photo;
  }

  /**
   * The post's thumbnail, for whoever may read the post; NOT_FOUND otherwise, and when there is no photo.
   * Its ETag is the hash of its bytes: a browser that already holds it (If-None-Match) gets no body.
   */
  async thumbnail(user: AuthenticatedUser, id: string, ifNoneMatch?: string): Promise<{ data: Buffer | null; etag: string }> {
    const stored = await this.board.thumbnail(this.reader(user), id);
    if (!stored) throw notFound('board_post_photo', id);
    // A photo stored before thumbnails were made at upload: its thumbnail is made on each read.
    const data = 'thumbnail' in stored ? stored.thumbnail : await thumbnailOf(stored.photo);
    const etag = `"${createHash('sha256').update(data).digest('base64url').slice(0, 27)}"`;
    const known = ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
    return { data: known ? null : data, etag };
  }

  async report(actor: Actor, id: string, reason: string): Promise<void> {
    await this.board.transaction(async (manager) => {
      const post = await this.board.readable(manager, this.reader(actor.user), id);
      if (!post) throw notFound('board_post', id);
      await this.board.report(manager, id, actor.user.id, reason, this.clock.nowMs());
      await this.audit.record(manager, actor, {
        entity: 'board_post',
        entityId: id,
        action: 'report',
        networkId: post.networkId,
        after: { reason },
      });
      await this.notices.reported(manager, post);
    });
  }

  async moderate(actor: Actor, id: string, input: { hidden: boolean; reason?: string }): Promise<BoardPostView> {
    if (input.hidden && !input.reason) throw invalid('reason', 'a reason is required to hide a post');
    return this.board.transaction(async (manager) => {
      const before = await this.board.readable(manager, this.reader(actor.user), id);
      if (!before) throw notFound('board_post', id);
      if (!AccessPolicy.isCoordinatorOf(actor.user, before.networkId)) {
        throw new DomainError('FORBIDDEN', "Only the post's network coordinators may hide it.");
      }
      await this.board.setHidden(
        manager,
        id,
        input.hidden ? { reason: input.reason as string, by: actor.user.id } : null,
        this.clock.nowMs(),
      );
      const after = (await this.board.readable(manager, this.reader(actor.user), id)) as BoardPostView;
      await this.audit.record(manager, actor, {
        entity: 'board_post',
        entityId: id,
        action: input.hidden ? 'hide' : 'unhide',
        networkId: before.networkId,
        organisationId: before.organisationId,
        before: { hidden: before.hidden, hiddenReason: before.hiddenReason },
        after: { hidden: after.hidden, hiddenReason: after.hiddenReason },
      });
      return after;
    });
  }

  // Conversations -------------------------------------------------------------------------------

  /** « Ça m'intéresse »: opens (or reopens) the conversation between the caller's organisation and the post's. */
  async startConversation(
    actor: Actor,
    postId: string,
    input: { organisationId?: string; message?: string },
  ): Promise<BoardConversationView> {
    const { user } = actor;
    return this.board.transaction(async (manager) => {
      const post = await this.board.readable(manager, this.reader(user), postId);
      if (!post) throw notFound('board_post', postId);
      const organisationId = input.organisationId ?? soleOrganisation(user);
      if (!user.memberships.has(organisationId)) throw notFound('organisation', organisationId);
      if (organisationId === post.organisationId) {
        throw new DomainError('INVALID_STATE', 'An organisation does not answer its own post.', { organisationId });
      }
      if (post.status !== 'open' || post.hidden || post.expired) {
        throw new DomainError('INVALID_STATE', 'This post no longer takes answers.', { status: post.status });
      }
      if (post.visibility === 'network') {
        const inNetwork = await this.board.organisationsInNetwork(manager, post.networkId, [organisationId]);
        if (inNetwork.length === 0) throw notFound('board_post', postId);
      }
      const existing = await this.board.conversationFor(manager, postId, organisationId);
      const id =
        existing ??
        (await this.board.insertConversation(manager, { postId, organisationId, userId: user.id, nowMs: this.clock.nowMs() }));
      if (input.message) {
        await this.board.insertMessage(manager, {
          conversationId: id,
          userId: user.id,
          organisationId,
          body: input.message,
          nowMs: this.clock.nowMs(),
        });
      }
      if (!existing) {
        await this.audit.record(manager, actor, {
          entity: 'board_conversation',
          entityId: id,
          action: 'create',
          networkId: post.networkId,
          organisationId,
          after: { postId, organisationId },
        });
        await this.notices.interest(manager, post, id, organisationId, user.id);
      } else if (input.message) {
        await this.notices.reply(
          manager,
          { postTitle: post.title, networkId: post.networkId, conversationId: id },
          post.organisationId,
          user.id,
        );
      }
      return (await this.board.conversation(manager, id, user.id)) as BoardConversationView;
    });
  }

  async conversation(user: AuthenticatedUser, id: string): Promise<BoardConversationView> {
    const manager = this.board.manager;
    await this.conversationFor(manager, user, id);
    return (await this.board.conversation(manager, id, user.id)) as BoardConversationView;
  }

  async messages(user: AuthenticatedUser, id: string): Promise<BoardMessageView[]> {
    const manager = this.board.manager;
    await this.conversationFor(manager, user, id);
    return this.board.messages(manager, id, user.id);
  }

  async postMessage(actor: Actor, id: string, body: string): Promise<BoardMessageView> {
    const { user } = actor;
    return this.board.transaction(async (manager) => {
      const parties = await this.conversationFor(manager, user, id);
      const side = user.memberships.has(parties.organisationId)
        ? parties.organisationId
        : user.memberships.has(parties.postOrganisationId)
          ? parties.postOrganisationId
          : null;
      const messageId = await this.board.insertMessage(manager, {
        conversationId: id,
        userId: user.id,
        organisationId: side,
        body,
        nowMs: this.clock.nowMs(),
      });
      await this.audit.record(manager, actor, {
        entity: 'board_message',
        entityId: messageId,
        action: 'create',
        networkId: parties.networkId,
        organisationId: side ?? undefined,
        after: { conversationId: id },
      });
      const other = side === parties.organisationId ? parties.postOrganisationId : parties.organisationId;
      await this.notices.reply(
        manager,
        { postTitle: parties.postTitle, networkId: parties.networkId, conversationId: id },
        side === null ? [parties.organisationId, parties.postOrganisationId] : other,
        user.id,
      );
      const messages = await this.board.messages(manager, id, user.id);
      return messages.find((m) => m.id === messageId) as BoardMessageView;
    });
  }

  // Match ---------------------------------------------------------------------------------------

  /**
   * The author marks the post matched with an organisation; with `create`, the concrete thing comes
   * out of it, pre-filled from the post. Once matched, either side (or a coordinator) may create it.
   */
  async match(actor: Actor, postId: string, input: BoardMatchRequest): Promise<BoardPostView> {
    const { user } = actor;
    const view = await this.board.readable(this.board.manager, this.reader(user), postId);
    if (!view) throw notFound('board_post', postId);
    const mayMark = view.isMine;
    const sameMatch = view.status === 'matched' && view.matchedOrganisationId === input.organisationId;
    if (!mayMark && !(sameMatch && input.create && user.memberships.has(input.organisationId))) {
      throw new DomainError('FORBIDDEN', "Only the post's organisation marks its match.");
    }
    if (view.status === 'withdrawn') throw new DomainError('INVALID_STATE', 'This post was withdrawn.', { status: view.status });
    if (view.status === 'matched' && !sameMatch) {
      throw new DomainError('INVALID_STATE', 'This post is already matched with another organisation.', {
        matchedOrganisationId: view.matchedOrganisationId,
      });
    }
    if (input.organisationId === view.organisationId) {
      throw invalid('organisationId', 'organisationId must name another organisation than the post’s');
    }
    const inNetwork = await this.board.organisationsInNetwork(this.board.manager, view.networkId, [input.organisationId]);
    if (inNetwork.length === 0) {
      const exists = await this.board.organisationName(this.board.manager, input.organisationId);
      if (!exists || view.visibility === 'network') {
        throw invalid('organisationId', 'organisationId must name an organisation that may see the post');
      }
    }
    const sides = boardMatchSides(view.kind, view.organisationId, input.organisationId);

    // A booking goes through every booking check in its own transaction, before the match is written.
    let seriesId: string | undefined;
    if (input.create === 'booking') {
      if (view.createdBookingSeriesId) throw alreadyCreated('booking');
      const resourceId = input.resourceId ?? view.createdResourceId ?? view.resourceId;
      if (!resourceId) throw invalid('resourceId', 'resourceId is required: the post names no resource');
      if (!input.start) throw invalid('start', 'start is required to book');
      if (!input.durationMinutes) throw invalid('durationMinutes', 'durationMinutes is required to book');
      const series = await this.bookings.create(actor, {
        resourceId,
        organisationId: sides.receiving,
        title: view.title,
        start: input.start,
        durationMinutes: input.durationMinutes,
        notes: view.description.slice(0, 2000),
      });
      seriesId = series.id;
    }

    return this.board.transaction(async (manager) => {
      const record = (await this.board.record(manager, postId)) as PostRecord;
      if (record.status === 'matched' && record.matchedOrganisationId !== input.organisationId) {
        throw new DomainError('INVALID_STATE', 'This post is already matched with another organisation.');
      }
      const newlyMatched = record.status !== 'matched';
      if (newlyMatched) await this.board.setMatch(manager, postId, input.organisationId, this.clock.nowMs());
      const created: { resourceId?: string; agreementId?: string; seriesId?: string } = { seriesId };
      if (input.create === 'resource')
        created.resourceId = await this.createResource(manager, actor, record, sides.giving, input);
      if (input.create === 'agreement') {
        created.agreementId = await this.createAgreement(manager, actor, record, sides.receiving, input);
      }
      await this.board.setCreated(manager, postId, created);
      const after = (await this.board.readable(manager, this.reader(user), postId)) as BoardPostView;
      await this.audit.record(manager, actor, {
        entity: 'board_post',
        entityId: postId,
        action: newlyMatched ? 'match' : 'match-create',
        networkId: record.networkId,
        organisationId: record.organisationId,
        after: { matchedOrganisationId: input.organisationId, create: input.create ?? null, ...created },
      });
      if (newlyMatched) await this.notices.matched(manager, after, user.id);
      return after;
    });
  }

  private async createResource(
    manager: EntityManager,
    actor: Actor,
    post: PostRecord,
    carrierOrganisationId: string,
    input: BoardMatchRequest,
  ): Promise<string> {
    if (post.createdResourceId) throw alreadyCreated('resource');
    const carrierInNetwork = await this.board.organisationsInNetwork(manager, post.networkId, [carrierOrganisationId]);
    if (carrierInNetwork.length === 0) {
      throw invalid('organisationId', "a shared resource's carrier must belong to the post's network");
    }
    const siteId = input.siteId ?? post.siteId;
    let resourceId: string;
    if (siteId) {
      const site = await this.board.siteNetwork(manager, siteId);
      if (!site || site.networkId !== post.networkId) throw invalid('siteId', "siteId must name a site of the post's network");
      resourceId = await this.premises.insertSpace(manager, {
        networkId: post.networkId,
        siteId,
        name: post.title,
        timeZone: site.timeZone,
        carrierOrganisationId,
      });
    } else {
      resourceId = await this.board.insertEquipment(manager, {
        networkId: post.networkId,
        name: post.title,
        carrierOrganisationId,
      });
    }
    await this.audit.record(manager, actor, {
      entity: 'resource',
      entityId: resourceId,
      action: 'create',
      networkId: post.networkId,
      organisationId: carrierOrganisationId,
      after: { fromBoardPost: post.id, name: post.title, carrierOrganisationId, siteId: siteId ?? null },
    });
    return resourceId;
  }

  private async createAgreement(
    manager: EntityManager,
    actor: Actor,
    post: PostRecord,
    organisationId: string,
    input: BoardMatchRequest,
  ): Promise<string> {
    if (post.createdAgreementId) throw alreadyCreated('agreement');
    const resourceId = input.resourceId ?? post.resourceId;
    if (!resourceId) throw invalid('resourceId', 'resourceId must name the pooled employee');
    const resource = await this.board.resourceNetwork(manager, resourceId);
    if (!resource || resource.networkId !== post.networkId || resource.type !== 'staff') {
      throw invalid('resourceId', "resourceId must name a pooled employee of the post's network");
    }
    const inNetwork = await this.board.organisationsInNetwork(manager, post.networkId, [organisationId]);
    if (inNetwork.length === 0) throw invalid('organisationId', "the agreement's organisation must belong to the post's network");
    const today = this.today();
    const startsOn = post.startsOn && post.startsOn > today ? post.startsOn : today;
    const agreementId = await this.board
      .insertAgreement(manager, {
        organisationId,
        resourceId,
        minutesPerWeek: post.hoursPerWeek === null ? null : Math.round(post.hoursPerWeek * 60),
        startsOn,
      })
      .catch(
        raceToConflict({
          'exclusion-violation': () =>
            new DomainError('CONFLICT', 'This organisation already has an agreement for this employee over that time.', {
              organisationId,
              resourceId,
            }),
        }),
      );
    await this.audit.record(manager, actor, {
      entity: 'agreement',
      entityId: agreementId,
      action: 'create',
      networkId: post.networkId,
      organisationId,
      after: { fromBoardPost: post.id, resourceId, startsOn },
    });
    return agreementId;
  }

  // Follows -------------------------------------------------------------------------------------

  async follows(user: AuthenticatedUser): Promise<BoardFollowsView> {
    return { categories: await this.board.follows(user.id) };
  }

  async setFollows(actor: Actor, categories: BoardCategory[]): Promise<BoardFollowsView> {
    await this.board.transaction((manager) => this.board.replaceFollows(manager, actor.user.id, categories));
    return this.follows(actor.user);
  }

  // Helpers -------------------------------------------------------------------------------------

  private async forChange(
    manager: EntityManager,
    user: AuthenticatedUser,
    id: string,
  ): Promise<{ before: BoardPostView; record: PostRecord }> {
    const before = await this.board.readable(manager, this.reader(user), id);
    if (!before) throw notFound('board_post', id);
    if (!before.isMine)
      throw new DomainError('FORBIDDEN', "Only the post's organisation or its network's coordinators may change it.");
    return { before, record: (await this.board.record(manager, id)) as PostRecord };
  }

  /** Only the post's organisation (its members) sets or removes its photo; readers are told FORBIDDEN, others NOT_FOUND. */
  private async forPhoto(manager: EntityManager, user: AuthenticatedUser, id: string): Promise<BoardPostView> {
    const post = await this.board.readable(manager, this.reader(user), id);
    if (!post) throw notFound('board_post', id);
    if (!user.memberships.has(post.organisationId)) {
      throw new DomainError('FORBIDDEN', "Only the post's organisation changes its photo.");
    }
    return post;
  }

  private async conversationFor(manager: EntityManager, user: AuthenticatedUser, id: string) {
    const parties = await this.board.conversationParties(manager, id);
    if (
      !parties ||
      !(
        user.memberships.has(parties.organisationId) ||
        user.memberships.has(parties.postOrganisationId) ||
        AccessPolicy.isCoordinatorOf(user, parties.networkId)
      )
    ) {
      throw notFound('board_conversation', id);
    }
    return parties;
  }

  private async assertPlaceInNetwork(
    manager: EntityManager,
    networkId: string,
    input: { siteId?: string | null; resourceId?: string | null },
  ): Promise<void> {
    if (input.siteId) {
      const site = await this.board.siteNetwork(manager, input.siteId);
      if (!site || site.networkId !== networkId) throw invalid('siteId', "siteId must name a site of the post's network");
    }
    if (input.resourceId) {
      const resource = await this.board.resourceNetwork(manager, input.resourceId);
      if (!resource || resource.networkId !== networkId) {
        throw invalid('resourceId', "resourceId must name a resource of the post's network");
      }
    }
  }
}

function soleOrganisation(user: AuthenticatedUser): string {
  const [only, ...others] = [...user.memberships.keys()];
  if (!only || others.length > 0) throw invalid('organisationId', 'organisationId is required');
  return only;
}

function assertExpiry(today: string, expiresOn: string): void {
  if (!isAcceptableBoardExpiry(today, expiresOn)) {
    throw invalid('expiresOn', 'expiresOn must be between today and a year from now');
  }
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', message, { fields: [{ field, messages: [message] }] });
}

function alreadyCreated(what: string): DomainError {
  return new DomainError('INVALID_STATE', `This match already created its ${what}.`, { create: what });
}
