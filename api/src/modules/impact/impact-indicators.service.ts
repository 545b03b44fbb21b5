import { Injectable } from '@nestjs/common';
import type { IndicatorTargetRequest, IndicatorValueRequest, SaveIndicatorRequest } from '@mutualis/contracts';
import { reportingPeriodKind } from '@mutualis/domain';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../errors/domain-error';
import { AccessPolicy, notFound } from '../access/access-policy';
import type { Actor } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { ImpactIndicatorsRepository, type IndicatorFields } from './impact-indicators.repository';
import { assertImpactWindow, type DateWindow } from './impact-window';

/**
 * The coordinator edits the network's logic model: indicators (computed or entered, with a default
 * target), the values entered per period and the targets per reporting period. Every change is
 * audited in its transaction.
 */
@Injectable()
export class ImpactIndicatorsService {
  constructor(
    private readonly impact: ImpactIndicatorsRepository,
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

  /** Removes the value entered for exactly this period; nothing to remove is not an error. */
  async deleteValue(actor: Actor, id: string, period: DateWindow): Promise<void> {
    assertImpactWindow(period);
    await this.impact.manager.transaction(async (m) => {
      const networkId = await this.editable(m, actor, id);
      const before = await this.impact.deleteValue(m, id, period.from, period.to);
      if (!before) return;
      await this.audit.record(m, actor, {
        entity: 'impact_indicator_value',
        entityId: id,
        action: 'delete',
        networkId,
        before: { ...period, ...before },
      });
    });
  }

  /** The target of one reporting period (a month, a quarter, a calendar or a fiscal year), replacing the one set before. */
  async saveTarget(actor: Actor, id: string, input: IndicatorTargetRequest): Promise<void> {
    assertReportingPeriod(input);
    await this.impact.manager.transaction(async (m) => {
      const networkId = await this.editable(m, actor, id);
      const before = await this.impact.saveTarget(m, id, input.from, input.to, input.target);
      await this.audit.record(m, actor, {
        entity: 'impact_indicator_target',
        entityId: id,
        action: 'save',
        networkId,
        before: before === null ? undefined : { from: input.from, to: input.to, target: before },
        after: { from: input.from, to: input.to, target: input.target },
      });
    });
  }

  /** Removes the target of exactly this period: the period falls back to a longer period's or the default target. */
  async deleteTarget(actor: Actor, id: string, period: DateWindow): Promise<void> {
    assertReportingPeriod(period);
    await this.impact.manager.transaction(async (m) => {
      const networkId = await this.editable(m, actor, id);
      const before = await this.impact.deleteTarget(m, id, period.from, period.to);
      if (before === null) return;
      await this.audit.record(m, actor, {
        entity: 'impact_indicator_target',
        entityId: id,
        action: 'delete',
        networkId,
        before: { from: period.from, to: period.to, target: before },
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

function assertReportingPeriod(period: DateWindow): void {
  if (reportingPeriodKind(period) === null) {
    throw new DomainError(
      'INVALID_WINDOW',
      'A target is set for a month, a calendar quarter, a calendar year or a fiscal year (April to March): from is its first day, to the day after its last.',
      { from: period.from, to: period.to, periods: ['month', 'quarter', 'year', 'fiscal_year'] },
    );
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
