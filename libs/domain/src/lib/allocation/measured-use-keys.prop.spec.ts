import fc from 'fast-check';
import { allocatePool } from './allocate-pool';
import { explainAllocationLine } from './explain-allocation-line';

/** Non-breaking spaces (Quebec typography) as plain ones, for readable expectations. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/**
 * The keys of issue #16: units × days (equipment, vehicles, storage), kilometres (vehicles) and storage area held
 * over the window (m² × days).
 */
describe('unit_days, kilometres and storage_area keys', () => {
  const organisations = fc.uniqueArray(fc.record({ organisationId: fc.uuid(), measure: fc.integer({ min: 0, max: 10_000 }) }), {
    minLength: 1,
    maxLength: 8,
    selector: (o) => o.organisationId,
  });

  const FIELDS = { unit_days: 'unitDays', kilometres: 'kilometres', storage_area: 'storageAreaCentiM2Days' } as const;
  for (const kind of ['unit_days', 'kilometres', 'storage_area'] as const) {
    const field = FIELDS[kind];

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
  it('storage_area: who holds more m² · days never pays less, and holding nothing pays nothing', () => {
    // Shelves of 0.25 to 12 m², 1 to 6 units, held 1 to 366 days of the window: hundredths of m² × days.
    const holding = fc
      .tuple(fc.integer({ min: 25, max: 1_200 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 366 }))
      .map(([centiM2, units, days]) => centiM2 * units * days);
    const storers = fc.uniqueArray(fc.record({ organisationId: fc.uuid(), held: holding }), {
      minLength: 2,
      maxLength: 8,
      selector: (o) => o.organisationId,
    });
    fc.assert(
      fc.property(storers, fc.integer({ min: 0, max: 50_000_000 }), (orgs, amountCents) => {
        const result = allocatePool({
          poolId: 'entrepot',
          amountCents,
          key: { kind: 'storage_area' },
          participants: orgs.map((o) => ({
            organisationId: o.organisationId,
            organisationName: 'Organisme',
            usageMinutes: 0,
            storageAreaCentiM2Days: o.held,
            inEqualSplit: true,
          })),
        });
        const paid = (id: string) => result.lines.find((l) => l.organisationId === id)?.amountCents ?? 0;
        expect(result.lines.reduce((sum, l) => sum + l.amountCents, 0)).toBe(amountCents);
        if (orgs.some((o) => o.held > 0)) {
          for (const a of orgs) {
            if (a.held === 0) expect(paid(a.organisationId)).toBe(0);
            for (const b of orgs)
              if (a.held > b.held) expect(paid(a.organisationId)).toBeGreaterThanOrEqual(paid(b.organisationId));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('explains a storage line in m² · days, in French and English', () => {
    // 2 shelves of 1.5 m² for 30 days, against 1 of 1.5 m² for 60 days and 4 for 15 days: 90 of 270 m² · days.
    const result = allocatePool({
      poolId: 'entrepot',
      amountCents: 600_00,
      key: { kind: 'storage_area' },
      participants: [
        { organisationId: 'a', organisationName: 'A', usageMinutes: 0, storageAreaCentiM2Days: 2 * 150 * 30, inEqualSplit: true },
        { organisationId: 'b', organisationName: 'B', usageMinutes: 0, storageAreaCentiM2Days: 150 * 60, inEqualSplit: true },
        { organisationId: 'c', organisationName: 'C', usageMinutes: 0, storageAreaCentiM2Days: 4 * 150 * 15, inEqualSplit: true },
      ],
    });
    const line = result.lines.find((l) => l.organisationId === 'a');
    expect(line?.amountCents).toBe(200_00);
    expect(plain(explainAllocationLine(line!.explanation, 'fr', 'planned'))).toBe(
      '90 m² · jours sur 270 m² · jours d’entreposage = 33,33 % de 600,00 $',
    );
    expect(plain(explainAllocationLine(line!.explanation, 'en', 'planned'))).toBe(
      '90 m² · days of 270 m² · days of storage = 33.33% of $600.00',
    );
  });
});
