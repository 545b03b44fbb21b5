import fc from 'fast-check';
import { allocatePool } from './allocate-pool';
import { explainAllocationLine } from './explain-allocation-line';

/** Non-breaking spaces (Quebec typography) as plain ones, for readable expectations. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** The keys of issue #16: units × days (equipment, vehicles, storage) and kilometres (vehicles). */
describe('unit_days and kilometres keys', () => {
  const organisations = fc.uniqueArray(fc.record({ organisationId: fc.uuid(), measure: fc.integer({ min: 0, max: 10_000 }) }), {
    minLength: 1,
    maxLength: 8,
    selector: (o) => o.organisationId,
  });

  for (const kind of ['unit_days', 'kilometres'] as const) {
    const field = kind === 'unit_days' ? 'unitDays' : 'kilometres';

    it(`${kind}: splits the pool to the cent, in proportion to the measure within a cent`, () => {
      fc.assert(
        fc.property(organisations, fc.integer({ min: 0, max: 100_000_000 }), (orgs, amountCents) => {
          const result = allocatePool({
            poolId: 'p',
            amountCents,
            key: { kind },
            participants: orgs.map((o) => ({
              organisationId: o.organisationId,
              organisationName: 'Organisme',
              usageMinutes: 0,
              [field]: o.measure,
              inEqualSplit: true,
            })),
          });
          const total = orgs.reduce((sum, o) => sum + o.measure, 0);
          expect(result.lines.reduce((sum, l) => sum + l.amountCents, 0)).toBe(amountCents);
          if (total > 0) {
            for (const o of orgs) {
              const line = result.lines.find((l) => l.organisationId === o.organisationId);
              expect(Math.abs((line?.amountCents ?? 0) - (amountCents * o.measure) / total)).toBeLessThan(1);
            }
          }
        }),
        { numRuns: 200 },
      );
    });
  }

  it('explains a line in French and English', () => {
    const result = allocatePool({
      poolId: 'p',
      amountCents: 100_00,
      key: { kind: 'kilometres' },
      participants: [
        { organisationId: 'a', organisationName: 'A', usageMinutes: 0, kilometres: 132, inEqualSplit: true },
        { organisationId: 'b', organisationName: 'B', usageMinutes: 0, kilometres: 268, inEqualSplit: true },
      ],
    });
    const line = result.lines.find((l) => l.organisationId === 'a');
    expect(line?.amountCents).toBe(33_00);
    expect(plain(explainAllocationLine(line!.explanation, 'fr', 'planned'))).toBe(
      '132 km sur 400 km parcourus = 33,00 % de 100,00 $',
    );
    expect(plain(explainAllocationLine(line!.explanation, 'en', 'planned'))).toBe('132 km of 400 km driven = 33.00% of $100.00');
    const days = allocatePool({
      poolId: 'p',
      amountCents: 100_00,
      key: { kind: 'unit_days' },
      participants: [{ organisationId: 'a', organisationName: 'A', usageMinutes: 0, unitDays: 12, inEqualSplit: true }],
    });
    expect(plain(explainAllocationLine(days.lines[0].explanation, 'fr', 'planned'))).toBe(
      '12 unités · jours sur 12 = 100,00 % de 100,00 $',
    );
  });
});
