import type { AllocationReport, Locale } from '@mutualis/contracts';
import { Workbook, type Worksheet } from 'exceljs';
import { centsToDollars, exportLabels, formatKey, formatPeriod, minutesToHours, type ExportLabels } from './export-labels';

/** Excel renders `#,##0.00 "$"` as « 1 234,56 $ » under a French regional setting. */
const MONEY_FORMAT: Record<Locale, string> = { fr: '#,##0.00 "$"', en: '"$"#,##0.00' };
const HOURS_FORMAT = '0.00';
const MINUTES_FORMAT = '0';
const SHARE_FORMAT = '0.00%';

/**
 * The allocation report as an Excel workbook: a sheet of lines with real numbers (filterable, header
 * frozen) and a sheet of totals per organisation and per pool whose totals are SUM formulas that
 * also carry their computed result, so viewers that do not recalculate still show them.
 */
export async function renderAllocationXlsx(report: AllocationReport, locale: Locale): Promise<Buffer> {
  const labels = exportLabels(locale);
  const workbook = new Workbook();
  workbook.creator = 'Mutualis';
  workbook.created = new Date(report.generatedAt);
  workbook.modified = workbook.created;
  addLinesSheet(workbook.addWorksheet(labels.linesSheet), report, locale, labels);
  addTotalsSheet(workbook.addWorksheet(labels.totalsSheet), report, locale, labels);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Network, period (last day inclusive), basis and closed status; returns the next free row. */
function addTitleRows(sheet: Worksheet, report: AllocationReport, locale: Locale, labels: ExportLabels): number {
  const titles = [
    report.networkName,
    labels.periodLine(formatPeriod(report.from, report.to, locale)),
    labels.basisLine(report.basis),
    ...(report.closed ? [labels.closedPeriod] : []),
  ];
  titles.forEach((title, index) => {
    const cell = sheet.getCell(index + 1, 1);
    cell.value = title;
    cell.font = index === 0 ? { bold: true, size: 14 } : { bold: title === labels.closedPeriod };
  });
  return titles.length + 2; // one blank row before the table
}

function addLinesSheet(sheet: Worksheet, report: AllocationReport, locale: Locale, labels: ExportLabels): void {
  const headerRow = addTitleRows(sheet, report, locale, labels);
  sheet.columns = [
    { key: 'organisation', width: 34 },
    { key: 'pool', width: 36 },
    { key: 'carrier', width: 32 },
    { key: 'key', width: 24 },
    { key: 'minutes', width: 10, style: { numFmt: MINUTES_FORMAT } },
    { key: 'hours', width: 10, style: { numFmt: HOURS_FORMAT } },
    { key: 'share', width: 10, style: { numFmt: SHARE_FORMAT } },
    { key: 'amount', width: 16, style: { numFmt: MONEY_FORMAT[locale] } },
    { key: 'explanation', width: 70 },
  ];
  const header = sheet.getRow(headerRow);
  header.values = [
    labels.organisation,
    labels.pool,
    labels.carrier,
    labels.key,
    labels.minutes,
    labels.hours,
    labels.sharePercent,
    labels.amount,
    labels.explanation,
  ];
  header.font = { bold: true };

  const pools = new Map(report.pools.map((pool) => [pool.id, pool]));
  const keys = new Map(report.pools.map((pool) => [pool.id, formatKey(pool, locale)]));
  report.lines.forEach((line, index) => {
    const pool = pools.get(line.poolId);
    sheet.getRow(headerRow + 1 + index).values = [
      line.organisationName,
      pool?.name ?? line.poolId,
      pool?.carrierOrganisationName ?? '',
      keys.get(line.poolId) ?? '',
      line.minutes,
      minutesToHours(line.minutes),
      line.sharePercent / 100,
      centsToDollars(line.amountCents),
      line.explanation,
    ];
  });

  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + report.lines.length, column: 9 } };
}

function addTotalsSheet(sheet: Worksheet, report: AllocationReport, locale: Locale, labels: ExportLabels): void {
  let row = addTitleRows(sheet, report, locale, labels);
  sheet.columns = [
    { key: 'name', width: 40 },
    { key: 'amount', width: 16, style: { numFmt: MONEY_FORMAT[locale] } },
    { key: 'carrier', width: 32 },
    { key: 'key', width: 24 },
  ];

  const organisations = report.totals.byOrganisation.map((total) => [total.organisationName, total.amountCents] as const);
  row = addTotalsTable(sheet, row, [labels.totalsByOrganisation, labels.amount], organisations, labels.grandTotal);

  const pools = new Map(report.pools.map((pool) => [pool.id, pool]));
  const byPool = report.totals.byPool.map((total) => {
    const pool = pools.get(total.poolId);
    return [
      pool?.name ?? total.poolId,
      total.amountCents,
      pool?.carrierOrganisationName ?? '',
      pool ? formatKey(pool, locale) : '',
    ] as const;
  });
  addTotalsTable(sheet, row + 1, [labels.totalsByPool, labels.amount, labels.carrier, labels.key], byPool, labels.grandTotal);
}

/** A header, one row per [name, cents, ...text], and a bold total row `=SUM(...)` with its result cached. */
function addTotalsTable(
  sheet: Worksheet,
  headerRow: number,
  header: string[],
  rows: ReadonlyArray<readonly [string, number, ...string[]]>,
  totalLabel: string,
): number {
  sheet.getRow(headerRow).values = header;
  sheet.getRow(headerRow).font = { bold: true };
  rows.forEach(([name, cents, ...rest], index) => {
    sheet.getRow(headerRow + 1 + index).values = [name, centsToDollars(cents), ...rest];
  });
  const totalRow = sheet.getRow(headerRow + rows.length + 1);
  const totalCents = rows.reduce((sum, [, cents]) => sum + cents, 0);
  totalRow.getCell(1).value = totalLabel;
  totalRow.getCell(2).value =
    rows.length === 0 ? 0 : { formula: `SUM(B${headerRow + 1}:B${headerRow + rows.length})`, result: centsToDollars(totalCents) };
  totalRow.font = { bold: true };
  return headerRow + rows.length + 2;
}
