import pino, { type Logger } from 'pino';
import type { AppConfig } from '../config/app-config';

/**
 * Logs of the start-up and shutdown steps, before and after Nest's own (nestjs-pino) logger
 * exists: JSON lines in production, readable lines in development, like the request logs.
 */
export function createBootstrapLogger(config: Pick<AppConfig, 'logLevel' | 'nodeEnv'>): Logger {
  return pino({
    name: 'mutualis',
    level: config.logLevel,
    transport:
      config.nodeEnv === 'development'
        ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss' } }
        : undefined,
  });
}
