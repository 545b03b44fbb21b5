import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDataDirectory, removeStaleTestDataDirectories, removeTestDataDirectory } from './test-data-directories';

describe('test data directories', () => {
  let parent: string;
  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), 'mutualis-dirs-'));
  });
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  const aged = (dir: string, minutes: number): string => {
    const then = new Date(Date.now() - minutes * 60_000);
    utimesSync(dir, then, then);
    return dir;
  };

  it('removes the directory a run created', async () => {
    const dir = await createTestDataDirectory(parent);
    await removeTestDataDirectory(dir);
    expect(existsSync(dir)).toBe(false);
  });

  it('removes what crashed runs left once old enough, keeps young ones and folders not its own', async () => {
    const crashed = aged(await createTestDataDirectory(parent), 30);
    mkdirSync(join(crashed, 'postgres'));
    // The postmaster.pid of a server that is gone (no such pid).
    writeFileSync(join(crashed, 'postgres', 'postmaster.pid'), '999999999\n');
    aged(crashed, 30);
    // Dated explicitly: under faketime the file system's clock and Date.now() disagree.
    const young = aged(await createTestDataDirectory(parent), 1);
    const other = aged(mkdtempSync(join(parent, 'something-else-')), 30);

    const removed = await removeStaleTestDataDirectories(parent);

    expect(removed).toEqual([crashed]);
    expect(existsSync(crashed)).toBe(false);
    expect(existsSync(young)).toBe(true);
    expect(existsSync(other)).toBe(true);
  });
});
