import { chmod, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearPreviousPostmaster } from '../src/database/postmaster-process';

export const TEST_DATA_PREFIX = 'mutualis-test-';
/** A directory this young may belong to a run that is still initialising its cluster. */
const STALE_AFTER_MS = 10 * 60_000;

/** A folder for a throwaway embedded PostgreSQL; `removeTestDataDirectory` deletes it at the end of the run. */
export async function createTestDataDirectory(parent = tmpdir()): Promise<string> {
  const dataDir = await mkdtemp(join(parent, TEST_DATA_PREFIX));
  await chmod(dataDir, 0o755); // PostgreSQL runs as user postgres when we are root.
  return dataDir;
}

export async function removeTestDataDirectory(dataDir: string): Promise<void> {
  await rm(dataDir, { recursive: true, force: true });
}

/**
 * What crashed or interrupted runs left: their folders, once old enough, and the PostgreSQL that still
 * runs in one when the run that started it is gone. A folder whose server a live run uses is kept.
 */
export async function removeStaleTestDataDirectories(parent = tmpdir(), now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (!name.startsWith(TEST_DATA_PREFIX)) continue;
    const dataDir = join(parent, name);
    try {
      if (now - (await stat(dataDir)).mtimeMs < STALE_AFTER_MS) continue;
      await clearPreviousPostmaster(dataDir, join(dataDir, 'postgres'), () => undefined);
      await removeTestDataDirectory(dataDir);
      removed.push(dataDir);
    } catch {
      // In use by a live run, or not ours to remove: leave it.
    }
  }
  return removed;
}
