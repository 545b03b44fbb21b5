import { Injectable } from '@nestjs/common';
import type { HealthResponse } from '@mutualis/contracts';
import { APP_VERSION } from '../../config/app-version';
import { HealthRepository } from './health.repository';

const PROBE_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  constructor(private readonly health: HealthRepository) {}

  async check(): Promise<HealthResponse> {
    const databaseUp = await this.probeDatabase();
    return { status: databaseUp ? 'ok' : 'degraded', database: databaseUp ? 'up' : 'down', version: APP_VERSION };
  }

  private async probeDatabase(): Promise<boolean> {
    if (!this.health.connected) return false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
    });
    const probe = this.health.ping().then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
