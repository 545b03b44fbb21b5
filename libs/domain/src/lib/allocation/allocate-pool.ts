import type { AllocationKey, FallbackKeyKind } from './allocation-key';
import type { AllocationExplanation, HybridPartExplanation } from './allocation-explanation';
import { assertValidPoolInput, type AllocationParticipant, type PoolAllocationInput } from './allocation-input';
import { allocateByRule } from './allocate-by-rule';
import { applyChargeLimits } from './charge-limits';
import { compareIds, divideRoundingHalfUp, splitByLargestRemainder } from './cents-arithmetic';

export interface PoolAllocationLine {
  organisationId: string;
  organisationName: string;
  minutes: number;
  amountCents: number;
  /** Share of the pool in hundredths of a percent, integer 0..10000 (amountCents ÷ pool, rounded half up). */
  shareBasisPoints: number;
  explanation: AllocationExplanation;
}

export interface PoolAllocation {
  poolId: string;
  /** The pool's total (computed for hourly_rate). */
  amountCents: number;
  totalMinutes: number;
  /** The rule used because the key (or, for a hybrid, its first such part) had nothing to weigh. */
  fallbackApplied?: FallbackKeyKind;
  /**
   * Present when nobody could be charged part of the pool: no participant, or none in the equal
   * split that is the last fallback. Lines then sum to amountCents − unallocatedCents.
   */
  unallocatedCents?: number;
  /** Sorted by organisationId; lines with amount 0 and minutes 0 are left out. */
  lines: PoolAllocationLine[];
}

interface Share {
  amountCents: number;
  explanation: AllocationExplanation;
}

interface KeyAllocation {
  poolCents: number;
  shares: Map<string, Share>;
  fallbackApplied?: FallbackKeyKind;
  unallocatedCents: number;
}

/**
 * Hours × rate. The pool is the rounded total of everyone's hours, and the lines split that total by
 * minutes, so they add up to it exactly even though each one is within a cent of its own hours × rate.
 * Without any minutes the pool is 0: there is nothing to split and no fallback.
 */
function allocateHourlyRate(rateCents: number, participants: readonly AllocationParticipant[]): KeyAllocation {
  const minutes = participants.reduce((sum, participant) => sum + BigInt(participant.usageMinutes), 0n);
  const poolCents = Number(divideRoundingHalfUp(minutes * BigInt(rateCents), 60n));
  if (!Number.isSafeInteger(poolCents)) throw new RangeError('hourly_rate pool exceeds the largest exact amount');
  const amounts =
    minutes > 0n
      ? splitByLargestRemainder(
          poolCents,
          participants.map((participant) => ({ id: participant.organisationId, weight: BigInt(participant.usageMinutes) })),
        )
      : new Map<string, number>();
  const shares = new Map(
    participants.map((participant): [string, Share] => [
      participant.organisationId,
      {
        amountCents: amounts.get(participant.organisationId) ?? 0,
        explanation: { kind: 'hourly_rate', minutes: participant.usageMinutes, rateCents },
      },
    ]),
  );
  return { poolCents, shares, unallocatedCents: 0 };
}

/** Splits the pool into its two parts by percent, then each part by its own rule (and fallback). */
function allocateHybrid(amountCents: number, key: AllocationKey, participants: readonly AllocationParticipant[]): KeyAllocation {
  const parts = key.parts ?? [];
  const partCents = splitByLargestRemainder(
    amountCents,
    parts.map((part, index) => ({ id: `part${index}`, weight: BigInt(part.percent) })),
  );
  const allocations = parts.map((part, index) => {
    const cents = partCents.get(`part${index}`) ?? 0;
    return { part, cents, allocation: allocateByRule(cents, part.key, key.fallback, participants) };
  });
  const shares = new Map(
    participants.map((participant): [string, Share] => {
      const details = allocations.flatMap(({ part, cents, allocation }): HybridPartExplanation[] => {
        const share = allocation.shares.get(participant.organisationId);
        return share ? [{ percent: part.percent, partCents: cents, amountCents: share.amountCents, detail: share.detail }] : [];
      });
      const amount = details.reduce((sum, detail) => sum + detail.amountCents, 0);
      return [participant.organisationId, { amountCents: amount, explanation: { kind: 'hybrid', parts: details } }];
    }),
  );
  return {
    poolCents: amountCents,
    shares,
    fallbackApplied: allocations.find(({ allocation }) => allocation.fallbackApplied)?.allocation.fallbackApplied,
    unallocatedCents: allocations.reduce((sum, { allocation }) => sum + allocation.unallocatedCents, 0),
  };
}

function allocateByKey(input: PoolAllocationInput): KeyAllocation {
  const { key, participants } = input;
  if (key.kind === 'hourly_rate') return allocateHourlyRate(input.hourlyRateCents ?? 0, participants);
  if (key.kind === 'hybrid') return allocateHybrid(input.amountCents, key, participants);
  const allocation = allocateByRule(input.amountCents, key.kind, key.fallback, participants);
  const shares = new Map(
    [...allocation.shares].map(([id, share]): [string, Share] => [
      id,
      { amountCents: share.amountCents, explanation: share.detail },
    ]),
  );
  return {
    poolCents: input.amountCents,
    shares,
    fallbackApplied: allocation.fallbackApplied,
    unallocatedCents: allocation.unallocatedCents,
  };
}

function shareOfPool(amountCents: number, poolCents: number): number {
  return poolCents === 0 ? 0 : Number(divideRoundingHalfUp(BigInt(amountCents) * 10_000n, BigInt(poolCents)));
}

/**
 * Splits one cost pool among the organisations that use or share it, to the cent: lines sum exactly
 * to the pool (unless nobody at all can be charged, see `unallocatedCents`), no line is negative,
 * and shuffling the participants changes nothing. Minimum charges and caps apply last, among the
 * organisations that have a line. Invalid keys or amounts throw a RangeError.
 */
export function allocatePool(input: PoolAllocationInput): PoolAllocation {
  assertValidPoolInput(input);
  const allocation = allocateByKey(input);
  const participants = [...input.participants].sort((a, b) => compareIds(a.organisationId, b.organisationId));
  const hasLine = (participant: AllocationParticipant) =>
    participant.usageMinutes > 0 || (allocation.shares.get(participant.organisationId)?.amountCents ?? 0) > 0;
  const lineHolders = participants.filter(hasLine);
  const limited = applyChargeLimits(
    new Map(
      lineHolders.map((participant) => [
        participant.organisationId,
        allocation.shares.get(participant.organisationId)?.amountCents ?? 0,
      ]),
    ),
    input.key,
  );

  const lines = lineHolders.flatMap((participant): PoolAllocationLine[] => {
    const share = allocation.shares.get(participant.organisationId);
    const charge = limited.charges.get(participant.organisationId);
    if (!share || !charge || (charge.amountCents === 0 && participant.usageMinutes === 0)) return [];
    const explanation: AllocationExplanation = { ...share.explanation };
    if (charge.adjusted) explanation.adjusted = charge.adjusted;
    if (limited.limitsIgnored.length > 0) explanation.limitsIgnored = limited.limitsIgnored;
    return [
      {
        organisationId: participant.organisationId,
        organisationName: participant.organisationName,
        minutes: participant.usageMinutes,
        amountCents: charge.amountCents,
        shareBasisPoints: shareOfPool(charge.amountCents, allocation.poolCents),
        explanation,
      },
    ];
  });

  const result: PoolAllocation = {
    poolId: input.poolId,
    amountCents: allocation.poolCents,
    totalMinutes: participants.reduce((sum, participant) => sum + participant.usageMinutes, 0),
    lines,
  };
  if (allocation.fallbackApplied) result.fallbackApplied = allocation.fallbackApplied;
  if (allocation.unallocatedCents > 0) result.unallocatedCents = allocation.unallocatedCents;
  return result;
}
