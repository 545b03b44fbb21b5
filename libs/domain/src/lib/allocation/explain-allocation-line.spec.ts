import type { AllocationExplanation } from './allocation-explanation';
import { explainAllocationLine } from './explain-allocation-line';

/** Money keeps no-break spaces (U+00A0) so that it never wraps; the tests write them as plain spaces. */
const $ = (text: string) => text.replace(/ /g, '\u00a0');

const usage: AllocationExplanation = {
  kind: 'usage_share',
  minutes: 870,
  totalMinutes: 3480,
  poolCents: 520_000,
  shareBasisPoints: 2500,
};
const floorArea: AllocationExplanation = {
  kind: 'floor_area',
  areaCentiM2: 4550,
  totalAreaCentiM2: 18_200,
  shareBasisPoints: 2500,
  poolCents: 170_000,
};

describe('explainAllocationLine in French', () => {
  it('explains a usage share with booked or worked hours', () => {
    expect(explainAllocationLine(usage, 'fr', 'planned')).toBe(`14 h 30 sur 58 h réservées = 25,00\u00a0% de ${$('5 200,00 $')}`);
    expect(explainAllocationLine(usage, 'fr', 'actual')).toBe(
      `14 h 30 sur 58 h travaillées = 25,00\u00a0% de ${$('5 200,00 $')}`,
    );
  });

  it('explains a fixed share, an equal split, a floor area and an hourly rate', () => {
    const fixed: AllocationExplanation = { kind: 'fixed_share', basisPoints: 4000, totalBasisPoints: 10_000, poolCents: 430_000 };
    const equal: AllocationExplanation = { kind: 'equal_split', included: true, count: 4, poolCents: 340_000 };
    const hourly: AllocationExplanation = { kind: 'hourly_rate', minutes: 195, rateCents: 2500 };
    expect(explainAllocationLine(fixed, 'fr', 'planned')).toBe(`Part fixe de 40,00\u00a0% de ${$('4 300,00 $')}`);
    expect(explainAllocationLine(equal, 'fr', 'planned')).toBe(`Partage égal entre 4 organismes : 1/4 de ${$('3 400,00 $')}`);
    expect(explainAllocationLine(floorArea, 'fr', 'planned')).toBe(
      `45,5 m² sur 182 m² dédiés = 25,00\u00a0% de ${$('1 700,00 $')}`,
    );
    expect(explainAllocationLine(hourly, 'fr', 'actual')).toBe(`3 h 15 × ${$('25,00 $')}/h`);
  });

  it('says when agreements do not add up to 100 % and the shares were scaled', () => {
    const fixed: AllocationExplanation = { kind: 'fixed_share', basisPoints: 3000, totalBasisPoints: 4000, poolCents: 100_000 };
    expect(explainAllocationLine(fixed, 'fr', 'planned')).toBe(
      `Part fixe de 30,00\u00a0% sur 40,00\u00a0% engagés = 75,00\u00a0% de ${$('1 000,00 $')}`,
    );
  });

  it('joins the parts of a hybrid key, each with its percent', () => {
    const hybrid: AllocationExplanation = {
      kind: 'hybrid',
      parts: [
        { percent: 50, partCents: 170_000, amountCents: 42_500, detail: { ...floorArea } },
        {
          percent: 50,
          partCents: 170_000,
          amountCents: 85_000,
          detail: { kind: 'usage_share', minutes: 1740, totalMinutes: 3480, poolCents: 170_000, shareBasisPoints: 5000 },
        },
      ],
    };
    expect(explainAllocationLine(hybrid, 'fr', 'planned')).toBe(
      `50\u00a0%\u00a0: 45,5 m² sur 182 m² dédiés = 25,00\u00a0% de ${$('1 700,00 $')} ; 50\u00a0%\u00a0: 29 h sur 58 h réservées = 50,00\u00a0% de ${$('1 700,00 $')}`,
    );
  });

  it('prefixes the reason when a fallback was applied', () => {
    const fallback: AllocationExplanation = {
      kind: 'equal_split',
      included: true,
      count: 4,
      poolCents: 340_000,
      fallbackFrom: 'usage_share',
    };
    expect(explainAllocationLine(fallback, 'fr', 'planned')).toBe(
      `Aucun usage dans la période, partage égal : Partage égal entre 4 organismes : 1/4 de ${$('3 400,00 $')}`,
    );
    const toFixed: AllocationExplanation = {
      kind: 'fixed_share',
      basisPoints: 4000,
      totalBasisPoints: 10_000,
      poolCents: 430_000,
      fallbackFrom: 'floor_area',
    };
    expect(explainAllocationLine(toFixed, 'fr', 'planned')).toBe(
      `Aucune superficie dédiée, part fixe : Part fixe de 40,00\u00a0% de ${$('4 300,00 $')}`,
    );
  });

  it('mentions a minimum charge or cap that changed the amount, or one that could not be applied', () => {
    expect(
      explainAllocationLine(
        { ...usage, adjusted: { rule: 'min_charge', limitCents: 10_000, beforeCents: 5000 } },
        'fr',
        'planned',
      ),
    ).toBe(`14 h 30 sur 58 h réservées = 25,00\u00a0% de ${$('5 200,00 $')} (minimum de ${$('100,00 $')} appliqué)`);
    expect(
      explainAllocationLine({ ...usage, adjusted: { rule: 'cap', limitCents: 100_000, beforeCents: 130_000 } }, 'fr', 'planned'),
    ).toMatch(/ \(plafond de 1\u00a0000,00\u00a0\$ appliqué\)$/);
    expect(explainAllocationLine({ ...usage, adjusted: { rule: 'rebalanced', beforeCents: 130_000 } }, 'fr', 'planned')).toMatch(
      / \(1\u00a0300,00\u00a0\$ avant l'application des minimums et plafonds\)$/,
    );
    expect(
      explainAllocationLine({ ...usage, limitsIgnored: [{ rule: 'min_charge', limitCents: 10_000 }] }, 'fr', 'planned'),
    ).toMatch(/ \(minimum de 100,00\u00a0\$ non appliqué : .+\)$/);
  });

  it('says when an organisation is outside the equal split or when nobody is in it', () => {
    expect(explainAllocationLine({ kind: 'equal_split', included: false, count: 1, poolCents: 100 }, 'fr', 'planned')).toBe(
      'Hors du partage égal entre 1 organisme',
    );
    expect(explainAllocationLine({ kind: 'equal_split', included: false, count: 0, poolCents: 100 }, 'fr', 'planned')).toBe(
      'Aucun organisme dans le partage égal : montant non réparti',
    );
  });
});

describe('explainAllocationLine in English', () => {
  it('explains a usage share with booked or worked hours', () => {
    expect(explainAllocationLine(usage, 'en', 'planned')).toBe('14 h 30 min of 58 h booked = 25.00% of $5,200.00');
    expect(explainAllocationLine(usage, 'en', 'actual')).toBe('14 h 30 min of 58 h worked = 25.00% of $5,200.00');
  });

  it('explains the other keys', () => {
    expect(
      explainAllocationLine(
        { kind: 'fixed_share', basisPoints: 4000, totalBasisPoints: 10_000, poolCents: 430_000 },
        'en',
        'planned',
      ),
    ).toBe('Fixed share of 40.00% of $4,300.00');
    expect(explainAllocationLine({ kind: 'equal_split', included: true, count: 4, poolCents: 340_000 }, 'en', 'planned')).toBe(
      'Equal split among 4 organisations: 1/4 of $3,400.00',
    );
    expect(explainAllocationLine(floorArea, 'en', 'planned')).toBe('45.5 m² of 182 m² dedicated = 25.00% of $1,700.00');
    expect(explainAllocationLine({ kind: 'hourly_rate', minutes: 195, rateCents: 2500 }, 'en', 'planned')).toBe(
      '3 h 15 min × $25.00/h',
    );
  });

  it('prefixes a fallback and suffixes an adjustment', () => {
    const explanation: AllocationExplanation = {
      kind: 'equal_split',
      included: true,
      count: 4,
      poolCents: 340_000,
      fallbackFrom: 'usage_share',
      adjusted: { rule: 'cap', limitCents: 50_000, beforeCents: 85_000 },
    };
    expect(explainAllocationLine(explanation, 'en', 'planned')).toBe(
      'No usage in the period, equal split: Equal split among 4 organisations: 1/4 of $3,400.00 (cap of $500.00 applied)',
    );
  });

  it('joins hybrid parts', () => {
    const hybrid: AllocationExplanation = {
      kind: 'hybrid',
      parts: [
        { percent: 30, partCents: 30, amountCents: 15, detail: { kind: 'equal_split', included: true, count: 2, poolCents: 30 } },
        {
          percent: 70,
          partCents: 70,
          amountCents: 70,
          detail: { kind: 'usage_share', minutes: 45, totalMinutes: 45, poolCents: 70, shareBasisPoints: 10_000 },
        },
      ],
    };
    expect(explainAllocationLine(hybrid, 'en', 'actual')).toBe(
      '30%: Equal split among 2 organisations: 1/2 of $0.30; 70%: 0 h 45 min of 0 h 45 min worked = 100.00% of $0.70',
    );
  });
});
