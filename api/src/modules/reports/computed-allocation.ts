import type { AllocationBasis, AllocationLine, AllocationPool } from '@mutualis/contracts';
import type { AllocationExplanation } from '@mutualis/domain';

/**
 * An allocation as computed, before it is shown to someone: every line, explanations still
 * structured (rendered in the reader's language), no totals (derived from the visible lines).
 * This is what a closed period keeps as its snapshot.
 */
export interface ComputedAllocation {
  networkId: string;
  networkName: string;
  from: string;
  to: string;
  basis: AllocationBasis;
  pools: AllocationPool[];
  lines: Array<
    Omit<AllocationLine, 'explanation'> & {
      explanation: AllocationExplanation;
      /** Rooms keep no timesheet: their « actual » use is what was booked, and is worded so. */
      explainedAs: AllocationBasis;
    }
  >;
  computedAt: string;
}
