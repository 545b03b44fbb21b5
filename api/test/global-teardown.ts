// A plain script of the workspace's tools (no Nx project), shared by every project's Jest run (jest.preset.js).
// eslint-disable-next-line @nx/enforce-module-boundaries
import armExitWatchdog from '../../tools/jest/exit-watchdog';
import { withClient } from './global-setup';
import { removeTestDataDirectory } from './test-data-directories';
import { ADMIN_URL_VAR, TEMPLATE_VAR } from './test-database-env';

export default async function globalTeardown(): Promise<void> {
  armExitWatchdog();
  const embedded = globalThis.__MUTUALIS_EMBEDDED_PG__;
  if (embedded) {
    await embedded.handle.stop();
    await removeTestDataDirectory(embedded.dataDir);
    return;
  }
  // On an external server, leave nothing behind.
  const adminUrl = process.env[ADMIN_URL_VAR];
  const template = process.env[TEMPLATE_VAR];
  if (!adminUrl || !template) return;
  await withClient(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
      [template, `${template}_f%`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
