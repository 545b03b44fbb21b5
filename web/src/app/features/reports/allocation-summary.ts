import type { AllocationKeyKind, AllocationReport, FallbackKeyKind } from '@mutualis/contracts';

/** One pool's share for one organisation, as the expanded row of the totals table shows it. */
export interface OrganisationLine {
  readonly poolId: string;
  readonly poolName: string;
  readonly minutes: number;
  readonly sharePercent: number;
  readonly amountCents: number;
  readonly explanation: string;
}

/** What an organisation owes for the window: its total and the pool lines behind it. */
export interface OrganisationGroup {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly amountCents: number;
  readonly lines: readonly OrganisationLine[];
}

export interface PoolSummary {
  readonly id: string;
  readonly name: string;
  readonly key: AllocationKeyKind;
  readonly fallbackApplied: FallbackKeyKind | null;
  readonly carrierName: string | null;
  readonly amountCents: number;
  readonly totalMinutes: number;
}

export interface ComparisonRow {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly plannedCents: number;
  readonly actualCents: number;
  /** Actual minus planned: positive when the organisation owes more than planned. */
  readonly differenceCents: number;
}

export interface Comparison {
  readonly rows: readonly ComparisonRow[];
  readonly plannedCents: number;
  readonly actualCents: number;
  readonly differenceCents: number;
}

const byName = (a: { organisationName: string }, b: { organisationName: string }) =>
  a.organisationName.localeCompare(b.organisationName, 'fr-CA');

/**
 * The report's lines grouped by organisation, in alphabetical order. The total of an organisation
 * is the API's (`totals.byOrganisation`), which reconciles to the pools to the cent; an organisation
 * the totals leave out is summed from its lines.
 */
export function organisationGroupsOf(report: AllocationReport): OrganisationGroup[] {
  const poolNames = new Map(report.pools.map((pool) => [pool.id, pool.name]));
  const groups = new Map<string, { organisationName: string; amountCents: number | null; lines: OrganisationLine[] }>();
  for (const total of report.totals.byOrganisation) {
    groups.set(total.organisationId, { organisationName: total.organisationName, amountCents: total.amountCents, lines: [] });
  }
  for (const line of report.lines) {
    let group = groups.get(line.organisationId);
    if (!group) {
      group = { organisationName: line.organisationName, amountCents: null, lines: [] };
      groups.set(line.organisationId, group);
    }
    group.lines.push({
      poolId: line.poolId,
      poolName: poolNames.get(line.poolId) ?? line.poolId,
      minutes: line.minutes,
      sharePercent: line.sharePercent,
      amountCents: line.amountCents,
      explanation: line.explanation,
    });
  }
  return Array.from(groups, ([organisationId, group]) => ({
    organisationId,
    organisationName: group.organisationName,
    amountCents: group.amountCents ?? group.lines.reduce((sum, line) => sum + line.amountCents, 0),
    lines: [...group.lines].sort((a, b) => a.poolName.localeCompare(b.poolName, 'fr-CA')),
  })).sort(byName);
}

/** What one organisation owes: only its own lines, whatever else the report holds. */
export function statementOf(report: AllocationReport, organisationId: string): OrganisationGroup | null {
  return organisationGroupsOf(report).find((group) => group.organisationId === organisationId) ?? null;
}

export function poolSummariesOf(report: AllocationReport): PoolSummary[] {
  return report.pools
    .map((pool) => ({
      id: pool.id,
      name: pool.name,
      key: pool.key,
      fallbackApplied: pool.fallbackApplied ?? null,
      carrierName: pool.carrierOrganisationName,
      amountCents: pool.amountCents,
      totalMinutes: pool.totalMinutes,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr-CA'));
}

/** Planned and actual amounts side by side for every organisation found in either report. */
export function compareBases(planned: AllocationReport, actual: AllocationReport): Comparison {
  const rows = new Map<string, { organisationName: string; plannedCents: number; actualCents: number }>();
  const row = (organisationId: string, organisationName: string) => {
    let found = rows.get(organisationId);
    if (!found) {
      found = { organisationName, plannedCents: 0, actualCents: 0 };
      rows.set(organisationId, found);
    }
    return found;
  };
  for (const group of organisationGroupsOf(planned))
    row(group.organisationId, group.organisationName).plannedCents = group.amountCents;
  for (const group of organisationGroupsOf(actual))
    row(group.organisationId, group.organisationName).actualCents = group.amountCents;
  const list = Array.from(rows, ([organisationId, each]) => ({
    organisationId,
    ...each,
    differenceCents: each.actualCents - each.plannedCents,
  })).sort(byName);
  return {
    rows: list,
    plannedCents: planned.totals.grandCents,
    actualCents: actual.totals.grandCents,
    differenceCents: actual.totals.grandCents - planned.totals.grandCents,
  };
}

/** An organisation's part of the grand total, in hundredths of a percent (display only). */
export function shareOfTotal(amountCents: number, grandCents: number): number {
  return grandCents === 0 ? 0 : Math.round((amountCents * 10000) / grandCents) / 100;
}
