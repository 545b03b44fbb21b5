import type { AllocationReport, Locale } from '@mutualis/contracts';
import { exportLabels, formatKey } from './export-labels';

/** Excel only reads a CSV as UTF-8 when it starts with a byte order mark. */
const BOM = '\uFEFF';
const CRLF = '\r\n';
/** Spreadsheets run a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Index of the amount column, where the totals below the lines put their amounts too. */
const AMOUNT_COLUMN = 7;

interface CsvDialect {
  separator: string;
  decimalMark: string;
  needsQuotes: RegExp;
}

/** French Excel splits on `;` and reads `1234,56`; English Excel splits on `,` and reads `1234.56`. */
const DIALECTS: Record<Locale, CsvDialect> = {
  fr: { separator: ';', decimalMark: ',', needsQuotes: /[;"\r\n]/ },
  en: { separator: ',', decimalMark: '.', needsQuotes: /[,"\r\n]/ },
};

/**
 * The allocation report as a CSV that Excel opens correctly by double-click: UTF-8 with BOM, CRLF,
 * the language's separator and decimal mark (no thousands separator, so cells stay numbers), one
 * row per line, then the totals per organisation and the grand total under the amount column.
 */
export function renderAllocationCsv(report: AllocationReport, locale: Locale): Buffer {
  const dialect = DIALECTS[locale];
  const labels = exportLabels(locale);
  const sep = dialect.separator;
  const text = (value: string): string => csvText(value, dialect);
  const number = (value: string): string => (dialect.decimalMark === '.' ? value : value.replace('.', dialect.decimalMark));
  const money = (cents: number): string => centsToPlainNumber(cents, dialect.decimalMark);
  /** A row with a label first and an amount under the lines' amount column. */
  const amountRow = (labelCell: string, amountCell: string): string => {
    const cells = new Array<string>(AMOUNT_COLUMN + 1).fill('');
    cells[0] = labelCell;
    cells[AMOUNT_COLUMN] = amountCell;
    return cells.join(sep);
  };

  // Pool, carrier and key cells are the same on every line of a pool: escape them once.
  const poolCells = new Map<string, string>(
    report.pools.map((pool) => [
      pool.id,
      [text(pool.name), text(pool.carrierOrganisationName ?? ''), text(formatKey(pool, locale))].join(sep),
    ]),
  );

  const header = [
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
  const rows: string[] = [header.map(text).join(sep)];
  // Organisations repeat on every pool: escape their names once too.
  const organisationCells = new Map<string, string>();
  for (const line of report.lines) {
    let organisation = organisationCells.get(line.organisationId);
    if (organisation === undefined) {
      organisation = text(line.organisationName);
      organisationCells.set(line.organisationId, organisation);
    }
    const pool = poolCells.get(line.poolId) ?? `${text(line.poolId)}${sep}${sep}`;
    const minutes = number(String(line.minutes));
    const hours = number((line.minutes / 60).toFixed(2));
    const share = number(line.sharePercent.toFixed(2));
    rows.push(
      `${organisation}${sep}${pool}${sep}${minutes}${sep}${hours}${sep}${share}${sep}${money(line.amountCents)}${sep}${text(line.explanation)}`,
    );
  }

  rows.push('', amountRow(text(labels.totalsByOrganisation), text(labels.amount)));
  for (const total of report.totals.byOrganisation) rows.push(amountRow(text(total.organisationName), money(total.amountCents)));
  rows.push(amountRow(text(labels.grandTotal), money(report.totals.grandCents)));

  return Buffer.from(BOM + rows.join(CRLF) + CRLF, 'utf8');
}

/** A text cell: neutralised if a spreadsheet would run it as a formula, then quoted as RFC 4180 says. */
export function csvText(value: string, dialect: Pick<CsvDialect, 'needsQuotes'>): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return dialect.needsQuotes.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Exact decimal dollars from integer cents (no floating point): 123456 → "1234.56". */
function centsToPlainNumber(cents: number, decimalMark: string): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  return `${sign}${Math.trunc(abs / 100)}${decimalMark}${String(abs % 100).padStart(2, '0')}`;
}
