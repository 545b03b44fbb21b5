import { ModuleWithProviders } from '@angular/core';
import type { TranslocoTestingModule } from '@jsverse/transloco';
import type { AgreementView, CalendarOccurrence, LeaveView, StaffView, TimesheetEntryView } from '@mutualis/contracts';
import recurrenceEn from '../../../../public/i18n/recurrence/en.json';
import recurrenceFr from '../../../../public/i18n/recurrence/fr.json';
import staffEn from '../../../../public/i18n/staff/en.json';
import staffFr from '../../../../public/i18n/staff/fr.json';
import { translocoTesting } from '../../../testing/transloco-testing';
import { anOccurrence } from '../bookings/bookings-testing';

/** For specs: Transloco with the real app, `staff` and `recurrence` files, French active. */
export function staffTranslocoTesting(): ModuleWithProviders<TranslocoTestingModule> {
  return translocoTesting({
    staff: { fr: staffFr, en: staffEn },
    recurrence: { fr: recurrenceFr, en: recurrenceEn },
  });
}

/** Wednesday 4 March 2026, 10:00 in Montréal (EST, UTC−5): « now » in the staff specs. */
export const NOW = Date.parse('2026-03-04T15:00:00Z');

export function aStaff(overrides: Partial<StaffView> = {}): StaffView {
  return {
    id: 'staff-1',
    networkId: 'network-1',
    name: 'Julie Comptable',
    jobTitle: 'Comptable',
    carrierOrganisationId: 'org-carrier',
    userId: 'user-julie',
    timeZone: 'America/Toronto',
    active: true,
    hourlyCostCents: 4550,
    maxMinutesPerDay: 450,
    maxMinutesPerWeek: 2100,
    holidaysOff: true,
    alternatingWeeksAnchor: null,
    workingHours: [
      { week: 'every', weekday: 2, start: '09:00', end: '12:00' },
      { week: 'every', weekday: 2, start: '13:00', end: '17:00' },
      { week: 'every', weekday: 4, start: '09:00', end: '16:00' },
    ],
    rules: {
      approvalRequired: true,
      minDurationMinutes: 15,
      maxDurationMinutes: 720,
      granularityMinutes: 15,
      minLeadMinutes: 0,
      maxAdvanceDays: 365,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      bookableBy: 'network',
      bookableOrganisationIds: [],
      weeklyMinutesPerOrganisation: null,
    },
    ...overrides,
  };
}

/** A pending request for Julie's time: Thursday 5 March 2026, 9:00–12:00, from Centre des femmes. */
export function aStaffOccurrence(overrides: Partial<CalendarOccurrence> = {}): CalendarOccurrence {
  return anOccurrence({
    resourceId: 'staff-1',
    start: '2026-03-05T09:00:00-05:00',
    end: '2026-03-05T12:00:00-05:00',
    status: 'pending',
    organisationId: 'org-2',
    organisationName: 'Centre des femmes',
    title: 'Tenue de livres',
    isMine: false,
    canEdit: false,
    ...overrides,
  });
}

export function aLeave(overrides: Partial<LeaveView> = {}): LeaveView {
  return {
    id: 'leave-1',
    resourceId: 'staff-1',
    kind: 'vacation',
    start: '2026-03-16T04:00:00.000Z',
    end: '2026-03-21T04:00:00.000Z',
    note: '',
    flaggedOccurrences: 0,
    ...overrides,
  };
}

export function anAgreement(overrides: Partial<AgreementView> = {}): AgreementView {
  return {
    id: 'agreement-1',
    organisationId: 'org-1',
    organisationName: 'Maison des jeunes',
    resourceId: 'staff-1',
    minutesPerPeriod: 720,
    periodUnit: 'month',
    startsOn: '2026-01-01',
    endsOn: null,
    overQuota: 'refuse',
    rollover: 'none',
    rolloverCapMinutes: null,
    fixedSharePercent: null,
    ...overrides,
  };
}

/** A saved day of Julie's timesheet: 3 h for Maison de la famille on Tuesday 3 March 2026, a draft. */
export function aTimesheetEntry(overrides: Partial<TimesheetEntryView> = {}): TimesheetEntryView {
  return {
    id: 'entry-1',
    resourceId: 'staff-1',
    organisationId: 'org-famille',
    organisationName: 'Maison de la famille',
    workDate: '2026-03-03',
    minutes: 180,
    note: '',
    status: 'draft',
    disputeComment: null,
    plannedMinutes: 0,
    ...overrides,
  };
}
