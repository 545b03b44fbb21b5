import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/authenticated-user';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditEntry {
  entity: string;
  entityId: string;
  action: string;
  organisationId?: string | null;
  networkId?: string | null;
  before?: object;
  after?: object;
}

/** Writes the audit row inside the caller's transaction: no write without its trace, no trace without its write. */
@Injectable()
export class AuditTrail {
  async record(
    manager: EntityManager,
    actor: Actor | { userId: string | null; requestId: string | null },
    entry: AuditEntry,
  ): Promise<void> {
    const actorUserId = 'user' in actor ? actor.user.id : actor.userId;
    await manager.insert(AuditEventEntity, {
      actorUserId,
      requestId: actor.requestId,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      organisationId: entry.organisationId ?? null,
      networkId: entry.networkId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
    });
  }
}
