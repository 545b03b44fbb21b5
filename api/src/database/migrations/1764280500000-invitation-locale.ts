import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The language an invitation is written in, chosen when it is sent (the inviter's choice, else the
 * browser's Accept-Language, else the inviter's own): the e-mail uses it, and the account it creates
 * starts in it. Invitations sent before this were in French.
 */
export class InvitationLocale1764280500000 implements MigrationInterface {
  name = 'InvitationLocale1764280500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE invitation ADD COLUMN locale text NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE invitation DROP COLUMN locale');
  }
}
