import { validateAllocationKey, type AllocationKey } from './allocation-key';

export interface AllocationParticipant {
  organisationId: string;
  organisationName: string;
  /** Integer minutes used on the pool's resources in the window (for the report's basis). */
  usageMinutes: number;
  /** The agreement's fixed share in hundredths of a percent (0..10000); null/undefined = none. */
  fixedShareBasisPoints?: number | null;
  /** Dedicated floor area in hundredths of m² (integer ≥ 0). */
  floorAreaCentiM2?: number;
  /** Equipment, vehicles, storage: units × days booked in the window (a day started counts whole). */
  unitDays?: number;
  /** Vehicles: kilometres driven on loans returned in the window. */
  kilometres?: number;
  /**
   * Storage: area held over the window, in hundredths of m² × days (units × a unit's area × the days of the
   * window each allocation covers, a day started counting whole).
   */
  storageAreaCentiM2Days?: number;
  /** Counts in an equal split (member of the network during the window). */
  inEqualSplit: boolean;
}

export interface PoolAllocationInput {
  poolId: string;
  /** Integer cents ≥ 0; ignored for hourly_rate (the amount is computed). */
  amountCents: number;
  /** For hourly_rate: the resource's rate, integer cents per hour. */
  hourlyRateCents?: number | null;
  key: AllocationKey;
  participants: AllocationParticipant[];
}

function isNonNegativeInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Rejects input the API should have refused already (so a RangeError here is a programming error,
 * not a user one): bad keys, fractional cents or minutes, duplicate organisations.
 */
export function assertValidPoolInput(input: PoolAllocationInput): void {
  const problems = validateAllocationKey(input.key);
  if (problems.length > 0) throw new RangeError(`pool ${input.poolId}: invalid allocation key (${problems.join(', ')})`);
  if (input.key.kind === 'hourly_rate') {
    if (!isNonNegativeInteger(input.hourlyRateCents))
      throw new RangeError(`pool ${input.poolId}: hourly_rate needs an integer hourlyRateCents ≥ 0`);
  } else if (!isNonNegativeInteger(input.amountCents)) {
    throw new RangeError(`pool ${input.poolId}: amountCents must be a non-negative integer`);
  }
  const seen = new Set<string>();
  for (const participant of input.participants) {
    const where = `pool ${input.poolId}, organisation ${participant.organisationId}`;
    if (seen.has(participant.organisationId)) throw new RangeError(`${where}: listed twice`);
    seen.add(participant.organisationId);
    if (!isNonNegativeInteger(participant.usageMinutes))
      throw new RangeError(`${where}: usageMinutes must be a non-negative integer`);
    const share = participant.fixedShareBasisPoints ?? null;
    if (share !== null && (!isNonNegativeInteger(share) || share > 10_000)) {
      throw new RangeError(`${where}: fixedShareBasisPoints must be an integer between 0 and 10000`);
    }
    for (const field of ['unitDays', 'kilometres', 'storageAreaCentiM2Days'] as const) {
      if (participant[field] !== undefined && !isNonNegativeInteger(participant[field])) {
        throw new RangeError(`${where}: ${field} must be a non-negative integer`);
      }
    }
    if (participant.floorAreaCentiM2 !== undefined && !isNonNegativeInteger(participant.floorAreaCentiM2)) {
      throw new RangeError(`${where}: floorAreaCentiM2 must be a non-negative integer`);
    }
  }
}
