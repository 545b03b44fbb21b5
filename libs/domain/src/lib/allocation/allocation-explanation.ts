import type { BaseAllocationKeyKind } from './allocation-key';

/**
 * Why an organisation pays what it pays, as data: the report renders it in the reader's language
 * (see explainAllocationLine) and a closed period can store it unchanged.
 */

export interface UsageShareExplanation {
  kind: 'usage_share';
  minutes: number;
  totalMinutes: number;
  /** The amount this rule split: the pool, or the hybrid part. */
  poolCents: number;
  /** minutes ÷ totalMinutes in hundredths of a percent, rounded half up. */
  shareBasisPoints: number;
}

export interface FixedShareExplanation {
  kind: 'fixed_share';
  /** The agreement's share; null when the organisation's agreement has none. */
  basisPoints: number | null;
  /** Sum of every agreement's share: shares are scaled to it so that the pool is always fully split. */
  totalBasisPoints: number;
  poolCents: number;
}

export interface EqualSplitExplanation {
  kind: 'equal_split';
  /** False for an organisation that used the resource but is not in the split (not a member in the window). */
  included: boolean;
  count: number;
  poolCents: number;
}

export interface FloorAreaExplanation {
  kind: 'floor_area';
  areaCentiM2: number;
  totalAreaCentiM2: number;
  shareBasisPoints: number;
  poolCents: number;
}

/**
 * Units × days (equipment, vehicles, storage), kilometres driven (vehicles) or storage area held over the
 * window (hundredths of m² × days), out of everyone's.
 */
export interface MeasuredUseExplanation {
  kind: 'unit_days' | 'kilometres' | 'storage_area';
  quantity: number;
  totalQuantity: number;
  shareBasisPoints: number;
  poolCents: number;
}

/** One base rule's reason, and which key had nothing to weigh when this rule is its fallback. */
export type RuleExplanation = (
  | UsageShareExplanation
  | FixedShareExplanation
  | EqualSplitExplanation
  | FloorAreaExplanation
  | MeasuredUseExplanation
) & {
  fallbackFrom?: BaseAllocationKeyKind;
};

export interface HourlyRateExplanation {
  kind: 'hourly_rate';
  minutes: number;
  rateCents: number;
}

export interface HybridPartExplanation {
  percent: number;
  /** The part of the pool this rule split. */
  partCents: number;
  /** What the organisation pays from this part, before any minimum charge or cap. */
  amountCents: number;
  detail: RuleExplanation;
}

export interface HybridExplanation {
  kind: 'hybrid';
  parts: HybridPartExplanation[];
}

/**
 * `min_charge` / `cap`: this organisation was raised or lowered to the limit. `rebalanced`: its amount
 * moved because other organisations were, the difference being spread in proportion to amounts.
 */
export type ChargeAdjustment =
  | { rule: 'min_charge' | 'cap'; limitCents: number; beforeCents: number }
  | { rule: 'rebalanced'; beforeCents: number };

/** A limit the pool cannot honour (n × minimum above the pool, or the caps below it), so it was not applied. */
export interface IgnoredChargeLimit {
  rule: 'min_charge' | 'cap';
  limitCents: number;
}

export type AllocationExplanation = (RuleExplanation | HourlyRateExplanation | HybridExplanation) & {
  adjusted?: ChargeAdjustment;
  limitsIgnored?: IgnoredChargeLimit[];
};
