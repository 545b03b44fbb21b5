import { Injectable } from '@nestjs/common';
import type { AllocationBasis, AllocationLine, AllocationPool, AllocationReport, Locale } from '@mutualis/contracts';
import { allocatePool, explainAllocationLine, prorateCents, type AllocationParticipant } from '@mutualis/domain';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../clock/clock';
import { DomainError } from '../../errors/domain-error';
import { isLocalDate } from '../../validation/dates';
import { AccessPolicy, notFound } from '../access/access-policy';
import type { AuthenticatedUser } from '../access/authenticated-user';
import { AllocationInputsRepository, type MeasuredUseRow, type PoolRow, type UsageRow } from './allocation-inputs.repository';
import type { ComputedAllocation } from './computed-allocation';

export interface AllocationQuery {
  networkId: string;
  from: string;
  to: string;
  basis: AllocationBasis;
}

/** An organisation's share of its network's planned allocation for a window. */
export interface PlannedAmountOwed {
  organisationId: string;
  organisationName: string;
  networkId: string;
  amountCents: number;
}

const DAY_MS = 86_400_000;
const TOTALS_CACHE_SIZE = 500;
/** A report covers at most three years: enough for a fiscal year side by side with the previous ones. */
export const MAX_REPORT_DAYS = 3 * 366;

/**
 * The allocation report: every cost pool with an amount in the window, split among the network's
 * organisations by the pool's key (`@mutualis/domain` does the arithmetic, to the cent). A window
 * that is exactly a closed period is served from the period's snapshot.
 */
@Injectable()
export class AllocationReportService {
  private readonly totalsCache = new Map<string, { version: string; totals: Map<string, number> }>();

  constructor(
    private readonly inputs: AllocationInputsRepository,
    private readonly clock: Clock,
  ) {}

  async report(user: AuthenticatedUser, query: AllocationQuery, locale: Locale): Promise<AllocationReport> {
    assertWindow(query.from, query.to);
    AccessPolicy.assertCanSeeNetwork(user, query.networkId);
    const m = this.inputs.manager;
    const closed = await this.inputs.closedSnapshot(m, query.networkId, query.from, query.to);
    const computed = closed
      ? closed.snapshot[query.basis]
      : await this.compute(m, query.networkId, query.from, query.to, query.basis);
    const visible = AccessPolicy.isCoordinatorOf(user, query.networkId) ? null : new Set(user.memberships.keys());
    return present(computed, closed?.id ?? null, visible, locale);
  }

  /**
   * What each of the given organisations owes in each of its networks for the planned allocation of
   * whole months [from, to) (a closed window's from its snapshot), as `report` gives it to a
   * coordinator. A network's totals are remembered per window until one of its inputs changes (see
   * `networksWithPlannedVersions`): « Accueil » asks for the current month on every visit.
   */
  async plannedAmountsOwed(organisationIds: string[], from: string, to: string): Promise<PlannedAmountOwed[]> {
    const m = this.inputs.manager;
    const memberships = await this.inputs.networksWithPlannedVersions(m, organisationIds, from, to);
    const versions = new Map(memberships.map((row) => [row.network_id, row.version]));
    const totals = new Map(
      await Promise.all(
        [...versions].map(
          async ([networkId, version]) => [networkId, await this.plannedTotals(m, networkId, from, to, version)] as const,
        ),
      ),
    );
    return memberships.map((row) => ({
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      networkId: row.network_id,
      amountCents: totals.get(row.network_id)?.get(row.organisation_id) ?? 0,
    }));
  }

  private async plannedTotals(
    m: EntityManager,
    networkId: string,
    from: string,
    to: string,
    version: string,
  ): Promise<Map<string, number>> {
    const key = `${networkId}|${from}|${to}`;
    const cached = this.totalsCache.get(key);
    if (cached?.version === version) return cached.totals;
    const closed = await this.inputs.closedSnapshot(m, networkId, from, to);
    const computed = closed ? closed.snapshot.planned : await this.compute(m, networkId, from, to, 'planned');
    const totals = new Map<string, number>();
    for (const line of computed.lines) totals.set(line.organisationId, (totals.get(line.organisationId) ?? 0) + line.amountCents);
    this.totalsCache.delete(key);
    this.totalsCache.set(key, { version, totals });
    // The oldest windows go first: a few hundred networks' current months.
    if (this.totalsCache.size > TOTALS_CACHE_SIZE) this.totalsCache.delete(this.totalsCache.keys().next().value as string);
    return totals;
  }

  /** Computes the allocation from the data as it is now (every line, language-neutral). */
  async compute(
    m: EntityManager,
    networkId: string,
    from: string,
    to: string,
    basis: AllocationBasis,
  ): Promise<ComputedAllocation> {
    // Independent reads: outside a transaction each takes its own pooled connection and they run at once.
    const [network, organisations, pools, shareRows] = await Promise.all([
      this.inputs.network(m, networkId),
      this.inputs.organisations(m, networkId, from, to),
      this.inputs.pools(m, networkId, from, to),
      this.inputs.fixedShares(m, networkId, from, to),
    ]);
    if (!network) throw notFound('network', networkId);
    const usageRows = await this.usage(m, pools, from, to, basis);
    const usage = nest(usageRows, (row) => row.minutes);
    const measured = await this.measuredUse(m, pools, from, to);
    const unitDays = nest(measured, (row) => row.unit_days);
    const kilometres = nest(measured, (row) => row.kilometres);
    const storageArea = nest(measured, (row) => Number(row.storage_area_centi_m2_days));
    const shares = nest(shareRows, (row) => row.basis_points);
    const names = new Map(organisations.map((o) => [o.id, o.name]));
    // The equal split is among the organisations that were members during the window, not those of today.
    const members = new Set(organisations.filter((o) => o.member_in_window).map((o) => o.id));

    const poolViews: AllocationPool[] = [];
    const lines: ComputedAllocation['lines'] = [];
    for (const pool of pools) {
      const allocation = allocatePool({
        poolId: pool.id,
        amountCents: amountInWindow(pool, from, to),
        hourlyRateCents: pool.allocation_key.kind === 'hourly_rate' ? (pool.resources[0]?.hourly_rate_cents ?? 0) : null,
        key: pool.allocation_key,
        participants: participantsOf(pool, usage, shares, members, names, { unitDays, kilometres, storageArea }),
      });
      const resourceId =
        pool.site_id === null && pool.explicit_resource_ids.length === 1 ? pool.explicit_resource_ids[0] : undefined;
      poolViews.push({
        id: pool.id,
        ...(resourceId && { resourceId }),
        name: pool.name,
        amountCents: allocation.amountCents,
        key: pool.allocation_key.kind,
        carrierOrganisationId: pool.carrier_organisation_id,
        carrierOrganisationName: pool.carrier_name,
        ...(allocation.fallbackApplied && { fallbackApplied: allocation.fallbackApplied }),
        totalMinutes: allocation.totalMinutes,
      });
      for (const line of allocation.lines) {
        lines.push({
          poolId: pool.id,
          ...(resourceId && { resourceId }),
          organisationId: line.organisationId,
          organisationName: line.organisationName,
          minutes: line.minutes,
          sharePercent: line.shareBasisPoints / 100,
          amountCents: line.amountCents,
          explanation: line.explanation,
          explainedAs: pool.resources.some((r) => r.type === 'staff') ? basis : 'planned',
        });
      }
    }
    const poolOrder = new Map(poolViews.map((pool, index) => [pool.id, index]));
    lines.sort(
      (a, b) =>
        a.organisationName.localeCompare(b.organisationName, 'fr') ||
        a.organisationId.localeCompare(b.organisationId) ||
        (poolOrder.get(a.poolId) ?? 0) - (poolOrder.get(b.poolId) ?? 0),
    );
    return {
      networkId,
      networkName: network.name,
      from,
      to,
      basis,
      pools: poolViews,
      lines,
      computedAt: this.clock.now().toISOString(),
    };
  }

  /** Units × days and kilometres on the pools' equipment, vehicles and storage (windows at midnight in each zone). */
  private async measuredUse(m: EntityManager, pools: PoolRow[], from: string, to: string): Promise<MeasuredUseRow[]> {
    const byZone = new Map<string, string[]>();
    for (const resource of pools.flatMap((pool) => pool.resources)) {
      if (!['equipment', 'vehicle', 'storage'].includes(resource.type)) continue;
      const ids = byZone.get(resource.time_zone) ?? [];
      if (!ids.includes(resource.id)) ids.push(resource.id);
      byZone.set(resource.time_zone, ids);
    }
    const reads = [...byZone].map(([zone, ids]) => this.inputs.measuredUse(m, ids, startOfDay(from, zone), startOfDay(to, zone)));
    return (await Promise.all(reads)).flat();
  }

  /**
   * Minutes used on the pools' resources: booked (per zone, the window's bounds at midnight there),
   * or for the actual basis, worked on staff resources (their timesheets) and booked on rooms.
   */
  private async usage(m: EntityManager, pools: PoolRow[], from: string, to: string, basis: AllocationBasis): Promise<UsageRow[]> {
    const resources = new Map(pools.flatMap((pool) => pool.resources.map((r) => [r.id, r] as const)));
    const workedIds: string[] = [];
    const bookedByZone = new Map<string, string[]>();
    for (const resource of resources.values()) {
      if (basis === 'actual' && resource.type === 'staff') workedIds.push(resource.id);
      else {
        const ids = bookedByZone.get(resource.time_zone);
        if (ids) ids.push(resource.id);
        else bookedByZone.set(resource.time_zone, [resource.id]);
      }
    }
    // Whole local months come from the per-month usage the database maintains (each resource's
    // months in its zone); other windows are aggregated from the occurrences, zone by zone.
    const reads =
      isFirstOfMonth(from) && isFirstOfMonth(to)
        ? [this.inputs.bookedInMonths(m, [...bookedByZone.values()].flat(), from, to)]
        : [...bookedByZone].map(([zone, ids]) => this.inputs.booked(m, ids, startOfDay(from, zone), startOfDay(to, zone)));
    reads.push(this.inputs.worked(m, workedIds, from, to));
    return (await Promise.all(reads)).flat();
  }
}

export function assertWindow(from: string, to: string): void {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (!isLocalDate(from) || !isLocalDate(to)) {
    throw new DomainError('INVALID_WINDOW', "from and to must be real dates 'YYYY-MM-DD'.", { from, to });
  }
  if (end <= start) throw new DomainError('INVALID_WINDOW', 'to must come after from (to is exclusive).', { from, to });
  if ((end - start) / DAY_MS > MAX_REPORT_DAYS) {
    throw new DomainError('INVALID_WINDOW', `A report covers at most ${MAX_REPORT_DAYS} days.`, {
      from,
      to,
      maxDays: MAX_REPORT_DAYS,
    });
  }
}

/** Midnight starting the day in the zone (the instant a day of a report begins there). */
function startOfDay(day: string, zone: string): Date {
  return DateTime.fromISO(day, { zone }).startOf('day').toJSDate();
}

function isFirstOfMonth(day: string): boolean {
  return day.endsWith('-01');
}

/** The pool's amounts that fall in the window; an amount partly inside counts for its days inside. */
function amountInWindow(pool: PoolRow, from: string, to: string): number {
  let cents = 0;
  for (const amount of pool.amounts) {
    if (amount.amount_cents === null) continue;
    const periodDays = daysBetween(amount.from, amount.to);
    const overlapDays = daysBetween(amount.from > from ? amount.from : from, amount.to < to ? amount.to : to);
    cents +=
      overlapDays >= periodDays
        ? Number(amount.amount_cents)
        : prorateCents(Number(amount.amount_cents), overlapDays, periodDays);
  }
  return cents;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Who takes part in a pool and with what weight: every member organisation (equal split), and
 * anyone with usage on its shared resources, a fixed share on its resources, or a dedicated space.
 */
function participantsOf(
  pool: PoolRow,
  usage: Map<string, Map<string, number>>,
  shares: Map<string, Map<string, number>>,
  members: Set<string>,
  names: Map<string, string>,
  measured: {
    unitDays: Map<string, Map<string, number>>;
    kilometres: Map<string, Map<string, number>>;
    storageArea: Map<string, Map<string, number>>;
  },
): AllocationParticipant[] {
  const byOrganisation = new Map<string, AllocationParticipant>();
  const participant = (organisationId: string): AllocationParticipant => {
    let found = byOrganisation.get(organisationId);
    if (!found) {
      found = {
        organisationId,
        organisationName: names.get(organisationId) ?? '—',
        usageMinutes: 0,
        fixedShareBasisPoints: null,
        floorAreaCentiM2: 0,
        inEqualSplit: members.has(organisationId),
      };
      byOrganisation.set(organisationId, found);
    }
    return found;
  };
  for (const organisationId of members) participant(organisationId);
  for (const resource of pool.resources) {
    if (resource.dedicated_organisation_id !== null) {
      const p = participant(resource.dedicated_organisation_id);
      p.floorAreaCentiM2 = (p.floorAreaCentiM2 ?? 0) + Number(resource.floor_area_centi_m2 ?? 0);
      continue;
    }
    for (const [organisationId, minutes] of usage.get(resource.id) ?? []) participant(organisationId).usageMinutes += minutes;
    for (const [organisationId, days] of measured.unitDays.get(resource.id) ?? []) {
      const p = participant(organisationId);
      p.unitDays = (p.unitDays ?? 0) + days;
    }
    for (const [organisationId, km] of measured.kilometres.get(resource.id) ?? []) {
      const p = participant(organisationId);
      p.kilometres = (p.kilometres ?? 0) + km;
    }
    for (const [organisationId, held] of measured.storageArea.get(resource.id) ?? []) {
      const p = participant(organisationId);
      p.storageAreaCentiM2Days = (p.storageAreaCentiM2Days ?? 0) + held;
    }
    for (const [organisationId, basisPoints] of shares.get(resource.id) ?? []) {
      const p = participant(organisationId);
      p.fixedShareBasisPoints = (p.fixedShareBasisPoints ?? 0) + basisPoints;
    }
  }
  return [...byOrganisation.values()];
}

function nest<T extends { resource_id: string; organisation_id: string }>(
  rows: T[],
  value: (row: T) => number,
): Map<string, Map<string, number>> {
  const nested = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const inner = nested.get(row.resource_id) ?? new Map<string, number>();
    inner.set(row.organisation_id, (inner.get(row.organisation_id) ?? 0) + Number(value(row)));
    nested.set(row.resource_id, inner);
  }
  return nested;
}

/** What one reader sees: their lines (all of them for coordinators), explained in their language. */
function present(
  computed: ComputedAllocation,
  periodId: string | null,
  visibleOrganisations: Set<string> | null,
  locale: Locale,
): AllocationReport {
  const lines: AllocationLine[] = computed.lines
    .filter((line) => visibleOrganisations === null || visibleOrganisations.has(line.organisationId))
    .map(({ explainedAs, ...line }) => ({ ...line, explanation: explainAllocationLine(line.explanation, locale, explainedAs) }));
  const byOrganisation = new Map<string, { organisationId: string; organisationName: string; amountCents: number }>();
  for (const line of lines) {
    const total = byOrganisation.get(line.organisationId) ?? {
      organisationId: line.organisationId,
      organisationName: line.organisationName,
      amountCents: 0,
    };
    total.amountCents += line.amountCents;
    byOrganisation.set(line.organisationId, total);
  }
  // Pools' totals are what was allocated (every line, whoever reads), so they reconcile to the pools.
  const byPool = computed.pools.map((pool) => ({
    poolId: pool.id,
    amountCents: computed.lines.filter((line) => line.poolId === pool.id).reduce((sum, line) => sum + line.amountCents, 0),
  }));
  return {
    currency: 'CAD',
    networkId: computed.networkId,
    networkName: computed.networkName,
    from: computed.from,
    to: computed.to,
    basis: computed.basis,
    closed: periodId !== null,
    periodId,
    pools: computed.pools,
    lines,
    totals: {
      byOrganisation: [...byOrganisation.values()],
      byPool,
      grandCents: byPool.reduce((sum, pool) => sum + pool.amountCents, 0),
    },
    generatedAt: computed.computedAt,
  };
}
