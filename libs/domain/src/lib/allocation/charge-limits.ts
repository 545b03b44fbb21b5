import type { ChargeAdjustment, IgnoredChargeLimit } from './allocation-explanation';
import { compareIds, splitByLargestRemainder } from './cents-arithmetic';

export interface ChargeLimits {
  minChargeCents?: number | null;
  capCents?: number | null;
}

export interface LimitedCharge {
  amountCents: number;
  adjusted?: ChargeAdjustment;
}

export interface ChargeLimitOutcome {
  charges: Map<string, LimitedCharge>;
  /** Limits the total cannot honour; they were left out, and every line says so. */
  limitsIgnored: IgnoredChargeLimit[];
}

interface Charge {
  id: string;
  cents: bigint;
}

/** How many of the smallest charges sit at the minimum and how many of the largest at the cap. */
interface Clamping {
  low: number;
  high: number;
}

/**
 * Applies a minimum charge and a cap per organisation without changing the total: organisations
 * below the minimum are raised to it, those above the cap lowered to it, and the others absorb the
 * difference in proportion to their amounts — water-filling, repeated until nothing moves.
 *
 * The fixed point has a closed form: every amount becomes clamp(λ × amount, min, cap) for one
 * scale λ. So the smallest amounts end at the minimum and the largest at the cap, and we look for
 * the counts (low, high) that are consistent with a single λ, instead of iterating. The free middle
 * then shares what is left by largest remainder, so lines still sum to the total to the cent.
 *
 * Organisations with a line but nothing to pay by the key (they used the resource, but the key
 * weighs something else) have no amount to be proportional to: they stay at the minimum, unless the
 * caps leave money nobody else can take, which they then share equally.
 *
 * A minimum is infeasible when n × min exceeds the total, a cap when n × cap is below it; an
 * infeasible limit is ignored and reported.
 */
export function applyChargeLimits(amounts: ReadonlyMap<string, number>, limits: ChargeLimits): ChargeLimitOutcome {
  const charges = [...amounts]
    .map(([id, cents]): Charge => ({ id, cents: BigInt(cents) }))
    .sort((a, b) => (a.cents === b.cents ? compareIds(a.id, b.id) : a.cents < b.cents ? -1 : 1));
  const total = charges.reduce((sum, charge) => sum + charge.cents, 0n);
  const count = BigInt(charges.length);
  const limitsIgnored: IgnoredChargeLimit[] = [];

  let min = limits.minChargeCents == null ? null : BigInt(limits.minChargeCents);
  if (min !== null && count * min > total) {
    limitsIgnored.push({ rule: 'min_charge', limitCents: Number(min) });
    min = null;
  }
  let cap = limits.capCents == null ? null : BigInt(limits.capCents);
  if (cap !== null && count * cap < total) {
    limitsIgnored.push({ rule: 'cap', limitCents: Number(cap) });
    cap = null;
  }

  if (charges.length === 0 || (min === null && cap === null)) {
    return {
      charges: new Map(charges.map((charge): [string, LimitedCharge] => [charge.id, { amountCents: Number(charge.cents) }])),
      limitsIgnored,
    };
  }
  const zeros = BigInt(charges.filter((charge) => charge.cents === 0n).length);
  if (cap !== null && (count - zeros) * cap + zeros * (min ?? 0n) < total) {
    return { charges: spreadOverZeroCharges(charges, total, cap), limitsIgnored };
  }
  return { charges: clampCharges(charges, total, min, cap), limitsIgnored };
}

/** Every organisation that owed something is at the cap, and those that owed nothing share the rest equally. */
function spreadOverZeroCharges(charges: readonly Charge[], total: bigint, cap: bigint): Map<string, LimitedCharge> {
  const owing = charges.filter((charge) => charge.cents > 0n);
  const rest = splitByLargestRemainder(
    Number(total - BigInt(owing.length) * cap),
    charges.filter((charge) => charge.cents === 0n).map((charge) => ({ id: charge.id, weight: 1n })),
  );
  return new Map(
    charges.map((charge): [string, LimitedCharge] => {
      if (charge.cents > 0n) return [charge.id, limitedTo(Number(charge.cents), Number(cap), 'cap')];
      const after = rest.get(charge.id) ?? 0;
      return [
        charge.id,
        after === 0 ? { amountCents: 0 } : { amountCents: after, adjusted: { rule: 'rebalanced', beforeCents: 0 } },
      ];
    }),
  );
}

function clampCharges(
  charges: readonly Charge[],
  total: bigint,
  min: bigint | null,
  cap: bigint | null,
): Map<string, LimitedCharge> {
  const { low, high } = findClamping(
    charges.map((charge) => charge.cents),
    total,
    min,
    cap,
  );
  const middle = charges.slice(low, charges.length - high);
  const rest = total - BigInt(low) * (min ?? 0n) - BigInt(high) * (cap ?? 0n);
  const middleShares = middle.some((charge) => charge.cents > 0n)
    ? splitByLargestRemainder(
        Number(rest),
        middle.map((charge) => ({ id: charge.id, weight: charge.cents })),
      )
    : new Map<string, number>();

  return new Map(
    charges.map((charge, index): [string, LimitedCharge] => {
      const before = Number(charge.cents);
      if (index < low) return [charge.id, limitedTo(before, Number(min), 'min_charge')];
      if (index >= charges.length - high) return [charge.id, limitedTo(before, Number(cap), 'cap')];
      const after = middleShares.get(charge.id) ?? 0;
      return [
        charge.id,
        after === before ? { amountCents: after } : { amountCents: after, adjusted: { rule: 'rebalanced', beforeCents: before } },
      ];
    }),
  );
}

function limitedTo(beforeCents: number, limitCents: number, rule: 'min_charge' | 'cap'): LimitedCharge {
  const pushedPast = rule === 'min_charge' ? beforeCents < limitCents : beforeCents > limitCents;
  if (pushedPast) return { amountCents: limitCents, adjusted: { rule, limitCents, beforeCents } };
  return beforeCents === limitCents
    ? { amountCents: limitCents }
    : { amountCents: limitCents, adjusted: { rule: 'rebalanced', beforeCents } };
}

/** The first (low, high) consistent with one scale λ; `sorted` is ascending. Exists once infeasible limits are dropped. */
function findClamping(sorted: readonly bigint[], total: bigint, min: bigint | null, cap: bigint | null): Clamping {
  const prefix = [0n];
  for (const cents of sorted) prefix.push(prefix[prefix.length - 1] + cents);
  const n = sorted.length;
  for (let low = 0; low <= (min === null ? 0 : n); low++) {
    for (let high = 0; high <= (cap === null ? 0 : n - low); high++) {
      if (isConsistent(sorted, prefix, total, { low, high }, min ?? 0n, cap)) return { low, high };
    }
  }
  throw new Error('no consistent minimum/cap clamping: feasibility checks are wrong');
}

/**
 * With R the rest for the middle and A its amounts, λ = R ÷ A must keep every clamped-low amount at
 * or under the minimum, every clamped-high one at or over the cap, and the middle in between
 * (compared by cross-multiplying, so exactly). A middle without amounts fixes no λ: then R must be 0
 * and some λ ≥ 0 must still separate the low and high ends.
 */
function isConsistent(
  sorted: readonly bigint[],
  prefix: readonly bigint[],
  total: bigint,
  clamping: Clamping,
  min: bigint,
  cap: bigint | null,
): boolean {
  const { low, high } = clamping;
  const n = sorted.length;
  const rest = total - BigInt(low) * min - BigInt(high) * (cap ?? 0n);
  if (rest < 0n) return false;
  const middleSum = prefix[n - high] - prefix[low];
  const lowEdge = low > 0 ? sorted[low - 1] : null;
  const highEdge = high > 0 ? sorted[n - high] : null;
  if (middleSum > 0n) {
    if (lowEdge !== null && rest * lowEdge > min * middleSum) return false;
    if (highEdge !== null && cap !== null && rest * highEdge < cap * middleSum) return false;
    if (rest * sorted[low] < min * middleSum) return false;
    return cap === null || rest * sorted[n - high - 1] <= cap * middleSum;
  }
  if (rest !== 0n) return false;
  if (n - high - low > 0 && min > 0n) return false;
  if (highEdge === null || cap === null) return true;
  if (highEdge === 0n) return cap === 0n;
  // Need λ ≥ cap ÷ highEdge and λ × lowEdge ≤ min.
  return lowEdge === null || cap * lowEdge <= min * highEdge;
}
