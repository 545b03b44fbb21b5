import { divideRoundingHalfUp } from '../allocation/cents-arithmetic';

/**
 * What an organisation would pay to get the same alone, as the coordinator sets it per resource:
 * market rent or an outside professional's rate per hour, or rent per square metre and month for a
 * room of the same size.
 */
export type StandAloneRate = { kind: 'per_hour'; cents: number } | { kind: 'per_m2_month'; cents: number };

export interface StandAloneUse {
  rate: StandAloneRate;
  /** Minutes the organisation used the resource (booked for rooms, delivered for staff). */
  minutes: number;
  /** Months in which the organisation used it at all: renting alone takes the whole month. */
  monthsUsed: number;
  /** The room's floor area in hundredths of m² (null when unknown). */
  floorAreaCentiM2: number | null;
}

export type StandAloneExplanation =
  | { kind: 'per_hour'; minutes: number; rateCents: number; amountCents: number }
  | { kind: 'per_m2_month'; months: number; floorAreaCentiM2: number; rateCents: number; amountCents: number }
  | { kind: 'no_area'; amountCents: 0 };

/**
 * The stand-alone cost of one use, to the cent: per hour, minutes × rate ÷ 60; per m²·month, the
 * months used × the area × the rate. Rounded half up once, in integers. A per-m² rate for a room
 * of unknown area costs nothing, and says so.
 */
export function standAloneCost(use: StandAloneUse): StandAloneExplanation {
  assertNonNegativeInteger(use.rate.cents, 'rate');
  assertNonNegativeInteger(use.minutes, 'minutes');
  assertNonNegativeInteger(use.monthsUsed, 'monthsUsed');
  if (use.rate.kind === 'per_hour') {
    const amount = divideRoundingHalfUp(BigInt(use.rate.cents) * BigInt(use.minutes), 60n);
    return { kind: 'per_hour', minutes: use.minutes, rateCents: use.rate.cents, amountCents: Number(amount) };
  }
  if (use.floorAreaCentiM2 === null) return { kind: 'no_area', amountCents: 0 };
  assertNonNegativeInteger(use.floorAreaCentiM2, 'floorAreaCentiM2');
  const amount = divideRoundingHalfUp(BigInt(use.rate.cents) * BigInt(use.floorAreaCentiM2) * BigInt(use.monthsUsed), 100n);
  return {
    kind: 'per_m2_month',
    months: use.monthsUsed,
    floorAreaCentiM2: use.floorAreaCentiM2,
    rateCents: use.rate.cents,
    amountCents: Number(amount),
  };
}

export interface SavingsLine {
  organisationId: string;
  standAloneCents: number;
  chargedCents: number;
  /** Stand-alone minus charged: negative when pooling cost this organisation more. */
  savedCents: number;
}

/** Per organisation: what going alone would have cost against what the allocation charged, and the totals. */
export function savingsOf(
  standAlone: ReadonlyMap<string, number>,
  charged: ReadonlyMap<string, number>,
): { lines: SavingsLine[]; total: Omit<SavingsLine, 'organisationId'> } {
  const ids = [...new Set([...standAlone.keys(), ...charged.keys()])].sort();
  const lines = ids.map((organisationId) => {
    const standAloneCents = standAlone.get(organisationId) ?? 0;
    const chargedCents = charged.get(organisationId) ?? 0;
    return { organisationId, standAloneCents, chargedCents, savedCents: standAloneCents - chargedCents };
  });
  const sum = (pick: (line: SavingsLine) => number) => lines.reduce((total, line) => total + pick(line), 0);
  return {
    lines,
    total: {
      standAloneCents: sum((l) => l.standAloneCents),
      chargedCents: sum((l) => l.chargedCents),
      savedCents: sum((l) => l.savedCents),
    },
  };
}

function assertNonNegativeInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}
