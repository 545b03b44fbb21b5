import { Workbook, type CellFormulaValue } from 'exceljs';
import { allocationReportFixture } from './allocation-report.fixture';
import { renderAllocationXlsx } from './allocation-xlsx';

async function readBack(buffer: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  // exceljs's own Buffer typing is an ArrayBuffer look-alike; hand it the bytes it expects.
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe('allocation report as an Excel workbook', () => {
  it('names its sheets in the reader’s language', async () => {
    const fr = await readBack(await renderAllocationXlsx(allocationReportFixture(), 'fr'));
    const en = await readBack(await renderAllocationXlsx(allocationReportFixture(), 'en'));

    expect(fr.worksheets.map((s) => s.name)).toEqual(['Répartition', 'Totaux']);
    expect(en.worksheets.map((s) => s.name)).toEqual(['Allocation', 'Totals']);
  });

  it('titles the sheet with the network, the period to its last day, the basis and the closed status', async () => {
    const sheet = (await readBack(await renderAllocationXlsx(allocationReportFixture(), 'fr'))).getWorksheet('Répartition')!;

    expect([1, 2, 3, 4].map((row) => sheet.getCell(row, 1).value)).toEqual([
      'Réseau communautaire de la Basse-Ville',
      'Période : du 1er janvier 2025 au 31 mars 2025',
      'Base : réel',
      'Période fermée',
    ]);
  });

  it('stores amounts, hours and shares as numbers with display formats, under a frozen, filterable header', async () => {
    const sheet = (await readBack(await renderAllocationXlsx(allocationReportFixture(), 'fr'))).getWorksheet('Répartition')!;
    const header = 6;
    const escaleCoordination = sheet.getRow(header + 2);

    expect(sheet.getCell(header, 8).value).toBe('Montant (CAD)');
    expect(escaleCoordination.getCell(1).value).toBe('Maison des jeunes L’Escale');
    expect(escaleCoordination.getCell(5).value).toBe(2_610);
    expect(escaleCoordination.getCell(6).value).toBe(43.5);
    expect(escaleCoordination.getCell(6).numFmt).toBe('0.00');
    expect(escaleCoordination.getCell(7).value).toBeCloseTo(0.3333, 6);
    expect(escaleCoordination.getCell(7).numFmt).toBe('0.00%');
    expect(escaleCoordination.getCell(8).value).toBe(1_392);
    expect(escaleCoordination.getCell(8).numFmt).toBe('#,##0.00 "$"');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('uses the English dollar format in English', async () => {
    const sheet = (await readBack(await renderAllocationXlsx(allocationReportFixture(), 'en'))).getWorksheet('Allocation')!;

    expect(sheet.getCell(8, 8).numFmt).toBe('"$"#,##0.00');
    expect(sheet.getCell(2, 1).value).toBe('Period: January 1, 2025 to March 31, 2025');
  });

  it('totals per organisation with a SUM formula whose cached result is the report’s grand total', async () => {
    const report = allocationReportFixture();
    const sheet = (await readBack(await renderAllocationXlsx(report, 'fr'))).getWorksheet('Totaux')!;
    const grandTotal = sheet.getRow(10);

    expect(sheet.getCell(7, 1).value).toBe('Centre communautaire Saint-Roch');
    expect(sheet.getCell(7, 2).value).toBe(10_273.28);
    expect(grandTotal.getCell(1).value).toBe('Total général');
    const formula = grandTotal.getCell(2).value as CellFormulaValue;
    expect(formula.formula).toBe('SUM(B7:B9)');
    expect(formula.result).toBe(report.totals.grandCents / 100);
    expect(grandTotal.getCell(2).numFmt).toBe('#,##0.00 "$"');
  });

  it('totals per pool with their carrier below the organisations', async () => {
    const sheet = (await readBack(await renderAllocationXlsx(allocationReportFixture(), 'fr'))).getWorksheet('Totaux')!;

    expect(sheet.getRow(12).values).toEqual([
      undefined,
      'Total par enveloppe de coûts',
      'Montant (CAD)',
      'Organisme porteur',
      'Clé de répartition',
    ]);
    expect(sheet.getRow(14).values).toEqual([
      undefined,
      'Loyer — 215, rue du Pont',
      15_600,
      'Maison des jeunes L’Escale',
      'Superficie',
    ]);
    expect((sheet.getCell(16, 2).value as CellFormulaValue).formula).toBe('SUM(B13:B15)');
    expect((sheet.getCell(16, 2).value as CellFormulaValue).result).toBe(21_010.56);
  });
});
