import type { LoggerService } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { type DestinationStream } from 'pino';
import type { Options as PinoHttpOptions } from 'pino-http';
import type { AppConfig } from '../config/app-config';

type LogConfig = Pick<AppConfig, 'logLevel' | 'nodeEnv'>;

let shared: { key: string; stream: DestinationStream } | null = null;

/**
 * Where the logs go, formatted and written in a worker thread so that logging never blocks a request:
 * one short readable line per entry in development, JSON lines in production. One stream for the
 * start-up logger and the request logger. Tests (and `silent`) write synchronously to stdout.
 */
export function logStream(config: LogConfig): DestinationStream | undefined {
  if (config.nodeEnv === 'test' || config.logLevel === 'silent') return undefined;
  if (shared?.key === config.nodeEnv) return shared.stream;
  const stream: DestinationStream =
    config.nodeEnv === 'development'
      ? pino.transport({
          target: 'pino-pretty',
          options: {
            singleLine: true,
            translateTime: 'SYS:HH:MM:ss',
            // The request line's message already says it all (see requestLogOptions).
            ignore: 'pid,hostname,name,req,res,responseTime',
          },
        })
      : pino.transport({ target: 'pino/file', options: { destination: 1 } });
  shared = { key: config.nodeEnv, stream };
  return stream;
}

/** Writes what the worker still holds; call before `process.exit`. */
export function flushLogStream(): void {
  const stream = shared?.stream as { flushSync?: () => void } | undefined;
  try {
    stream?.flushSync?.();
  } catch {
    // The worker is already gone: nothing left to write.
  }
}

/**
 * One line per request — method, path, status, time and request id — with the headers only at
 * `debug` (they are most of the work of logging a request, and rarely needed).
 */
export function requestLogOptions(config: LogConfig): PinoHttpOptions {
  const withHeaders = config.logLevel === 'debug' || config.logLevel === 'trace';
  return {
    level: config.logLevel,
    customSuccessMessage: (req, res, responseTime) => requestLine(req, res, responseTime),
    customErrorMessage: (req, res) => requestLine(req, res, null),
    ...(withHeaders
      ? {}
      : {
          serializers: {
            req: (req: { id?: unknown; method?: string; url?: string }) => ({ id: req.id, method: req.method, url: req.url }),
            res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
          },
        }),
  };
}

function requestLine(req: IncomingMessage, res: ServerResponse, responseTime: number | null): string {
  const id = (req as IncomingMessage & { id?: unknown }).id;
  const time = responseTime === null ? '' : ` ${Math.round(responseTime)} ms`;
  return `${req.method} ${req.url} ${res.statusCode}${time} (request ${String(id)})`;
}

/** Nest's start-up chatter (modules loaded, every route mapped): useful when debugging, noise otherwise. */
const START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

export function quietStartUp(logger: LoggerService): LoggerService {
  return {
    log: (message: unknown, ...params: unknown[]) =>
      START_UP_CONTEXTS.has(String(params.at(-1))) ? logger.debug?.(message, ...params) : logger.log(message, ...params),
    error: (message: unknown, ...params: unknown[]) => logger.error(message, ...params),
    warn: (message: unknown, ...params: unknown[]) => logger.warn(message, ...params),
    debug: (message: unknown, ...params: unknown[]) => logger.debug?.(message, ...params),
    verbose: (message: unknown, ...params: unknown[]) => logger.verbose?.(message, ...params),
    fatal: (message: unknown, ...params: unknown[]) => logger.fatal?.(message, ...params),
  };
}
