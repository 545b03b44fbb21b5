import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #16, continued.
 *
 * - Bundles: equipment booked with a room booking, all or nothing. A bundled equipment series names the room
 *   series it follows (`bundle_of`); its times change only with the room's. The API cancels the bundle with the
 *   room in the same transaction; a deletion of the room series cascades.
 * - The allocation key `storage_area`: storage charged by the area held over the window (units × a unit's
 *   area × days).
 */
export class BundlesAndStorageArea1764316000000 implements MigrationInterface {
  name = 'BundlesAndStorageArea1764316000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE booking_series ADD COLUMN bundle_of uuid REFERENCES booking_series(id) ON DELETE CASCADE CHECK (bundle_of <> id)',
    );
    await q.query('CREATE INDEX booking_series_bundle_idx ON booking_series (bundle_of) WHERE bundle_of IS NOT NULL');

    await q.query('ALTER TABLE cost_pool DROP CONSTRAINT cost_pool_allocation_key_check');
    await q.query(`ALTER TABLE cost_pool ADD CONSTRAINT cost_pool_allocation_key_check CHECK (
      allocation_key->>'kind' IN ('hourly_rate', 'usage_share', 'fixed_share', 'equal_split', 'floor_area', 'unit_days', 'kilometres',
                                  'storage_area', 'hybrid'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM cost_pool WHERE allocation_key->>'kind' = 'storage_area'`);
    await q.query('ALTER TABLE cost_pool DROP CONSTRAINT cost_pool_allocation_key_check');
    await q.query(`ALTER TABLE cost_pool ADD CONSTRAINT cost_pool_allocation_key_check CHECK (
      allocation_key->>'kind' IN ('hourly_rate', 'usage_share', 'fixed_share', 'equal_split', 'floor_area', 'unit_days', 'kilometres', 'hybrid'))`);
    await q.query('DROP INDEX booking_series_bundle_idx');
    await q.query('ALTER TABLE booking_series DROP COLUMN bundle_of');
  }
}
