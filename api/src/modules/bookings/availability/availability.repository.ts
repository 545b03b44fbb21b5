import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ItemAvailability } from '@mutualis/contracts';
import { DataSource } from 'typeorm';

/**
 * Units in use per item over a window: the count of the quantity guard (`booking_occurrence_quantity_guard`,
 * migration …280000000-equipment) for every active item of the caller's networks at once.
 */
@Injectable()
export class AvailabilityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async items(filter: {
    networkIds: string[];
    fromMs: number;
    toMs: number;
    siteId: string | null;
    resourceId: string | null;
    type: string | null;
  }): Promise<ItemAvailability[]> {
    const rows: Array<{ id: string; quantity: number; peak: string | null }> = await this.dataSource.query(
      `WITH items AS (
         SELECT r.id, r.quantity FROM resource r
          WHERE r.network_id = ANY($1::uuid[]) AND r.active AND r.type IN ('equipment', 'vehicle', 'storage')
            AND ($4::uuid IS NULL OR r.site_id = $4) AND ($5::uuid IS NULL OR r.id = $5) AND ($6::text IS NULL OR r.type = $6)
       ), taken AS (
         SELECT o.resource_id, o.quantity,
                CASE WHEN l.late_since IS NOT NULL AND l.returned_at IS NULL
                     THEN tstzrange(lower(o.period), NULL) ELSE o.period END AS period
           FROM booking_occurrence o
           JOIN items i ON i.id = o.resource_id
           LEFT JOIN loan l ON l.occurrence_id = o.id
          WHERE o.pooled AND o.status IN ('pending', 'confirmed')
            AND (o.period && tstzrange($2, $3) OR (l.late_since IS NOT NULL AND l.returned_at IS NULL))
       )
       SELECT i.id, i.quantity,
              (SELECT max((SELECT sum(t.quantity) FROM taken t WHERE t.resource_id = i.id AND t.period @> p.at))
                 FROM (SELECT $2::timestamptz AS at
                       UNION SELECT lower(t.period) FROM taken t
                              WHERE t.resource_id = i.id AND lower(t.period) > $2 AND lower(t.period) < $3) p) AS peak
         FROM items i`,
      [filter.networkIds, new Date(filter.fromMs), new Date(filter.toMs), filter.siteId, filter.resourceId, filter.type],
    );
    return rows.map((r) => {
      const inUse = Number(r.peak ?? 0);
      return { resourceId: r.id, quantity: r.quantity, inUse, available: Math.max(0, r.quantity - inUse) };
    });
  }

  /** The site, if one of these networks': its zone and whether members see each other's names. */
  async site(
    siteId: string,
    networkIds: string[],
  ): Promise<{ networkId: string; timeZone: string; showOrganisationNames: boolean } | null> {
    const rows: Array<{ network_id: string; time_zone: string; show_organisation_names: boolean }> = await this.dataSource.query(
      `SELECT s.network_id, s.time_zone, n.show_organisation_names FROM site s JOIN network n ON n.id = s.network_id
        WHERE s.id = $1 AND s.network_id = ANY($2::uuid[])`,
      [siteId, networkIds],
    );
    const row = rows[0];
    return row
      ? { networkId: row.network_id, timeZone: row.time_zone, showOrganisationNames: row.show_organisation_names }
      : null;
  }

  /** Storage units of a site and the allocations overlapping the window, in the order of the plan. */
  async storage(
    siteId: string,
    fromMs: number,
    toMs: number,
  ): Promise<{
    spaces: Array<{ id: string; name: string; quantity: number; unit_label: string; unit_area_m2: string | null }>;
    holders: Array<{
      resource_id: string;
      series_id: string;
      organisation_id: string;
      organisation_name: string;
      quantity: number;
      starts_at: Date;
      ends_at: Date;
    }>;
  }> {
    const [spaces, holders] = await Promise.all([
      this.dataSource.query(
        `SELECT id, name, quantity, unit_label, unit_area_m2 FROM resource
          WHERE site_id = $1 AND type = 'storage' AND active ORDER BY name, id`,
        [siteId],
      ),
      this.dataSource.query(
        `SELECT o.resource_id, o.series_id, o.organisation_id, org.name AS organisation_name, o.quantity, o.starts_at, o.ends_at
           FROM booking_occurrence o
           JOIN resource r ON r.id = o.resource_id
           JOIN organisation org ON org.id = o.organisation_id
          WHERE r.site_id = $1 AND r.type = 'storage' AND r.active AND o.pooled AND o.status IN ('pending', 'confirmed')
            AND o.period && tstzrange($2, $3)
          ORDER BY o.resource_id, o.starts_at, org.name, o.id`,
        [siteId, new Date(fromMs), new Date(toMs)],
      ),
    ]);
    return { spaces, holders };
  }
}
