import type { AllocationLine, AllocationPool, AllocationReport, AllocationTotals } from '@mutualis/contracts';

export const SAINT_ROCH = { id: 'org-saint-roch', name: 'Centre communautaire Saint-Roch' };
export const ESCALE = { id: 'org-escale', name: 'Maison des jeunes L’Escale' };
export const EVEIL = { id: 'org-eveil', name: 'Cuisine collective Éveil' };

/** A pool name with the CSV separator and quotes in it, as people do type them. */
export const CLEANING_POOL_NAME = 'Entretien ménager ; "grand ménage" annuel';

const NNBSP = '\u202f'; // what recent ICU versions put in French numbers

function line(
  poolId: string,
  organisation: { id: string; name: string },
  minutes: number,
  sharePercent: number,
  amountCents: number,
  explanation: string,
): AllocationLine {
  return {
    poolId,
    organisationId: organisation.id,
    organisationName: organisation.name,
    minutes,
    sharePercent,
    amountCents,
    explanation,
  };
}

/** What the report service computes, so that fixtures stay consistent with their lines. */
export function totalsOf(pools: AllocationPool[], lines: AllocationLine[]): AllocationTotals {
  const byOrganisation = new Map<string, { organisationId: string; organisationName: string; amountCents: number }>();
  for (const l of lines) {
    const entry = byOrganisation.get(l.organisationId) ?? {
      organisationId: l.organisationId,
      organisationName: l.organisationName,
      amountCents: 0,
    };
    entry.amountCents += l.amountCents;
    byOrganisation.set(l.organisationId, entry);
  }
  const poolCents = new Map<string, number>();
  for (const l of lines) poolCents.set(l.poolId, (poolCents.get(l.poolId) ?? 0) + l.amountCents);
  const byPool = pools.map((pool) => ({ poolId: pool.id, amountCents: poolCents.get(pool.id) ?? 0 }));
  const grandCents = byPool.reduce((sum, p) => sum + p.amountCents, 0);
  return { byOrganisation: [...byOrganisation.values()], byPool, grandCents };
}

/**
 * First quarter 2025 of a small network: three organisations share a coordinator (hourly rate,
 * carried by Saint-Roch), the rent of their building (floor area, carried by L’Escale) and the
 * cleaning (usage share, carried by Éveil). The period is closed; the basis is actual hours.
 */
export function allocationReportFixture(): AllocationReport {
  const pools: AllocationPool[] = [
    {
      id: 'pool-coordination',
      resourceId: 'staff-julie',
      name: 'Coordonnatrice partagée — Julie Gagnon',
      amountCents: 417_600,
      key: 'hourly_rate',
      carrierOrganisationId: SAINT_ROCH.id,
      carrierOrganisationName: SAINT_ROCH.name,
      totalMinutes: 7_830,
    },
    {
      id: 'pool-rent',
      name: 'Loyer — 215, rue du Pont',
      amountCents: 1_560_000,
      key: 'floor_area',
      carrierOrganisationId: ESCALE.id,
      carrierOrganisationName: ESCALE.name,
      totalMinutes: 0,
    },
    {
      id: 'pool-cleaning',
      name: CLEANING_POOL_NAME,
      amountCents: 123_456,
      key: 'usage_share',
      carrierOrganisationId: EVEIL.id,
      carrierOrganisationName: EVEIL.name,
      totalMinutes: 2_400,
    },
  ];
  const lines: AllocationLine[] = [
    line('pool-coordination', SAINT_ROCH, 3_480, 44.44, 185_600, '58 h travaillées × 32,00 $/h = 1 856,00 $'),
    line('pool-coordination', ESCALE, 2_610, 33.33, 139_200, '43 h 30 travaillées × 32,00 $/h = 1 392,00 $'),
    line('pool-coordination', EVEIL, 1_740, 22.22, 92_800, '29 h travaillées × 32,00 $/h = 928,00 $'),
    line('pool-rent', SAINT_ROCH, 0, 50, 780_000, `125 m² sur 250 m² = 50,00 % de 15${NNBSP}600,00 $`),
    line('pool-rent', ESCALE, 0, 30, 468_000, `75 m² sur 250 m² = 30,00 % de 15${NNBSP}600,00 $`),
    line('pool-rent', EVEIL, 0, 20, 312_000, `50 m² sur 250 m² = 20,00 % de 15${NNBSP}600,00 $`),
    line('pool-cleaning', SAINT_ROCH, 1_200, 50, 61_728, '20 h sur 40 h réservées = 50,00 % de 1 234,56 $'),
    line('pool-cleaning', ESCALE, 600, 25, 30_864, '10 h sur 40 h réservées = 25,00 % de 1 234,56 $'),
    line('pool-cleaning', EVEIL, 600, 25, 30_864, '10 h sur 40 h réservées = 25,00 % de 1 234,56 $'),
  ];
  return {
    currency: 'CAD',
    networkId: 'network-basse-ville',
    networkName: 'Réseau communautaire de la Basse-Ville',
    from: '2025-01-01',
    to: '2025-04-01',
    basis: 'actual',
    closed: true,
    periodId: 'period-2025-q1',
    pools,
    lines,
    totals: totalsOf(pools, lines),
    generatedAt: '2025-04-02T14:00:00.000Z',
  };
}

/** A year of monthly pools for a large network: organisations × pools × months lines. */
export function largeAllocationReport(organisations: number, poolsPerMonth: number, months: number): AllocationReport {
  const orgs = Array.from({ length: organisations }, (_, i) => ({ id: `org-${i}`, name: `Organisme communautaire n° ${i + 1}` }));
  const pools: AllocationPool[] = [];
  const lines: AllocationLine[] = [];
  for (let month = 0; month < months; month++) {
    for (let p = 0; p < poolsPerMonth; p++) {
      const carrier = orgs[p % organisations];
      const pool: AllocationPool = {
        id: `pool-${p}-${month}`,
        name: `Enveloppe ${p + 1} — mois ${month + 1}`,
        amountCents: 0,
        key: 'usage_share',
        carrierOrganisationId: carrier.id,
        carrierOrganisationName: carrier.name,
        totalMinutes: 0,
      };
      orgs.forEach((org, o) => {
        const minutes = 30 * (o + 1);
        const amountCents = 1_000 + o * 37 + p;
        pool.totalMinutes += minutes;
        pool.amountCents += amountCents;
        lines.push(line(pool.id, org, minutes, 2, amountCents, `${minutes / 60} h réservées sur l’enveloppe`));
      });
      pools.push(pool);
    }
  }
  return {
    ...allocationReportFixture(),
    from: '2025-01-01',
    to: '2026-01-01',
    closed: false,
    periodId: null,
    pools,
    lines,
    totals: totalsOf(pools, lines),
  };
}
