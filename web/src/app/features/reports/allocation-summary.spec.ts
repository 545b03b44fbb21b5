import { compareBases, organisationGroupsOf, poolSummariesOf, shareOfTotal, statementOf } from './allocation-summary';
import { aLine, aReport } from './reports-testing';

describe('allocation summary', () => {
  it('groups the lines by organisation, alphabetically, with the API’s totals', () => {
    const groups = organisationGroupsOf(aReport());

    expect(groups.map((group) => [group.organisationName, group.amountCents])).toEqual([
      ['Centre des femmes', 490000],
      ['Maison des jeunes', 230000],
    ]);
    expect(groups[1].lines.map((line) => [line.poolName, line.amountCents, line.explanation])).toEqual([
      ['Comptable', 100000, '1 organisme sur 2'],
      ['Loyer', 130000, '14 h 30 sur 58 h réservées = 25,00 % de 5 200,00 $'],
    ]);
  });

  it('sums the lines of an organisation the totals leave out', () => {
    const report = aReport({
      lines: [aLine({ organisationId: 'org-3', organisationName: 'Banque alimentaire', amountCents: 12345 })],
      totals: { byOrganisation: [], byPool: [], grandCents: 12345 },
    });

    expect(organisationGroupsOf(report)).toEqual([
      expect.objectContaining({ organisationId: 'org-3', organisationName: 'Banque alimentaire', amountCents: 12345 }),
    ]);
  });

  it('gives a member only their own organisation’s lines and total', () => {
    const statement = statementOf(aReport(), 'org-1');

    expect(statement?.amountCents).toBe(230000);
    expect(statement?.lines.every((line) => line.explanation !== '43 h 30 sur 58 h réservées = 75,00 % de 5 200,00 $')).toBe(
      true,
    );
    expect(statement?.lines).toHaveLength(2);
    expect(statementOf(aReport(), 'org-unknown')).toBeNull();
  });

  it('puts planned and actual side by side with the difference, for organisations in either', () => {
    const planned = aReport();
    const actual = aReport({
      basis: 'actual',
      lines: [],
      totals: {
        byOrganisation: [
          { organisationId: 'org-1', organisationName: 'Maison des jeunes', amountCents: 250000 },
          { organisationId: 'org-3', organisationName: 'Banque alimentaire', amountCents: 10000 },
        ],
        byPool: [],
        grandCents: 260000,
      },
    });

    expect(compareBases(planned, actual)).toEqual({
      rows: [
        {
          organisationId: 'org-3',
          organisationName: 'Banque alimentaire',
          plannedCents: 0,
          actualCents: 10000,
          differenceCents: 10000,
        },
        {
          organisationId: 'org-2',
          organisationName: 'Centre des femmes',
          plannedCents: 490000,
          actualCents: 0,
          differenceCents: -490000,
        },
        {
          organisationId: 'org-1',
          organisationName: 'Maison des jeunes',
          plannedCents: 230000,
          actualCents: 250000,
          differenceCents: 20000,
        },
      ],
      plannedCents: 720000,
      actualCents: 260000,
      differenceCents: -460000,
    });
  });

  it('summarises the pools with their key, carrier and amount', () => {
    expect(poolSummariesOf(aReport()).map((pool) => [pool.name, pool.key, pool.carrierName, pool.amountCents])).toEqual([
      ['Comptable', 'equal_split', null, 200000],
      ['Loyer', 'usage_share', 'CDC de l’Estrie', 520000],
    ]);
  });

  it('computes each organisation’s share of the grand total, and none of an empty total', () => {
    expect(shareOfTotal(230000, 720000)).toBe(31.94);
    expect(shareOfTotal(0, 0)).toBe(0);
  });
});
