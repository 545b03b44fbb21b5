import fc from 'fast-check';
import { applyChargeLimits, type ChargeLimits } from './charge-limits';

const RUNS = { numRuns: 300 };

/** Amounts per organisation (some zero) and limits set around the average charge, so that they often bind. */
const scenario = fc
  .tuple(
    fc.uniqueArray(
      fc.tuple(fc.string({ minLength: 1, maxLength: 3 }), fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1_000_000 }))),
      {
        maxLength: 30,
        selector: ([id]) => id,
      },
    ),
    fc.option(fc.integer({ min: 0, max: 150 }), { nil: null }),
    fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
  )
  .map(([entries, minPercent, capPercent]) => {
    const amounts = new Map(entries);
    const total = entries.reduce((sum, [, cents]) => sum + cents, 0);
    const average = entries.length === 0 ? 0 : total / entries.length;
    const min = minPercent === null ? null : Math.floor((average * minPercent) / 100);
    const cap = capPercent === null ? null : (min ?? 0) + Math.floor((average * capPercent) / 100);
    const limits: ChargeLimits = { minChargeCents: min, capCents: cap };
    return { amounts, total, limits };
  });

describe('applyChargeLimits laws', () => {
  it('keeps the total to the cent, never goes negative and honours every limit it does not report as ignored', () => {
    fc.assert(
      fc.property(scenario, ({ amounts, total, limits }) => {
        const { charges, limitsIgnored } = applyChargeLimits(amounts, limits);
        const after = [...charges.values()].map((charge) => charge.amountCents);
        expect(after.reduce((sum, cents) => sum + cents, 0)).toBe(total);
        const ignored = new Set(limitsIgnored.map((limit) => limit.rule));
        for (const cents of after) {
          expect(cents).toBeGreaterThanOrEqual(
            limits.minChargeCents != null && !ignored.has('min_charge') ? limits.minChargeCents : 0,
          );
          if (limits.capCents != null && !ignored.has('cap')) expect(cents).toBeLessThanOrEqual(limits.capCents);
        }
      }),
      RUNS,
    );
  });

  it('never reorders organisations: whoever owed less before does not owe more after', () => {
    fc.assert(
      fc.property(scenario, ({ amounts, limits }) => {
        const { charges } = applyChargeLimits(amounts, limits);
        const pairs = [...amounts].map(([id, before]) => ({ before, after: charges.get(id)?.amountCents ?? -1 }));
        for (const a of pairs) for (const b of pairs) if (a.before < b.before) expect(a.after).toBeLessThanOrEqual(b.after);
      }),
      RUNS,
    );
  });

  it('moves the organisations strictly between the limits in proportion to what they owed', () => {
    fc.assert(
      fc.property(scenario, ({ amounts, limits }) => {
        const { charges, limitsIgnored } = applyChargeLimits(amounts, limits);
        const ignored = new Set(limitsIgnored.map((limit) => limit.rule));
        const min = limits.minChargeCents != null && !ignored.has('min_charge') ? limits.minChargeCents : -1;
        const cap = limits.capCents != null && !ignored.has('cap') ? limits.capCents : Infinity;
        const free = [...amounts]
          .map(([id, before]) => ({ before: BigInt(before), after: BigInt(charges.get(id)?.amountCents ?? -1) }))
          .filter(({ after }) => Number(after) > min && Number(after) < cap);
        const owedBefore = free.reduce((sum, entry) => sum + entry.before, 0n);
        const owedAfter = free.reduce((sum, entry) => sum + entry.after, 0n);
        // |after − before × owedAfter ÷ owedBefore| < 2 cents (one for rounding, one for a neighbour sitting exactly on a limit).
        for (const { before, after } of free.filter((entry) => entry.before > 0n)) {
          const gap = after * owedBefore - before * owedAfter;
          expect(gap > -2n * owedBefore && gap < 2n * owedBefore).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('changes nothing when applied a second time', () => {
    fc.assert(
      fc.property(scenario, ({ amounts, limits }) => {
        const once = new Map([...applyChargeLimits(amounts, limits).charges].map(([id, charge]) => [id, charge.amountCents]));
        const twice = new Map([...applyChargeLimits(once, limits).charges].map(([id, charge]) => [id, charge.amountCents]));
        expect(twice).toEqual(once);
      }),
      RUNS,
    );
  });
});
