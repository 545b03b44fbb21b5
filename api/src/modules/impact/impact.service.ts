import { Injectable } from '@nestjs/common';
import type {
  ImpactReport,
  ImpactSummary,
  IndicatorMetric,
  SetStandAloneRateRequest,
  StandAloneRateView,
  Locale,
} from '@mutualis/contracts';
import { DomainError } from '../../errors/domain-error';
import { AccessPolicy, notFound } from '../access/access-policy';
import type { Actor, AuthenticatedUser } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { AllocationReportService } from '../reports/allocation-report.service';
import {
  ImpactRepository,
  type BookedRow,
  type MinutesRow,
  type MonthRow,
  type RateRow,
  type RoomRow,
  type StaffRow,
} from './impact.repository';
import { ImpactIndicatorsRepository } from './impact-indicators.repository';
import { indicatorViews } from './impact-indicator-view';
import { buildOccupancy } from './impact-occupancy';
import { buildSavings } from './impact-savings';
import { buildStaff } from './impact-staff';
import {
  assertImpactWindow,
  dayStart,
  isWholeMonths,
  monthsOf,
  previousWindow,
  sameWindowLastYear,
  type DateWindow,
} from './impact-window';

export interface ImpactQuery extends DateWindow {
  networkId: string;
  organisationId?: string;
}

/** Counts of people and organisations are read on Montréal's calendar, like the demo network's. */
const NETWORK_ZONE = 'America/Toronto';

type Figures = Omit<
  ImpactReport,
  'networkId' | 'networkName' | 'organisationId' | 'organisationName' | 'from' | 'to' | 'comparison' | 'indicators' | 'summary'
>;

/**
 * The impact report: occupancy, shared expertise, reach, savings and environment for a window,
 * the same headline figures for the previous window and the same window a year before, and the
 * network's logic model. Coordinators see the network (or one organisation); anyone else sees
 * only their own organisation's figures.
 */
@Injectable()
export class ImpactService {
  constructor(
    private readonly impact: ImpactRepository,
    private readonly indicatorRows: ImpactIndicatorsRepository,
    private readonly allocation: AllocationReportService,
    private readonly audit: AuditTrail,
  ) {}

  async report(user: AuthenticatedUser, query: ImpactQuery, locale: Locale): Promise<ImpactReport> {
    assertImpactWindow(query);
    AccessPolicy.assertCanSeeNetwork(user, query.networkId);
    // What does not depend on the window is read once for the three windows.
    const [networkName, names, rates] = await Promise.all([
      this.impact.networkName(query.networkId),
      this.impact.organisationNames(query.networkId),
      this.impact.rates(query.networkId),
    ]);
    if (networkName === null) throw notFound('network', query.networkId);
    const organisationId = this.scope(user, query, names);
    const previous = previousWindow(query);
    const lastYear = sameWindowLastYear(query);
    // A year's previous window is the same year a year before: computed once.
    const sameComparison = previous.from === lastYear.from && previous.to === lastYear.to;
    const [current, before, earlier, indicatorRows] = await Promise.all([
      this.figures(user, query.networkId, query, organisationId, names, rates, locale, true),
      this.figures(user, query.networkId, previous, organisationId, names, rates, locale, false),
      sameComparison ? null : this.figures(user, query.networkId, lastYear, organisationId, names, rates, locale, false),
      this.indicatorRows.indicators(query.networkId, query.from, query.to),
    ]);
    const yearBefore = earlier ?? before;
    const summary = summaryOf(current);
    return {
      networkId: query.networkId,
      networkName,
      organisationId,
      organisationName: organisationId ? (names.get(organisationId) ?? null) : null,
      from: query.from,
      to: query.to,
      summary,
      comparison: {
        previous: { ...previous, summary: summaryOf(before) },
        lastYear: { ...lastYear, summary: summaryOf(yearBefore) },
      },
      ...current,
      indicators: indicatorViews(indicatorRows, query, (metric) => computedValue(metric, summary, current)),
    };
  }

  async rates(user: AuthenticatedUser, networkId: string): Promise<StandAloneRateView[]> {
    AccessPolicy.assertCoordinatorOf(user, networkId);
    return (await this.impact.rates(networkId)).map((row) => ({
      resourceId: row.resource_id,
      resourceName: row.resource_name,
      resourceType: row.resource_type,
      floorAreaM2: row.floor_area_m2,
      kind: row.kind,
      rateCents: row.rate_cents === null ? null : Number(row.rate_cents),
      note: row.note ?? '',
    }));
  }

  async setRate(actor: Actor, resourceId: string, input: SetStandAloneRateRequest): Promise<void> {
    await this.impact.manager.transaction(async (m) => {
      const networkId = await this.impact.resourceNetwork(m, resourceId);
      if (!networkId || !AccessPolicy.canSeeNetwork(actor.user, networkId)) throw notFound('resource', resourceId);
      AccessPolicy.assertCoordinatorOf(actor.user, networkId);
      await this.impact.upsertRate(m, resourceId, input.kind, input.rateCents, input.note ?? '');
      await this.audit.record(m, actor, {
        entity: 'stand_alone_rate',
        entityId: resourceId,
        action: 'set',
        networkId,
        after: input,
      });
    });
  }

  /**
   * Whose figures the caller gets: a coordinator chooses (the network, or one organisation); anyone
   * else gets their own organisation of this network, never another's (404, as if it did not exist).
   */
  private scope(user: AuthenticatedUser, query: ImpactQuery, names: Map<string, string>): string | null {
    if (query.organisationId && !names.has(query.organisationId)) throw notFound('organisation', query.organisationId);
    if (AccessPolicy.isCoordinatorOf(user, query.networkId)) return query.organisationId ?? null;
    if (query.organisationId) {
      if (!user.memberships.has(query.organisationId)) throw notFound('organisation', query.organisationId);
      return query.organisationId;
    }
    const own = [...user.memberships.keys()].filter((id) => names.has(id));
    if (own.length === 1) return own[0];
    throw new DomainError('VALIDATION_FAILED', 'Choose which of your organisations the report is for.', {
      fields: [{ field: 'organisationId', messages: ['organisationId is required for members of several organisations'] }],
    });
  }

  private async figures(
    user: AuthenticatedUser,
    networkId: string,
    window: DateWindow,
    organisationId: string | null,
    names: Map<string, string>,
    rates: RateRow[],
    locale: Locale,
    /** The comparison windows need only the headline figures: no weekday × hour grid. */
    detailed: boolean,
  ): Promise<Figures> {
    const start = dayStart(window.from, NETWORK_ZONE);
    const end = dayStart(window.to, NETWORK_ZONE);
    // The booked minutes are read as soon as the rooms and staff are known, alongside the rest.
    const roomsRead = this.impact.rooms(networkId, start, end);
    const staffRead = this.impact.staff(networkId, start, end);
    const [rooms, staff, delivered, agreements, reach, allocation, roomBooked, grid, staffBooked] = await Promise.all([
      roomsRead,
      staffRead,
      this.impact.delivered(networkId, window.from, window.to, organisationId),
      this.impact.agreements(networkId, window.from, window.to, organisationId),
      this.impact.reach(networkId, window, start, end, organisationId),
      this.allocation.report(user, { networkId, ...window, basis: 'actual' }, locale),
      roomsRead.then((rooms) =>
        this.byZone(rooms, window, (ids, months, s, e, zone) =>
          this.impact.bookedByMonthAndOrganisation(ids, months, s, e, zone, organisationId),
        ),
      ),
      detailed
        ? roomsRead.then((rooms) =>
            this.byZone(rooms, window, (ids, months, s, e, zone) =>
              this.impact.bookedByWeekdayHour(ids, months, s, e, zone, organisationId),
            ),
          )
        : Promise.resolve([]),
      staffRead.then((staff) =>
        this.byZone(staff, window, (ids, months, s, e, zone) =>
          this.impact.bookedByMonthAndOrganisation(ids, months, s, e, zone, organisationId),
        ),
      ),
    ]);
    const roomMonths = monthRows(roomBooked);
    const roomUse = organisationRows(roomBooked);
    const planned = organisationRows(staffBooked);
    const occupancy = buildOccupancy(rooms, roomMonths, grid, window, detailed);
    const visibleAllocation = organisationId
      ? { ...allocation, lines: allocation.lines.filter((line) => line.organisationId === organisationId) }
      : allocation;
    const area = new Map(rooms.map((room) => [room.id, room.floor_area_m2 ?? 0]));
    return {
      occupancy,
      staff: buildStaff(staff, planned, delivered, agreements, names, window, organisationId),
      reach: {
        organisationsServed: reach.organisations_served,
        bookings: reach.bookings,
        hourRequests: reach.hour_requests,
        people: reach.people,
        boardPosts: reach.board_posts,
        boardConversations: reach.board_conversations,
        boardMatches: reach.board_matches,
        boardCreations: reach.board_creations,
      },
      savings: buildSavings(
        rates,
        withDedicatedRooms(roomUse, rooms, window, organisationId),
        delivered,
        visibleAllocation,
        names,
        locale,
      ),
      environment: {
        sharedSquareMetreHours: Math.round(
          occupancy.rooms.reduce((sum, room) => sum + (area.get(room.resourceId) ?? 0) * (room.bookedMinutes / 60), 0),
        ),
      },
    };
  }

  /**
   * One read per time zone: a window's bounds are midnights in the resources' own zone. A window of
   * whole months is read from what the database keeps (`months`), except for a room whose resource
   * is kept in another zone than its site's.
   */
  private async byZone<T>(
    resources: Array<RoomRow | StaffRow>,
    window: DateWindow,
    read: (ids: string[], months: DateWindow | null, start: Date, end: Date, zone: string) => Promise<T[]>,
  ): Promise<T[]> {
    const kept = isWholeMonths(window);
    const groups = new Map<string, { zone: string; months: DateWindow | null; ids: string[] }>();
    for (const r of resources) {
      const months = kept && ('resource_time_zone' in r ? r.resource_time_zone : r.time_zone) === r.time_zone ? window : null;
      const key = `${r.time_zone}|${months !== null}`;
      const group = groups.get(key) ?? { zone: r.time_zone, months, ids: [] };
      group.ids.push(r.id);
      groups.set(key, group);
    }
    const reads = [...groups.values()].map(({ zone, months, ids }) =>
      read(ids, months, dayStart(window.from, zone), dayStart(window.to, zone), zone),
    );
    return (await Promise.all(reads)).flat();
  }
}

/**
 * A dedicated room (an office, a storage space) is occupied by its organisation every month of the
 * window, booked or not: going alone, it would rent it for all of them.
 */
function withDedicatedRooms(
  use: MinutesRow[],
  rooms: RoomRow[],
  window: DateWindow,
  organisationId: string | null,
): MinutesRow[] {
  const dedicated = rooms.filter(
    (room) => room.dedicated_organisation_id && (!organisationId || room.dedicated_organisation_id === organisationId),
  );
  if (dedicated.length === 0) return use;
  const months = monthsOf(window).length;
  const taken = new Set(dedicated.map((room) => `${room.id}|${room.dedicated_organisation_id}`));
  return [
    ...use.filter((row) => !taken.has(`${row.resource_id}|${row.organisation_id}`)),
    ...dedicated.map((room) => {
      const booked = use.find((row) => row.resource_id === room.id && row.organisation_id === room.dedicated_organisation_id);
      return {
        resource_id: room.id,
        organisation_id: room.dedicated_organisation_id as string,
        minutes: Math.max(1, booked?.minutes ?? 0),
        months,
      };
    }),
  ];
}

function monthRows(rows: BookedRow[]): MonthRow[] {
  return rows.flatMap((r) => (r.month === null ? [] : [{ resource_id: r.resource_id, month: r.month, minutes: r.minutes }]));
}

function organisationRows(rows: BookedRow[]): MinutesRow[] {
  return rows.flatMap((r) =>
    r.organisation_id === null
      ? []
      : [{ resource_id: r.resource_id, organisation_id: r.organisation_id, minutes: r.minutes, months: r.months ?? 0 }],
  );
}

function summaryOf(f: Figures): ImpactSummary {
  return {
    occupancyRate: f.occupancy.total.rate,
    bookedMinutes: f.occupancy.total.bookedMinutes,
    plannedMinutes: f.staff.total.plannedMinutes,
    deliveredMinutes: f.staff.total.deliveredMinutes,
    organisationsServed: f.reach.organisationsServed,
    savedCents: f.savings.total.savedCents,
    sharedSquareMetreHours: f.environment.sharedSquareMetreHours,
  };
}

/** A computed indicator's figure: hours, percent, counts, or cents for savings (as its name says; the clients format money). */
function computedValue(metric: Exclude<IndicatorMetric, 'entered'>, summary: ImpactSummary, f: Figures): number {
  const round = (value: number) => Math.round(value * 100) / 100;
  switch (metric) {
    case 'occupancy_percent':
      return round(summary.occupancyRate * 100);
    case 'hours_booked':
      return round(summary.bookedMinutes / 60);
    case 'hours_delivered':
      return round(summary.deliveredMinutes / 60);
    case 'delivery_percent':
      return summary.plannedMinutes > 0 ? round((summary.deliveredMinutes / summary.plannedMinutes) * 100) : 0;
    case 'organisations_served':
      return summary.organisationsServed;
    case 'bookings':
      return f.reach.bookings;
    case 'hour_requests':
      return f.reach.hourRequests;
    case 'people':
      return f.reach.people;
    case 'savings_cents':
      return summary.savedCents;
    case 'shared_m2_hours':
      return summary.sharedSquareMetreHours;
    case 'board_posts':
      return f.reach.boardPosts;
    case 'board_matches':
      return f.reach.boardMatches;
  }
}
