import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/authenticated-user';

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
    // Plain SQL: this runs in every write's transaction, and the ORM's insert adds a RETURNING round of its own.
    await manager.query(
      `INSERT INTO audit_event (actor_user_id, request_id, entity, entity_id, action, organisation_id, network_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        actorUserId,
        actor.requestId,
        entry.entity,
        entry.entityId,
        entry.action,
        entry.organisationId ?? null,
        entry.networkId ?? null,
        entry.before === undefined ? null : JSON.stringify(entry.before),
        entry.after === undefined ? null : JSON.stringify(entry.after),
      ],
    );
  }
}
