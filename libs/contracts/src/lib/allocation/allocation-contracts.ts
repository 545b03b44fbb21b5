/**
 * Cost allocation (répartition des coûts): cost pools, their allocation keys, the report that splits
 * every pool among member organisations to the cent, and accounting periods that can be closed.
 * Money is always integer cents, currency CAD.
 */

import type { AllocationBasis, AllocationKey, AllocationKeyKind, FallbackKeyKind } from '@mutualis/domain';

// The keys are the domain's, which splits pools by them: one declaration for the API, the web app and the rules.
export type {
  AllocationBasis,
  AllocationKey,
  AllocationKeyKind,
  BaseAllocationKeyKind,
  FallbackKeyKind,
  HybridPart,
} from '@mutualis/domain';

/** One amount of a pool for one stretch of time (usually a month). Periods of one pool never overlap. */
export interface CostPoolAmount {
  id: string;
  /** First day, inclusive, 'YYYY-MM-DD'. */
  from: string;
  /** Day after the last, exclusive, 'YYYY-MM-DD'. */
  to: string;
  /** Integer cents. Not used (null) by `hourly_rate` pools, whose amount is hours × rate. */
  amountCents: number | null;
}

export interface CostPoolView {
  id: string;
  networkId: string;
  name: string;
  description: string;
  /** The organisation that pays the cost and bills the others. */
  carrierOrganisationId: string | null;
  /** The resources whose use the pool follows (a staff member, rooms). */
  resourceIds: string[];
  /** A whole building: every space of the site. */
  siteId: string | null;
  key: AllocationKey;
  amounts: CostPoolAmount[];
  createdAt: string;
  updatedAt: string;
}

export interface CreateCostPoolRequest {
  networkId: string;
  name: string;
  description?: string;
  carrierOrganisationId?: string | null;
  resourceIds?: string[];
  siteId?: string | null;
  key: AllocationKey;
  /** Explicit amounts, or `recurring` to create one amount per month in one step. */
  amounts?: Array<Omit<CostPoolAmount, 'id'>>;
  recurring?: {
    /** First month, 'YYYY-MM'. */
    fromMonth: string;
    /** Number of months, 1–60. */
    months: number;
    amountCents: number | null;
  };
}

export type UpdateCostPoolRequest = Partial<Omit<CreateCostPoolRequest, 'networkId'>>;

/** Pool as it appears in a report: its amount is the total for the report's window. */
export interface AllocationPool {
  id: string;
  resourceId?: string;
  name: string;
  amountCents: number;
  key: AllocationKeyKind;
  carrierOrganisationId: string | null;
  carrierOrganisationName: string | null;
  /** The rule actually applied when the key had nothing to weigh, else absent. */
  fallbackApplied?: FallbackKeyKind;
  /** Minutes used by every organisation on the pool's resources in the window (for the basis). */
  totalMinutes: number;
}

export interface AllocationLine {
  poolId: string;
  resourceId?: string;
  organisationId: string;
  organisationName: string;
  /** Minutes used on the pool's resources in the window, for the report's basis. */
  minutes: number;
  /** 0–100, two decimals. */
  sharePercent: number;
  amountCents: number;
  /** Human explanation in the caller's language (« 14 h 30 sur 58 h réservées = 25,00 % de 5 200,00 $ »). */
  explanation: string;
}

export interface AllocationTotals {
  byOrganisation: Array<{ organisationId: string; organisationName: string; amountCents: number }>;
  byPool: Array<{ poolId: string; amountCents: number }>;
  grandCents: number;
}

export interface AllocationReport {
  currency: 'CAD';
  networkId: string;
  networkName: string;
  from: string;
  to: string;
  basis: AllocationBasis;
  /** True when the window is exactly a closed period: the report comes from its snapshot. */
  closed: boolean;
  /** The closed period covering the window, if any. */
  periodId: string | null;
  pools: AllocationPool[];
  /** Coordinators see every line; members only their organisation's. */
  lines: AllocationLine[];
  totals: AllocationTotals;
  generatedAt: string;
}

export type PeriodStatus = 'closed' | 'reopened';

export interface PeriodView {
  id: string;
  networkId: string;
  from: string;
  to: string;
  status: PeriodStatus;
  closedAt: string;
  closedBy: string | null;
  reopenedAt: string | null;
  reopenReason: string | null;
}

export interface ClosePeriodRequest {
  networkId: string;
  from: string;
  to: string;
  /**
   * Close a period that has not ended yet (refused with PERIOD_NOT_ENDED otherwise), knowing that
   * nothing inside it can then be booked or changed until it is reopened.
   */
  force?: boolean;
}

export interface ReopenPeriodRequest {
  networkId: string;
  from: string;
  to: string;
  reason: string;
}
