export type ResourceType = 'space' | 'staff' | 'equipment' | 'vehicle' | 'storage';
/** Kinds lent or allocated by the unit (issue #16): several bookings may share a period up to `quantity`. */
export type PooledResourceType = 'equipment' | 'vehicle' | 'storage';
export const POOLED_RESOURCE_TYPES: readonly PooledResourceType[] = ['equipment', 'vehicle', 'storage'];

/** Weekly hours: ISO weekday (1 = Monday … 7 = Sunday) and local 'HH:mm' times. */
export interface WeeklyHours {
  weekday: number;
  opens: string;
  closes: string;
}

export interface SiteView {
  id: string;
  networkId: string;
  name: string;
  address: string;
  timeZone: string;
  openingHours: WeeklyHours[];
}

export interface CreateSiteRequest {
  networkId: string;
  name: string;
  address?: string;
  timeZone?: string;
  openingHours?: WeeklyHours[];
}

export type UpdateSiteRequest = Partial<Omit<CreateSiteRequest, 'networkId'>>;

export interface BookingRules {
  approvalRequired: boolean;
  minDurationMinutes: number;
  maxDurationMinutes: number;
  granularityMinutes: number;
  minLeadMinutes: number;
  maxAdvanceDays: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** 'network': every organisation of the network; 'list': only `bookableOrganisationIds`. */
  bookableBy: 'network' | 'list';
  bookableOrganisationIds: string[];
  weeklyMinutesPerOrganisation: number | null;
}

export interface ResourceView {
  id: string;
  type: ResourceType;
  name: string;
  networkId: string;
  siteId: string | null;
  siteName: string | null;
  timeZone: string;
  active: boolean;
  carrierOrganisationId: string | null;
  hourlyRateCents: number | null;
  capacity: number | null;
  floorAreaM2: number | null;
  /**
   * A space given over to one organisation: the floor-area key charges it the space's area
   * (pools of its site divide by the areas of dedicated spaces). Null: shared.
   */
  dedicatedOrganisationId: string | null;
  equipment: string[];
  accessibilityNotes: string;
  rules: BookingRules;
  /** Interchangeable units (40 folding tables, 6 shelves); 1 for a room, a person or a single item. */
  quantity?: number;
  /** What one unit is called (« tablette », « table »); empty when unsaid. */
  unitLabel?: string;
  /** Storage: the floor area of one unit, for the area key. */
  unitAreaM2?: number | null;
}

/** `POST /api/resources`: equipment, a vehicle or storage units at a site (rooms keep `POST /api/sites/:id/spaces`). */
export interface CreateResourceRequest {
  type: PooledResourceType;
  siteId: string;
  name: string;
  quantity?: number;
  unitLabel?: string;
  unitAreaM2?: number;
  hourlyRateCents?: number;
  carrierOrganisationId?: string;
  rules?: Partial<BookingRules>;
}

/**
 * `PATCH /api/resources/:id` (equipment, vehicles, storage). Lowering `quantity` below the units booked at
 * some instant still ahead is refused: 409 `QUANTITY_BELOW_BOOKINGS` listing those bookings.
 */
export interface UpdateResourceRequest {
  name?: string;
  quantity?: number;
  unitLabel?: string;
  unitAreaM2?: number;
  hourlyRateCents?: number;
  carrierOrganisationId?: string;
  active?: boolean;
  rules?: Partial<BookingRules>;
}

/** One booking that holds units when a lower quantity is refused (`details.bookings`). */
export interface BookingHoldingUnits {
  seriesId: string;
  occurrenceId: string;
  start: string;
  end: string;
  quantity: number;
  organisationName: string;
  title: string;
}

export interface CreateSpaceRequest {
  siteId: string;
  name: string;
  capacity?: number;
  floorAreaM2?: number;
  /** See `ResourceView.dedicatedOrganisationId`; null makes the space shared again. */
  dedicatedOrganisationId?: string | null;
  equipment?: string[];
  accessibilityNotes?: string;
  hourlyRateCents?: number;
  carrierOrganisationId?: string;
  rules?: Partial<BookingRules>;
}

/** A change of a room; null clears its dedication or its hourly rate. */
export type UpdateSpaceRequest = Partial<Omit<CreateSpaceRequest, 'siteId' | 'hourlyRateCents'>> & {
  hourlyRateCents?: number | null;
  active?: boolean;
};

export interface BlackoutView {
  id: string;
  siteId: string | null;
  resourceId: string | null;
  start: string;
  end: string;
  reason: string;
}

export interface CreateBlackoutRequest {
  siteId?: string;
  resourceId?: string;
  /** ISO instants with offset. */
  start: string;
  end: string;
  reason: string;
}
