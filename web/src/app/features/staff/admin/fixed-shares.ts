import type { AgreementView } from '@mutualis/contracts';
import { inForceOn } from '../request/hour-bank';

/** The fixed shares of an employee's cost on a date, and how far they are from covering all of it. */
export interface FixedShareTotal {
  /** Percent, to the hundredth. */
  readonly total: number;
  /** How many agreements in force carry a fixed share. */
  readonly count: number;
  /** 100 − total: positive when part of the cost is not shared out, negative when over 100 %. */
  readonly missing: number;
}

/**
 * The sum of the fixed shares of the agreements in force on `date`, computed in hundredths of
 * a percent so 33,33 + 33,33 + 33,34 is exactly 100.
 */
export function fixedShareTotalOn(agreements: readonly AgreementView[], date: string): FixedShareTotal {
  const shares = agreements
    .filter((agreement) => agreement.fixedSharePercent !== null && inForceOn(agreement, date))
    .map((agreement) => Math.round((agreement.fixedSharePercent as number) * 100));
  const hundredths = shares.reduce((sum, share) => sum + share, 0);
  return { total: hundredths / 100, count: shares.length, missing: (10000 - hundredths) / 100 };
}
