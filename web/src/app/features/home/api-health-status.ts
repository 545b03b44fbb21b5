import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import type { HealthResponse } from '@mutualis/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { Subscription } from 'rxjs';
import { HealthApi } from './health-api';

type HealthState = { kind: 'loading' } | { kind: 'ready'; health: HealthResponse } | { kind: 'unreachable' };

/** One status line about the API and its database; errors are shown here, not in a snack bar. */
@Component({
  selector: 'app-api-health-status',
  imports: [MatButtonModule, MatProgressSpinnerModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './api-health-status.html',
  styleUrl: './api-health-status.scss',
})
export class ApiHealthStatus {
  private readonly healthApi = inject(HealthApi);
  private subscription?: Subscription;

  protected readonly state = signal<HealthState>({ kind: 'loading' });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.subscription?.unsubscribe());
    this.check();
  }

  protected check(): void {
    this.subscription?.unsubscribe();
    this.state.set({ kind: 'loading' });
    this.subscription = this.healthApi.check().subscribe({
      next: (health) => this.state.set({ kind: 'ready', health }),
      error: () => this.state.set({ kind: 'unreachable' }),
    });
  }
}
