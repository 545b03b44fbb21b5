import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Extensions the schema relies on: btree_gist for exclusion constraints on (resource, period). */
export class Initial1764130000000 implements MigrationInterface {
  name = 'Initial1764130000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS citext');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP EXTENSION IF EXISTS citext');
    await queryRunner.query('DROP EXTENSION IF EXISTS btree_gist');
  }
}
