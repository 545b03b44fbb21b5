import type { AllocationLine, AllocationPool, AllocationReport, Locale } from '@mutualis/contracts';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { DomainError } from '../../../errors/domain-error';
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

interface CarrierGroup {
  carrierId: string | null;
  carrierName: string;
  lines: Array<{ line: AllocationLine; pool: AllocationPool | undefined }>;
  amountCents: number;
}

/**
 * One organisation's statement: its lines grouped by the organisation that carries each pool,
 * what it owes each carrier, and the total it owes. Lines of pools it carries itself are its own
 * share of its costs, not a debt, so they are shown apart and left out of « Total dû ».
 * Throws NOT_FOUND when the report has no line for the organisation.
 */
export async function renderAllocationStatementPdf(
  report: AllocationReport,
  organisationId: string,
  locale: Locale,
  options: PdfRenderOptions = {},
): Promise<Buffer> {
  const ownLines = report.lines.filter((line) => line.organisationId === organisationId);
  if (ownLines.length === 0) {
    throw new DomainError('NOT_FOUND', `Organisation ${organisationId} has no line in this allocation report.`, {
      organisationId,
    });
  }
  return renderPdf(statementDocument(report, ownLines, locale), options);
}

function statementDocument(report: AllocationReport, ownLines: AllocationLine[], locale: Locale): TDocumentDefinitions {
  const labels = exportLabels(locale);
  const t = toWinAnsiText;
  const money = (cents: number): string => t(formatMoney(cents, locale));
  const organisation = ownLines[0];
  const groups = groupByCarrier(report, ownLines, locale, labels);
  const owedCents = groups.filter((g) => g.carrierId !== organisation.organisationId).reduce((sum, g) => sum + g.amountCents, 0);
  const shareCents = groups.reduce((sum, g) => sum + g.amountCents, 0);
  const carriesOwnPools = groups.some((g) => g.carrierId === organisation.organisationId);

  const content: Content[] = [
    { text: t(labels.statementTitle), style: 'title' },
    { text: t(report.networkName), style: 'network' },
    { text: t(organisation.organisationName), style: 'organisation' },
    { text: t(labels.periodLine(formatPeriod(report.from, report.to, locale))) },
    { text: t(labels.basisLine(report.basis)) },
    ...(report.closed ? [{ text: t(labels.closedPeriod), bold: true }] : []),
  ];
  for (const group of groups) {
    const isOwn = group.carrierId === organisation.organisationId;
    content.push({ text: t(labels.carrierHeading(group.carrierName)), style: 'carrier' }, linesTable(group, locale, labels), {
      text: t(
        isOwn
          ? labels.ownCarriedShare(money(group.amountCents))
          : labels.amountDueTo(group.carrierName, money(group.amountCents)),
      ),
      style: 'subtotal',
    });
  }
  content.push({ text: t(labels.totalDue(money(owedCents))), style: 'total' });
  if (carriesOwnPools) content.push({ text: t(labels.totalShare(money(shareCents))), style: 'subtotal' });

  return letterReport(`${labels.statementTitle} — ${organisation.organisationName}`, content, {
    organisation: { fontSize: 13, bold: true, margin: [0, 6, 0, 4] },
    carrier: { fontSize: 11, bold: true, margin: [0, 14, 0, 4] },
  });
}

/** Carriers by name (pools without a carrier last), each carrier's lines by pool name. */
function groupByCarrier(
  report: AllocationReport,
  ownLines: AllocationLine[],
  locale: Locale,
  labels: ExportLabels,
): CarrierGroup[] {
  const pools = new Map(report.pools.map((pool) => [pool.id, pool]));
  const groups = new Map<string | null, CarrierGroup>();
  for (const line of ownLines) {
    const pool = pools.get(line.poolId);
    const carrierId = pool?.carrierOrganisationId ?? null;
    let group = groups.get(carrierId);
    if (!group) {
      const carrierName = carrierId === null ? labels.noCarrier : (pool?.carrierOrganisationName ?? carrierId);
      group = { carrierId, carrierName, lines: [], amountCents: 0 };
      groups.set(carrierId, group);
    }
    group.lines.push({ line, pool });
    group.amountCents += line.amountCents;
  }
  const collator = new Intl.Collator(locale === 'fr' ? 'fr-CA' : 'en-CA');
  const sorted = [...groups.values()].sort(
    (a, b) => Number(a.carrierId === null) - Number(b.carrierId === null) || collator.compare(a.carrierName, b.carrierName),
  );
  for (const group of sorted) group.lines.sort((a, b) => collator.compare(a.pool?.name ?? '', b.pool?.name ?? ''));
  return sorted;
}

function linesTable(group: CarrierGroup, locale: Locale, labels: ExportLabels): Content {
  const t = toWinAnsiText;
  const header: TableCell[] = [
    labels.pool,
    labels.carrier,
    labels.hours,
    labels.sharePercent,
    labels.amount,
    labels.explanation,
  ].map((label) => ({ text: t(label), style: 'tableHeader' }));
  const body: TableCell[][] = group.lines.map(({ line, pool }) => [
    { text: t(pool ? `${pool.name}\n${formatKey(pool, locale)}` : line.poolId) },
    { text: t(group.carrierName) },
    { text: t(formatDecimal(minutesToHours(line.minutes), locale)), alignment: 'right' },
    { text: t(formatSharePercent(line.sharePercent, locale)), alignment: 'right' },
    { text: t(formatMoney(line.amountCents, locale)), alignment: 'right' },
    { text: t(line.explanation), fontSize: 8 },
  ]);
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', 90, 38, 48, 62, '*'], body: [header, ...body] },
    layout: 'lightHorizontalLines',
    fontSize: 9,
  };
}
