import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A search with a category (and a kind) reads only that category's posts (decision 0009):
 * - the full-text index also holds each post's category and kind (`btree_gin`, a contrib extension,
 *   trusted), so the matches read through it are those of the word AND the category AND the kind,
 *   not every post with the word fetched to be filtered;
 * - the open posts of a category by recency, for the page walked newest first when the matches are many.
 * And no parallel plan on the board's table: the board is read by pages of twenty, where starting
 * workers cost more than the read (a word with a category and a kind: 130 ms in parallel, 5 ms without,
 * on a loaded machine).
 */
export class BoardSearchByCategory1764320000000 implements MigrationInterface {
  name = 'BoardSearchByCategory1764320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS btree_gin');
    await q.query(
      'CREATE INDEX board_post_search_filters_idx ON board_post USING gin (category, kind, search_vector) WITH (fastupdate = off)',
    );
    await q.query('DROP INDEX board_post_search_idx');
    await q.query(
      `CREATE INDEX board_post_open_category_idx ON board_post (category, created_at DESC, id) WHERE status = 'open' AND hidden_at IS NULL`,
    );
    await q.query('ALTER TABLE board_post SET (parallel_workers = 0)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE board_post RESET (parallel_workers)');
    await q.query('DROP INDEX board_post_open_category_idx');
    await q.query('CREATE INDEX board_post_search_idx ON board_post USING gin (search_vector) WITH (fastupdate = off)');
    await q.query('DROP INDEX board_post_search_filters_idx');
    await q.query('DROP EXTENSION IF EXISTS btree_gin');
  }
}
