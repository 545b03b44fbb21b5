/** Booked against open time; `rate` is booked ÷ open, between 0 and 1 (0 when nothing is open). */
export interface OccupancyFigures {
  bookedMinutes: number;
  openMinutes: number;
  rate: number;
}

export interface RoomOccupancy extends OccupancyFigures {
  resourceId: string;
  name: string;
  siteId: string;
  siteName: string;
  floorAreaM2: number | null;
  /** Per local month of the window ('YYYY-MM-01'), partial months clipped to the window. */
  byMonth: Array<OccupancyFigures & { month: string }>;
}

export interface SiteOccupancy extends OccupancyFigures {
  siteId: string;
  name: string;
}

export interface ImpactOccupancy {
  rooms: RoomOccupancy[];
  sites: SiteOccupancy[];
  total: OccupancyFigures;
  /** Minutes per local weekday (Monday = 0) × hour (0–23), all rooms together. */
  heatMap: { booked: number[][]; open: number[][] };
  /** Rooms booked less than `RARELY_USED_RATE` of their open time. */
  rarelyUsedResourceIds: string[];
}

export const RARELY_USED_RATE = 0.1;

/** Hours of a pooled employee for one organisation: planned (confirmed bookings) and delivered (confirmed timesheets). */
export interface StaffDeliveryLine {
  resourceId: string;
  name: string;
  jobTitle: string;
  organisationId: string;
  organisationName: string;
  plannedMinutes: number;
  deliveredMinutes: number;
}

export interface StaffUtilisation {
  resourceId: string;
  name: string;
  jobTitle: string;
  /** Working hours in the window, minus leave and (when days off) holidays. */
  contractedMinutes: number;
  workedMinutes: number;
  /** worked ÷ contracted; above 1 is overtime; null without contracted time. */
  utilisation: number | null;
}

export interface HourBankBalance {
  resourceId: string;
  name: string;
  organisationId: string;
  organisationName: string;
  /** Allotted over the agreement's periods that touch the window. */
  allottedMinutes: number;
  bookedMinutes: number;
  balanceMinutes: number;
}

export interface ImpactStaff {
  lines: StaffDeliveryLine[];
  /** Per pooled role (the job title): « Comptabilité », « Communications »… */
  byRole: Array<{ role: string; plannedMinutes: number; deliveredMinutes: number }>;
  employees: StaffUtilisation[];
  hourBanks: HourBankBalance[];
  total: { plannedMinutes: number; deliveredMinutes: number };
}

export interface ImpactReach {
  organisationsServed: number;
  /** Confirmed occurrences of room bookings in the window. */
  bookings: number;
  /** Hour requests to pooled employees (series) with time in the window. */
  hourRequests: number;
  /** Distinct people who booked or requested. */
  people: number;
  /** « Babillard »: offers and needs posted, conversations opened, matches, and the rooms, agreements or bookings they created, in the window. */
  boardPosts: number;
  boardConversations: number;
  boardMatches: number;
  boardCreations: number;
}

export type StandAloneRateKind = 'per_hour' | 'per_m2_month';

export interface StandAloneRateView {
  resourceId: string;
  resourceName: string;
  resourceType: 'space' | 'staff' | 'equipment';
  floorAreaM2: number | null;
  kind: StandAloneRateKind | null;
  rateCents: number | null;
  note: string;
}

export interface SetStandAloneRateRequest {
  kind: StandAloneRateKind;
  rateCents: number;
  note?: string;
}

export interface SavingsLineView {
  organisationId: string;
  organisationName: string;
  standAloneCents: number;
  chargedCents: number;
  savedCents: number;
  /** One sentence per resource, in the caller's language: « Salle A : 12 h × 45,00 $/h = 540,00 $ ». */
  explanation: string[];
}

export interface ImpactSavings {
  lines: SavingsLineView[];
  total: { standAloneCents: number; chargedCents: number; savedCents: number };
}

export interface ImpactEnvironment {
  /** Σ floor area × booked hours of shared rooms: space not duplicated by each organisation. */
  sharedSquareMetreHours: number;
}

export type IndicatorStage = 'activity' | 'output' | 'effect';
export type IndicatorMetric =
  | 'entered'
  | 'occupancy_percent'
  | 'hours_booked'
  | 'hours_delivered'
  | 'delivery_percent'
  | 'organisations_served'
  | 'bookings'
  | 'hour_requests'
  | 'people'
  | 'savings_cents'
  | 'shared_m2_hours'
  | 'board_posts'
  | 'board_matches';

/**
 * How the target of the window on screen was found: `period`, set for exactly this period;
 * `prorated`, shares of the targets of the periods covering it (a month gets a twelfth of its
 * fiscal year's target); `enclosing`, a longer period's target as is (rates and counts of distinct
 * organisations or people do not divide); `default`, the indicator's default target.
 */
export type IndicatorTargetBasis = 'period' | 'prorated' | 'enclosing' | 'default';

/** A target set for a reporting period: a month, a calendar quarter, a calendar year or a fiscal year (April–March). */
export interface IndicatorPeriodTarget {
  from: string;
  to: string;
  target: number;
}

export interface ImpactIndicatorView {
  id: string;
  stage: IndicatorStage;
  nameFr: string;
  nameEn: string;
  metric: IndicatorMetric;
  /** The target of the window (see `targetBasis`); null when none applies. */
  target: number | null;
  targetBasis: IndicatorTargetBasis | null;
  /** The period targets `target` comes from, in date order (none for the default target). */
  targetSources: IndicatorPeriodTarget[];
  /** The indicator's own target, for any period without one (what `SaveIndicatorRequest.target` sets). */
  defaultTarget: number | null;
  position: number;
  /** The figure for the window: computed, or the sum of the values entered for periods inside it; null when none. */
  value: number | null;
  /** Entered indicators: `period` when a value is entered for exactly this window, `sum` when summed from shorter periods inside it. */
  valueBasis: 'period' | 'sum' | null;
  /** value ÷ target, null without either. */
  progress: number | null;
}

export interface SaveIndicatorRequest {
  networkId: string;
  stage: IndicatorStage;
  nameFr: string;
  nameEn: string;
  metric: IndicatorMetric;
  /** The default target: for any period without a target of its own. */
  target?: number | null;
  position?: number;
}

/** The target of one reporting period (`from` its first day, `to` the day after its last). */
export interface IndicatorTargetRequest {
  from: string;
  to: string;
  target: number;
}

export interface IndicatorValueRequest {
  from: string;
  to: string;
  value: number;
  note?: string;
}

/** The headline figures, also computed for the comparison windows. */
export interface ImpactSummary {
  occupancyRate: number;
  bookedMinutes: number;
  deliveredMinutes: number;
  plannedMinutes: number;
  organisationsServed: number;
  savedCents: number;
  sharedSquareMetreHours: number;
}

export interface ImpactReport {
  networkId: string;
  networkName: string;
  /** The organisation the figures are limited to (always set for members), or null for the whole network. */
  organisationId: string | null;
  organisationName: string | null;
  from: string;
  to: string;
  summary: ImpactSummary;
  comparison: {
    previous: { from: string; to: string; summary: ImpactSummary };
    lastYear: { from: string; to: string; summary: ImpactSummary };
  };
  occupancy: ImpactOccupancy;
  staff: ImpactStaff;
  reach: ImpactReach;
  savings: ImpactSavings;
  environment: ImpactEnvironment;
  indicators: ImpactIndicatorView[];
}
