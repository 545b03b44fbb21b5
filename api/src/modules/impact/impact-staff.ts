import type { ImpactStaff, StaffUtilisation } from '@mutualis/contracts';
import { minutesOf, periodContaining, staffWorkingTime, subtractIntervals, utilisationRate } from '@mutualis/domain';
import type { AgreementRow, MinutesRow, StaffRow } from './impact.repository';
import { dayStart, type DateWindow } from './impact-window';

/**
 * Shared expertise: per employee and organisation, planned (confirmed bookings) against delivered
 * (confirmed timesheets); per role; each employee's utilisation; each agreement's hour-bank balance.
 */
export function buildStaff(
  staff: StaffRow[],
  planned: MinutesRow[],
  delivered: MinutesRow[],
  agreements: AgreementRow[],
  names: Map<string, string>,
  window: DateWindow,
  organisationId: string | null,
): ImpactStaff {
  const key = (row: { resource_id: string; organisation_id: string }) => `${row.resource_id}|${row.organisation_id}`;
  const plannedBy = new Map(planned.map((row) => [key(row), row.minutes]));
  const deliveredBy = new Map(delivered.map((row) => [key(row), row.minutes]));
  const byId = new Map(staff.map((member) => [member.id, member]));
  const pairs = [...new Set([...plannedBy.keys(), ...deliveredBy.keys()])];
  const lines = pairs
    .map((pair) => {
      const [resourceId, orgId] = pair.split('|');
      const member = byId.get(resourceId);
      return {
        resourceId,
        name: member?.name ?? '—',
        jobTitle: member?.job_title ?? '',
        organisationId: orgId,
        organisationName: names.get(orgId) ?? '—',
        plannedMinutes: plannedBy.get(pair) ?? 0,
        deliveredMinutes: deliveredBy.get(pair) ?? 0,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.organisationName.localeCompare(b.organisationName, 'fr'));

  const roles = new Map<string, { plannedMinutes: number; deliveredMinutes: number }>();
  for (const line of lines) {
    const role = line.jobTitle || line.name;
    const totals = roles.get(role) ?? { plannedMinutes: 0, deliveredMinutes: 0 };
    totals.plannedMinutes += line.plannedMinutes;
    totals.deliveredMinutes += line.deliveredMinutes;
    roles.set(role, totals);
  }

  // Utilisation is about the employee, not an organisation: members see it only for their own hours' employees.
  const visible = organisationId ? new Set(lines.map((line) => line.resourceId)) : null;
  const employees: StaffUtilisation[] = staff
    .filter((member) => !visible || visible.has(member.id))
    .map((member) => {
      const span = {
        start: dayStart(window.from, member.time_zone).getTime(),
        end: dayStart(window.to, member.time_zone).getTime(),
      };
      const working = staffWorkingTime(
        {
          timeZone: member.time_zone,
          hours: member.working_hours,
          alternatingWeeksAnchor: member.alternating_weeks_anchor,
          holidaysOff: member.holidays_off,
        },
        span,
      );
      const contractedMinutes = minutesOf(
        subtractIntervals(
          working,
          member.leave.map(([start, end]) => ({ start, end })),
        ),
      );
      const workedMinutes = delivered.filter((row) => row.resource_id === member.id).reduce((sum, row) => sum + row.minutes, 0);
      return {
        resourceId: member.id,
        name: member.name,
        jobTitle: member.job_title,
        contractedMinutes,
        workedMinutes,
        utilisation: organisationId ? null : utilisationRate(workedMinutes, contractedMinutes),
      };
    });

  const hourBanks = agreements
    .filter((a) => byId.has(a.resource_id))
    .map((a) => {
      const allottedMinutes = a.minutes_per_period * periodsTouching(a, window);
      const bookedMinutes = plannedBy.get(key(a)) ?? 0;
      return {
        resourceId: a.resource_id,
        name: byId.get(a.resource_id)?.name ?? '—',
        organisationId: a.organisation_id,
        organisationName: names.get(a.organisation_id) ?? '—',
        allottedMinutes,
        bookedMinutes,
        balanceMinutes: allottedMinutes - bookedMinutes,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.organisationName.localeCompare(b.organisationName, 'fr'));

  return {
    lines,
    byRole: [...roles].map(([role, totals]) => ({ role, ...totals })).sort((a, b) => a.role.localeCompare(b.role, 'fr')),
    employees,
    hourBanks,
    total: {
      plannedMinutes: lines.reduce((sum, line) => sum + line.plannedMinutes, 0),
      deliveredMinutes: lines.reduce((sum, line) => sum + line.deliveredMinutes, 0),
    },
  };
}

/** The agreement's periods (weeks, months, years) that touch both the window and the agreement's dates. */
function periodsTouching(a: AgreementRow, window: DateWindow): number {
  const from = a.starts_on > window.from ? a.starts_on : window.from;
  const to = a.ends_on && a.ends_on < window.to ? a.ends_on : window.to;
  let count = 0;
  for (
    let period = periodContaining(from, a.period_unit);
    period.start < to;
    period = periodContaining(period.end, a.period_unit)
  ) {
    count += 1;
  }
  return count;
}
