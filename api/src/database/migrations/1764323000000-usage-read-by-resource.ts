import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The usage the database keeps per month (`booking_month_usage`) and per weekday and hour
 * (`booking_hour_usage`) is read per network as « these resources, these months ». Led by the month,
 * their covering indexes made such a read range over every network's rows of those months: on an
 * instance that hosts fifty networks, ten times the rows of one. Led by the resource, like the
 * occurrences' own indexes, a network reads only its own rows however many others share the instance
 * (decision 0014). The plain resource index the new one starts with goes.
 */
export class UsageReadByResource1764323000000 implements MigrationInterface {
  name = 'UsageReadByResource1764323000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE INDEX booking_month_usage_resource_month_idx ON booking_month_usage (resource_id, month) INCLUDE (organisation_id, seconds)',
    );
    await q.query('DROP INDEX booking_month_usage_month_idx');
    await q.query('DROP INDEX booking_month_usage_resource_idx');
    await q.query(
      'CREATE INDEX booking_hour_usage_resource_month_idx ON booking_hour_usage (resource_id, month) INCLUDE (organisation_id, weekday, hour, seconds)',
    );
    await q.query('DROP INDEX booking_hour_usage_month_idx');
    await q.query('DROP INDEX booking_hour_usage_resource_idx');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX booking_hour_usage_resource_idx ON booking_hour_usage (resource_id)');
    await q.query(
      'CREATE INDEX booking_hour_usage_month_idx ON booking_hour_usage (month, resource_id) INCLUDE (organisation_id, weekday, hour, seconds)',
    );
    await q.query('DROP INDEX booking_hour_usage_resource_month_idx');
    await q.query('CREATE INDEX booking_month_usage_resource_idx ON booking_month_usage (resource_id)');
    await q.query(
      'CREATE INDEX booking_month_usage_month_idx ON booking_month_usage (month, resource_id) INCLUDE (organisation_id, seconds)',
    );
    await q.query('DROP INDEX booking_month_usage_resource_month_idx');
  }
}
