import type { ChartConfiguration } from 'chart.js';
import type { ImpactReport } from '@mutualis/contracts';
import { CHART_COLOURS } from '../reports/allocation-charts';

/** Labels as the page writes them, in the UI's language. */
export interface ImpactChartFormat {
  readonly percent: (ratio: number) => string;
  readonly hours: (minutes: number) => string;
  readonly month: (day: string) => string;
  readonly planned: string;
  readonly delivered: string;
  readonly occupancy: string;
  /** « Prévues : 3 h » / "Planned: 3 h". */
  readonly labelled: (label: string, value: string) => string;
}

const percentAxis = (format: ImpactChartFormat) => ({
  beginAtZero: true,
  max: 100,
  ticks: { callback: (value: string | number) => format.percent(Number(value) / 100) },
});

/** One bar per room: booked ÷ open, in percent. */
export function roomsChart(report: ImpactReport, format: ImpactChartFormat): ChartConfiguration<'bar', number[], string> {
  const rooms = report.occupancy.rooms;
  return {
    type: 'bar',
    data: {
      labels: rooms.map((room) => room.name),
      datasets: [{ label: format.occupancy, data: rooms.map((room) => room.rate * 100), backgroundColor: CHART_COLOURS[0] }],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: percentAxis(format) },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => format.percent(rooms[item.dataIndex].rate) } },
      },
    },
  };
}

/** Occupancy of all rooms together, month by month. */
export function monthlyChart(report: ImpactReport, format: ImpactChartFormat): ChartConfiguration<'bar', number[], string> {
  const months = monthlyOccupancy(report);
  return {
    type: 'bar',
    data: {
      labels: months.map((m) => format.month(m.month)),
      datasets: [{ label: format.occupancy, data: months.map((m) => m.rate * 100), backgroundColor: CHART_COLOURS[2] }],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: percentAxis(format) },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => format.percent(months[item.dataIndex].rate) } },
      },
    },
  };
}

/** Planned against delivered hours, per organisation. */
export function staffChart(report: ImpactReport, format: ImpactChartFormat): ChartConfiguration<'bar', number[], string> {
  const byOrganisation = new Map<string, { planned: number; delivered: number }>();
  for (const line of report.staff.lines) {
    const totals = byOrganisation.get(line.organisationName) ?? { planned: 0, delivered: 0 };
    totals.planned += line.plannedMinutes;
    totals.delivered += line.deliveredMinutes;
    byOrganisation.set(line.organisationName, totals);
  }
  const entries = [...byOrganisation];
  const minutes = [entries.map(([, t]) => t.planned), entries.map(([, t]) => t.delivered)];
  return {
    type: 'bar',
    data: {
      labels: entries.map(([name]) => name),
      datasets: [
        { label: format.planned, data: minutes[0].map((m) => m / 60), backgroundColor: CHART_COLOURS[4] },
        { label: format.delivered, data: minutes[1].map((m) => m / 60), backgroundColor: CHART_COLOURS[0] },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, ticks: { callback: (value) => format.hours(Number(value) * 60) } } },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item) => format.labelled(item.dataset.label ?? '', format.hours(minutes[item.datasetIndex][item.dataIndex])),
          },
        },
      },
    },
  };
}

/** Every room's month added up: booked ÷ open of the network for each month. */
export function monthlyOccupancy(report: ImpactReport): Array<{ month: string; rate: number }> {
  const months = new Map<string, { booked: number; open: number }>();
  for (const room of report.occupancy.rooms) {
    for (const month of room.byMonth) {
      const totals = months.get(month.month) ?? { booked: 0, open: 0 };
      totals.booked += month.bookedMinutes;
      totals.open += month.openMinutes;
      months.set(month.month, totals);
    }
  }
  return [...months].map(([month, t]) => ({ month, rate: t.open > 0 ? Math.min(1, t.booked / t.open) : 0 }));
}

/** The heat map's cells: booked ÷ open for each weekday and hour, null where nothing is ever open. */
export function heatCells(report: ImpactReport): Array<Array<number | null>> {
  const { booked, open } = report.occupancy.heatMap;
  return open.map((row, weekday) =>
    row.map((minutes, hour) => (minutes > 0 ? Math.min(1, booked[weekday][hour] / minutes) : null)),
  );
}
