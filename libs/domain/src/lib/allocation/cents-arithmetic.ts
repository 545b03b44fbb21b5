/**
 * Exact arithmetic on integer cents. Products such as total × weight are taken in BigInt, so a
 * split of a large pool never loses or invents a cent to floating point.
 */

/** numerator ÷ denominator rounded half up, for numerator ≥ 0 and denominator > 0. */
export function divideRoundingHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

/** Plain code-unit order, the same on every machine and locale (unlike localeCompare). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function assertCents(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}

/**
 * Splits `totalCents` in proportion to the weights: everyone gets the floor of their exact share,
 * then the leftover cents go one by one to the largest remainders, ties to the smallest id. The
 * shares sum to the total exactly, each is within one cent of its exact quotient, and the result
 * does not depend on the order of `weights`. A zero total weight throws: there is nothing to be
 * proportional to, so callers choose a fallback rule first.
 */
export function splitByLargestRemainder(
  totalCents: number,
  weights: ReadonlyArray<{ id: string; weight: bigint }>,
): Map<string, number> {
  assertCents(totalCents, 'totalCents');
  const ids = new Set<string>();
  let weightSum = 0n;
  for (const { id, weight } of weights) {
    if (weight < 0n) throw new RangeError(`weight of ${id} is negative`);
    if (ids.has(id)) throw new RangeError(`duplicate id ${id}`);
    ids.add(id);
    weightSum += weight;
  }
  if (weightSum === 0n) throw new RangeError('total weight is zero: choose a fallback rule before splitting');

  const total = BigInt(totalCents);
  const shares = [...weights]
    .sort((a, b) => compareIds(a.id, b.id))
    .map(({ id, weight }) => ({ id, cents: (total * weight) / weightSum, remainder: (total * weight) % weightSum }));
  let leftover = total - shares.reduce((sum, share) => sum + share.cents, 0n);
  // Fewer leftover cents than positive remainders, so a zero weight never receives one.
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? compareIds(a.id, b.id) : a.remainder > b.remainder ? -1 : 1,
  );
  for (const share of byRemainder) {
    if (leftover === 0n) break;
    share.cents += 1n;
    leftover -= 1n;
  }
  return new Map(shares.map((share) => [share.id, Number(share.cents)]));
}

/**
 * The part of an amount that falls in a report window: amount × overlapDays ÷ periodDays, rounded
 * half up (a monthly rent counted for the 10 days of the month inside the window).
 */
export function prorateCents(amountCents: number, overlapDays: number, periodDays: number): number {
  assertCents(amountCents, 'amountCents');
  if (!Number.isSafeInteger(periodDays) || periodDays <= 0)
    throw new RangeError(`periodDays must be a positive integer, got ${periodDays}`);
  if (!Number.isSafeInteger(overlapDays) || overlapDays < 0 || overlapDays > periodDays) {
    throw new RangeError(`overlapDays must be an integer between 0 and ${periodDays}, got ${overlapDays}`);
  }
  return Number(divideRoundingHalfUp(BigInt(amountCents) * BigInt(overlapDays), BigInt(periodDays)));
}
