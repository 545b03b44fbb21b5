import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { StaffView } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { Session } from '../../../core/auth/session';
import { Clock } from '../../../core/clock/clock';
import { ResourceDayView, type ResourceDayTexts, type ResourceSlot } from '../../calendar/resource-day-view';
import { StaffApi } from '../staff-api';
import { instantOf, localDateOf, wallClockOf } from '../staff-time';
import { FreeSlotsPanel } from './free-slots-panel';
import type { QuotaWindow } from './hour-bank';
import { HourBankPanel } from './hour-bank-panel';
import { HourRequestForm, type HourRequestPrefill } from './hour-request-form';
import { ProposalsPanel } from './proposals-panel';

/** The day « Par employé » speaks of pooled employees, from the staff scope. */
const EMPLOYEE_DAY_TEXTS: ResourceDayTexts = {
  previous: 'staff.day.previous',
  next: 'staff.day.next',
  today: 'staff.day.today',
  loading: 'staff.day.loading',
  none: 'staff.day.none',
  gridLabel: 'staff.day.gridLabel',
  freeSlot: 'staff.day.freeSlot',
  booked: 'staff.day.booked',
  pending: 'staff.day.pending',
};

/**
 * « Demander des heures »: choose a pooled employee, pick one of their free slots (or type a
 * time) or, « Par employé », a free half hour in the day of every employee side by side, send the
 * request for the active organisation, follow the organisation's hour bank, and answer the other
 * times employees proposed.
 */
@Component({
  selector: 'app-request-hours-page',
  imports: [
    FreeSlotsPanel,
    HourBankPanel,
    HourRequestForm,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    ProposalsPanel,
    ResourceDayView,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('staff', 'recurrence')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-hours-page.html',
  styleUrl: './request-hours-page.scss',
})
export class RequestHoursPage {
  private readonly api = inject(StaffApi);
  private readonly clock = inject(Clock);
  protected readonly organisation = inject(Session).activeOrganisation;

  protected readonly loading = signal(true);
  protected readonly staff = signal<readonly StaffView[]>([]);
  protected readonly selectedId = signal<string | null>(null);
  protected readonly selected = computed(() => this.staff().find((each) => each.id === this.selectedId()) ?? null);
  protected readonly prefill = signal<HourRequestPrefill | null>(null);
  /** What each employee's agreement still allows, from the hour bank: the free slots stay within it. */
  protected readonly quotas = signal<ReadonlyMap<string, readonly QuotaWindow[]>>(new Map());
  /** Bumped after each request so the free slots, the day « Par employé » and the hour bank ask again. */
  protected readonly refresh = signal(0);
  /** « Par employé »: one column per employee for a day, instead of one employee's free slots. */
  protected readonly byEmployee = signal(false);
  protected readonly dayTexts = EMPLOYEE_DAY_TEXTS;
  /**
   * The zone the day is drawn in: the employees of a network share it in practice; a half hour
   * chosen in the column of one working elsewhere is converted to their zone.
   */
  protected readonly dayZone = computed(() => this.staff()[0]?.timeZone ?? 'UTC');
  protected readonly today = computed(() => localDateOf(this.clock.nowMs(), this.dayZone()));

  constructor() {
    void this.load();
  }

  protected choose(staffId: string): void {
    this.selectedId.set(staffId);
    this.prefill.set(null);
  }

  /** A free half hour of the day « Par employé »: that employee, then the form, as a free slot does. */
  protected chooseHalfHour(slot: ResourceSlot): void {
    const member = this.staff().find((each) => each.id === slot.resourceId);
    if (!member) return;
    this.selectedId.set(member.id);
    this.prefill.set({ start: wallClockOf(instantOf(slot.start, this.dayZone()), member.timeZone) });
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
