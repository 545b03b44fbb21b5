import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A post's photo gets a thumbnail for the board's list, made when the photo is stored (a small WebP
 * square, a few kilobytes). Photos stored before this have none: their thumbnail is made when read.
 */
export class BoardPhotoThumbnail1764321000000 implements MigrationInterface {
  name = 'BoardPhotoThumbnail1764321000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE board_post
        ADD COLUMN photo_thumbnail bytea CONSTRAINT board_post_photo_thumbnail_size_check CHECK (octet_length(photo_thumbnail) <= 65536),
        ADD CONSTRAINT board_post_photo_thumbnail_of_photo_check CHECK (photo_thumbnail IS NULL OR photo IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE board_post DROP COLUMN photo_thumbnail');
  }
}
