import { Injectable } from '@nestjs/common';
import type { QuotaWarning } from '@mutualis/contracts';
import {
  assessQuota,
  occurrencesOutsideWorkingTime,
  periodContaining,
  previousPeriod,
  staffCapsExceeded,
  resolveTimeZone,
  type StaffSchedule,
  ZoneClock,
} from '@mutualis/domain';
import { DateTime, type IANAZone } from 'luxon';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../errors/domain-error';
import { AgreementRepository } from './agreements/agreement.repository';
import { HourBankRepository } from './hour-bank/hour-bank.repository';
import { LeaveRepository } from './leave/leave.repository';
import { StaffRepository } from './members/staff.repository';

export interface RequestedTime {
  startMs: number;
  endMs: number;
}

/**
 * What makes booking a person different from booking a room: working hours (and holidays),
 * leave, daily and weekly caps, and the organisation's agreement (quota). Throws the first
 * refusal with its details; returns warnings for quota overruns the agreement only flags.
 */
@Injectable()
export class StaffBookingRules {
  constructor(
    private readonly staff: StaffRepository,
    private readonly leave: LeaveRepository,
    private readonly agreements: AgreementRepository,
    private readonly minutes: HourBankRepository,
  ) {}

  async check(
    manager: EntityManager,
    resource: { id: string; timeZone: string },
    organisationId: string,
    requested: RequestedTime[],
    excludeOccurrenceIds: string[] = [],
  ): Promise<QuotaWarning[]> {
    const member = await this.staff.get(manager, resource.id);
    if (!member || requested.length === 0) return [];
    const zone = member.timeZone;
    const iso = (ms: number) => DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) as string;
    const intervals = requested.map((r) => ({ start: r.startMs, end: r.endMs }));
    const schedule: StaffSchedule = {
      timeZone: zone,
      hours: member.workingHours,
      alternatingWeeksAnchor: member.alternatingWeeksAnchor,
      holidaysOff: member.holidaysOff,
    };

    const outside = occurrencesOutsideWorkingTime(intervals, schedule);
    if (outside.length > 0) {
      throw new DomainError('OUTSIDE_WORKING_HOURS', `${member.name} does not work at some of these times.`, {
        occurrences: outside.map((o) => ({ start: iso(o.start), end: iso(o.end) })),
        workingHours: member.workingHours,
        holidaysOff: member.holidaysOff,
      });
    }
    const leave = await this.leave.onLeave(manager, resource.id, requested);
    if (leave.length > 0) {
      throw new DomainError('ON_LEAVE', `${member.name} is on leave at some of these times.`, {
        occurrences: leave.map((l) => ({ start: iso(requested[l.index].startMs), kind: l.kind })),
      });
    }
    const first = Math.min(...requested.map((r) => r.startMs));
    const last = Math.max(...requested.map((r) => r.endMs));
    const existing = await this.minutes.minutesByDay(manager, resource.id, zone, first, last, excludeOccurrenceIds);
    const caps = staffCapsExceeded(intervals, existing, {
      timeZone: zone,
      maxMinutesPerDay: member.maxMinutesPerDay,
      maxMinutesPerWeek: member.maxMinutesPerWeek,
    });
    if (caps.length > 0) {
      throw new DomainError('STAFF_CAP_EXCEEDED', `${member.name} would work more than the daily or weekly maximum.`, { caps });
    }
    return this.checkQuota(manager, resource.id, organisationId, zone, requested, excludeOccurrenceIds);
  }

  private async checkQuota(
    manager: EntityManager,
    resourceId: string,
    organisationId: string,
    zone: string,
    requested: RequestedTime[],
    excludeOccurrenceIds: string[],
  ): Promise<QuotaWarning[]> {
    // A clock for the whole request: luxon per occurrence resolves the zone's offset from scratch each time.
    const clock = new ZoneClock(resolveTimeZone(zone) as IANAZone);
    const localDate = (ms: number) => clock.format(ms).slice(0, 10);
    const agreement = await this.agreements.agreementOn(manager, resourceId, organisationId, localDate(requested[0].startMs));
    if (!agreement || agreement.minutesPerPeriod === null) return [];
    const unit = agreement.periodUnit;
    const requestedByPeriod = new Map<string, number>();
    for (const r of requested) {
      const start = periodContaining(localDate(r.startMs), unit).start;
      requestedByPeriod.set(start, (requestedByPeriod.get(start) ?? 0) + (r.endMs - r.startMs) / 60_000);
    }
    const starts = [...requestedByPeriod.keys()].sort();
    const from = previousPeriod(periodContaining(starts[0], unit)).start;
    const to = periodContaining(starts[starts.length - 1], unit).end;
    // What a change replaces is not counted twice.
    const byDay = await this.minutes.organisationMinutesByDay(
      manager,
      resourceId,
      organisationId,
      zone,
      from,
      to,
      excludeOccurrenceIds,
    );
    const usedByPeriod = new Map<string, number>();
    for (const [day, minutes] of byDay) {
      const start = periodContaining(day, unit).start;
      usedByPeriod.set(start, (usedByPeriod.get(start) ?? 0) + minutes);
    }
    const over = assessQuota(
      {
        minutesPerPeriod: agreement.minutesPerPeriod,
        unit,
        rollover: agreement.rollover,
        rolloverCapMinutes: agreement.rolloverCapMinutes,
      },
      requestedByPeriod,
      usedByPeriod,
    ).filter((line) => line.exceeded);
    const warnings: QuotaWarning[] = over.map((line) => ({
      code: 'QUOTA_EXCEEDED',
      period: line.period,
      allottedMinutes: line.allottedMinutes + line.carriedOverMinutes,
      usedMinutes: line.usedMinutes,
      requestedMinutes: line.requestedMinutes,
    }));
    if (warnings.length > 0 && agreement.overQuota === 'refuse') {
      const [firstOver] = warnings;
      throw new DomainError('QUOTA_EXCEEDED', "This request goes beyond the organisation's agreement for the period.", {
        period: firstOver.period,
        allottedMinutes: firstOver.allottedMinutes,
        usedMinutes: firstOver.usedMinutes,
        requestedMinutes: firstOver.requestedMinutes,
        periods: warnings,
      });
    }
    return warnings;
  }
}
