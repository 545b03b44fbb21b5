import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/authenticated-user';
import { AuditRepository } from './audit.repository';

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
  constructor(private readonly events: AuditRepository) {}

  async record(
    manager: EntityManager,
    actor: Actor | { userId: string | null; requestId: string | null },
    entry: AuditEntry,
  ): Promise<void> {
    await this.events.insert(manager, {
      actorUserId: 'user' in actor ? actor.user.id : actor.userId,
      requestId: actor.requestId,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      organisationId: entry.organisationId ?? null,
      networkId: entry.networkId ?? null,
      before: entry.before,
      after: entry.after,
    });
  }
}
