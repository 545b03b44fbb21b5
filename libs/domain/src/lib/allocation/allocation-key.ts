/**
 * Allocation keys (clés de répartition): how a cost pool weighs organisations against each other. The
 * contracts re-export these types (libs/contracts allocation-contracts.ts), so the API passes a contract
 * key straight in and the web app edits the same shape.
 */

/** Keys that weigh organisations against each other. `hybrid` combines two of them. */
export type AllocationKeyKind =
  | 'hourly_rate'
  | 'usage_share'
  | 'fixed_share'
  | 'equal_split'
  | 'floor_area'
  /** Equipment, vehicles, storage: units × days booked (issue #16). */
  | 'unit_days'
  /** Vehicles: kilometres driven on returned loans (issue #16). */
  | 'kilometres'
  /** Storage: m² held over the window, units × a unit's area × days (issue #16). */
  | 'storage_area'
  | 'hybrid';

/** Keys usable as a part of a hybrid key or as a fallback. */
export type BaseAllocationKeyKind =
  | 'usage_share'
  | 'fixed_share'
  | 'equal_split'
  | 'floor_area'
  | 'unit_days'
  | 'kilometres'
  | 'storage_area';

/** Rules used when the chosen key has nothing to weigh (no usage, no agreement, no dedicated space). */
export type FallbackKeyKind = 'equal_split' | 'fixed_share' | 'floor_area';

export interface HybridPart {
  key: BaseAllocationKeyKind;
  /** Whole percent, 1–99; the two parts of a hybrid key sum to 100. */
  percent: number;
}

export interface AllocationKey {
  kind: AllocationKeyKind;
  /** Only for `hybrid`: exactly two parts summing to 100 %. */
  parts?: HybridPart[];
  /** Used when the key (or a hybrid part) has no weight in the period. Default `equal_split`. */
  fallback?: FallbackKeyKind;
  /** Minimum an organisation pays from the pool (integer cents), if it participates. */
  minChargeCents?: number | null;
  /** Maximum an organisation pays from the pool (integer cents). */
  capCents?: number | null;
}

/**
 * planned = confirmed bookings (« réservées »); actual = confirmed (or locked) timesheets for staff,
 * confirmed bookings for rooms (« travaillées »).
 */
export type AllocationBasis = 'planned' | 'actual';

/** Stable codes, so that the API can map each one to a translated validation message. */
export type AllocationKeyProblem =
  | 'UNKNOWN_KEY_KIND'
  | 'UNKNOWN_FALLBACK'
  | 'MIN_CHARGE_NOT_NON_NEGATIVE_INTEGER'
  | 'CAP_NOT_NON_NEGATIVE_INTEGER'
  | 'CAP_BELOW_MIN_CHARGE'
  | 'HYBRID_NEEDS_TWO_PARTS'
  | 'HYBRID_PART_KIND_INVALID'
  | 'HYBRID_PERCENT_INVALID'
  | 'HYBRID_PERCENTS_NOT_100'
  | 'PARTS_ONLY_FOR_HYBRID';

const BASE_KINDS: readonly BaseAllocationKeyKind[] = [
  'usage_share',
  'fixed_share',
  'equal_split',
  'floor_area',
  'unit_days',
  'kilometres',
  'storage_area',
];
const KEY_KINDS: readonly AllocationKeyKind[] = ['hourly_rate', ...BASE_KINDS, 'hybrid'];
const FALLBACK_KINDS: readonly string[] = ['equal_split', 'fixed_share', 'floor_area'];

function isCents(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/**
 * Every problem of a key, empty when it is usable. An empty `parts` array on a non-hybrid key is
 * tolerated (forms often send one); `null` limits mean "none".
 */
export function validateAllocationKey(key: AllocationKey): AllocationKeyProblem[] {
  const problems = new Set<AllocationKeyProblem>();
  if (!KEY_KINDS.includes(key.kind)) problems.add('UNKNOWN_KEY_KIND');
  if (key.fallback != null && !FALLBACK_KINDS.includes(key.fallback)) problems.add('UNKNOWN_FALLBACK');
  const min = key.minChargeCents ?? null;
  const cap = key.capCents ?? null;
  if (min !== null && !isCents(min)) problems.add('MIN_CHARGE_NOT_NON_NEGATIVE_INTEGER');
  if (cap !== null && !isCents(cap)) problems.add('CAP_NOT_NON_NEGATIVE_INTEGER');
  if (min !== null && cap !== null && isCents(min) && isCents(cap) && cap < min) problems.add('CAP_BELOW_MIN_CHARGE');
  if (key.kind === 'hybrid') {
    for (const problem of hybridPartProblems(key.parts ?? [])) problems.add(problem);
  } else if ((key.parts?.length ?? 0) > 0) {
    problems.add('PARTS_ONLY_FOR_HYBRID');
  }
  return [...problems];
}

function hybridPartProblems(parts: readonly HybridPart[]): AllocationKeyProblem[] {
  if (parts.length !== 2) return ['HYBRID_NEEDS_TWO_PARTS'];
  const problems: AllocationKeyProblem[] = [];
  if (parts.some((part) => !BASE_KINDS.includes(part.key))) problems.push('HYBRID_PART_KIND_INVALID');
  if (parts.some((part) => !Number.isInteger(part.percent) || part.percent < 1 || part.percent > 99)) {
    problems.push('HYBRID_PERCENT_INVALID');
  }
  if (parts[0].percent + parts[1].percent !== 100) problems.push('HYBRID_PERCENTS_NOT_100');
  return problems;
}
