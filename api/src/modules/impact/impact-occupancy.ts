import { RARELY_USED_RATE, type ImpactOccupancy, type OccupancyFigures, type RoomOccupancy } from '@mutualis/contracts';
import {
  intersectIntervals,
  minutesByWeekdayHour,
  minutesOf,
  occupancyRate,
  openIntervals,
  subtractIntervals,
  type Interval,
} from '@mutualis/domain';
import type { MonthRow, RoomRow } from './impact.repository';
import { dayStart, monthsOf, type DateWindow } from './impact-window';

/** A site without opening hours is always open, as for booking rules. */
const ALWAYS_OPEN = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));

export function figures(bookedMinutes: number, openMinutes: number): OccupancyFigures {
  return { bookedMinutes, openMinutes, rate: occupancyRate(bookedMinutes, openMinutes) };
}

/**
 * Booked ÷ open per room, per month, per site and in total, and the weekday × hour grid.
 * Open time is computed once per site (rooms share their site's hours and closures); a room with
 * closures of its own has them taken off its site's time.
 */
export function buildOccupancy(
  rooms: RoomRow[],
  booked: MonthRow[],
  bookedGrid: Array<{ weekday: number; hour: number; minutes: number }>,
  window: DateWindow,
  withHeatMap = true,
): ImpactOccupancy {
  const bookedByRoom = new Map<string, Map<string, number>>();
  for (const row of booked) {
    const months = bookedByRoom.get(row.resource_id) ?? new Map<string, number>();
    months.set(row.month, (months.get(row.month) ?? 0) + row.minutes);
    bookedByRoom.set(row.resource_id, months);
  }
  const months = monthsOf(window);
  const siteOpen = new Map<string, Interval[]>();
  // Rooms without closures of their own share their site's open time: its grid and months are computed once.
  const siteGrid = new Map<string, number[][]>();
  const siteMonths = new Map<string, number[]>();
  const openGrid = emptyGrid();
  const roomViews: RoomOccupancy[] = [];
  for (const room of rooms) {
    const siteClosures = room.closures.map(([start, end]) => ({ start, end }));
    let open = siteOpen.get(room.site_id);
    if (!open) {
      const span = { start: dayStart(window.from, room.time_zone).getTime(), end: dayStart(window.to, room.time_zone).getTime() };
      open = openIntervals({
        timeZone: room.time_zone,
        hours: room.opening_hours.length > 0 ? room.opening_hours : ALWAYS_OPEN,
        window: span,
        closures: [],
        closedOnHolidays: 'QC',
      });
      siteOpen.set(room.site_id, open);
    }
    const shared = siteClosures.length === 0;
    const roomOpen = shared ? open : subtractIntervals(open, siteClosures);
    if (withHeatMap) {
      let grid = shared ? siteGrid.get(room.site_id) : undefined;
      if (!grid) {
        grid = minutesByWeekdayHour(roomOpen, room.time_zone);
        if (shared) siteGrid.set(room.site_id, grid);
      }
      addGrid(openGrid, grid);
    }
    let openByMonth = shared ? siteMonths.get(room.site_id) : undefined;
    if (!openByMonth) {
      openByMonth = months.map((month) => {
        const monthSpan = {
          start: dayStart(month.from, room.time_zone).getTime(),
          end: dayStart(month.to, room.time_zone).getTime(),
        };
        return minutesOf(intersectIntervals(roomOpen, [monthSpan]));
      });
      if (shared) siteMonths.set(room.site_id, openByMonth);
    }
    const monthsOpen = openByMonth;
    const bookedMonths = bookedByRoom.get(room.id) ?? new Map<string, number>();
    const byMonth = months.map((month, index) => {
      const monthKey = `${month.from.slice(0, 7)}-01`;
      return { month: monthKey, ...figures(bookedMonths.get(monthKey) ?? 0, monthsOpen[index]) };
    });
    const total = figures(
      byMonth.reduce((sum, m) => sum + m.bookedMinutes, 0),
      byMonth.reduce((sum, m) => sum + m.openMinutes, 0),
    );
    roomViews.push({
      resourceId: room.id,
      name: room.name,
      siteId: room.site_id,
      siteName: room.site_name,
      floorAreaM2: room.floor_area_m2,
      ...total,
      byMonth,
    });
  }
  const sites = new Map<string, { name: string; booked: number; open: number }>();
  for (const room of roomViews) {
    const site = sites.get(room.siteId) ?? { name: room.siteName, booked: 0, open: 0 };
    site.booked += room.bookedMinutes;
    site.open += room.openMinutes;
    sites.set(room.siteId, site);
  }
  const bookedHeat = emptyGrid();
  for (const cell of bookedGrid) bookedHeat[cell.weekday - 1][cell.hour] += cell.minutes;
  return {
    rooms: roomViews,
    sites: [...sites].map(([siteId, site]) => ({ siteId, name: site.name, ...figures(site.booked, site.open) })),
    total: figures(
      roomViews.reduce((sum, r) => sum + r.bookedMinutes, 0),
      roomViews.reduce((sum, r) => sum + r.openMinutes, 0),
    ),
    heatMap: { booked: bookedHeat, open: openGrid },
    rarelyUsedResourceIds: roomViews.filter((r) => r.openMinutes > 0 && r.rate < RARELY_USED_RATE).map((r) => r.resourceId),
  };
}

function emptyGrid(): number[][] {
  return Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
}

function addGrid(into: number[][], add: number[][]): void {
  add.forEach((row, weekday) => row.forEach((minutes, hour) => (into[weekday][hour] += minutes)));
}
