import { Injectable } from '@nestjs/common';
import {
  NOTIFICATION_CATEGORIES,
  type NotificationCategory,
  type NotificationDelivery,
  type NotificationPreferences,
} from '@mutualis/contracts';
import { DomainError } from '../../errors/domain-error';
import type { Actor, AuthenticatedUser } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { NotificationRepository } from './notification.repository';

/** Each person's choice per category: e-mail at once (default), daily digest, in the app only, or off for reminders. */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly audit: AuditTrail,
  ) {}

  async get(user: AuthenticatedUser): Promise<NotificationPreferences> {
    const saved = new Map((await this.notifications.preferences(user.id)).map((p) => [p.category, p.delivery]));
    return {
      preferences: NOTIFICATION_CATEGORIES.map((category) => ({
        category,
        delivery: (saved.get(category) ?? 'immediate') as NotificationDelivery,
      })),
    };
  }

  async save(actor: Actor, request: NotificationPreferences): Promise<NotificationPreferences> {
    const wrong = request.preferences.filter((p) => p.delivery === 'off' && !isReminder(p.category));
    if (wrong.length > 0) {
      throw new DomainError('VALIDATION_FAILED', 'Only reminders can be turned off; other messages stay at least in the app.', {
        fields: wrong.map((p) => ({ field: 'preferences', messages: [`${p.category} cannot be off`] })),
      });
    }
    const before = await this.get(actor.user);
    await this.notifications.transaction(async (manager) => {
      await this.notifications.savePreferences(manager, actor.user.id, request.preferences);
      await this.audit.record(manager, actor, {
        entity: 'notification_preference',
        entityId: actor.user.id,
        action: 'update',
        before,
        after: request,
      });
    });
    return this.get(actor.user);
  }
}

function isReminder(category: NotificationCategory): boolean {
  return category.startsWith('reminder.');
}
