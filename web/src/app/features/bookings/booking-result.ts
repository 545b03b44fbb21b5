import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { BookingSeriesView, BookingSkipped } from '@mutualis/contracts';
import { quebecHolidayOn } from '@mutualis/domain';
import { AppLanguage } from '../../core/i18n/app-language';
import { LocaleFormat } from '../../core/locale/locale-format';
import { bundleTextOf } from './bundle-text';
import { wallClockOf } from '../../core/locale/zone-wall-clock';

const SHOWN = 10;

/**
 * What a new booking holds: its occurrences (confirmed or awaiting approval), the equipment booked with the room,
 * and what was skipped, and why.
 */
@Component({
  selector: 'app-booking-result',
  imports: [TranslocoPipe],
  providers: [provideTranslocoScope('bookings')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = series();
    <p role="status" class="booked">
      {{
        'bookings.result.booked'
          | transloco: { count: current.occurrences.length, title: current.title, room: current.resourceName }
      }}
    </p>
    @if (bundleText(); as items) {
      <p class="bundle">{{ 'bookings.result.bundle' | transloco: { items } }}</p>
    }
    @if (pendingCount() > 0) {
      <p class="pending">{{ 'bookings.result.pending' | transloco: { count: pendingCount() } }}</p>
    }
    <ul class="occurrences">
      @for (occurrence of shownOccurrences(); track occurrence.id) {
        <li>{{ range(occurrence.start, occurrence.end) }} · {{ 'bookings.status.' + occurrence.status | transloco }}</li>
      }
    </ul>
    @if (current.occurrences.length > shownOccurrences().length) {
      <p>{{ 'bookings.result.andMore' | transloco: { count: current.occurrences.length - shownOccurrences().length } }}</p>
    }
    @if (current.skipped.length > 0) {
      <h3>{{ 'bookings.result.skippedTitle' | transloco: { count: current.skipped.length } }}</h3>
      <ul class="skipped">
        @for (skip of current.skipped; track skip.start) {
          <li>
            {{ format.formatDateTime(skip.start, current.timeZone) }} ·
            @if (skip.reason === 'HOLIDAY') {
              {{ 'bookings.skipReason.HOLIDAY' | transloco }} ({{ holidayName(skip) }})
            } @else {
              {{ 'bookings.skipReason.' + skip.reason | transloco }}
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .booked {
      font: var(--mat-sys-body-large);
    }
    h3 {
      font: var(--mat-sys-title-small);
      margin: 1rem 0 0.5rem;
    }
    ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
  `,
})
export class BookingResult {
  protected readonly format = inject(LocaleFormat);
  private readonly lang = inject(AppLanguage).lang;

  readonly series = input.required<BookingSeriesView>();

  protected readonly pendingCount = computed(() => this.series().occurrences.filter((each) => each.status === 'pending').length);
  protected readonly shownOccurrences = computed(() => this.series().occurrences.slice(0, SHOWN));
  /** The equipment booked with the room: « Projecteur, Tables pliantes (10) ». */
  protected readonly bundleText = computed(() => bundleTextOf(this.series().bundle));

  protected range(start: string, end: string): string {
    const timeZone = this.series().timeZone;
    return `${this.format.formatDateTime(start, timeZone)} – ${this.format.formatTime(end, timeZone)}`;
  }

  /** The API names holidays in French; English readers get the English name. */
  protected holidayName(skip: BookingSkipped): string {
    const holiday = quebecHolidayOn(wallClockOf(skip.start, this.series().timeZone).slice(0, 10));
    if (!holiday) return skip.holiday ?? '';
    return this.lang() === 'en' ? holiday.nameEn : holiday.name;
  }
}
