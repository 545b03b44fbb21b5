import type { BookingRules } from '../premises/premises-contracts';

/** 'every' week, or only weeks A / B when hours alternate (week A starts on `alternatingWeeksAnchor`). */
export type WorkingWeek = 'every' | 'A' | 'B';

export interface WorkingHoursEntry {
  week: WorkingWeek;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** 'HH:mm' local. */
  start: string;
  end: string;
}

export interface StaffView {
  id: string;
  networkId: string;
  name: string;
  jobTitle: string;
  carrierOrganisationId: string | null;
  userId: string | null;
  timeZone: string;
  active: boolean;
  /** Salary and benefits per hour, integer cents. */
  hourlyCostCents: number | null;
  maxMinutesPerDay: number | null;
  maxMinutesPerWeek: number | null;
  holidaysOff: boolean;
  alternatingWeeksAnchor: string | null;
  workingHours: WorkingHoursEntry[];
  rules: BookingRules;
}

/** An invitation to be a pooled employee's account; the link is shown once, to the coordinator who made it. */
export interface StaffInvitation {
  email: string;
  expiresAt: string;
  acceptUrl: string;
}

/** What creating or changing a pooled employee answers: the employee, and the invitation made, if any. */
export interface StaffWriteResult extends StaffView {
  invitation?: StaffInvitation;
}

export interface CreateStaffRequest {
  networkId: string;
  name: string;
  jobTitle?: string;
  carrierOrganisationId?: string;
  /**
   * The employee's own account, which approves requests and sees « Mon horaire »: an invitation is
   * made for this e-mail (see `StaffWriteResult.invitation`); the account is linked when they accept.
   */
  userEmail?: string;
  timeZone?: string;
  hourlyCostCents?: number;
  maxMinutesPerDay?: number;
  maxMinutesPerWeek?: number;
  holidaysOff?: boolean;
  alternatingWeeksAnchor?: string;
  workingHours?: WorkingHoursEntry[];
}

/** Fields of a staff member that may be emptied. */
export type ClearableStaffField =
  | 'hourlyCostCents'
  | 'maxMinutesPerDay'
  | 'maxMinutesPerWeek'
  | 'carrierOrganisationId'
  | 'alternatingWeeksAnchor';

/** An absent field stays as it is; `null` clears a clearable field. */
export type UpdateStaffRequest = Partial<Omit<CreateStaffRequest, 'networkId' | ClearableStaffField>> & {
  [K in ClearableStaffField]?: CreateStaffRequest[K] | null;
} & { active?: boolean };

export type LeaveKind = 'vacation' | 'sick' | 'training' | 'other';

export interface LeaveView {
  id: string;
  resourceId: string;
  kind: LeaveKind;
  start: string;
  end: string;
  note: string;
  /** Occurrences inside the leave, flagged for rescheduling (never deleted). */
  flaggedOccurrences: number;
}

export interface CreateLeaveRequest {
  kind: LeaveKind;
  start: string;
  end: string;
  note?: string;
}

export type QuotaPeriodUnit = 'week' | 'month' | 'year';

export interface AgreementView {
  id: string;
  organisationId: string;
  organisationName: string;
  resourceId: string;
  minutesPerPeriod: number | null;
  periodUnit: QuotaPeriodUnit;
  startsOn: string;
  endsOn: string | null;
  overQuota: 'refuse' | 'warn';
  rollover: 'none' | 'next';
  rolloverCapMinutes: number | null;
  fixedSharePercent: number | null;
}

export interface CreateAgreementRequest {
  organisationId: string;
  resourceId: string;
  minutesPerPeriod?: number | null;
  periodUnit?: QuotaPeriodUnit;
  startsOn: string;
  endsOn?: string | null;
  overQuota?: 'refuse' | 'warn';
  rollover?: 'none' | 'next';
  rolloverCapMinutes?: number | null;
  fixedSharePercent?: number | null;
}

export type UpdateAgreementRequest = Partial<Omit<CreateAgreementRequest, 'organisationId' | 'resourceId'>>;

/** A warning attached to a booking created over quota under a 'warn' agreement. */
export interface QuotaWarning {
  code: 'QUOTA_EXCEEDED';
  period: { unit: QuotaPeriodUnit; start: string; end: string };
  allottedMinutes: number;
  usedMinutes: number;
  requestedMinutes: number;
}

export interface HourBankLine {
  period: { unit: QuotaPeriodUnit; start: string; end: string };
  allottedMinutes: number;
  carriedOverMinutes: number;
  bookedMinutes: number;
  workedMinutes: number;
  remainingMinutes: number;
}

export interface HourBankView {
  resourceId: string;
  organisationId: string;
  agreementId: string | null;
  lines: HourBankLine[];
}

/** Free/busy of a staff member as other organisations may see it: no titles, no organisations. */
export interface StaffAvailabilityView {
  resourceId: string;
  timeZone: string;
  workingTime: Array<{ start: string; end: string }>;
  busy: Array<{ start: string; end: string }>;
  leave: Array<{ start: string; end: string }>;
  freeSlots?: Array<{ start: string; end: string }>;
}

export type TimesheetStatus = 'suggested' | 'draft' | 'submitted' | 'confirmed' | 'disputed' | 'locked';

/** Time actually worked by a pooled employee for one organisation on one local day. */
export interface TimesheetEntryView {
  /** Null for a suggestion prefilled from confirmed requests, not saved yet. */
  id: string | null;
  resourceId: string;
  organisationId: string;
  organisationName: string;
  workDate: string;
  minutes: number;
  note: string;
  status: TimesheetStatus;
  disputeComment: string | null;
  /** Minutes of confirmed requests that day, for comparison. */
  plannedMinutes: number;
}

export interface SaveTimesheetEntryRequest {
  resourceId: string;
  organisationId: string;
  workDate: string;
  minutes: number;
  note?: string;
}

/** A week of one employee's timesheet ('weekStart' is its Monday). */
export interface TimesheetWeekRequest {
  resourceId: string;
  weekStart: string;
  /** For confirm and dispute: the receiving organisation. */
  organisationId?: string;
  comment?: string;
}

export interface HourRequestView {
  id: string;
  resourceId: string;
  organisationId: string;
  organisationName: string;
  title: string;
  notes: string;
  minutes: number;
  scheduledMinutes: number;
  from: string;
  to: string;
  status: 'open' | 'scheduled' | 'cancelled';
}

/** « 10 h entre le 1er et le 31 mars »: hours within a window, scheduled later by the employee. */
export interface CreateHourRequestRequest {
  resourceId: string;
  organisationId?: string;
  title: string;
  notes?: string;
  minutes: number;
  /** Local dates, inclusive. */
  from: string;
  to: string;
}

/** One slot at a time, so that each is checked and booked atomically. */
export interface ScheduleHourRequestRequest {
  /** Local wall clock 'YYYY-MM-DDTHH:mm'. */
  start: string;
  durationMinutes: number;
}

export interface ProposeTimeRequest {
  occurrenceId: string;
  /** Local wall clock 'YYYY-MM-DDTHH:mm'. */
  start: string;
  durationMinutes?: number;
}

export interface ProposalAnswerRequest {
  occurrenceId: string;
}
