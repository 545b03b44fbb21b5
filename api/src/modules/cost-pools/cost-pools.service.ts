import { Injectable } from '@nestjs/common';
import type {
  AllocationKey,
  CostPoolAmount,
  CostPoolView,
  CreateCostPoolRequest,
  FieldError,
  UpdateCostPoolRequest,
} from '@mutualis/contracts';
import { validateAllocationKey, type AllocationKeyProblem } from '@mutualis/domain';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../errors/domain-error';
import { raceToConflict } from '../../errors/race-to-conflict';
import { AccessPolicy, notFound } from '../access/access-policy';
import type { Actor, AuthenticatedUser } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { CostPoolsRepository, type NetworkFacts, type PoolFields } from './cost-pools.repository';

type NewAmount = Omit<CostPoolAmount, 'id'>;

const KEY_PROBLEMS: Record<AllocationKeyProblem, string> = {
  UNKNOWN_KEY_KIND: 'Unknown allocation key.',
  UNKNOWN_FALLBACK: 'Unknown fallback rule.',
  MIN_CHARGE_NOT_NON_NEGATIVE_INTEGER: 'The minimum charge is a whole number of cents, zero or more.',
  CAP_NOT_NON_NEGATIVE_INTEGER: 'The cap is a whole number of cents, zero or more.',
  CAP_BELOW_MIN_CHARGE: 'The cap cannot be below the minimum charge.',
  HYBRID_NEEDS_TWO_PARTS: 'A hybrid key has exactly two parts.',
  HYBRID_PART_KIND_INVALID: 'A hybrid part is split by usage, fixed share, equal split or floor area.',
  HYBRID_PERCENT_INVALID: "A hybrid part's percentage is a whole number from 1 to 99.",
  HYBRID_PERCENTS_NOT_100: "The hybrid parts' percentages must sum to 100.",
  PARTS_ONLY_FOR_HYBRID: 'Only a hybrid key has parts.',
};

interface PoolDraft extends PoolFields {
  resourceIds: string[];
  amounts: NewAmount[];
}

/** Cost pools: what a resource or a building costs per period, and the key that splits it. Coordinators only. */
@Injectable()
export class CostPoolsService {
  constructor(
    private readonly pools: CostPoolsRepository,
    private readonly audit: AuditTrail,
  ) {}

  list(user: AuthenticatedUser, networkId: string): Promise<CostPoolView[]> {
    AccessPolicy.assertCanSeeNetwork(user, networkId);
    return this.pools.list(networkId);
  }

  async create(actor: Actor, input: CreateCostPoolRequest): Promise<CostPoolView> {
    AccessPolicy.assertCoordinatorOf(actor.user, input.networkId);
    const draft: PoolDraft = {
      name: input.name,
      description: input.description ?? '',
      carrierOrganisationId: input.carrierOrganisationId ?? null,
      siteId: input.siteId ?? null,
      key: normaliseKey(input.key),
      resourceIds: [...new Set(input.resourceIds ?? [])],
      amounts: amountsOf(input),
    };
    return this.write(async (m) => {
      await this.validate(m, input.networkId, draft);
      const id = await this.pools.insert(m, input.networkId, draft);
      await this.pools.replaceResources(m, id, draft.resourceIds);
      await this.pools.replaceAmounts(m, id, draft.amounts);
      const created = (await this.pools.get(m, id)) as CostPoolView;
      await this.audit.record(m, actor, {
        entity: 'cost_pool',
        entityId: id,
        action: 'create',
        networkId: input.networkId,
        after: created,
      });
      return created;
    });
  }

  async update(actor: Actor, id: string, changes: UpdateCostPoolRequest): Promise<CostPoolView> {
    return this.write(async (m) => {
      const before = await this.editable(m, actor.user, id);
      const draft: PoolDraft = {
        name: changes.name ?? before.name,
        description: changes.description ?? before.description,
        carrierOrganisationId:
          changes.carrierOrganisationId === undefined ? before.carrierOrganisationId : changes.carrierOrganisationId,
        siteId: changes.siteId === undefined ? before.siteId : changes.siteId,
        key: changes.key ? normaliseKey(changes.key) : before.key,
        resourceIds: changes.resourceIds ? [...new Set(changes.resourceIds)] : before.resourceIds,
        amounts: amountsAfter(before, changes),
      };
      await this.validate(m, before.networkId, draft, changes.recurring ? 'recurring.fromMonth' : 'amounts');
      await this.pools.update(m, id, draft);
      await this.pools.replaceResources(m, id, draft.resourceIds);
      await this.pools.replaceAmounts(m, id, draft.amounts);
      const after = (await this.pools.get(m, id)) as CostPoolView;
      await this.audit.record(m, actor, {
        entity: 'cost_pool',
        entityId: id,
        action: 'update',
        networkId: before.networkId,
        before,
        after,
      });
      return after;
    });
  }

  async delete(actor: Actor, id: string): Promise<void> {
    await this.write(async (m) => {
      const before = await this.editable(m, actor.user, id);
      await this.pools.delete(m, id);
      await this.audit.record(m, actor, {
        entity: 'cost_pool',
        entityId: id,
        action: 'delete',
        networkId: before.networkId,
        before,
      });
    });
  }

  private async editable(m: EntityManager, user: AuthenticatedUser, id: string): Promise<CostPoolView> {
    const pool = await this.pools.get(m, id);
    if (!pool || !AccessPolicy.canSeeNetwork(user, pool.networkId)) throw notFound('cost pool', id);
    AccessPolicy.assertCoordinatorOf(user, pool.networkId);
    return pool;
  }

  /** Overlapping amounts that slipped past validation (two writers at once) are a conflict, not a 500. */
  private async write<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.pools
      .transaction(work)
      .catch(
        raceToConflict(
          { 'exclusion-violation': () => new DomainError('CONFLICT', 'Two amounts of this pool overlap.') },
          { constraint: 'cost_pool_amount_no_overlap' },
        ),
      );
  }

  /** `amountsField`: where overlapping amounts are reported (the recurring months, when they were added). */
  private async validate(m: EntityManager, networkId: string, draft: PoolDraft, amountsField = 'amounts'): Promise<void> {
    const facts = await this.pools.networkFacts(m, networkId);
    const problems: FieldError[] = [];
    const problem = (field: string, message: string): void => {
      const existing = problems.find((p) => p.field === field);
      if (existing) existing.messages.push(message);
      else problems.push({ field, messages: [message] });
    };
    for (const code of validateAllocationKey(draft.key)) problem('key', KEY_PROBLEMS[code]);
    if (draft.carrierOrganisationId && !facts.organisationIds.has(draft.carrierOrganisationId)) {
      problem('carrierOrganisationId', 'The carrier must be an organisation of this network.');
    }
    if (draft.siteId && !facts.siteIds.has(draft.siteId)) problem('siteId', 'The site must belong to this network.');
    for (const resourceId of draft.resourceIds) {
      if (!facts.resources.has(resourceId)) problem('resourceIds', `Resource ${resourceId} is not in this network.`);
    }
    this.validateKeyAgainstResources(draft, facts, problem);
    validateAmounts(draft, (field, message) => problem(field === 'amounts' ? amountsField : field, message));
    if (problems.length === 0) await this.validateFixedShares(m, draft, problem);
    if (problems.length > 0) {
      throw new DomainError('VALIDATION_FAILED', problems.map((p) => p.messages.join(' ')).join(' '), { fields: problems });
    }
  }

  private validateKeyAgainstResources(
    draft: PoolDraft,
    facts: NetworkFacts,
    problem: (field: string, message: string) => void,
  ): void {
    const kinds = keyKindsOf(draft.key);
    const followsResources = draft.resourceIds.length > 0 || draft.siteId !== null;
    if (draft.key.kind === 'hourly_rate') {
      const resource =
        draft.resourceIds.length === 1 && draft.siteId === null ? facts.resources.get(draft.resourceIds[0]) : undefined;
      if (!resource) problem('resourceIds', 'An hourly-rate pool follows exactly one resource (not a site).');
      else if (resource.hourlyRateCents === null) problem('resourceIds', 'This resource has no hourly rate.');
    } else if (
      (kinds.includes('usage_share') || kinds.includes('fixed_share') || kinds.includes('floor_area')) &&
      !followsResources
    ) {
      problem('resourceIds', 'Usage, fixed-share and floor-area keys need the resources (or the site) the pool is for.');
    }
  }

  /** Fixed shares must sum to 100 % on each resource at the start of the pool's first amount. */
  private async validateFixedShares(
    m: EntityManager,
    draft: PoolDraft,
    problem: (field: string, message: string) => void,
  ): Promise<void> {
    if (!keyKindsOf(draft.key).includes('fixed_share') || draft.amounts.length === 0) return;
    const day = draft.amounts.map((a) => a.from).sort()[0];
    for (const resourceId of draft.resourceIds) {
      const total = await this.pools.fixedSharesOn(m, resourceId, day);
      if (total !== 10_000) {
        problem(
          'key',
          `The agreements' fixed shares on this resource sum to ${(total / 100).toFixed(2)} % on ${day}, not 100 %.`,
        );
      }
    }
  }
}

function normaliseKey(key: AllocationKey): AllocationKey {
  return {
    kind: key.kind,
    ...(key.parts && { parts: key.parts.map((part) => ({ key: part.key, percent: part.percent })) }),
    fallback: key.fallback ?? 'equal_split',
    minChargeCents: key.minChargeCents ?? null,
    capCents: key.capCents ?? null,
  };
}

function keyKindsOf(key: AllocationKey): string[] {
  return key.kind === 'hybrid' ? (key.parts ?? []).map((part) => part.key) : [key.kind];
}

/**
 * A change's amounts: `amounts` replaces the list (amounts left as they were are not touched);
 * `recurring` adds months to the existing ones (extending a monthly pool by a year).
 */
function amountsAfter(before: CostPoolView, changes: UpdateCostPoolRequest): NewAmount[] {
  const existing = before.amounts.map(({ id: _id, ...amount }) => amount);
  if (changes.amounts) return amountsOf({ amounts: changes.amounts });
  if (changes.recurring) return [...existing, ...amountsOf({ recurring: changes.recurring })];
  return existing;
}

/** Explicit amounts, or one per month from `recurring` (same amount every month, created in one step). */
function amountsOf(input: Pick<CreateCostPoolRequest, 'amounts' | 'recurring'>): NewAmount[] {
  if (input.recurring) {
    const [year, month] = input.recurring.fromMonth.split('-').map(Number);
    return Array.from({ length: input.recurring.months }, (_, index) => ({
      from: monthStart(year, month - 1 + index),
      to: monthStart(year, month + index),
      amountCents: input.recurring?.amountCents ?? null,
    }));
  }
  return (input.amounts ?? []).map((a) => ({ from: a.from, to: a.to, amountCents: a.amountCents ?? null }));
}

function monthStart(year: number, monthIndex: number): string {
  return new Date(Date.UTC(year, monthIndex, 1)).toISOString().slice(0, 10);
}

function validateAmounts(draft: PoolDraft, problem: (field: string, message: string) => void): void {
  if (draft.amounts.length === 0) problem('amounts', 'Give at least one amount (or a recurring monthly amount).');
  const sorted = [...draft.amounts].sort((a, b) => a.from.localeCompare(b.from));
  sorted.forEach((amount, index) => {
    if (!isDate(amount.from) || !isDate(amount.to) || amount.to <= amount.from) {
      problem('amounts', `The amount from ${amount.from} to ${amount.to} must end after it starts.`);
    }
    if (draft.key.kind !== 'hourly_rate' && amount.amountCents === null) {
      problem('amounts', `The amount from ${amount.from} needs a value in cents.`);
    }
    const next = sorted[index + 1];
    if (next && next.from < amount.to) problem('amounts', `The amounts from ${amount.from} and ${next.from} overlap.`);
  });
}

function isDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}
