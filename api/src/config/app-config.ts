import { resolve } from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  /** Null means: start the embedded PostgreSQL under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  seedDemo: boolean;
  webDist: string;
  /** Comma-separated origins allowed by CORS; empty means closed. */
  corsOrigins: string[];
  /** Pending bookings not decided within this many hours expire and free their slot. */
  pendingExpiryHours: number;
  /** How often the booking maintenance (horizon extension, expiry) runs; 0 turns it off. */
  maintenanceIntervalMinutes: number;
  /** Where e-mail goes (smtp://user:pass@host:port, smtps://…); null: the local mail catcher, or nowhere in tests. */
  smtpUrl: string | null;
  /** The sender of every e-mail, e.g. "Mutualis <noreply@example.org>". */
  mailFrom: string;
  /** The address people open, for links in e-mails and calendar feeds. */
  publicUrl: string;
  /** Without SMTP_URL, start a local mail catcher (an SMTP server and a page listing what it got). */
  mailCatcher: boolean;
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

/** Reads and validates the environment once, at start; a wrong value stops the app naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnv = (env['NODE_ENV'] ?? 'development') as NodeEnv;
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    problems.push(`NODE_ENV must be development, production or test (got "${env['NODE_ENV']}")`);
  }

  const port = parsePort(env['PORT'], problems);
  const databaseUrl = parseDatabaseUrl(env['DATABASE_URL'], problems);

  const logLevel = (env['LOG_LEVEL'] ?? (nodeEnv === 'test' ? 'warn' : 'info')) as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${env['LOG_LEVEL']}")`);
  }

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

  const smtpUrl = parseSmtpUrl(env['SMTP_URL'], problems);
  const mailCatcher = parseBoolean('MAIL_CATCHER', env['MAIL_CATCHER'], nodeEnv === 'development', problems);
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
    host: env['HOST']?.trim() || '0.0.0.0',
    databaseUrl,
    dataDir: resolve(env['DATA_DIR']?.trim() || '.data'),
    logLevel,
    seedDemo,
    webDist: resolve(env['WEB_DIST']?.trim() || 'dist/web/browser'),
    corsOrigins: (env['CORS_ORIGINS'] ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    pendingExpiryHours,
    maintenanceIntervalMinutes,
    smtpUrl,
    mailFrom: env['MAIL_FROM']?.trim() || 'Mutualis <noreply@mutualis.localhost>',
    publicUrl: (env['PUBLIC_URL']?.trim() || `http://localhost:${port}`).replace(/\/+$/, ''),
    mailCatcher,
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

function parseBoolean(name: string, raw: string | undefined, fallback: boolean, problems: string[]): boolean {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return fallback;
}
