import { Injectable } from '@nestjs/common';
import type { BoardPostView } from '@mutualis/contracts';
import type { EntityManager } from 'typeorm';
import { Outbox } from '../notifications/outbox';
import { BoardRepository } from './board.repository';

const CATEGORY = 'board';

/** Who hears about the board's events, written with the change's transaction (the outbox). */
@Injectable()
export class BoardNotices {
  constructor(
    private readonly outbox: Outbox,
    private readonly board: BoardRepository,
  ) {}

  /** People following the category who may read the post. */
  async newPost(manager: EntityManager, post: BoardPostView): Promise<void> {
    const recipients = await this.board.followers(manager, post);
    if (recipients.length === 0) return;
    await this.outbox.notify(manager, {
      kind: 'board.new-post',
      category: CATEGORY,
      recipients,
      networkId: post.networkId,
      link: `/board/posts/${post.id}`,
      payload: { title: post.title, organisationName: post.organisationName, kind: post.kind },
      eventKey: `board.new-post:${post.id}`,
    });
  }

  /** The post's organisation hears that another one is interested. */
  async interest(
    manager: EntityManager,
    post: BoardPostView,
    conversationId: string,
    organisationId: string,
    senderId: string,
  ): Promise<void> {
    const recipients = (await this.board.membersOf(manager, [post.organisationId])).filter((id) => id !== senderId);
    if (recipients.length === 0) return;
    await this.outbox.notify(manager, {
      kind: 'board.interest',
      category: CATEGORY,
      recipients,
      networkId: post.networkId,
      link: `/board/conversations/${conversationId}`,
      payload: {
        title: post.title,
        organisationName: (await this.board.organisationName(manager, organisationId)) ?? '',
        kind: post.kind,
      },
    });
  }

  /** The other side of the conversation hears of a new message. */
  async reply(
    manager: EntityManager,
    conversation: { postTitle: string; networkId: string; conversationId: string },
    toOrganisations: string | string[],
    senderId: string,
  ): Promise<void> {
    const organisations = Array.isArray(toOrganisations) ? toOrganisations : [toOrganisations];
    const recipients = (await this.board.membersOf(manager, organisations)).filter((id) => id !== senderId);
    if (recipients.length === 0) return;
    const senderName = await this.board.userName(manager, senderId);
    await this.outbox.notify(manager, {
      kind: 'board.reply',
      category: CATEGORY,
      recipients,
      networkId: conversation.networkId,
      link: `/board/conversations/${conversation.conversationId}`,
      payload: { title: conversation.postTitle, organisationName: senderName ?? '' },
    });
  }

  /** The matched organisation hears of the match. */
  async matched(manager: EntityManager, post: BoardPostView, senderId: string): Promise<void> {
    if (!post.matchedOrganisationId) return;
    const recipients = (await this.board.membersOf(manager, [post.matchedOrganisationId])).filter((id) => id !== senderId);
    if (recipients.length === 0) return;
    await this.outbox.notify(manager, {
      kind: 'board.matched',
      category: CATEGORY,
      recipients,
      networkId: post.networkId,
      link: `/board/posts/${post.id}`,
      payload: { title: post.title, organisationName: post.organisationName, kind: post.kind },
      eventKey: `board.matched:${post.id}`,
    });
  }

  /** The network's coordinators hear of the first report of a post. */
  async reported(manager: EntityManager, post: BoardPostView): Promise<void> {
    const coordinators = await this.board.coordinatorsOf(manager, post.networkId);
    if (coordinators.length === 0) return;
    await this.outbox.notify(manager, {
      kind: 'board.reported',
      category: CATEGORY,
      recipients: coordinators,
      networkId: post.networkId,
      link: '/board?reported=true',
      payload: { title: post.title, organisationName: post.organisationName, kind: post.kind },
      eventKey: `board.reported:${post.id}`,
    });
  }
}
