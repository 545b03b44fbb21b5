import type { ImpactReport } from '@mutualis/contracts';
import { heatCells, monthlyOccupancy } from './impact-charts';

const grid = (value: (day: number, hour: number) => number) =>
  Array.from({ length: 7 }, (_, day) => Array.from({ length: 24 }, (_, hour) => value(day, hour)));

describe('impact charts', () => {
  it('adds the rooms up month by month, booked ÷ open', () => {
    const report = {
      occupancy: {
        rooms: [
          {
            byMonth: [
              { month: '2026-10-01', bookedMinutes: 60, openMinutes: 600 },
              { month: '2026-11-01', bookedMinutes: 0, openMinutes: 0 },
            ],
          },
          {
            byMonth: [
              { month: '2026-10-01', bookedMinutes: 240, openMinutes: 600 },
              { month: '2026-11-01', bookedMinutes: 0, openMinutes: 0 },
            ],
          },
        ],
      },
    } as unknown as ImpactReport;
    expect(monthlyOccupancy(report)).toEqual([
      { month: '2026-10-01', rate: 0.25 },
      { month: '2026-11-01', rate: 0 },
    ]);
  });

  it('leaves the heat map empty where nothing is ever open, and caps a cell at full', () => {
    const report = {
      occupancy: {
        heatMap: {
          open: grid((_, hour) => (hour === 9 ? 60 : 0)),
          booked: grid((day, hour) => (day === 0 && hour === 9 ? 90 : 0)),
        },
      },
    } as unknown as ImpactReport;
    const cells = heatCells(report);
    expect(cells[0][9]).toBe(1);
    expect(cells[1][9]).toBe(0);
    expect(cells[0][10]).toBeNull();
  });
});
