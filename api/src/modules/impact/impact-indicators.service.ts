import { Injectable } from '@nestjs/common';
import type { IndicatorValueRequest, SaveIndicatorRequest } from '@mutualis/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../errors/domain-error';
import { AccessPolicy, notFound } from '../access/access-policy';
import type { Actor } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { ImpactRepository, type IndicatorFields } from './impact.repository';
import { assertImpactWindow } from './impact-window';

/**
 * The coordinator edits the network's logic model: indicators (computed or entered, with a target)
 * and the values entered per period. Every change is audited in its transaction.
 */
@Injectable()
export class ImpactIndicatorsService {
  constructor(
    private readonly impact: ImpactRepository,
    private readonly audit: AuditTrail,
  ) {}

  async create(actor: Actor, input: SaveIndicatorRequest): Promise<{ id: string }> {
    AccessPolicy.assertCoordinatorOf(actor.user, input.networkId);
    return this.impact.manager.transaction(async (m) => {
      const fields = fieldsOf(input, null);
      const id = await this.impact.insertIndicator(m, { ...fields, networkId: input.networkId });
      await this.audit.record(m, actor, {
        entity: 'impact_indicator',
        entityId: id,
        action: 'create',
        networkId: input.networkId,
        after: fields,
      });
      return { id };
    });
  }

  async update(actor: Actor, id: string, changes: Partial<SaveIndicatorRequest>): Promise<void> {
    await this.impact.manager.transaction(async (m) => {
      const networkId = await this.editable(m, actor, id);
      const before = await this.impact.indicatorFields(m, id);
      if (!before) throw notFound('indicator', id);
      const after = fieldsOf(changes, before);
      await this.impact.updateIndicator(m, id, after);
      await this.audit.record(m, actor, { entity: 'impact_indicator', entityId: id, action: 'update', networkId, before, after });
    });
  }

  async delete(actor: Actor, id: string): Promise<void> {
    await this.impact.manager.transaction(async (m) => {
      const networkId = await this.editable(m, actor, id);
      const before = (await this.impact.indicatorFields(m, id)) ?? undefined;
      await this.impact.deleteIndicator(m, id);
      await this.audit.record(m, actor, { entity: 'impact_indicator', entityId: id, action: 'delete', networkId, before });
    });
  }

  async saveValue(actor: Actor, id: string, input: IndicatorValueRequest): Promise<void> {
    assertImpactWindow(input);
    await this.impact.manager.transaction(async (m) => {
      const networkId = await this.editable(m, actor, id);
      const fields = await this.impact.indicatorFields(m, id);
      if (fields?.metric !== 'entered') {
        throw new DomainError('INVALID_STATE', 'Only an entered indicator takes values; this one is computed from the data.', {
          id,
        });
      }
      if (!(await this.impact.saveValueUnlessOverlapping(m, id, input.from, input.to, input.value, input.note ?? ''))) {
        throw new DomainError('CONFLICT', 'A value is already entered for a period overlapping this one.', { id, ...input });
      }
      await this.audit.record(m, actor, {
        entity: 'impact_indicator_value',
        entityId: id,
        action: 'save',
        networkId,
        after: input,
      });
    });
  }

  /** The indicator's network, if the caller coordinates it (others get 404 or 403, as everywhere). */
  private async editable(m: EntityManager, actor: Actor, id: string): Promise<string> {
    const networkId = await this.impact.indicatorNetwork(m, id);
    if (!networkId || !AccessPolicy.canSeeNetwork(actor.user, networkId)) throw notFound('indicator', id);
    AccessPolicy.assertCoordinatorOf(actor.user, networkId);
    return networkId;
  }
}

function fieldsOf(input: Partial<SaveIndicatorRequest>, before: IndicatorFields | null): IndicatorFields {
  const stage = input.stage ?? before?.stage;
  const nameFr = input.nameFr?.trim() ?? before?.nameFr;
  const nameEn = input.nameEn?.trim() ?? before?.nameEn;
  const metric = input.metric ?? before?.metric;
  if (!stage || !nameFr || !nameEn || !metric) {
    throw new DomainError('VALIDATION_FAILED', 'An indicator needs a stage, a metric and a name in French and in English.', {
      fields: [{ field: 'nameFr', messages: ['required'] }],
    });
  }
  return {
    stage,
    nameFr,
    nameEn,
    metric,
    target: input.target === undefined ? (before?.target ?? null) : input.target,
    position: input.position ?? before?.position ?? 0,
  };
}
