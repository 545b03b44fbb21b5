import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The board's pages read newest first with a limit: the open posts by recency (the board without
 * search words, and a common word, walk it and stop), and the titles' words for the first tier of a
 * search (posts whose title holds every word).
 */
export class BoardSearchIndexes1764305000000 implements MigrationInterface {
  name = 'BoardSearchIndexes1764305000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX board_post_open_recent_idx ON board_post (created_at DESC, id) WHERE status = 'open' AND hidden_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX board_post_title_search_idx ON board_post USING gin (to_tsvector('board_french'::regconfig, title))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX board_post_title_search_idx');
    await q.query('DROP INDEX board_post_open_recent_idx');
  }
}
