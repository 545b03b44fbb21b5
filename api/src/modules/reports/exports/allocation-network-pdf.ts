import type { AllocationLine, AllocationReport, Locale } from '@mutualis/contracts';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  exportLabels,
  formatDecimal,
  formatKey,
  formatMoney,
  formatPeriod,
  formatSharePercent,
  minutesToHours,
  type ExportLabels,
} from './export-labels';
import { letterReport, renderPdf, toWinAnsiText, type PdfRenderOptions } from './pdf-document';

/**
 * The coordinator's whole report as a PDF: every organisation's lines (by pool) with its total,
 * then the totals per organisation and per pool and the grand total, as the CSV and Excel files.
 */
export async function renderAllocationNetworkPdf(
  report: AllocationReport,
  locale: Locale,
  options: PdfRenderOptions = {},
): Promise<Buffer> {
  return renderPdf(networkDocument(report, locale), options);
}

function networkDocument(report: AllocationReport, locale: Locale): TDocumentDefinitions {
  const labels = exportLabels(locale);
  const t = toWinAnsiText;
  const money = (cents: number): string => t(formatMoney(cents, locale));
  const content: Content[] = [
    { text: t(labels.networkReportTitle), style: 'title' },
    { text: t(report.networkName), style: 'network' },
    { text: t(labels.periodLine(formatPeriod(report.from, report.to, locale))) },
    { text: t(labels.basisLine(report.basis)) },
    ...(report.closed ? [{ text: t(labels.closedPeriod), bold: true }] : []),
  ];
  for (const total of report.totals.byOrganisation) {
    const lines = report.lines.filter((line) => line.organisationId === total.organisationId);
    content.push({ text: t(total.organisationName), style: 'organisation' }, linesTable(report, lines, locale, labels), {
      text: t(labels.organisationTotal(total.organisationName, money(total.amountCents))),
      style: 'subtotal',
    });
  }
  const pools = new Map(report.pools.map((pool) => [pool.id, pool]));
  content.push(
    { text: t(labels.totalsByOrganisation), style: 'section' },
    totalsTable(
      labels.organisation,
      report.totals.byOrganisation.map((o) => [o.organisationName, o.amountCents]),
      locale,
      labels,
    ),
    { text: t(labels.totalsByPool), style: 'section' },
    totalsTable(
      labels.pool,
      report.totals.byPool.map((p) => [pools.get(p.poolId)?.name ?? p.poolId, p.amountCents]),
      locale,
      labels,
    ),
    { text: t(labels.grandTotalLine(money(report.totals.grandCents))), style: 'total' },
  );
  return letterReport(`${labels.networkReportTitle} — ${report.networkName}`, content, {
    organisation: { fontSize: 12, bold: true, margin: [0, 14, 0, 4] },
    section: { fontSize: 12, bold: true, margin: [0, 18, 0, 4] },
  });
}

function linesTable(report: AllocationReport, lines: AllocationLine[], locale: Locale, labels: ExportLabels): Content {
  const t = toWinAnsiText;
  const pools = new Map(report.pools.map((pool) => [pool.id, pool]));
  const header: TableCell[] = [
    labels.pool,
    labels.carrier,
    labels.hours,
    labels.sharePercent,
    labels.amount,
    labels.explanation,
  ].map((label) => ({ text: t(label), style: 'tableHeader' }));
  const body: TableCell[][] = lines.map((line) => {
    const pool = pools.get(line.poolId);
    return [
      { text: t(pool ? `${pool.name}\n${formatKey(pool, locale)}` : line.poolId) },
      { text: t(pool?.carrierOrganisationName ?? labels.noCarrier) },
      { text: t(formatDecimal(minutesToHours(line.minutes), locale)), alignment: 'right' },
      { text: t(formatSharePercent(line.sharePercent, locale)), alignment: 'right' },
      { text: t(formatMoney(line.amountCents, locale)), alignment: 'right' },
      { text: t(line.explanation), fontSize: 8 },
    ];
  });
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', 90, 38, 48, 62, '*'], body: [header, ...body] },
    layout: 'lightHorizontalLines',
    fontSize: 9,
  };
}

function totalsTable(heading: string, rows: Array<[string, number]>, locale: Locale, labels: ExportLabels): Content {
  const t = toWinAnsiText;
  return {
    table: {
      headerRows: 1,
      widths: ['*', 90],
      body: [
        [
          { text: t(heading), style: 'tableHeader' },
          { text: t(labels.amount), style: 'tableHeader', alignment: 'right' },
        ],
        ...rows.map(([name, cents]): TableCell[] => [
          { text: t(name) },
          { text: t(formatMoney(cents, locale)), alignment: 'right' },
        ]),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 9,
  };
}
