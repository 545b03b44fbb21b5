import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { parseTrustProxy, type TrustProxy } from './trust-proxy';

export type NodeEnv = 'development' | 'production' | 'test';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  /** Null means: start the embedded PostgreSQL under dataDir. */
  databaseUrl: string | null;
  /** Connections the API keeps, and how long a request waits for one before it is refused as OVERLOADED. */
  databasePool: { size: number; waitMs: number };
  dataDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  seedDemo: boolean;
  webDist: string;
  /** Comma-separated origins allowed by CORS; empty means closed. */
  corsOrigins: string[];
  /** The origin browsers reach the app at (`https://mutualis.example`), when known; null: whatever Host says. */
  publicUrl: string | null;
  /** Pending bookings not decided within this many hours expire and free their slot. */
  pendingExpiryHours: number;
  /** How often the booking maintenance (horizon extension, expiry) runs; 0 turns it off. */
  maintenanceIntervalMinutes: number;
  /** Which reverse proxies' X-Forwarded-For to believe (Express `trust proxy`); false: none. */
  trustProxy: TrustProxy;
  /** Where e-mail goes (smtp://user:pass@host:port, smtps://…); null: the local mail catcher, or nowhere in tests. */
  smtpUrl: string | null;
  /** The sender of every e-mail, e.g. "Mutualis <noreply@example.org>". */
  mailFrom: string;
  /** The address people open, for links in e-mails and calendar feeds: PUBLIC_URL, else http://localhost:PORT. */
  appUrl: string;
  /** Without SMTP_URL, start a local mail catcher (an SMTP server and a page listing what it got). */
  mailCatcher: boolean;
  /** The catcher's page port (MAIL_CATCHER_PORT); null: 1080 when free, else any free port. */
  mailCatcherPort: number | null;
  /** Whether this instance works the job queue (deliveries, scheduled work); off by default in tests. */
  queueWorkers: boolean;
  /** Delivery attempts after the first before a message is `failed`, and the first delay (doubling). */
  mailRetryLimit: number;
  mailRetryDelaySeconds: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Adds the variables of a `.env` file (see `.env.example`) that the environment does not set:
 * the real environment wins. Returns whether there was a file.
 */
export function loadEnvFile(path = resolve('.env'), env: NodeJS.ProcessEnv = process.env): boolean {
  if (!existsSync(path)) return false;
  for (const [name, value] of Object.entries(parseEnv(readFileSync(path, 'utf8')))) {
    if (env[name] === undefined) env[name] = value;
  }
  return true;
}

/** Reads and validates the environment once, at start; a wrong value stops the app naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnv = (env['NODE_ENV'] ?? 'development') as NodeEnv;
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    problems.push(`NODE_ENV must be development, production or test (got "${env['NODE_ENV']}")`);
  }

  const port = parsePort(env['PORT'], problems);
  const host = parseHost(env['HOST'], problems);
  const databaseUrl = parseDatabaseUrl(env['DATABASE_URL'], problems);
  const databasePool = {
    size: parseInteger('DATABASE_POOL_SIZE', env['DATABASE_POOL_SIZE'], 10, 1, 1000, problems),
    waitMs: parseInteger('DATABASE_POOL_WAIT_MS', env['DATABASE_POOL_WAIT_MS'], 5000, 1, 600_000, problems),
  };

  const logLevel = (env['LOG_LEVEL'] ?? (nodeEnv === 'test' ? 'warn' : 'info')) as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${env['LOG_LEVEL']}")`);
  }

  const publicUrl = parsePublicUrl(env['PUBLIC_URL'], problems);
  const seedDemo = parseBoolean('SEED_DEMO', env['SEED_DEMO'], true, problems);

  const pendingExpiryHours = parseInteger('PENDING_EXPIRY_HOURS', env['PENDING_EXPIRY_HOURS'], 72, 1, 24 * 365, problems);
  const maintenanceIntervalMinutes = parseInteger(
    'MAINTENANCE_INTERVAL_MINUTES',
    env['MAINTENANCE_INTERVAL_MINUTES'],
    nodeEnv === 'test' ? 0 : 10,
    0,
    24 * 60,
    problems,
  );

  const trustProxy = parseTrustProxy(env['TRUST_PROXY'], problems);
  const smtpUrl = parseSmtpUrl(env['SMTP_URL'], problems);
  const mailCatcher = parseBoolean('MAIL_CATCHER', env['MAIL_CATCHER'], nodeEnv === 'development', problems);
  const mailCatcherPort = env['MAIL_CATCHER_PORT']?.trim()
    ? parseInteger('MAIL_CATCHER_PORT', env['MAIL_CATCHER_PORT'], 0, 1, 65535, problems)
    : null;
  const queueWorkers = parseBoolean('QUEUE_WORKERS', env['QUEUE_WORKERS'], nodeEnv !== 'test', problems);
  const mailRetryLimit = parseInteger('MAIL_RETRY_LIMIT', env['MAIL_RETRY_LIMIT'], 8, 0, 50, problems);
  const mailRetryDelaySeconds = parseInteger(
    'MAIL_RETRY_DELAY_SECONDS',
    env['MAIL_RETRY_DELAY_SECONDS'],
    30,
    1,
    86_400,
    problems,
  );

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    nodeEnv,
    port,
    host,
    databaseUrl,
    databasePool,
    dataDir: resolve(env['DATA_DIR']?.trim() || '.data'),
    logLevel,
    seedDemo,
    webDist: resolve(env['WEB_DIST']?.trim() || 'dist/web/browser'),
    corsOrigins: (env['CORS_ORIGINS'] ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    publicUrl,
    pendingExpiryHours,
    maintenanceIntervalMinutes,
    trustProxy,
    smtpUrl,
    mailFrom: env['MAIL_FROM']?.trim() || 'Mutualis <noreply@mutualis.localhost>',
    appUrl: publicUrl ?? `http://localhost:${port}`,
    mailCatcher,
    mailCatcherPort,
    queueWorkers,
    mailRetryLimit,
    mailRetryDelaySeconds,
  };
}

function parseInteger(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

function parseSmtpUrl(raw: string | undefined, problems: string[]): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
      problems.push(`SMTP_URL must start with smtp:// or smtps:// (got "${url.protocol}//…")`);
  } catch {
    problems.push('SMTP_URL is not a valid URL (expected smtp://user:password@host:port)');
  }
  return raw.trim();
}

function parsePort(raw: string | undefined, problems: string[]): number {
  if (raw === undefined || raw.trim() === '') return 3000;
  const port = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(port) || port < 1 || port > 65535) {
    problems.push(`PORT must be an integer between 1 and 65535 (got "${raw}")`);
    return 0;
  }
  return port;
}

/** An IP address or a host name, not a URL or host:port (a common slip that would fail later with a raw error). */
function parseHost(raw: string | undefined, problems: string[]): string {
  const host = raw?.trim() ?? '';
  if (host === '') return '0.0.0.0';
  const hostName = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
  if (isIP(host) === 0 && (!hostName.test(host) || /^[\d.]+$/.test(host))) {
    problems.push(`HOST must be an IP address (0.0.0.0, 127.0.0.1, ::) or a host name, without scheme or port (got "${raw}")`);
  }
  return host;
}

function parseDatabaseUrl(raw: string | undefined, problems: string[]): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
      problems.push(`DATABASE_URL must start with postgres:// or postgresql:// (got "${url.protocol}//…")`);
    } else if (!url.hostname && !url.searchParams.get('host')) {
      problems.push('DATABASE_URL must name a host');
    }
  } catch {
    problems.push('DATABASE_URL is not a valid URL (expected postgres://user:password@host:port/database)');
  }
  return raw.trim();
}

function parsePublicUrl(raw: string | undefined, problems: string[]): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  try {
    const url = new URL(raw.trim());
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  } catch {
    // Reported below.
  }
  problems.push(`PUBLIC_URL must be an http:// or https:// address, e.g. https://mutualis.example (got "${raw}")`);
  return null;
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean, problems: string[]): boolean {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return fallback;
}
