import type { OccurrenceInstant, SkippedOccurrenceView } from '../recurrence/recurrence-contracts';
import type { QuotaWarning } from '../staff/staff-contracts';

export type OccurrenceStatus = 'pending' | 'confirmed' | 'cancelled' | 'declined' | 'expired';
export type EditScope = 'one' | 'following' | 'all';

export interface CreateBookingRequest {
  resourceId: string;
  /** Defaults to the caller's only (or active) organisation. */
  organisationId?: string;
  title: string;
  /** Local wall-clock 'YYYY-MM-DDTHH:mm'. Omitted for a day loan given by `startDate`/`endDate`. */
  start?: string;
  /** Defaults to the resource's zone. */
  timeZone?: string;
  durationMinutes?: number;
  /**
   * A day loan of equipment, a vehicle or storage: picked up on `startDate` when the site opens, returned on
   * `endDate` (inclusive) when it closes; storage runs from midnight to midnight.
   */
  startDate?: string;
  endDate?: string;
  /** Units taken (equipment, vehicles, storage); 1 when omitted. More than are free → 409 INSUFFICIENT_QUANTITY. */
  quantity?: number;
  rrule?: string;
  exdates?: string[];
  skipHolidays?: 'QC';
  /** Book the free occurrences and report the others in `skipped`, instead of refusing the whole series. */
  skipConflicts?: boolean;
  private?: boolean;
  notes?: string;
  /**
   * A bundle (rooms only): equipment booked with the room at the same times, all or nothing. Every part passes
   * every check in one transaction; a refusal names its part in `details.part`. Changes and cancellations of
   * the room carry the bundled equipment along.
   */
  equipment?: BundledItemRequest[];
}

export interface BundledItemRequest {
  resourceId: string;
  /** Units taken; 1 when omitted. */
  quantity?: number;
}

/** The part of a bundle a refusal is about (`details.part` of the error). */
export interface BundlePartRef {
  kind: 'room' | 'equipment';
  /** Position in `equipment` (equipment only). */
  index?: number;
  resourceId: string;
  resourceName: string;
}

/** Equipment booked with a room booking (`BookingSeriesView.bundle`). */
export interface BundledItemView {
  seriesId: string;
  resourceId: string;
  resourceName: string;
  quantity: number;
  /** 'ended' once its occurrences are all past. */
  status: 'active' | 'ended';
}

export interface OccurrenceView extends OccurrenceInstant {
  id: string;
  status: OccurrenceStatus;
}

export interface BookingSkipped extends Omit<SkippedOccurrenceView, 'reason'> {
  reason: SkippedOccurrenceView['reason'] | 'CONFLICT' | 'BLACKOUT' | 'OUTSIDE_OPENING_HOURS';
}

export interface BookingConflict {
  start: string;
  end: string;
  resourceId: string;
  /** Only when the network shows organisation names to its members. */
  organisationName?: string;
}

/** `POST /api/bookings` (201) and `GET /api/bookings/:id`. */
export interface BookingSeriesView {
  id: string;
  resourceId: string;
  resourceName: string;
  organisationId: string;
  organisationName: string;
  title: string | null;
  notes: string | null;
  private: boolean;
  start: string;
  timeZone: string;
  durationMinutes: number;
  rrule: string | null;
  exdates: string[];
  /** Summary status: 'pending' while any future occurrence waits for approval. */
  status: OccurrenceStatus | 'active';
  isMine: boolean;
  canEdit: boolean;
  occurrences: OccurrenceView[];
  skipped: BookingSkipped[];
  /** Over-quota warnings under a 'warn' agreement (staff requests). */
  warnings?: QuotaWarning[];
  /** Units taken (equipment, vehicles, storage); 1 otherwise. */
  quantity?: number;
  /** A room booking's bundled equipment (not cancelled). */
  bundle?: BundledItemView[];
  /** Equipment of a bundle: the room booking it follows (its times change with the room's only). */
  bundledWith?: string | null;
}

/** One line of `GET /api/bookings`: an occurrence as the caller may see it. */
export interface CalendarOccurrence {
  id: string;
  seriesId: string;
  resourceId: string;
  start: string;
  end: string;
  status: OccurrenceStatus;
  organisationId: string;
  /** Null when the network hides other organisations' names. */
  organisationName: string | null;
  /** Null for another organisation's private booking. */
  title: string | null;
  isMine: boolean;
  /** The caller may change it (its requester, an admin of its organisation, a coordinator of the network). */
  canEdit: boolean;
  recurring: boolean;
  /** Leave was recorded over it after it was booked: it should move. */
  needsReschedule: boolean;
  /** Another time the approver proposed, waiting for the requester's answer; null when none. */
  proposedStart: string | null;
  proposedEnd: string | null;
}

export interface UpdateBookingRequest {
  scope: EditScope;
  /** Required for 'one' and 'following' on a recurring series. */
  occurrenceId?: string;
  changes: {
    title?: string;
    notes?: string;
    private?: boolean;
    /** New local start of the chosen occurrence (one) or of the series from it on (following/all). */
    start?: string;
    durationMinutes?: number;
    rrule?: string | null;
  };
}

export interface CancelBookingRequest {
  scope: EditScope;
  occurrenceId?: string;
  reason?: string;
}

export interface DeclineBookingRequest {
  reason: string;
  occurrenceId?: string;
}

export interface ApproveBookingRequest {
  occurrenceId?: string;
}

/** `POST /api/bookings/:id/checkout` (« Emprunt ») and `/return` (« Retour »). */
export interface LoanActionRequest {
  occurrenceId: string;
  /** A vehicle's odometer: required for vehicles, at check-out and at return. */
  odometerKm?: number;
  /** Who drives (vehicles, at check-out: required). */
  driverName?: string;
  /** Condition, fuel, cleaning. */
  notes?: string;
}

export interface LoanView {
  occurrenceId: string;
  seriesId: string;
  resourceId: string;
  resourceName: string;
  resourceType: string;
  organisationId: string;
  organisationName: string;
  quantity: number;
  start: string;
  end: string;
  checkedOutAt: string | null;
  checkedOutByName: string | null;
  driverName: string | null;
  odometerOutKm: number | null;
  checkoutNotes: string;
  returnedAt: string | null;
  returnedByName: string | null;
  odometerInKm: number | null;
  returnNotes: string;
  /** Kilometres driven (vehicles, once returned). */
  kilometres: number | null;
  /** Flagged late: not returned when due; its units stay blocked until returned. */
  late: boolean;
}

/** `GET /api/availability`: how many units of an item are free over a window (the busiest instant counts). */
export interface ItemAvailability {
  resourceId: string;
  quantity: number;
  /** Units taken at the busiest instant of the window (a late loan not returned counts until it is). */
  inUse: number;
  /** Units free for the whole window: `quantity - inUse`, never below 0. */
  available: number;
}

/** `GET /api/storage-plan`: a site's storage over a window, who holds which part of it. */
export interface StoragePlanView {
  siteId: string;
  from: string;
  to: string;
  spaces: StorageSpaceView[];
}

/** Storage units of one kind at a site (6 shelves of 1.5 m²) and who holds them over the window. */
export interface StorageSpaceView {
  resourceId: string;
  name: string;
  quantity: number;
  /** What one unit is called (« tablette »); empty when unsaid. */
  unitLabel: string;
  /** Area of one unit; null when not given (the area key then weighs it as 0). */
  unitAreaM2: number | null;
  /** Units held at the busiest instant of the window, and what is left free for all of it. */
  inUse: number;
  available: number;
  holders: StorageHolderView[];
}

/** An allocation of storage units overlapping the window. */
export interface StorageHolderView {
  seriesId: string;
  /** Null when the network hides other organisations' names (« Réservé »). */
  organisationName: string | null;
  isMine: boolean;
  units: number;
  /** units × the unit's area; null when the area is unknown. */
  areaM2: number | null;
  start: string;
  end: string;
}
