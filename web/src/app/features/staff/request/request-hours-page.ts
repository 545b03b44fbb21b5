import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { StaffView } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { Session } from '../../../core/auth/session';
import { StaffApi } from '../staff-api';
import { FreeSlotsPanel } from './free-slots-panel';
import type { QuotaWindow } from './hour-bank';
import { HourBankPanel } from './hour-bank-panel';
import { HourRequestForm, type HourRequestPrefill } from './hour-request-form';
import { ProposalsPanel } from './proposals-panel';

/**
 * « Demander des heures »: choose a pooled employee, pick one of their free slots (or type a
 * time), send the request for the active organisation, follow the organisation's hour bank, and
 * answer the other times employees proposed.
 */
@Component({
  selector: 'app-request-hours-page',
  imports: [
    FreeSlotsPanel,
    HourBankPanel,
    HourRequestForm,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    ProposalsPanel,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('staff', 'recurrence')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-hours-page.html',
  styleUrl: './request-hours-page.scss',
})
export class RequestHoursPage {
  private readonly api = inject(StaffApi);
  protected readonly organisation = inject(Session).activeOrganisation;

  protected readonly loading = signal(true);
  protected readonly staff = signal<readonly StaffView[]>([]);
  protected readonly selectedId = signal<string | null>(null);
  protected readonly selected = computed(() => this.staff().find((each) => each.id === this.selectedId()) ?? null);
  protected readonly prefill = signal<HourRequestPrefill | null>(null);
  /** What each employee's agreement still allows, from the hour bank: the free slots stay within it. */
  protected readonly quotas = signal<ReadonlyMap<string, readonly QuotaWindow[]>>(new Map());
  /** Bumped after each request so the free slots and the hour bank ask again. */
  protected readonly refresh = signal(0);

  constructor() {
    void this.load();
  }

  protected choose(staffId: string): void {
    this.selectedId.set(staffId);
    this.prefill.set(null);
  }

  protected requested(): void {
    this.refresh.update((count) => count + 1);
  }

  private async load(): Promise<void> {
    try {
      const staff = (await firstValueFrom(this.api.list()))
        .filter((each) => each.active)
        .sort((a, b) => a.name.localeCompare(b.name));
      this.staff.set(staff);
      if (staff.length === 1) this.selectedId.set(staff[0].id);
    } catch {
      // The snack bar said why; the page shows that nobody can be requested.
    } finally {
      this.loading.set(false);
    }
  }
}
