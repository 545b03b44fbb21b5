import type { OccurrenceStatus } from '../bookings/booking-contracts';
import type { QuotaPeriodUnit } from '../staff/staff-contracts';

/**
 * What needs the caller now, by kind of to-do. A count the caller has no part in is 0 (a member
 * has no approvals to give); the web app links each to the page where it is handled.
 */
export interface HomeCounts {
  /** Coordinators: pending bookings of their networks' resources, waiting for a decision. */
  approvalsWaiting: number;
  /** Pooled employees: requests (one per series) for their time, waiting for their answer. */
  hourRequestsWaiting: number;
  /** Pooled employees: past weeks (of the last eight) with time not submitted yet. */
  timesheetsToSubmit: number;
  /** Organisation admins: submitted weeks (per employee) waiting for their confirmation. */
  timesheetsToConfirm: number;
  /** Disputed weeks the caller has a part in: as the employee, the organisation's admin or the coordinator. */
  disputes: number;
  /** Organisation admins: invitations sent and neither accepted, revoked nor expired. */
  invitationsPending: number;
  /** Coordinators: past months (of the last twelve) with costs to allocate or time worked, and no closed period. */
  periodsToClose: number;
}

/** One of the caller's next bookings: their organisations' bookings, or a pooled employee's own schedule. */
export interface HomeBooking {
  occurrenceId: string;
  seriesId: string;
  resourceId: string;
  resourceName: string;
  resourceType: 'space' | 'staff' | 'equipment';
  organisationId: string;
  organisationName: string;
  /** Null when the booking is private to another organisation. */
  title: string | null;
  start: string;
  end: string;
  timeZone: string;
  status: Extract<OccurrenceStatus, 'pending' | 'confirmed'>;
}

/** An organisation's hours on a pooled employee in the agreement's current period. */
export interface HomeHourBank {
  resourceId: string;
  resourceName: string;
  organisationId: string;
  organisationName: string;
  period: { unit: QuotaPeriodUnit; start: string; end: string };
  allottedMinutes: number;
  carriedOverMinutes: number;
  /** Pending and confirmed bookings in the period. */
  bookedMinutes: number;
  /** Confirmed timesheets in the period. */
  workedMinutes: number;
  remainingMinutes: number;
}

/** What one of the caller's organisations owes for the current month so far (planned allocation). */
export interface HomeAmountOwed {
  organisationId: string;
  organisationName: string;
  networkId: string;
  from: string;
  to: string;
  amountCents: number;
}

export interface HomeView {
  /** The instant the figures were computed for (the server's clock). */
  now: string;
  counts: HomeCounts;
  nextBookings: HomeBooking[];
  hourBanks: HomeHourBank[];
  owedThisMonth: HomeAmountOwed[];
}
