import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BlackoutView, BookingRules, ResourceView, SiteView, WeeklyHours } from '@mutualis/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { RESOURCE_SELECT, toBlackoutView, toResourceView, toSiteView, type ResourceRow, type SiteRow } from './premises.mapper';

const SITE_SELECT = `
  SELECT s.id, s.network_id, s.name, s.address, s.time_zone,
         COALESCE((SELECT json_agg(json_build_object('weekday', h.weekday, 'opens', to_char(h.opens, 'HH24:MI'),
                                                     'closes', CASE WHEN h.closes = '24:00' THEN '24:00' ELSE to_char(h.closes, 'HH24:MI') END)
                                   ORDER BY h.weekday, h.opens)
                     FROM site_opening_hours h WHERE h.site_id = s.id), '[]') AS opening_hours
    FROM site s`;

const RULE_COLUMNS: Record<Exclude<keyof BookingRules, 'bookableOrganisationIds'>, string> = {
  approvalRequired: 'approval_required',
  minDurationMinutes: 'min_duration_minutes',
  maxDurationMinutes: 'max_duration_minutes',
  granularityMinutes: 'granularity_minutes',
  minLeadMinutes: 'min_lead_minutes',
  maxAdvanceDays: 'max_advance_days',
  bufferBeforeMinutes: 'buffer_before_minutes',
  bufferAfterMinutes: 'buffer_after_minutes',
  bookableBy: 'bookable_by',
  weeklyMinutesPerOrganisation: 'weekly_minutes_per_organisation',
};

/** Every query on sites, resources and blackouts; reads are always limited to the caller's networks. */
@Injectable()
export class PremisesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async sites(networkIds: string[]): Promise<SiteView[]> {
    const rows: SiteRow[] = await this.dataSource.query(`${SITE_SELECT} WHERE s.network_id = ANY($1::uuid[]) ORDER BY s.name`, [
      networkIds,
    ]);
    return rows.map(toSiteView);
  }

  async site(manager: EntityManager, id: string): Promise<SiteView | null> {
    const rows: SiteRow[] = await manager.query(`${SITE_SELECT} WHERE s.id = $1`, [id]);
    return rows[0] ? toSiteView(rows[0]) : null;
  }

  async insertSite(
    manager: EntityManager,
    site: { networkId: string; name: string; address: string; timeZone: string },
  ): Promise<string> {
    const [row] = await manager.query(
      'INSERT INTO site (network_id, name, address, time_zone) VALUES ($1, $2, $3, $4) RETURNING id',
      [site.networkId, site.name, site.address, site.timeZone],
    );
    return row.id;
  }

  async updateSite(
    manager: EntityManager,
    id: string,
    changes: { name?: string; address?: string; timeZone?: string },
  ): Promise<void> {
    await manager.query(
      `UPDATE site SET name = COALESCE($2, name), address = COALESCE($3, address), time_zone = COALESCE($4, time_zone), updated_at = now()
        WHERE id = $1`,
      [id, changes.name ?? null, changes.address ?? null, changes.timeZone ?? null],
    );
  }

  async replaceOpeningHours(manager: EntityManager, siteId: string, hours: WeeklyHours[]): Promise<void> {
    await manager.query('DELETE FROM site_opening_hours WHERE site_id = $1', [siteId]);
    if (hours.length === 0) return;
    await manager.query(
      `INSERT INTO site_opening_hours (site_id, weekday, opens, closes)
       SELECT $1, * FROM unnest($2::smallint[], $3::time[], $4::time[])`,
      [siteId, hours.map((h) => h.weekday), hours.map((h) => h.opens), hours.map((h) => h.closes)],
    );
  }

  async resources(networkIds: string[], filter: { type?: string; siteId?: string }): Promise<ResourceView[]> {
    const rows: ResourceRow[] = await this.dataSource.query(
      `${RESOURCE_SELECT}
        WHERE r.network_id = ANY($1::uuid[]) AND ($2::text IS NULL OR r.type = $2) AND ($3::uuid IS NULL OR st.id = $3)
        ORDER BY st.name NULLS LAST, r.name`,
      [networkIds, filter.type ?? null, filter.siteId ?? null],
    );
    return rows.map(toResourceView);
  }

  async resource(manager: EntityManager, id: string): Promise<ResourceView | null> {
    const rows: ResourceRow[] = await manager.query(`${RESOURCE_SELECT} WHERE r.id = $1`, [id]);
    return rows[0] ? toResourceView(rows[0]) : null;
  }

  async insertSpace(
    manager: EntityManager,
    space: {
      networkId: string;
      siteId: string;
      name: string;
      timeZone: string;
      carrierOrganisationId?: string;
      hourlyRateCents?: number;
    },
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO resource (network_id, type, name, time_zone, carrier_organisation_id, hourly_rate_cents)
       VALUES ($1, 'space', $2, $3, $4, $5) RETURNING id`,
      [space.networkId, space.name, space.timeZone, space.carrierOrganisationId ?? null, space.hourlyRateCents ?? null],
    );
    await manager.query('INSERT INTO space (resource_id, site_id) VALUES ($1, $2)', [row.id, space.siteId]);
    return row.id;
  }

  /** Equipment, a vehicle or storage units: placed at a site, lent for days (longest loan by kind). */
  async insertPooledResource(
    manager: EntityManager,
    resource: {
      networkId: string;
      siteId: string;
      type: string;
      name: string;
      timeZone: string;
      quantity: number;
      unitLabel: string;
      unitAreaM2: number | null;
      maxDurationMinutes: number;
      carrierOrganisationId?: string;
      hourlyRateCents?: number;
    },
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO resource (network_id, type, name, time_zone, carrier_organisation_id, hourly_rate_cents, site_id, quantity,
                             unit_label, unit_area_m2, max_duration_minutes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        resource.networkId,
        resource.type,
        resource.name,
        resource.timeZone,
        resource.carrierOrganisationId ?? null,
        resource.hourlyRateCents ?? null,
        resource.siteId,
        resource.quantity,
        resource.unitLabel,
        resource.unitAreaM2,
        resource.maxDurationMinutes,
      ],
    );
    return row.id;
  }

  async updateResource(
    manager: EntityManager,
    id: string,
    changes: {
      name?: string;
      hourlyRateCents?: number | null;
      carrierOrganisationId?: string;
      active?: boolean;
      rules?: Partial<BookingRules>;
    },
  ): Promise<void> {
    const sets: string[] = [];
    const params: unknown[] = [id];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (changes.name !== undefined) set('name', changes.name);
    if (changes.hourlyRateCents !== undefined) set('hourly_rate_cents', changes.hourlyRateCents);
    if (changes.carrierOrganisationId !== undefined) set('carrier_organisation_id', changes.carrierOrganisationId);
    if (changes.active !== undefined) set('active', changes.active);
    for (const [key, column] of Object.entries(RULE_COLUMNS)) {
      const value = changes.rules?.[key as keyof typeof RULE_COLUMNS];
      if (value !== undefined) set(column, value);
    }
    if (sets.length > 0) await manager.query(`UPDATE resource SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
    const listed = changes.rules?.bookableOrganisationIds;
    if (listed) {
      await manager.query('DELETE FROM resource_bookable_organisation WHERE resource_id = $1', [id]);
      await manager.query(
        'INSERT INTO resource_bookable_organisation (resource_id, organisation_id) SELECT $1, unnest($2::uuid[])',
        [id, listed],
      );
    }
  }

  /** Equipment, vehicles and storage: their units (the caller holds the row lock of `lockForQuantityChange`). */
  async updateUnits(
    manager: EntityManager,
    id: string,
    changes: { quantity?: number; unitLabel?: string; unitAreaM2?: number },
  ): Promise<void> {
    await manager.query(
      `UPDATE resource SET quantity = COALESCE($2, quantity), unit_label = COALESCE($3, unit_label),
              unit_area_m2 = COALESCE($4, unit_area_m2), updated_at = now()
        WHERE id = $1`,
      [id, changes.quantity ?? null, changes.unitLabel ?? null, changes.unitAreaM2 ?? null],
    );
  }

  /**
   * Locks the resource row as the quantity guard does (FOR NO KEY UPDATE): bookings being written wait for the
   * change, and the change waits for them; the count that follows sees every booking committed before it.
   */
  async lockForQuantityChange(manager: EntityManager, id: string): Promise<void> {
    await manager.query('SELECT 1 FROM resource WHERE id = $1 FOR NO KEY UPDATE', [id]);
  }

  /**
   * Active bookings still ahead of `nowMs` (or late and not returned) that are in use at an instant where more
   * than `quantity` units are: what a lower quantity would leave without units. The busiest first, at most 50.
   */
  async bookingsAbove(
    manager: EntityManager,
    id: string,
    quantity: number,
    nowMs: number,
  ): Promise<
    Array<{
      series_id: string;
      id: string;
      starts_at: Date;
      ends_at: Date;
      quantity: number;
      organisation_name: string;
      title: string;
      peak: string;
    }>
  > {
    return manager.query(
      `WITH taken AS (
         SELECT o.id, o.series_id, o.organisation_id, o.starts_at, o.ends_at, o.quantity, COALESCE(o.title, s.title) AS title,
                CASE WHEN l.late_since IS NOT NULL AND l.returned_at IS NULL
                     THEN tstzrange(lower(o.period), NULL) ELSE o.period END AS period
           FROM booking_occurrence o
           JOIN booking_series s ON s.id = o.series_id
           LEFT JOIN loan l ON l.occurrence_id = o.id
          WHERE o.resource_id = $1 AND o.pooled AND o.status IN ('pending', 'confirmed')
            AND (upper(o.period) > $3 OR (l.late_since IS NOT NULL AND l.returned_at IS NULL))
       ), busy AS (
         SELECT i.at, (SELECT sum(t.quantity) FROM taken t WHERE t.period @> i.at) AS used
           FROM (SELECT DISTINCT greatest(lower(period), $3::timestamptz) AS at FROM taken) i
       ), short_of AS (
         SELECT t.id, max(b.used) AS peak FROM busy b JOIN taken t ON t.period @> b.at WHERE b.used > $2 GROUP BY t.id
       )
       SELECT t.series_id, t.id, t.starts_at, t.ends_at, t.quantity, org.name AS organisation_name, t.title, short_of.peak
         FROM short_of JOIN taken t ON t.id = short_of.id JOIN organisation org ON org.id = t.organisation_id
        ORDER BY short_of.peak DESC, t.starts_at, t.id
        LIMIT 50`,
      [id, quantity, new Date(nowMs)],
    );
  }

  async updateSpace(
    manager: EntityManager,
    id: string,
    changes: {
      capacity?: number;
      floorAreaM2?: number;
      dedicatedOrganisationId?: string | null;
      equipment?: string[];
      accessibilityNotes?: string;
    },
  ): Promise<void> {
    await manager.query(
      `UPDATE space SET capacity = COALESCE($2, capacity), floor_area_m2 = COALESCE($3, floor_area_m2),
              equipment = COALESCE($4, equipment), accessibility_notes = COALESCE($5, accessibility_notes)
        WHERE resource_id = $1`,
      [id, changes.capacity ?? null, changes.floorAreaM2 ?? null, changes.equipment ?? null, changes.accessibilityNotes ?? null],
    );
    // Null is a value here (the space becomes shared again): only an absent field leaves it as it is.
    if (changes.dedicatedOrganisationId !== undefined) {
      await manager.query('UPDATE space SET dedicated_organisation_id = $2 WHERE resource_id = $1', [
        id,
        changes.dedicatedOrganisationId,
      ]);
    }
  }

  async organisationsInNetwork(manager: EntityManager, networkId: string, organisationIds: string[]): Promise<string[]> {
    const rows = await manager.query(
      'SELECT organisation_id FROM network_membership WHERE network_id = $1 AND organisation_id = ANY($2::uuid[])',
      [networkId, organisationIds],
    );
    return rows.map((r: { organisation_id: string }) => r.organisation_id);
  }

  async blackouts(
    networkIds: string[],
    filter: { siteId?: string; resourceId?: string; from?: string; to?: string },
  ): Promise<BlackoutView[]> {
    const rows = await this.dataSource.query(
      `SELECT b.id, b.site_id, b.resource_id, lower(b.period) AS starts, upper(b.period) AS ends, b.reason
         FROM blackout b
         LEFT JOIN site s ON s.id = b.site_id
         LEFT JOIN resource r ON r.id = b.resource_id
        WHERE COALESCE(s.network_id, r.network_id) = ANY($1::uuid[])
          AND ($2::uuid IS NULL OR b.site_id = $2) AND ($3::uuid IS NULL OR b.resource_id = $3)
          AND b.period && tstzrange(COALESCE($4::timestamptz, '-infinity'), COALESCE($5::timestamptz, 'infinity'))
        ORDER BY lower(b.period)`,
      [networkIds, filter.siteId ?? null, filter.resourceId ?? null, filter.from ?? null, filter.to ?? null],
    );
    return rows.map(toBlackoutView);
  }

  async blackoutNetwork(manager: EntityManager, id: string): Promise<{ networkId: string; row: BlackoutView } | null> {
    const rows = await manager.query(
      `SELECT b.id, b.site_id, b.resource_id, lower(b.period) AS starts, upper(b.period) AS ends, b.reason,
              COALESCE(s.network_id, r.network_id) AS network_id
         FROM blackout b LEFT JOIN site s ON s.id = b.site_id LEFT JOIN resource r ON r.id = b.resource_id WHERE b.id = $1`,
      [id],
    );
    return rows[0] ? { networkId: rows[0].network_id, row: toBlackoutView(rows[0]) } : null;
  }

  async insertBlackout(
    manager: EntityManager,
    blackout: { siteId?: string; resourceId?: string; start: string; end: string; reason: string },
  ): Promise<BlackoutView> {
    const [row] = await manager.query(
      `INSERT INTO blackout (site_id, resource_id, period, reason) VALUES ($1, $2, tstzrange($3, $4), $5)
       RETURNING id, site_id, resource_id, lower(period) AS starts, upper(period) AS ends, reason`,
      [blackout.siteId ?? null, blackout.resourceId ?? null, blackout.start, blackout.end, blackout.reason],
    );
    return toBlackoutView(row);
  }

  async deleteBlackout(manager: EntityManager, id: string): Promise<void> {
    await manager.query('DELETE FROM blackout WHERE id = $1', [id]);
  }
}
