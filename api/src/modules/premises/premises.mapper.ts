import type { BlackoutView, BookingRules, ResourceView, SiteView, WeeklyHours } from '@mutualis/contracts';

export interface ResourceRow {
  id: string;
  type: ResourceView['type'];
  name: string;
  network_id: string;
  site_id: string | null;
  site_name: string | null;
  time_zone: string;
  active: boolean;
  carrier_organisation_id: string | null;
  hourly_rate_cents: string | null;
  capacity: number | null;
  floor_area_m2: string | null;
  dedicated_organisation_id: string | null;
  equipment: string[] | null;
  accessibility_notes: string | null;
  approval_required: boolean;
  min_duration_minutes: number;
  max_duration_minutes: number;
  granularity_minutes: number;
  min_lead_minutes: number;
  max_advance_days: number;
  buffer_before_minutes: number;
  buffer_after_minutes: number;
  bookable_by: 'network' | 'list';
  bookable_organisation_ids: string[];
  weekly_minutes_per_organisation: number | null;
  quantity: number;
  unit_label: string;
  unit_area_m2: string | null;
}

export const RESOURCE_SELECT = `
  SELECT r.id, r.type, r.name, r.network_id, st.id AS site_id, st.name AS site_name, r.quantity, r.unit_label, r.unit_area_m2, r.time_zone, r.active,
         r.carrier_organisation_id, r.hourly_rate_cents, sp.capacity, sp.floor_area_m2, sp.dedicated_organisation_id, sp.equipment, sp.accessibility_notes,
         r.approval_required, r.min_duration_minutes, r.max_duration_minutes, r.granularity_minutes, r.min_lead_minutes,
         r.max_advance_days, r.buffer_before_minutes, r.buffer_after_minutes, r.bookable_by, r.weekly_minutes_per_organisation,
         COALESCE((SELECT array_agg(b.organisation_id) FROM resource_bookable_organisation b WHERE b.resource_id = r.id), '{}')
           AS bookable_organisation_ids
    FROM resource r
    LEFT JOIN space sp ON sp.resource_id = r.id
    LEFT JOIN site st ON st.id = COALESCE(sp.site_id, r.site_id)`;

export function toRules(row: ResourceRow): BookingRules {
  return {
    approvalRequired: row.approval_required,
    minDurationMinutes: row.min_duration_minutes,
    maxDurationMinutes: row.max_duration_minutes,
    granularityMinutes: row.granularity_minutes,
    minLeadMinutes: row.min_lead_minutes,
    maxAdvanceDays: row.max_advance_days,
    bufferBeforeMinutes: row.buffer_before_minutes,
    bufferAfterMinutes: row.buffer_after_minutes,
    bookableBy: row.bookable_by,
    bookableOrganisationIds: row.bookable_organisation_ids,
    weeklyMinutesPerOrganisation: row.weekly_minutes_per_organisation,
  };
}

export function toResourceView(row: ResourceRow): ResourceView {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    networkId: row.network_id,
    siteId: row.site_id,
    siteName: row.site_name,
    timeZone: row.time_zone,
    active: row.active,
    carrierOrganisationId: row.carrier_organisation_id,
    hourlyRateCents: row.hourly_rate_cents === null ? null : Number(row.hourly_rate_cents),
    capacity: row.capacity,
    floorAreaM2: row.floor_area_m2 === null ? null : Number(row.floor_area_m2),
    dedicatedOrganisationId: row.dedicated_organisation_id ?? null,
    equipment: row.equipment ?? [],
    accessibilityNotes: row.accessibility_notes ?? '',
    rules: toRules(row),
    quantity: row.quantity,
    unitLabel: row.unit_label,
    unitAreaM2: row.unit_area_m2 === null ? null : Number(row.unit_area_m2),
  };
}

export interface SiteRow {
  id: string;
  network_id: string;
  name: string;
  address: string;
  time_zone: string;
  opening_hours: WeeklyHours[];
}

export function toSiteView(row: SiteRow): SiteView {
  return {
    id: row.id,
    networkId: row.network_id,
    name: row.name,
    address: row.address,
    timeZone: row.time_zone,
    openingHours: row.opening_hours,
  };
}

export function toBlackoutView(row: {
  id: string;
  site_id: string | null;
  resource_id: string | null;
  starts: Date;
  ends: Date;
  reason: string;
}): BlackoutView {
  return {
    id: row.id,
    siteId: row.site_id,
    resourceId: row.resource_id,
    start: row.starts.toISOString(),
    end: row.ends.toISOString(),
    reason: row.reason,
  };
}
