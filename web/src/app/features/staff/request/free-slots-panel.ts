import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { StaffView } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { AppLanguage } from '../../../core/i18n/app-language';
import { LocaleFormat } from '../../../core/locale/locale-format';
import { HoursPipe } from '../hours.pipe';
import { StaffApi } from '../staff-api';
import { dateAsInstant, wallClockOf } from '../staff-time';
import { type FreeSlot, type FreeSlotDay, freeSlotDaysOf, freeSlotWindow } from './free-slot-days';
import { durationsWithinQuota, fitsQuota, type QuotaWindow } from './hour-bank';
import type { HourRequestPrefill } from './hour-request-form';
import { Clock } from '../../../core/clock/clock';

/** The lengths one can look for, in minutes. */
export const SLOT_DURATIONS: readonly number[] = [30, 60, 90, 120, 180, 240, 420];
const SEARCHED_DAYS = 14;

/**
 * The employee's free slots of a chosen length over the next two weeks (free/busy only: nobody's
 * titles): the days with a free slot, then the slots of the day chosen. Only lengths and slots
 * the agreement's quota still allows are offered. Choosing a slot fills the request form.
 */
@Component({
  selector: 'app-free-slots-panel',
  imports: [HoursPipe, MatButtonModule, MatFormFieldModule, MatProgressBarModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="free-slots-title">
      <h3 id="free-slots-title">{{ 'staff.slots.title' | transloco }}</h3>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'staff.slots.duration' | transloco }}</mat-label>
        <mat-select [value]="duration()" (selectionChange)="wantedDuration.set($event.value)">
          @for (minutes of durations(); track minutes) {
            <mat-option [value]="minutes">{{ minutes | hours: lang() }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (durations().length === 0) {
        <p class="empty-state">{{ 'staff.slots.quotaUsed' | transloco }}</p>
      } @else if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'staff.loading' | transloco" />
      } @else if (days().length === 0) {
        <p class="empty-state">{{ 'staff.slots.none' | transloco: { duration: (duration() | hours: lang()) } }}</p>
      } @else {
        <div class="days" role="group" [attr.aria-label]="'staff.slots.days' | transloco">
          @for (day of days(); track day.date) {
            <button
              mat-stroked-button
              type="button"
              class="day-choice"
              [class.chosen]="day.date === shownDay()?.date"
              [attr.aria-pressed]="day.date === shownDay()?.date"
              (click)="chosenDate.set(day.date)"
            >
              {{ dayName(day) }} ({{ day.slots.length }})
            </button>
          }
        </div>
        @if (shownDay(); as day) {
          @let name = dayName(day);
          <h4>{{ name }}</h4>
          <div class="slots">
            @for (slot of day.slots; track slot.start) {
              <button
                mat-stroked-button
                type="button"
                class="slot-choice"
                [class.chosen]="slot.start === chosenStart()"
                [attr.aria-pressed]="slot.start === chosenStart()"
                [attr.aria-label]="'staff.slots.choose' | transloco: { day: name, time: timeRange(slot) }"
                (click)="choose(slot)"
              >
                {{ timeRange(slot) }}
              </button>
            }
          </div>
        }
      }
    </section>
  `,
  styles: `
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 0.75rem;
    }
    h4 {
      font: var(--mat-sys-title-small);
      margin: 0.75rem 0 0.25rem;
    }
    h4::first-letter,
    .day-choice::first-letter {
      text-transform: uppercase;
    }
    .days {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      margin-top: 0.75rem;
    }
    .day-choice.chosen,
    .slot-choice.chosen {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .slots {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    .empty-state {
      padding: 1rem;
      border: 1px dashed var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class FreeSlotsPanel {
  private readonly api = inject(StaffApi);
  private readonly format = inject(LocaleFormat);
  private readonly clock = inject(Clock);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(AppLanguage).lang;

  readonly staff = input.required<StaffView>();
  /** Changing it asks again (after a request took a slot). */
  readonly refresh = input(0);
  /** What the organisation's agreement still allows per period; null when nothing caps it. */
  readonly quota = input<readonly QuotaWindow[] | null>(null);
  readonly chosen = output<HourRequestPrefill>();

  protected readonly durations = computed(() => durationsWithinQuota(SLOT_DURATIONS, this.quota()));
  protected readonly wantedDuration = signal(60);
  /** The length chosen, or the longest the quota still allows. */
  protected readonly duration = computed(() => {
    const allowed = this.durations();
    return allowed.includes(this.wantedDuration()) ? this.wantedDuration() : (allowed.at(-1) ?? this.wantedDuration());
  });
  protected readonly loading = signal(true);
  private readonly slots = signal<readonly FreeSlot[]>([]);
  protected readonly chosenStart = signal<string | null>(null);
  protected readonly days = computed(() => {
    const timeZone = this.staff().timeZone;
    const minutes = this.duration();
    const quota = this.quota();
    return freeSlotDaysOf(this.slots(), timeZone)
      .map((day) => ({ ...day, slots: day.slots.filter(() => fitsQuota(day.date, minutes, quota)) }))
      .filter((day) => day.slots.length > 0);
  });
  /** The day whose slots are shown: the one chosen, else the first with a free slot. */
  protected readonly chosenDate = signal<string | null>(null);
  protected readonly shownDay = computed<FreeSlotDay | null>(() => {
    const days = this.days();
    return days.find((day) => day.date === this.chosenDate()) ?? days.at(0) ?? null;
  });
  private loads = 0;

  constructor() {
    effect(() => {
      const staff = this.staff();
      const duration = this.duration();
      this.refresh();
      untracked(() => {
        this.chosenStart.set(null);
        void this.load(staff, duration);
      });
    });
  }

  protected choose(slot: FreeSlot): void {
    this.chosenStart.set(slot.start);
    this.chosen.emit({ start: wallClockOf(slot.start, this.staff().timeZone), durationMinutes: this.duration() });
  }

  /** « jeudi 5 mars 2026 » */
  protected dayName(day: FreeSlotDay): string {
    return `${this.transloco.translate(`weekdays.${day.weekday}`)} ${this.format.formatDate(dateAsInstant(day.date), 'UTC')}`;
  }

  protected timeRange(slot: FreeSlot): string {
    const timeZone = this.staff().timeZone;
    return `${this.format.formatTime(slot.start, timeZone)} – ${this.format.formatTime(slot.end, timeZone)}`;
  }

  private async load(staff: StaffView, duration: number): Promise<void> {
    const load = ++this.loads;
    this.loading.set(true);
    try {
      const availability = await firstValueFrom(
        this.api.availability(staff.id, freeSlotWindow(this.clock.nowMs(), SEARCHED_DAYS), duration),
      );
      if (load === this.loads) this.slots.set(availability.freeSlots ?? []);
    } catch {
      if (load === this.loads) this.slots.set([]);
    } finally {
      if (load === this.loads) this.loading.set(false);
    }
  }
}
