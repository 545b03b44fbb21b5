export type ResourceType = 'space' | 'staff' | 'equipment';

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

export type UpdateSpaceRequest = Partial<Omit<CreateSpaceRequest, 'siteId'>> & { active?: boolean };

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
