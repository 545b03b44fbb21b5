import type { ImpactReport, Locale } from '@mutualis/contracts';
import { Workbook, type Worksheet } from 'exceljs';
import { formatPeriod } from '../../reports/exports/export-labels';
import { impactExportLabels, targetBasisText } from './impact-export-labels';

const MONEY_FORMAT: Record<Locale, string> = { fr: '#,##0.00 "$"', en: '"$"#,##0.00' };
const HOURS_FORMAT = '0.00';
const PERCENT_FORMAT = '0.00%';

/**
 * Every figure of the impact report as real numbers: a summary with the comparisons, then one sheet
 * per part (rooms by month, shared expertise, savings with their explanation, indicators).
 */
export async function renderImpactXlsx(report: ImpactReport, organisationName: string | null, locale: Locale): Promise<Buffer> {
  const l = impactExportLabels(locale);
  const workbook = new Workbook();
  workbook.creator = 'Mutualis';
  const money = MONEY_FORMAT[locale];
  const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

  const summary = workbook.addWorksheet(l.sheets.summary);
  title(summary, [
    report.networkName,
    organisationName ?? l.wholeNetwork,
    l.period(formatPeriod(report.from, report.to, locale)),
  ]);
  table(
    summary,
    ['', formatPeriod(report.from, report.to, locale), l.previous, l.lastYear],
    [
      [
        l.occupancy,
        ...[report.summary, report.comparison.previous.summary, report.comparison.lastYear.summary].map((s) => s.occupancyRate),
      ],
      [
        l.delivered,
        ...[report.summary, report.comparison.previous.summary, report.comparison.lastYear.summary].map((s) =>
          hours(s.deliveredMinutes),
        ),
      ],
      [
        l.served,
        ...[report.summary, report.comparison.previous.summary, report.comparison.lastYear.summary].map(
          (s) => s.organisationsServed,
        ),
      ],
      [
        l.saved,
        ...[report.summary, report.comparison.previous.summary, report.comparison.lastYear.summary].map(
          (s) => s.savedCents / 100,
        ),
      ],
      [
        l.shared,
        ...[report.summary, report.comparison.previous.summary, report.comparison.lastYear.summary].map(
          (s) => s.sharedSquareMetreHours,
        ),
      ],
      [l.reach.bookings, report.reach.bookings],
      [l.reach.requests, report.reach.hourRequests],
      [l.reach.people, report.reach.people],
      [l.reach.boardPosts, report.reach.boardPosts],
      [l.reach.boardMatches, report.reach.boardMatches],
    ],
    [null, null, null, null],
    (row, column) =>
      row === 0 && column > 0 ? PERCENT_FORMAT : row === 1 && column > 0 ? HOURS_FORMAT : row === 3 && column > 0 ? money : null,
  );

  const rooms = workbook.addWorksheet(l.sheets.rooms);
  table(
    rooms,
    [l.room, l.site, l.month, l.booked, l.open, l.rate],
    report.occupancy.rooms.flatMap((room) => [
      [room.name, room.siteName, '', hours(room.bookedMinutes), hours(room.openMinutes), room.rate],
      ...room.byMonth.map((m) => [room.name, room.siteName, m.month, hours(m.bookedMinutes), hours(m.openMinutes), m.rate]),
    ]),
    [null, null, null, HOURS_FORMAT, HOURS_FORMAT, PERCENT_FORMAT],
  );

  const staff = workbook.addWorksheet(l.sheets.staff);
  table(
    staff,
    [l.employee, l.role, l.organisationColumn, l.planned, l.deliveredColumn],
    report.staff.lines.map((line) => [
      line.name,
      line.jobTitle,
      line.organisationName,
      hours(line.plannedMinutes),
      hours(line.deliveredMinutes),
    ]),
    [null, null, null, HOURS_FORMAT, HOURS_FORMAT],
  );
  staff.addRow([]);
  table(
    staff,
    [l.employee, l.contracted, l.worked, l.utilisation],
    report.staff.employees.map((e) => [e.name, hours(e.contractedMinutes), hours(e.workedMinutes), e.utilisation]),
    [null, HOURS_FORMAT, HOURS_FORMAT, PERCENT_FORMAT],
  );

  const savings = workbook.addWorksheet(l.sheets.savings);
  table(
    savings,
    [l.organisationColumn, l.standAlone, l.charged, l.savedColumn, l.explanation],
    [
      ...report.savings.lines.map((line) => [
        line.organisationName,
        line.standAloneCents / 100,
        line.chargedCents / 100,
        line.savedCents / 100,
        line.explanation.join(' ; '),
      ]),
      [
        l.total,
        report.savings.total.standAloneCents / 100,
        report.savings.total.chargedCents / 100,
        report.savings.total.savedCents / 100,
        '',
      ],
    ],
    [null, money, money, money, null],
  );

  const indicators = workbook.addWorksheet(l.sheets.indicators);
  // Savings are in dollars like the other sheets' amounts; the other figures as the report gives them.
  const inUnit = (metric: string, figure: number | null) =>
    figure === null ? null : metric === 'savings_cents' ? figure / 100 : figure;
  table(
    indicators,
    ['', l.indicator, l.value, l.target, l.targetBasisColumn, l.progress],
    report.indicators.map((i) => [
      l.stages[i.stage],
      locale === 'fr' ? i.nameFr : i.nameEn,
      inUnit(i.metric, i.value),
      inUnit(i.metric, i.target),
      targetBasisText(i, locale),
      i.progress,
    ]),
    [null, null, null, null, null, PERCENT_FORMAT],
    (row, column) =>
      column === 5
        ? PERCENT_FORMAT
        : (column === 2 || column === 3) && report.indicators[row].metric === 'savings_cents'
          ? money
          : null,
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function title(sheet: Worksheet, lines: string[]): void {
  lines.forEach((line, index) => {
    const cell = sheet.getCell(index + 1, 1);
    cell.value = line;
    cell.font = { bold: index === 0, size: index === 0 ? 14 : 11 };
  });
  sheet.addRow([]);
}

function table(
  sheet: Worksheet,
  header: string[],
  rows: Array<Array<string | number | null>>,
  formats: Array<string | null>,
  formatOf?: (row: number, column: number) => string | null,
): void {
  const head = sheet.addRow(header);
  head.font = { bold: true };
  rows.forEach((values, rowIndex) => {
    const row = sheet.addRow(values);
    values.forEach((_, column) => {
      const format = formatOf ? formatOf(rowIndex, column) : formats[column];
      if (format) row.getCell(column + 1).numFmt = format;
    });
  });
  header.forEach((_, column) => (sheet.getColumn(column + 1).width = column === 0 ? 36 : 18));
}
