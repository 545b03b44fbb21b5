import type { ChartConfiguration } from 'chart.js';
import type { AllocationReport } from '@mutualis/contracts';
import { type OrganisationGroup, shareOfTotal } from './allocation-summary';

/** Distinct colours that stay apart for the common colour-vision deficiencies (Okabe–Ito, then a few more). */
export const CHART_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
  '#999999',
  '#882255',
];

const colour = (index: number) => CHART_COLOURS[index % CHART_COLOURS.length];

/** Money, percents and « label : value » as the page writes them in the UI's language. */
export interface ChartFormat {
  readonly money: (cents: number) => string;
  readonly percent: (percent: number) => string;
  /** « Loyer : 1 200,00 $ » in French, "Rent: $1,200.00" in English. */
  readonly labelled: (label: string, value: string) => string;
  /** Joins the items of a summary: « a ; b » in French, "a; b" in English. */
  readonly list: (items: readonly string[]) => string;
}

/**
 * Stacked bars: one bar per organisation, one segment per pool. Heights are dollars for the axis;
 * every label shown to people goes through the money format (cents, never floats).
 */
export function poolsByOrganisationChart(
  report: AllocationReport,
  groups: readonly OrganisationGroup[],
  format: ChartFormat,
): ChartConfiguration<'bar', number[], string> {
  const cents = new Map<string, number>();
  for (const line of report.lines) cents.set(`${line.poolId}|${line.organisationId}`, line.amountCents);
  const datasets = report.pools.map((pool, index) => {
    const values = groups.map((group) => cents.get(`${pool.id}|${group.organisationId}`) ?? 0);
    return { label: pool.name, data: values.map((value) => value / 100), backgroundColor: colour(index), cents: values };
  });
  return {
    type: 'bar',
    data: { labels: groups.map((group) => group.organisationName), datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, ticks: { callback: (value) => format.money(Math.round(Number(value) * 100)) } },
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) =>
              format.labelled(item.dataset.label ?? '', format.money(datasets[item.datasetIndex].cents[item.dataIndex])),
          },
        },
      },
    },
  };
}

/** A donut of each organisation's share of the grand total. */
export function sharesChart(
  groups: readonly OrganisationGroup[],
  grandCents: number,
  format: ChartFormat,
): ChartConfiguration<'doughnut', number[], string> {
  return {
    type: 'doughnut',
    data: {
      labels: groups.map((group) => group.organisationName),
      datasets: [
        {
          data: groups.map((group) => group.amountCents / 100),
          backgroundColor: groups.map((_group, index) => colour(index)),
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) => amountAndShare(groups[item.dataIndex], grandCents, format),
          },
        },
      },
    },
  };
}

function amountAndShare(group: OrganisationGroup, grandCents: number, format: ChartFormat): string {
  return `${format.money(group.amountCents)} (${format.percent(shareOfTotal(group.amountCents, grandCents))})`;
}

/** « Maison des jeunes : 1 234,56 $ (25,00 %) ; … »: the figures a chart's accessible name sums up. */
export function sharesSummary(groups: readonly OrganisationGroup[], grandCents: number, format: ChartFormat): string {
  return format.list(groups.map((group) => format.labelled(group.organisationName, amountAndShare(group, grandCents, format))));
}

/** « Loyer : 1 200,00 $ ; Comptable : 800,00 $ »: the pools a bar chart stacks, with their totals. */
export function poolsSummary(report: AllocationReport, format: ChartFormat): string {
  return format.list(report.pools.map((pool) => format.labelled(pool.name, format.money(pool.amountCents))));
}
