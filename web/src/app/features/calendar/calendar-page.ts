import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  ElementRef,
  inject,
  signal,
  viewChild,
  ViewEncapsulation,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { DateSelectArg, EventClickArg, EventSourceFuncArg, EventInput } from '@fullcalendar/core';
import { FullCalendarComponent, FullCalendarModule } from '@fullcalendar/angular';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { provideTranslocoScope, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { BookingSeriesView, ResourceView, SiteView } from '@mutualis/contracts';
import { firstValueFrom, map, switchMap } from 'rxjs';
import { Clock } from '../../core/clock/clock';
import { AppLanguage } from '../../core/i18n/app-language';
import { DEFAULT_TIME_ZONE } from '../../core/locale/date-time-format';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';
import type { BookingDetailsDialog, BookingDetailsDialogData } from '../bookings/booking-details-dialog';
import type { BookingDialog, BookingDialogData } from '../bookings/booking-dialog';
import { BookingsApi } from '../bookings/bookings-api';
import { ResourcesApi } from '../bookings/resources-api';
import { bookingSlotOf, nextHourIn } from './booking-slot';
import { baseCalendarOptions, type CalendarButtonText } from './calendar-options';
import { toCalendarEvent, type BookingEventProps } from './calendar-events';
import { RoomDayView, type RoomSlot } from './room-day-view';

/**
 * `/calendar`: the network's bookings by day, week, month or list, filtered by site and room,
 * in the site's zone. Selecting free time (or « Nouvelle réservation ») opens the booking dialog;
 * clicking a booking opens its details.
 */
@Component({
  selector: 'app-calendar-page',
  imports: [
    FullCalendarModule,
    InlineErrorMessage,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    RoomDayView,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('calendar')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // FullCalendar renders its own DOM: its booking styles cannot be encapsulated.
  encapsulation: ViewEncapsulation.None,
  templateUrl: './calendar-page.html',
  styleUrl: './calendar-page.scss',
})
export class CalendarPage {
  private readonly bookingsApi = inject(BookingsApi);
  private readonly clock = inject(Clock);
  private readonly resourcesApi = inject(ResourcesApi);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly lang = inject(AppLanguage).lang;
  private readonly calendar = viewChild(FullCalendarComponent);
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  /** A phone: the calendar opens on a list, which fits where seven columns cannot. */
  private readonly narrow = this.document.defaultView?.matchMedia?.('(max-width: 599.98px)').matches ?? false;
  private readonly newBookingButton = viewChild('newBookingButton', { read: ElementRef<HTMLElement> });

  protected readonly sites = signal<SiteView[]>([]);
  protected readonly rooms = signal<ResourceView[]>([]);
  protected readonly siteId = signal('');
  protected readonly roomId = signal('');
  protected readonly loading = signal(false);
  private readonly premisesLoaded = signal(false);
  protected readonly loadFailed = signal(false);
  /** « Par salle »: one column per room for a day, instead of FullCalendar's views. */
  protected readonly byRoom = signal(false);
  /** Bumped after a booking so the per-room day asks again. */
  protected readonly roomDayRefresh = signal(0);
  /** The per-room day's columns: the chosen room, else every room of the site. */
  protected readonly dayRooms = computed(() => {
    const rooms = this.siteRooms();
    return this.roomId() ? rooms.filter((room) => room.id === this.roomId()) : rooms;
  });
  /** Today in the shown zone, where the per-room day opens. */
  protected readonly today = computed(() => nextHourIn(this.timeZone(), this.clock.nowMs()).slice(0, 10));

  protected readonly siteRooms = computed(() =>
    this.rooms().filter((room) => room.active && (!this.siteId() || room.siteId === this.siteId())),
  );
  /** The selects' texts, written by the page: translated options may load after a select draws its trigger. */
  protected readonly siteName = computed(() => this.sites().find((site) => site.id === this.siteId())?.name ?? '');
  protected readonly roomName = computed(() => this.rooms().find((room) => room.id === this.roomId())?.name ?? '');
  /** The chosen site's zone (or the chosen room's, or the first site's): hours read as on the wall there. */
  protected readonly timeZone = computed(
    () =>
      this.rooms().find((room) => room.id === this.roomId())?.timeZone ??
      this.sites().find((site) => site.id === this.siteId())?.timeZone ??
      this.sites()[0]?.timeZone ??
      DEFAULT_TIME_ZONE,
  );

  /** The calendar's words, once the `calendar` translations of the active language are loaded. */
  private readonly labels = toSignal(
    this.transloco.langChanges$.pipe(
      switchMap((lang) =>
        this.transloco.load(`calendar/${lang}`).pipe(
          map(() => ({
            booked: this.transloco.translate('calendar.event.booked', {}, lang),
            pending: this.transloco.translate('calendar.event.pending', {}, lang),
            buttons: this.transloco.translateObject<CalendarButtonText>('calendar.views', {}, lang),
          })),
        ),
      ),
    ),
    { initialValue: null },
  );

  /**
   * The rooms whose bookings show: the site's, else every room (pooled staff have their own
   * schedule); null when the rooms could not be loaded, and every booking shows.
   */
  private readonly shownRoomIds = computed(() => {
    const rooms = this.rooms().filter((room) => !this.siteId() || room.siteId === this.siteId());
    return this.rooms().length > 0 ? new Set(rooms.map((room) => room.id)) : null;
  });

  /** A new function when the filters or the words change, which makes FullCalendar fetch again. */
  private readonly events = computed(() => {
    const labels = this.labels();
    const roomId = this.roomId();
    const shownRoomIds = this.shownRoomIds();
    const resourceNames = new Map(this.rooms().map((room) => [room.id, room.name]));
    // One fetch once the words and the rooms are known, rather than one before and one after.
    if (!labels || !this.premisesLoaded()) return [];
    return (range: EventSourceFuncArg, success: (events: EventInput[]) => void, failure: (error: Error) => void) => {
      this.loadFailed.set(false);
      this.bookingsApi.list({ from: range.startStr, to: range.endStr, ...(roomId ? { resourceId: roomId } : {}) }).subscribe({
        next: (occurrences) =>
          success(
            occurrences
              .filter((occurrence) => !shownRoomIds || shownRoomIds.has(occurrence.resourceId))
              .map((occurrence) => toCalendarEvent(occurrence, labels, resourceNames.get(occurrence.resourceId))),
          ),
        error: (error: unknown) => {
          this.loadFailed.set(true);
          failure(error instanceof Error ? error : new Error(String(error)));
        },
      });
    };
  });

  protected readonly options = computed(() => ({
    ...baseCalendarOptions(this.lang(), this.timeZone(), this.labels()?.buttons ?? null, this.narrow),
    events: this.events(),
    loading: (loading: boolean) => this.loading.set(loading),
    select: (selection: DateSelectArg) => void this.bookSlot(selection),
    eventClick: (click: EventClickArg) => void this.showDetails(click),
    // FullCalendar's arrow icons are `role="img"` without a name, inside buttons that have one.
    datesSet: () => this.hideToolbarIcons(),
  }));

  constructor() {
    void this.loadPremises();
  }

  protected chooseSite(siteId: string): void {
    this.siteId.set(siteId);
    if (this.roomId() && !this.siteRooms().some((room) => room.id === this.roomId())) this.roomId.set('');
  }

  /** « Nouvelle réservation »: the next full hour, in the chosen room if there is one. */
  protected newBooking(): void {
    void this.openBookingDialog({ start: nextHourIn(this.timeZone(), this.clock.nowMs()), durationMinutes: 60 });
  }

  /** A free half hour of a room in the per-room day. */
  protected bookRoomSlot(slot: RoomSlot): void {
    void this.openBookingDialog({ start: slot.start, durationMinutes: 60 }, slot.resourceId);
  }

  private async bookSlot(selection: DateSelectArg): Promise<void> {
    this.calendar()?.getApi().unselect();
    await this.openBookingDialog(bookingSlotOf(selection.startStr, selection.endStr, selection.allDay));
  }

  private async openBookingDialog(slot: { start: string; durationMinutes: number }, resourceId?: string): Promise<void> {
    const rooms = this.siteRooms();
    const data: BookingDialogData = {
      ...slot,
      resourceId: resourceId ?? (this.roomId() || (rooms.length === 1 ? rooms[0].id : null)),
      // Until the rooms are known, the dialog loads them itself.
      ...(rooms.length > 0 ? { rooms } : {}),
    };
    // The form (chips, recurrence, rrule) is fetched when first opened, not with the calendar.
    const { BookingDialog } = await import('../bookings/booking-dialog');
    const ref = this.dialog.open<BookingDialog, BookingDialogData, BookingSeriesView>(BookingDialog, {
      data,
      width: '44rem',
      maxWidth: '95vw',
      autoFocus: 'first-tabbable',
    });
    if (await firstValueFrom(ref.afterClosed())) this.refresh();
    this.keepFocus();
  }

  private async showDetails(click: EventClickArg): Promise<void> {
    click.jsEvent.preventDefault();
    const { occurrence } = click.event.extendedProps as BookingEventProps;
    const { BookingDetailsDialog } = await import('../bookings/booking-details-dialog');
    const ref = this.dialog.open<BookingDetailsDialog, BookingDetailsDialogData, boolean>(BookingDetailsDialog, {
      data: { seriesId: occurrence.seriesId, occurrenceId: occurrence.id },
      width: '36rem',
      maxWidth: '95vw',
    });
    if (await firstValueFrom(ref.afterClosed())) this.refresh();
    this.keepFocus();
  }

  /**
   * The dialog gives focus back to what opened it; a slot selected with the mouse, or an event
   * redrawn by the refresh, no longer holds it: then focus goes to « Nouvelle réservation », not the page.
   */
  private keepFocus(): void {
    const active = this.document.activeElement;
    if (!active || active === this.document.body || !active.isConnected) this.newBookingButton()?.nativeElement.focus();
  }

  private hideToolbarIcons(): void {
    for (const icon of Array.from(this.host.nativeElement.querySelectorAll('.fc-icon'))) icon.setAttribute('aria-hidden', 'true');
  }

  private refresh(): void {
    this.roomDayRefresh.update((count) => count + 1);
    this.calendar()?.getApi().refetchEvents();
  }

  private async loadPremises(): Promise<void> {
    try {
      const [sites, rooms] = await Promise.all([
        firstValueFrom(this.resourcesApi.sites()),
        firstValueFrom(this.resourcesApi.rooms()),
      ]);
      this.sites.set(sites);
      this.rooms.set(rooms);
    } catch {
      // The error snack bar said why; the calendar still shows every room's bookings.
    } finally {
      this.premisesLoaded.set(true);
    }
  }
}
