import { Injectable } from '@nestjs/common';
import type { HomeAmountOwed, HomeBooking, HomeHourBank, HomeView } from '@mutualis/contracts';
import { hourBankLine, periodContaining, previousPeriod } from '@mutualis/domain';
import { DateTime } from 'luxon';
import { Clock } from '../../clock/clock';
import type { AuthenticatedUser } from '../access/authenticated-user';
import { AllocationReportService } from '../reports/allocation-report.service';
import { HomeRepository, type AgreementRow, type HomeScope, type NextBookingRow } from './home.repository';

const NEXT_BOOKINGS = 5;
/** Networks have no zone of their own: months and days of « Accueil » are Montréal's, like the demo's. */
const HOME_ZONE = 'America/Toronto';

/**
 * « Accueil »: what needs the caller now, in one request. Every part reads "now" from the Clock
 * and runs at the same time as the others.
 */
@Injectable()
export class HomeService {
  constructor(
    private readonly home: HomeRepository,
    private readonly reports: AllocationReportService,
    private readonly clock: Clock,
  ) {}

  async view(user: AuthenticatedUser): Promise<HomeView> {
    const now = this.clock.now();
    const scope = await this.scopeOf(user, now);
    const [counts, bookings, hourBanks, owed] = await Promise.all([
      this.home.counts(scope),
      this.home.nextBookings(scope, NEXT_BOOKINGS),
      this.hourBanks(scope),
      this.owedThisMonth(scope),
    ]);
    return {
      now: now.toISOString(),
      counts,
      nextBookings: bookings.map((row) => toHomeBooking(row, user)),
      hourBanks,
      owedThisMonth: owed,
    };
  }

  private async scopeOf(user: AuthenticatedUser, now: Date): Promise<HomeScope> {
    const employeeTimeZone = user.staffResourceId ? await this.home.staffTimeZone(user.staffResourceId) : null;
    const local = DateTime.fromJSDate(now, { zone: HOME_ZONE });
    return {
      now,
      staffResourceId: user.staffResourceId,
      memberOrganisationIds: [...user.memberships.keys()],
      adminOrganisationIds: [...user.memberships].filter(([, m]) => m.role === 'admin').map(([id]) => id),
      coordinatedNetworkIds: [...user.coordinatorOf.keys()],
      employeeTimeZone,
      employeeWeekStart: employeeTimeZone
        ? DateTime.fromJSDate(now, { zone: employeeTimeZone }).startOf('week').toISODate()
        : null,
      monthStart: local.startOf('month').toISODate() ?? '',
    };
  }

  /** Each quota agreement of the caller's organisations, in its current period (the resource's local dates). */
  private async hourBanks(scope: HomeScope): Promise<HomeHourBank[]> {
    const today = DateTime.fromJSDate(scope.now, { zone: HOME_ZONE }).toISODate() ?? '';
    const agreements = await this.home.agreements(scope.memberOrganisationIds, today);
    return Promise.all(agreements.map((a) => this.hourBank(a, scope.now)));
  }

  private async hourBank(a: AgreementRow, now: Date): Promise<HomeHourBank> {
    const day = DateTime.fromJSDate(now, { zone: a.time_zone }).toISODate() ?? '';
    const period = periodContaining(day, a.period_unit);
    const previous = previousPeriod(period);
    const usage = await this.home.bankUsage(a, previous.start, period.start, period.end);
    const terms = {
      minutesPerPeriod: a.minutes_per_period,
      unit: a.period_unit,
      rollover: a.rollover,
      rolloverCapMinutes: a.rollover_cap_minutes,
    };
    return {
      resourceId: a.resource_id,
      resourceName: a.resource_name,
      organisationId: a.organisation_id,
      organisationName: a.organisation_name,
      ...hourBankLine(terms, period, { bookedBefore: usage.previous, booked: usage.booked, worked: usage.worked }),
    };
  }

  /** The planned allocation of the current month, summed per organisation of the caller (closed months from their snapshot). */
  private async owedThisMonth(scope: HomeScope): Promise<HomeAmountOwed[]> {
    const from = scope.monthStart;
    const to = DateTime.fromISO(from).plus({ months: 1 }).toISODate() ?? '';
    const owed = await this.reports.plannedAmountsOwed(scope.memberOrganisationIds, from, to);
    return owed.map((row) => ({ ...row, from, to }));
  }
}

/** Another organisation's private booking (on the employee's schedule) shows no title, as on the calendar. */
function toHomeBooking(row: NextBookingRow, user: AuthenticatedUser): HomeBooking {
  const own = user.memberships.has(row.organisation_id);
  return {
    occurrenceId: row.occurrence_id,
    seriesId: row.series_id,
    resourceId: row.resource_id,
    resourceName: row.resource_name,
    resourceType: row.resource_type,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    title: row.private && !own ? null : row.title,
    start: row.starts_at.toISOString(),
    end: row.ends_at.toISOString(),
    timeZone: row.time_zone,
    status: row.status,
  };
}
