import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Who started the cluster's server, written next to the data: after a crash (`kill -9` of the app),
 * the next start can tell the PostgreSQL its dead predecessor left running from one that another
 * live Mutualis still uses.
 */
interface OwnerRecord {
  appPid: number;
  postmasterPid: number;
}

export class EmbeddedPostgresError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedPostgresError';
  }
}

const ownerFile = (dataDir: string): string => join(dataDir, '.postgres-owner.json');

export async function recordOwner(dataDir: string, postmasterPid: number): Promise<void> {
  const record: OwnerRecord = { appPid: process.pid, postmasterPid };
  await writeFile(ownerFile(dataDir), `${JSON.stringify(record)}\n`);
}

export async function forgetOwner(dataDir: string): Promise<void> {
  await unlink(ownerFile(dataDir)).catch(() => undefined);
}

export function postmasterPidOf(clusterDir: string): number | null {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/**
 * Makes the cluster free to start: removes a `postmaster.pid` whose server is gone, stops the server
 * of an app that died without stopping it, and refuses only when a live app still uses it.
 */
export async function clearPreviousPostmaster(dataDir: string, clusterDir: string, log: (line: string) => void): Promise<void> {
  const pid = postmasterPidOf(clusterDir);
  if (pid === null) return;
  if (isLivePostgres(pid)) {
    if (!isOrphan(pid, await readOwner(dataDir))) {
      throw new EmbeddedPostgresError(
        `Another PostgreSQL (pid ${pid}) already uses ${clusterDir}. Stop the other Mutualis instance or set DATA_DIR to another folder.`,
      );
    }
    log(`Stopping the PostgreSQL (pid ${pid}) that a previous Mutualis left running when it stopped abruptly.`);
    await stopProcess(pid);
  }
  await unlink(join(clusterDir, 'postmaster.pid')).catch(() => undefined);
}

/** The app that started it is gone (or was never recorded and the server was handed to init). */
function isOrphan(pid: number, owner: OwnerRecord | null): boolean {
  const parent = processInfo(pid)?.parentPid;
  if (owner?.postmasterPid === pid) return parent !== owner.appPid || !processInfo(owner.appPid)?.alive;
  return parent === 1;
}

/** Fast shutdown first (SIGINT), then immediate (SIGQUIT), then SIGKILL: the data survives all three. */
async function stopProcess(pid: number): Promise<void> {
  for (const [signal, waitMs] of [
    ['SIGINT', 10_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    const deadline = performance.now() + waitMs;
    while (performance.now() < deadline) {
      if (!processInfo(pid)?.alive) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function readOwner(dataDir: string): Promise<OwnerRecord | null> {
  try {
    const record = JSON.parse(await readFile(ownerFile(dataDir), 'utf8')) as OwnerRecord;
    return Number.isInteger(record.appPid) && Number.isInteger(record.postmasterPid) ? record : null;
  } catch {
    return null;
  }
}

function isLivePostgres(pid: number): boolean {
  const info = processInfo(pid);
  return !!info?.alive && (info.command === null || info.command.startsWith('postgres'));
}

/** Alive means running: a zombie nobody reaped yet is dead. `command` is null where it cannot be read. */
function processInfo(pid: number): { alive: boolean; parentPid: number | null; command: string | null } | null {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const [state, parent] = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .slice(0, 2);
    return { alive: state !== 'Z' && state !== 'X', parentPid: Number(parent), command };
  } catch {
    // No /proc (macOS): ask ps.
    try {
      const [parent, state, command] = execFileSync('ps', ['-o', 'ppid=,stat=,comm=', '-p', String(pid)], { encoding: 'utf8' })
        .trim()
        .split(/\s+/);
      return { alive: !state?.startsWith('Z'), parentPid: Number(parent), command: command?.split('/').pop() ?? null };
    } catch {
      return { alive: true, parentPid: null, command: null };
    }
  }
}
