import { renderAllocationCsv } from './allocation-csv';
import { allocationReportFixture, CLEANING_POOL_NAME, largeAllocationReport, SAINT_ROCH } from './allocation-report.fixture';

function rowsOf(csv: Buffer): string[] {
  return csv
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n');
}

describe('allocation report as CSV', () => {
  it('starts with a UTF-8 byte order mark and ends every row with CRLF', () => {
    const csv = renderAllocationCsv(allocationReportFixture(), 'fr');

    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8').endsWith('\r\n')).toBe(true);
    expect(csv.toString('utf8').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes French with semicolons, decimal commas and no thousands separator', () => {
    const rows = rowsOf(renderAllocationCsv(allocationReportFixture(), 'fr'));

    expect(rows[0]).toBe(
      'Organisme;Enveloppe de coûts;Organisme porteur;Clé de répartition;Minutes;Heures;Part (%);Montant (CAD);Explication',
    );
    expect(rows[4]).toBe(
      'Centre communautaire Saint-Roch;Loyer — 215, rue du Pont;Maison des jeunes L’Escale;Superficie;0;0,00;50,00;7800,00;' +
        '125 m² sur 250 m² = 50,00 % de 15\u202f600,00 $',
    );
    expect(rows[2]).toContain(';2610;43,50;33,33;1392,00;');
  });

  it('writes English with commas and decimal points, quoting texts that contain commas', () => {
    const rows = rowsOf(renderAllocationCsv(allocationReportFixture(), 'en'));

    expect(rows[0]).toBe(
      'Organisation,Cost pool,Carrier organisation,Allocation key,Minutes,Hours,Share (%),Amount (CAD),Explanation',
    );
    expect(rows[4]).toContain(
      'Centre communautaire Saint-Roch,"Loyer — 215, rue du Pont",Maison des jeunes L’Escale,Floor area,0,0.00,50.00,7800.00,',
    );
    expect(rows[2]).toContain(',2610,43.50,33.33,1392.00,');
  });

  it('quotes a name containing the separator and doubles its quotes', () => {
    const rows = rowsOf(renderAllocationCsv(allocationReportFixture(), 'fr'));

    expect(CLEANING_POOL_NAME).toBe('Entretien ménager ; "grand ménage" annuel');
    expect(rows[7]).toContain(';"Entretien ménager ; ""grand ménage"" annuel";');
  });

  it('quotes a text that spans lines', () => {
    const report = allocationReportFixture();
    report.lines[0].explanation = 'première ligne\r\nseconde ligne';

    expect(renderAllocationCsv(report, 'fr').toString('utf8')).toContain(';"première ligne\r\nseconde ligne"\r\n');
  });

  it('neutralises texts a spreadsheet would run as formulas, but keeps negative amounts as numbers', () => {
    const report = allocationReportFixture();
    report.lines[0].organisationName = '=HYPERLINK("http://evil.example";"clic")';
    report.lines[1].organisationName = '@SUM(A1)';
    report.lines[2].organisationName = '+1';
    report.lines[3].explanation = '-2+3';
    report.lines[5].explanation = '\tcaché';
    report.lines[6].amountCents = -1_050;

    const rows = rowsOf(renderAllocationCsv(report, 'fr'));

    expect(rows[1].startsWith('"\'=HYPERLINK(""http://evil.example"";""clic"")";')).toBe(true);
    expect(rows[2].startsWith("'@SUM(A1);")).toBe(true);
    expect(rows[3].startsWith("'+1;")).toBe(true);
    expect(rows[4].endsWith(";'-2+3")).toBe(true);
    expect(rows[6].endsWith(";'\tcaché")).toBe(true);
    expect(rows[7]).toContain(';-10,50;');
  });

  it('ends with the totals per organisation and the grand total of the report, under the amount column', () => {
    const report = allocationReportFixture();
    const rows = rowsOf(renderAllocationCsv(report, 'fr'));

    expect(rows.slice(10)).toEqual([
      '',
      'Total par organisme;;;;;;;Montant (CAD)',
      'Centre communautaire Saint-Roch;;;;;;;10273,28',
      'Maison des jeunes L’Escale;;;;;;;6380,64',
      'Cuisine collective Éveil;;;;;;;4356,64',
      'Total général;;;;;;;21010,56',
      '',
    ]);
    expect(report.totals.byOrganisation.find((t) => t.organisationId === SAINT_ROCH.id)?.amountCents).toBe(1_027_328);
    expect(report.totals.grandCents).toBe(2_101_056);
  });

  it('renders a year of a large network, one row per line', () => {
    const report = largeAllocationReport(50, 20, 12);

    const rows = rowsOf(renderAllocationCsv(report, 'en'));

    expect(report.lines).toHaveLength(12_000);
    // header + lines + blank + totals header + 50 organisations + grand total + final CRLF
    expect(rows).toHaveLength(1 + 12_000 + 1 + 1 + 50 + 1 + 1);
    expect(rows.at(-2)).toBe(`Grand total,,,,,,,${(report.totals.grandCents / 100).toFixed(2)}`);
  });
});
