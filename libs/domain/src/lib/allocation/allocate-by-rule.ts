import type { BaseAllocationKeyKind, FallbackKeyKind } from './allocation-key';
import type { AllocationParticipant } from './allocation-input';
import type { RuleExplanation } from './allocation-explanation';
import { divideRoundingHalfUp, splitByLargestRemainder } from './cents-arithmetic';

export interface RuleShare {
  amountCents: number;
  detail: RuleExplanation;
}

export interface RuleAllocation {
  /** One share per participant, keyed by organisation id. */
  shares: Map<string, RuleShare>;
  /** The rule applied instead of the requested one, when that one had nothing to weigh. */
  fallbackApplied?: FallbackKeyKind;
  /** Non-zero only when not even an equal split has anyone to charge. */
  unallocatedCents: number;
}

function weightOf(rule: BaseAllocationKeyKind, participant: AllocationParticipant): bigint {
  switch (rule) {
    case 'usage_share':
      return BigInt(participant.usageMinutes);
    case 'fixed_share':
      return BigInt(participant.fixedShareBasisPoints ?? 0);
    case 'equal_split':
      return participant.inEqualSplit ? 1n : 0n;
    case 'floor_area':
      return BigInt(participant.floorAreaCentiM2 ?? 0);
    case 'unit_days':
      return BigInt(participant.unitDays ?? 0);
    case 'kilometres':
      return BigInt(participant.kilometres ?? 0);
    case 'storage_area':
      return BigInt(participant.storageAreaCentiM2Days ?? 0);
  }
}

function totalWeight(rule: BaseAllocationKeyKind, participants: readonly AllocationParticipant[]): bigint {
  return participants.reduce((sum, participant) => sum + weightOf(rule, participant), 0n);
}

function shareBasisPoints(weight: bigint, total: bigint): number {
  return total === 0n ? 0 : Number(divideRoundingHalfUp(weight * 10_000n, total));
}

function explain(
  rule: BaseAllocationKeyKind,
  participant: AllocationParticipant,
  total: bigint,
  poolCents: number,
): RuleExplanation {
  const weight = weightOf(rule, participant);
  switch (rule) {
    case 'usage_share':
      return {
        kind: rule,
        minutes: participant.usageMinutes,
        totalMinutes: Number(total),
        poolCents,
        shareBasisPoints: shareBasisPoints(weight, total),
      };
    case 'fixed_share':
      return { kind: rule, basisPoints: participant.fixedShareBasisPoints ?? null, totalBasisPoints: Number(total), poolCents };
    case 'equal_split':
      return { kind: rule, included: participant.inEqualSplit, count: Number(total), poolCents };
    case 'floor_area':
      return {
        kind: rule,
        areaCentiM2: participant.floorAreaCentiM2 ?? 0,
        totalAreaCentiM2: Number(total),
        shareBasisPoints: shareBasisPoints(weight, total),
        poolCents,
      };
    case 'unit_days':
    case 'kilometres':
    case 'storage_area':
      return {
        kind: rule,
        quantity: Number(weight),
        totalQuantity: Number(total),
        shareBasisPoints: shareBasisPoints(weight, total),
        poolCents,
      };
  }
}

/**
 * Splits an amount among participants by one base rule. When the rule has nothing to weigh, the
 * key's fallback applies (default equal split), and equal split after that. If even the equal split
 * has nobody, nothing is charged and the amount is reported as unallocated: there is never a
 * division by zero, and the caller decides how to warn.
 */
export function allocateByRule(
  amountCents: number,
  rule: BaseAllocationKeyKind,
  fallback: FallbackKeyKind | undefined,
  participants: readonly AllocationParticipant[],
): RuleAllocation {
  const fallbackChain: FallbackKeyKind[] = [fallback ?? 'equal_split', 'equal_split'];
  const replacement =
    totalWeight(rule, participants) > 0n
      ? undefined
      : (fallbackChain.find((candidate) => totalWeight(candidate, participants) > 0n) ?? 'equal_split');
  const fallbackApplied = replacement === rule ? undefined : replacement;
  const applied = fallbackApplied ?? rule;
  const total = totalWeight(applied, participants);
  const amounts =
    total > 0n
      ? splitByLargestRemainder(
          amountCents,
          participants.map((participant) => ({ id: participant.organisationId, weight: weightOf(applied, participant) })),
        )
      : new Map<string, number>();
  const fallbackFrom = fallbackApplied ? rule : undefined;
  const shares = new Map(
    participants.map((participant): [string, RuleShare] => {
      const detail = explain(applied, participant, total, amountCents);
      return [
        participant.organisationId,
        {
          amountCents: amounts.get(participant.organisationId) ?? 0,
          detail: fallbackFrom ? { ...detail, fallbackFrom } : detail,
        },
      ];
    }),
  );
  return {
    shares,
    fallbackApplied,
    unallocatedCents: total > 0n ? 0 : amountCents,
  };
}
