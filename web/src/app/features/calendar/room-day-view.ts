import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CalendarOccurrence, ResourceView } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { AppLanguage } from '../../core/i18n/app-language';
import { formatDate, formatWallClock } from '../../core/locale/date-time-format';
import { LocaleFormat } from '../../core/locale/locale-format';
import { BookingsApi } from '../bookings/bookings-api';
import { addDays, dayWindow, placeBookings, slotTimes, SLOT_ROWS } from './room-day-grid';

/** A free half hour chosen in a room's column: where the booking dialog opens. */
export interface RoomSlot {
  readonly resourceId: string;
  /** 'YYYY-MM-DDTHH:mm' in the room's zone. */
  readonly start: string;
}

/**
 * « Par salle »: one day, one column per room, half-hour rows: a free room is seen at a glance
 * (FullCalendar's resource views are not MIT, so the app draws its own). Each booking says what,
 * for whom and when; each free half hour is a button that books that room then.
 */
@Component({
  selector: 'app-room-day-view',
  imports: [MatButtonModule, MatProgressBarModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="room-day-toolbar">
      <button mat-stroked-button type="button" (click)="move(-1)">{{ 'calendar.rooms.previous' | transloco }}</button>
      <button mat-stroked-button type="button" (click)="date.set(today())">{{ 'calendar.views.today' | transloco }}</button>
      <button mat-stroked-button type="button" (click)="move(1)">{{ 'calendar.rooms.next' | transloco }}</button>
      <h2 class="room-day-title">{{ title() }}</h2>
    </div>
    <div class="room-day-progress">
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'calendar.loading' | transloco" />
      }
    </div>
    @if (rooms().length === 0) {
      <p class="empty-state">{{ 'calendar.rooms.none' | transloco }}</p>
    } @else {
      <div class="room-day-scroll">
        <div
          class="room-day-grid"
          role="region"
          [attr.aria-label]="'calendar.rooms.gridLabel' | transloco: { date: title() }"
          [style.grid-template-columns]="'4rem repeat(' + rooms().length + ', minmax(8rem, 1fr))'"
          [style.grid-template-rows]="'auto repeat(' + rows + ', 1.5rem)'"
        >
          <div class="corner"></div>
          @for (room of rooms(); track room.id; let index = $index) {
            <div class="room-name" [style.grid-column]="index + 2">{{ room.name }}</div>
          }
          @for (slot of slots(); track slot.label; let row = $index) {
            <div class="time" [style.grid-row]="row + 2">{{ slot.minute === 0 ? slot.label : '' }}</div>
            @for (room of rooms(); track room.id; let index = $index) {
              <button
                type="button"
                class="free"
                [style.grid-row]="row + 2"
                [style.grid-column]="index + 2"
                [attr.aria-label]="'calendar.rooms.bookAt' | transloco: { room: room.name, time: slot.label }"
                (click)="book(room, slot.time)"
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
              <span class="booking-title">{{ occurrence.title ?? ('calendar.event.booked' | transloco) }}</span>
              @if (occurrence.organisationName) {
                <span class="booking-organisation">{{ occurrence.organisationName }}</span>
              }
              @if (occurrence.status === 'pending') {
                <span class="booking-status">{{ 'calendar.event.pending' | transloco }}</span>
              }
            </div>
          }
        </div>
      </div>
    }
  `,
  styleUrl: './room-day-view.scss',
})
export class RoomDayView {
  private readonly api = inject(BookingsApi);
  private readonly format = inject(LocaleFormat);
  private readonly locale = inject(AppLanguage).locale;

  readonly rooms = input.required<readonly ResourceView[]>();
  readonly timeZone = input.required<string>();
  /** 'YYYY-MM-DD' in the zone: the day shown first. */
  readonly today = input.required<string>();
  /** Changing it asks again (after a booking). */
  readonly refresh = input(0);
  readonly slotChosen = output<RoomSlot>();

  protected readonly rows = SLOT_ROWS;
  protected readonly date = signal('');
  protected readonly loading = signal(false);
  private readonly occurrences = signal<readonly CalendarOccurrence[]>([]);
  protected readonly placed = computed(() => placeBookings(this.occurrences(), this.rooms(), this.date(), this.timeZone()));
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
      const rooms = this.rooms();
      const timeZone = this.timeZone();
      this.refresh();
      if (date) untracked(() => void this.load(date, rooms, timeZone));
    });
  }

  protected move(days: number): void {
    this.date.update((date) => addDays(date, days));
  }

  protected book(room: ResourceView, time: string): void {
    this.slotChosen.emit({ resourceId: room.id, start: `${this.date()}T${time}` });
  }

  protected range(occurrence: CalendarOccurrence): string {
    const zone = this.timeZone();
    return `${this.format.formatTime(occurrence.start, zone)} – ${this.format.formatTime(occurrence.end, zone)}`;
  }

  protected describe(occurrence: CalendarOccurrence): string {
    const room = this.rooms().find((each) => each.id === occurrence.resourceId)?.name ?? '';
    return [this.range(occurrence), occurrence.title, room, occurrence.organisationName].filter((part) => !!part).join(' · ');
  }

  private async load(date: string, rooms: readonly ResourceView[], timeZone: string): Promise<void> {
    const load = ++this.loads;
    this.loading.set(true);
    try {
      const occurrences = await firstValueFrom(this.api.list(dayWindow(date, timeZone)));
      const shown = new Set(rooms.map((room) => room.id));
      if (load === this.loads) this.occurrences.set(occurrences.filter((occurrence) => shown.has(occurrence.resourceId)));
    } catch {
      if (load === this.loads) this.occurrences.set([]);
    } finally {
      if (load === this.loads) this.loading.set(false);
    }
  }
}
