import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The board's pages read newest first with a limit: the open posts by recency (the board without
 * search words, and a common word, walk it and stop), and the titles' words for the first tier of a
 * search (posts whose title holds every word). Both full-text indexes merge on write.
 */
export class BoardSearchIndexes1764305000000 implements MigrationInterface {
  name = 'BoardSearchIndexes1764305000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX board_post_open_recent_idx ON board_post (created_at DESC, id) WHERE status = 'open' AND hidden_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX board_post_title_search_idx ON board_post USING gin (to_tsvector('board_french'::regconfig, title)) WITH (fastupdate = off)`,
    );
    // With fast update, a search reads a GIN index's whole pending list, up to 4 MB of posts not yet merged
    // (17 ms for a common word after a burst of posts): a board is read far more often than written.
    await q.query('ALTER INDEX board_post_search_idx SET (fastupdate = off)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER INDEX board_post_search_idx RESET (fastupdate)');
    await q.query('DROP INDEX board_post_title_search_idx');
    await q.query('DROP INDEX board_post_open_recent_idx');
  }
}
