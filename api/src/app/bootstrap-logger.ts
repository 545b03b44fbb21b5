import pino, { type Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { logStream } from './log-stream';

/**
 * Logs of the start-up and shutdown steps, before and after Nest's own (nestjs-pino) logger
 * exists: JSON lines in production, readable lines in development, like the request logs (same stream).
 */
export function createBootstrapLogger(config: Pick<AppConfig, 'logLevel' | 'nodeEnv'>): Logger {
  const stream = logStream(config);
  const options = { name: 'mutualis', level: config.logLevel };
  return stream ? pino(options, stream) : pino(options);
}
