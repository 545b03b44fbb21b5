import type { ImpactIndicatorView, ImpactReport, ImpactSummary, Locale } from '@mutualis/contracts';
import type { CanvasElement, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDecimal, formatMoney, formatPeriod } from '../../reports/exports/export-labels';
import { toWinAnsiText } from '../../reports/exports/pdf-document';
import { impactExportLabels, targetBasisText, type ImpactExportLabels } from './impact-export-labels';

// pdfmake 0.3 exports an instance whose methods live on its prototype: `import * as` would drop them.
import pdfmake = require('pdfmake');

const STANDARD_FONT_FILES = new Set(['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique']);

/** The same process-wide set-up as the allocation statement: standard fonts only, no URL, no file. */
function configurePdfmake(): void {
  pdfmake.addFonts({
    Helvetica: {
      normal: 'Helvetica',
      bold: 'Helvetica-Bold',
      italics: 'Helvetica-Oblique',
      bolditalics: 'Helvetica-BoldOblique',
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => STANDARD_FONT_FILES.has(path));
}

const BLUE = '#0072B2';
const SKY = '#56B4E9';
const CHART_WIDTH = 300;
const MAX_BARS = 12;

/**
 * The funder report: a first page that sums the period up (headline figures against the previous
 * period and last year, and two bar charts), then the details — rooms, shared expertise, reach,
 * savings with their explanation, environment and the logic model.
 */
export async function renderImpactPdf(
  report: ImpactReport,
  organisationName: string | null,
  locale: Locale,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  configurePdfmake();
  const document = impactDocument(report, organisationName, locale);
  document.compress = options.compress ?? true;
  return pdfmake.createPdf(document).getBuffer();
}

function impactDocument(report: ImpactReport, organisationName: string | null, locale: Locale): TDocumentDefinitions {
  const l = impactExportLabels(locale);
  const f = formatters(locale);
  const content: Content[] = [
    { text: f.t(l.title), style: 'title' },
    { text: f.t(report.networkName), style: 'network' },
    { text: f.t(l.organisation(organisationName ?? l.wholeNetwork)) },
    { text: f.t(l.period(formatPeriod(report.from, report.to, locale))), margin: [0, 0, 0, 8] },
    { text: f.t(l.summary), style: 'heading' },
    summaryTable(report, l, f, locale),
    { text: f.t(l.occupancyChart), style: 'heading' },
    barChart(
      report.occupancy.rooms
        .slice(0, MAX_BARS)
        .map((room) => ({ label: room.name, values: [room.rate], text: f.percent(room.rate) })),
      [BLUE],
      f,
    ),
    { text: f.t(l.staffChart), style: 'heading' },
    staffChart(report, f),
    { text: f.t(l.occupancyTitle), style: 'heading', pageBreak: 'before' },
    table(
      [l.room, l.site, l.booked, l.open, l.rate],
      report.occupancy.rooms.map((room) => [
        room.name + (report.occupancy.rarelyUsedResourceIds.includes(room.resourceId) ? ` (${l.rarelyUsed})` : ''),
        room.siteName,
        f.hours(room.bookedMinutes),
        f.hours(room.openMinutes),
        f.percent(room.rate),
      ]),
      f,
    ),
    { text: f.t(l.staffTitle), style: 'heading' },
    table(
      [l.employee, l.role, l.organisationColumn, l.planned, l.deliveredColumn],
      report.staff.lines.map((line) => [
        line.name,
        line.jobTitle,
        line.organisationName,
        f.hours(line.plannedMinutes),
        f.hours(line.deliveredMinutes),
      ]),
      f,
    ),
    table(
      [l.employee, l.contracted, l.worked, l.utilisation],
      report.staff.employees.map((e) => [
        e.name,
        f.hours(e.contractedMinutes),
        f.hours(e.workedMinutes),
        e.utilisation === null ? '—' : f.percent(e.utilisation),
      ]),
      f,
    ),
    { text: f.t(l.reachTitle), style: 'heading' },
    table(
      [l.reach.organisations, l.reach.bookings, l.reach.requests, l.reach.people],
      [[report.reach.organisationsServed, report.reach.bookings, report.reach.hourRequests, report.reach.people].map(String)],
      f,
    ),
    { text: f.t(l.savingsTitle), style: 'heading' },
    table(
      [l.organisationColumn, l.standAlone, l.charged, l.savedColumn, l.explanation],
      [
        ...report.savings.lines.map((line) => [
          line.organisationName,
          f.money(line.standAloneCents),
          f.money(line.chargedCents),
          f.money(line.savedCents),
          line.explanation.join('\n'),
        ]),
        [
          l.total,
          f.money(report.savings.total.standAloneCents),
          f.money(report.savings.total.chargedCents),
          f.money(report.savings.total.savedCents),
          '',
        ],
      ],
      f,
    ),
    { text: f.t(l.environmentTitle), style: 'heading' },
    { text: f.t(l.environment(f.number(report.environment.sharedSquareMetreHours))) },
    { text: f.t(l.modelTitle), style: 'heading' },
    table(
      [l.indicator, l.value, l.target, l.progress],
      report.indicators.map((i) => [
        `${l.stages[i.stage]} — ${locale === 'fr' ? i.nameFr : i.nameEn}`,
        f.indicator(i, i.value),
        i.target === null ? '—' : [f.indicator(i, i.target), targetBasisText(i, locale)].filter(Boolean).join('\n'),
        i.progress === null ? '—' : f.percent(i.progress),
      ]),
      f,
    ),
  ];
  return {
    info: { title: `${l.title} — ${report.networkName}`, creator: 'Mutualis', producer: 'Mutualis' },
    pageSize: 'LETTER',
    pageMargins: [40, 40, 40, 50],
    defaultStyle: { font: 'Helvetica', fontSize: 9 },
    content,
    footer: (currentPage, pageCount) => ({ text: `${currentPage} / ${pageCount}`, alignment: 'center', fontSize: 8 }),
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
      network: { fontSize: 12, bold: true, margin: [0, 0, 0, 2] },
      heading: { fontSize: 11, bold: true, margin: [0, 12, 0, 4] },
      tableHeader: { bold: true, fontSize: 8 },
    },
  };
}

interface Formatters {
  t: (text: string) => string;
  money: (cents: number) => string;
  percent: (ratio: number) => string;
  hours: (minutes: number) => string;
  number: (value: number) => string;
  change: (current: number, previous: number) => string;
  indicator: (indicator: ImpactIndicatorView, value: number | null) => string;
}

function formatters(locale: Locale): Formatters {
  const percent = (ratio: number) =>
    locale === 'fr' ? `${formatDecimal(ratio * 100, locale)}\u00a0%` : `${formatDecimal(ratio * 100, locale)}%`;
  const number = (value: number) =>
    new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 2 }).format(value);
  const money = (cents: number) => formatMoney(cents, locale);
  return {
    t: toWinAnsiText,
    money,
    percent,
    hours: (minutes) => `${formatDecimal(minutes / 60, locale)} h`,
    number,
    change: (current, previous) =>
      previous === 0 ? '—' : `${current >= previous ? '+' : ''}${percent((current - previous) / Math.abs(previous))}`,
    indicator: (indicator, value) => {
      if (value === null) return '—';
      if (indicator.metric === 'savings_cents') return money(value);
      if (indicator.metric === 'occupancy_percent' || indicator.metric === 'delivery_percent') return percent(value / 100);
      return number(value);
    },
  };
}

function summaryTable(report: ImpactReport, l: ImpactExportLabels, f: Formatters, locale: Locale): Content {
  const rows: Array<[string, (s: ImpactSummary) => number, (value: number) => string]> = [
    [l.occupancy, (s) => s.occupancyRate, f.percent],
    [l.delivered, (s) => s.deliveredMinutes, f.hours],
    [l.served, (s) => s.organisationsServed, f.number],
    [l.saved, (s) => s.savedCents, f.money],
    [l.shared, (s) => s.sharedSquareMetreHours, f.number],
  ];
  const { previous, lastYear } = report.comparison;
  return table(
    ['', formatPeriod(report.from, report.to, locale), l.previous, l.change, l.lastYear, l.change],
    rows.map(([label, pick, format]) => [
      label,
      format(pick(report.summary)),
      format(pick(previous.summary)),
      f.change(pick(report.summary), pick(previous.summary)),
      format(pick(lastYear.summary)),
      f.change(pick(report.summary), pick(lastYear.summary)),
    ]),
    f,
  );
}

/** Horizontal bars drawn with pdfmake's vector canvas: a label, the bars (0–1 of the width), and the figure. */
function barChart(bars: Array<{ label: string; values: number[]; text: string }>, colours: string[], f: Formatters): Content {
  if (bars.length === 0) return { text: '—' };
  const barHeight = 8;
  return {
    table: {
      widths: [140, CHART_WIDTH, '*'],
      body: bars.map((bar) => {
        const canvas: CanvasElement[] = bar.values.map((value, index) => ({
          type: 'rect',
          x: 0,
          y: index * (barHeight + 1),
          w: Math.max(0.5, Math.min(1, value) * CHART_WIDTH),
          h: barHeight,
          color: colours[index % colours.length],
        }));
        return [{ text: f.t(bar.label), fontSize: 8 }, { canvas }, { text: f.t(bar.text), fontSize: 8 }];
      }),
    },
    layout: 'noBorders',
  };
}

/** Planned (light) and delivered (dark) hours per organisation, scaled to the largest. */
function staffChart(report: ImpactReport, f: Formatters): Content {
  const byOrganisation = new Map<string, { planned: number; delivered: number }>();
  for (const line of report.staff.lines) {
    const totals = byOrganisation.get(line.organisationName) ?? { planned: 0, delivered: 0 };
    totals.planned += line.plannedMinutes;
    totals.delivered += line.deliveredMinutes;
    byOrganisation.set(line.organisationName, totals);
  }
  const largest = Math.max(1, ...[...byOrganisation.values()].flatMap((t) => [t.planned, t.delivered]));
  return barChart(
    [...byOrganisation].slice(0, MAX_BARS).map(([name, t]) => ({
      label: name,
      values: [t.planned / largest, t.delivered / largest],
      text: `${f.hours(t.delivered)} / ${f.hours(t.planned)}`,
    })),
    [SKY, BLUE],
    f,
  );
}

function table(header: string[], rows: string[][], f: Formatters): Content {
  const body: TableCell[][] = [
    header.map((label) => ({ text: f.t(label), style: 'tableHeader' })),
    ...rows.map((row) => row.map((cell, index) => ({ text: f.t(cell), alignment: index === 0 ? 'left' : 'right' }) as TableCell)),
  ];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: header.map((_, index) => (index === 0 ? '*' : 'auto')), body },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 6],
  };
}
