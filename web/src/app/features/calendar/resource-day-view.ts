import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CalendarOccurrence, ResourceView } from '@mutualis/contracts';
import { addDaysToDate } from '@mutualis/domain';
import { firstValueFrom } from 'rxjs';
import { AppLanguage } from '../../core/i18n/app-language';
import { formatDate, formatWallClock } from '../../core/locale/date-time-format';
import { LocaleFormat } from '../../core/locale/locale-format';
import { BookingsApi } from '../bookings/bookings-api';
import { dayWindow, placeBookings, slotTimes, SLOT_ROWS } from './resource-day-grid';

/** What a column needs: the calendar gives it spaces, the staff request page pooled employees. */
export type DayResource = Pick<ResourceView, 'id' | 'name'>;

/**
 * The translation keys of the view's words, so that each page says what its columns are (rooms,
 * pooled employees) from its own translation scope. `gridLabel` gets `date`; `freeSlot` gets `name`
 * and `time`.
 */
export interface ResourceDayTexts {
  readonly previous: string;
  readonly next: string;
  readonly today: string;
  readonly loading: string;
  readonly none: string;
  readonly gridLabel: string;
  readonly freeSlot: string;
  readonly booked: string;
  readonly pending: string;
}

/** The calendar's « Par salle ». */
export const ROOM_DAY_TEXTS: ResourceDayTexts = {
  previous: 'calendar.rooms.previous',
  next: 'calendar.rooms.next',
  today: 'calendar.views.today',
  loading: 'calendar.loading',
  none: 'calendar.rooms.none',
  gridLabel: 'calendar.rooms.gridLabel',
  freeSlot: 'calendar.rooms.bookAt',
  booked: 'calendar.event.booked',
  pending: 'calendar.event.pending',
};

/** A free half hour chosen in a resource's column: where the booking dialog opens, or the request form. */
export interface ResourceSlot {
  readonly resourceId: string;
  /** 'YYYY-MM-DDTHH:mm' in the shown zone. */
  readonly start: string;
}

/**
 * One day, one column per resource, half-hour rows: a free resource is seen at a glance
 * (FullCalendar's resource views are not MIT, so the app draws its own). The calendar's « Par salle »
 * gives it the site's spaces, the staff request page's « Par employé » the pooled employees. Each
 * booking says what, for whom and when; each free half hour is a button that books that resource then.
 */
@Component({
  selector: 'app-resource-day-view',
  imports: [MatButtonModule, MatProgressBarModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="resource-day-toolbar">
      <button mat-stroked-button type="button" (click)="move(-1)">{{ texts().previous | transloco }}</button>
      <button mat-stroked-button type="button" (click)="date.set(today())">{{ texts().today | transloco }}</button>
      <button mat-stroked-button type="button" (click)="move(1)">{{ texts().next | transloco }}</button>
      <h2 class="resource-day-title">{{ title() }}</h2>
    </div>
    <div class="resource-day-progress">
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="texts().loading | transloco" />
      }
    </div>
    @if (resources().length === 0) {
      <p class="empty-state">{{ texts().none | transloco }}</p>
    } @else {
      <div class="resource-day-scroll">
        <div
          class="resource-day-grid"
          role="region"
          [attr.aria-label]="texts().gridLabel | transloco: { date: title() }"
          [style.grid-template-columns]="'4rem repeat(' + resources().length + ', minmax(8rem, 1fr))'"
          [style.grid-template-rows]="'auto repeat(' + rows + ', 1.5rem)'"
        >
          <div class="corner"></div>
          @for (resource of resources(); track resource.id; let index = $index) {
            <div class="resource-name" [style.grid-column]="index + 2">{{ resource.name }}</div>
          }
          @for (slot of slots(); track slot.label; let row = $index) {
            <div class="time" [style.grid-row]="row + 2">{{ slot.minute === 0 ? slot.label : '' }}</div>
            @for (resource of resources(); track resource.id; let index = $index) {
              <button
                type="button"
                class="free"
                [style.grid-row]="row + 2"
                [style.grid-column]="index + 2"
                [attr.aria-label]="texts().freeSlot | transloco: { name: resource.name, time: slot.label }"
                (click)="book(resource, slot.time)"
              ></button>
            }
          }
          @for (booking of placed(); track booking.occurrence.id) {
            @let occurrence = booking.occurrence;
            <div
              class="booking"
              role="group"
              tabindex="0"
              [class.booking--pending]="occurrence.status === 'pending'"
              [class.booking--mine]="occurrence.isMine"
              [style.grid-column]="booking.column + 1"
              [style.grid-row]="booking.rowStart + 1 + ' / ' + (booking.rowEnd + 1)"
              [attr.title]="describe(occurrence)"
              [attr.aria-label]="describe(occurrence)"
            >
              <span class="booking-time">{{ range(occurrence) }}</span>
              <span class="booking-title">{{ occurrence.title ?? (texts().booked | transloco) }}</span>
              @if (occurrence.organisationName) {
                <span class="booking-organisation">{{ occurrence.organisationName }}</span>
              }
              @if (occurrence.status === 'pending') {
                <span class="booking-status">{{ texts().pending | transloco }}</span>
              }
            </div>
          }
        </div>
      </div>
    }
  `,
  styleUrl: './resource-day-view.scss',
})
export class ResourceDayView {
  private readonly api = inject(BookingsApi);
  private readonly format = inject(LocaleFormat);
  private readonly locale = inject(AppLanguage).locale;

  readonly resources = input.required<readonly DayResource[]>();
  readonly timeZone = input.required<string>();
  /** 'YYYY-MM-DD' in the zone: the day shown first. */
  readonly today = input.required<string>();
  /** Changing it asks again (after a booking). */
  readonly refresh = input(0);
  readonly texts = input<ResourceDayTexts>(ROOM_DAY_TEXTS);
  readonly slotChosen = output<ResourceSlot>();

  protected readonly rows = SLOT_ROWS;
  protected readonly date = signal('');
  protected readonly loading = signal(false);
  private readonly occurrences = signal<readonly CalendarOccurrence[]>([]);
  protected readonly placed = computed(() => placeBookings(this.occurrences(), this.resources(), this.date(), this.timeZone()));
  protected readonly slots = computed(() => {
    const locale = this.locale();
    return slotTimes().map(({ hour, minute }) => ({
      minute,
      time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
      label: formatWallClock(hour, minute, locale),
    }));
  });
  protected readonly title = computed(() => {
    const date = this.date();
    return date ? formatDate(`${date}T12:00:00Z`, this.locale(), 'UTC') : '';
  });
  private loads = 0;

  constructor() {
    effect(() => {
      const today = this.today();
      untracked(() => this.date.set(today));
    });
    effect(() => {
      const date = this.date();
      const resources = this.resources();
      const timeZone = this.timeZone();
      this.refresh();
      if (date) untracked(() => void this.load(date, resources, timeZone));
    });
  }

  protected move(days: number): void {
    this.date.update((date) => addDaysToDate(date, days));
  }

  protected book(resource: DayResource, time: string): void {
    this.slotChosen.emit({ resourceId: resource.id, start: `${this.date()}T${time}` });
  }

  protected range(occurrence: CalendarOccurrence): string {
    const zone = this.timeZone();
    return `${this.format.formatTime(occurrence.start, zone)} – ${this.format.formatTime(occurrence.end, zone)}`;
  }

  protected describe(occurrence: CalendarOccurrence): string {
    const resourceName = this.resources().find((each) => each.id === occurrence.resourceId)?.name ?? '';
    return [this.range(occurrence), occurrence.title, resourceName, occurrence.organisationName]
      .filter((part) => !!part)
      .join(' · ');
  }

  private async load(date: string, resources: readonly DayResource[], timeZone: string): Promise<void> {
    const load = ++this.loads;
    this.loading.set(true);
    try {
      const occurrences = await firstValueFrom(this.api.list(dayWindow(date, timeZone)));
      const shown = new Set(resources.map((resource) => resource.id));
      if (load === this.loads) this.occurrences.set(occurrences.filter((occurrence) => shown.has(occurrence.resourceId)));
    } catch {
      if (load === this.loads) this.occurrences.set([]);
    } finally {
      if (load === this.loads) this.loading.set(false);
    }
  }
}
