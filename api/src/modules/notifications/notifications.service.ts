import { Injectable } from '@nestjs/common';
import type { FailedNotification, NotificationInbox } from '@mutualis/contracts';
import { Clock } from '../../clock/clock';
import { DomainError } from '../../errors/domain-error';
import { AccessPolicy, notFound } from '../access/access-policy';
import type { Actor, AuthenticatedUser } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { JobQueue } from './job-queue';
import { renderText } from './messages/render-notification';
import { NotificationRepository } from './notification.repository';
import { DELIVER_QUEUE } from './outbox';

const INBOX_SIZE = 100;

/** The in-app side of notifications: the inbox, read marks, and the coordinators' failed deliveries. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly queue: JobQueue,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  async inbox(user: AuthenticatedUser, unreadOnly: boolean): Promise<NotificationInbox> {
    const { unreadCount, items } = await this.notifications.inbox(user.id, unreadOnly, INBOX_SIZE);
    return {
      unreadCount,
      items: items.map((n) => ({
        id: n.id,
        kind: n.kind,
        createdAt: n.createdAt.toISOString(),
        readAt: n.readAt?.toISOString() ?? null,
        title: renderText(n.kind, n.payload, user.locale).subject,
        link: n.link,
      })),
    };
  }

  async markRead(user: AuthenticatedUser, request: { ids?: string[]; all?: boolean }): Promise<{ unreadCount: number }> {
    if (!request.all && !request.ids?.length) {
      throw new DomainError('VALIDATION_FAILED', 'Give the ids to mark read, or all: true.', {
        fields: [{ field: 'ids', messages: ['ids or all is required'] }],
      });
    }
    await this.notifications.markRead(user.id, request.all ? 'all' : (request.ids ?? []), this.clock.nowMs());
    return { unreadCount: (await this.notifications.inbox(user.id, true, 0)).unreadCount };
  }

  /** « Envois en échec »: what the coordinator's networks could not deliver. */
  async failed(user: AuthenticatedUser): Promise<FailedNotification[]> {
    if (user.coordinatorOf.size === 0) throw new DomainError('FORBIDDEN', 'Only coordinators see failed deliveries.');
    const rows = await this.notifications.failed([...user.coordinatorOf.keys()]);
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: renderText(r.kind, r.payload, user.locale).subject,
      createdAt: r.createdAt.toISOString(),
      attempts: r.attempts,
      lastError: r.lastError,
      recipientName: r.recipientName,
      recipientEmail: r.recipientEmail,
    }));
  }

  /** « Réessayer »: the failed message goes back to the queue, with its attempts counted afresh. */
  async retry(actor: Actor, id: string): Promise<void> {
    const found = await this.notifications.networkOf(id);
    if (!found?.networkId || !AccessPolicy.isCoordinatorOf(actor.user, found.networkId)) throw notFound('notification', id);
    const networkId = found.networkId;
    await this.notifications.transaction(async (manager) => {
      if (!(await this.notifications.requeue(manager, id))) {
        throw new DomainError('INVALID_STATE', 'Only a failed message can be sent again.', { id });
      }
      await this.queue.insertInTransaction(manager, DELIVER_QUEUE, [{ data: { notificationId: id } }]);
      await this.audit.record(manager, actor, { entity: 'notification', entityId: id, action: 'retry', networkId });
    });
  }
}
