import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
  ViewEncapsulation,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { DateSelectArg, EventClickArg, EventDropArg, EventSourceFuncArg, EventInput } from '@fullcalendar/core';
import type { EventResizeDoneArg } from '@fullcalendar/interaction';
import { FullCalendarComponent, FullCalendarModule } from '@fullcalendar/angular';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { provideTranslocoScope, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { BookingSeriesView, EditScope, ResourceView, SiteView, UpdateBookingRequest } from '@mutualis/contracts';
import { firstValueFrom, map, switchMap } from 'rxjs';
import { Clock } from '../../core/clock/clock';
import { AppLanguage } from '../../core/i18n/app-language';
import { DEFAULT_TIME_ZONE } from '../../core/locale/date-time-format';
import { LocaleFormat } from '../../core/locale/locale-format';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';
import type { BookingDetailsDialog, BookingDetailsDialogData } from '../bookings/booking-details-dialog';
import type { BookingDialog, BookingDialogData } from '../bookings/booking-dialog';
import { bookingProblemOf } from '../bookings/booking-problem';
import { BookingsApi } from '../bookings/bookings-api';
import { ResourcesApi } from '../bookings/resources-api';
import { bookingSlotOf, nextHourIn } from './booking-slot';
import { baseCalendarOptions, type CalendarButtonText } from './calendar-options';
import { toCalendarEvent, type BookingEventProps } from './calendar-events';
import { moveRequestOf, movedTiming, undoRequestOf, type MovedTiming } from './event-move';
import type { MoveProblemDialog, MoveProblemDialogData } from './move-problem-dialog';
import { ResourceDayView, type ResourceSlot } from './resource-day-view';

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
    ResourceDayView,
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
  private readonly injector = inject(Injector);
  private readonly format = inject(LocaleFormat);
  private readonly lang = inject(AppLanguage).lang;
  private readonly calendar = viewChild(FullCalendarComponent);
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  /** A phone: the calendar opens on a list, which fits where seven columns cannot. */
  private readonly narrow = this.document.defaultView?.matchMedia?.('(max-width: 599.98px)').matches ?? false;
  private readonly newBookingButton = viewChild('newBookingButton', { read: ElementRef<HTMLElement> });

  protected readonly sites = signal<SiteView[]>([]);
  protected readonly spaces = signal<ResourceView[]>([]);
  protected readonly siteId = signal('');
  protected readonly spaceId = signal('');
  protected readonly loading = signal(false);
  private readonly premisesLoaded = signal(false);
  protected readonly loadFailed = signal(false);
  /** « Par salle »: one column per room for a day, instead of FullCalendar's views. */
  protected readonly bySpace = signal(false);
  /** Bumped after a booking so the per-room day asks again. */
  protected readonly resourceDayRefresh = signal(0);
  /** The per-room day's columns: the chosen room, else every room of the site. */
  protected readonly daySpaces = computed(() => {
    const spaces = this.siteSpaces();
    return this.spaceId() ? spaces.filter((space) => space.id === this.spaceId()) : spaces;
  });
  /** Today in the shown zone, where the per-room day opens. */
  protected readonly today = computed(() => nextHourIn(this.timeZone(), this.clock.nowMs()).slice(0, 10));

  protected readonly siteSpaces = computed(() =>
    this.spaces().filter((space) => space.active && (!this.siteId() || space.siteId === this.siteId())),
  );
  /** The selects' texts, written by the page: translated options may load after a select draws its trigger. */
  protected readonly siteName = computed(() => this.sites().find((site) => site.id === this.siteId())?.name ?? '');
  protected readonly spaceName = computed(() => this.spaces().find((space) => space.id === this.spaceId())?.name ?? '');
  /** The chosen site's zone (or the chosen room's, or the first site's): hours read as on the wall there. */
  protected readonly timeZone = computed(
    () =>
      this.spaces().find((space) => space.id === this.spaceId())?.timeZone ??
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
  private readonly shownSpaceIds = computed(() => {
    const spaces = this.spaces().filter((space) => !this.siteId() || space.siteId === this.siteId());
    return this.spaces().length > 0 ? new Set(spaces.map((space) => space.id)) : null;
  });

  /** A new function when the filters or the words change, which makes FullCalendar fetch again. */
  private readonly events = computed(() => {
    const labels = this.labels();
    const spaceId = this.spaceId();
    const shownSpaceIds = this.shownSpaceIds();
    const resourceNames = new Map(this.spaces().map((space) => [space.id, space.name]));
    // Only bookings the person may change, and not yet begun, can be dragged.
    const nowMs = this.clock.nowMs();
    // One fetch once the words and the rooms are known, rather than one before and one after.
    if (!labels || !this.premisesLoaded()) return [];
    return (range: EventSourceFuncArg, success: (events: EventInput[]) => void, failure: (error: Error) => void) => {
      this.loadFailed.set(false);
      this.bookingsApi.list({ from: range.startStr, to: range.endStr, ...(spaceId ? { resourceId: spaceId } : {}) }).subscribe({
        next: (occurrences) =>
          success(
            occurrences
              .filter((occurrence) => !shownSpaceIds || shownSpaceIds.has(occurrence.resourceId))
              .map((occurrence) => toCalendarEvent(occurrence, labels, resourceNames.get(occurrence.resourceId), nowMs)),
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
    // Dragged or resized: the same edit as the dialog's (every check again); refused, it goes back.
    eventDrop: (drop: EventDropArg) => void this.moveBooking(drop),
    eventResize: (resize: EventResizeDoneArg) => void this.moveBooking(resize),
    // FullCalendar's arrow icons are `role="img"` without a name, inside buttons that have one.
    datesSet: () => this.hideToolbarIcons(),
  }));

  constructor() {
    void this.loadPremises();
  }

  protected chooseSite(siteId: string): void {
    this.siteId.set(siteId);
    if (this.spaceId() && !this.siteSpaces().some((space) => space.id === this.spaceId())) this.spaceId.set('');
  }

  /** « Nouvelle réservation »: the next full hour, in the chosen room if there is one. */
  protected newBooking(): void {
    void this.openBookingDialog({ start: nextHourIn(this.timeZone(), this.clock.nowMs()), durationMinutes: 60 });
  }

  /** A free half hour of a room in the per-room day. */
  protected bookResourceSlot(slot: ResourceSlot): void {
    void this.openBookingDialog({ start: slot.start, durationMinutes: 60 }, slot.resourceId);
  }

  private async bookSlot(selection: DateSelectArg): Promise<void> {
    this.calendar()?.getApi().unselect();
    await this.openBookingDialog(bookingSlotOf(selection.startStr, selection.endStr, selection.allDay));
  }

  private async openBookingDialog(slot: { start: string; durationMinutes: number }, resourceId?: string): Promise<void> {
    const spaces = this.siteSpaces();
    const data: BookingDialogData = {
      ...slot,
      resourceId: resourceId ?? (this.spaceId() || (spaces.length === 1 ? spaces[0].id : null)),
      // Until the rooms are known, the dialog loads them itself.
      ...(spaces.length > 0 ? { spaces } : {}),
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
   * A booking let go elsewhere, or stretched: asks which occurrences when it repeats (« Cette
   * occurrence / … et les suivantes / Toute la série »), sends the edit, and offers to undo it.
   * Refused, the booking goes back and the reason opens where it was let go.
   */
  protected async moveBooking(info: EventDropArg | EventResizeDoneArg): Promise<void> {
    const { occurrence } = info.event.extendedProps as BookingEventProps;
    const { start, end } = info.event;
    if (!occurrence.canEdit || !start || !end) {
      info.revert();
      return;
    }
    const timeZone = this.spaces().find((space) => space.id === occurrence.resourceId)?.timeZone ?? this.timeZone();
    const timing = movedTiming({ occurrence, timeZone, start, end });
    const title = occurrence.title ?? this.labels()?.booked ?? '';
    let scope: EditScope = 'all';
    if (occurrence.recurring) {
      const { chooseScope } = await import('../bookings/scope-dialog');
      const choice = await chooseScope(this.dialog, {
        action: 'edit',
        recurring: true,
        title,
        when: `${this.format.formatDateTime(occurrence.start, timeZone)} – ${this.format.formatTime(occurrence.end, timeZone)}`,
      });
      if (!choice) {
        info.revert();
        this.keepFocus();
        return;
      }
      scope = choice.scope;
    }
    const where = pointOf(info.jsEvent);
    try {
      const seriesStart =
        scope === 'all' && occurrence.recurring && timing.shiftMinutes !== 0
          ? (await firstValueFrom(this.bookingsApi.get(occurrence.seriesId))).start
          : undefined;
      const request = moveRequestOf({ occurrence }, timing, scope, seriesStart);
      const updated = await firstValueFrom(this.bookingsApi.update(occurrence.seriesId, request));
      this.refresh();
      await this.offerUndo(updated, request, timing, seriesStart, { title, timeZone, where });
    } catch (error) {
      info.revert();
      await this.showMoveProblem(error, { title, timeZone, where }, 'calendar.move.refused');
    }
  }

  /** « Réservation déplacée. » with « Annuler », when the move can be put back as it was. */
  private async offerUndo(
    updated: BookingSeriesView,
    request: UpdateBookingRequest,
    timing: MovedTiming,
    seriesStart: string | undefined,
    context: MoveContext,
  ): Promise<void> {
    const undo = undoRequestOf(request, timing, seriesStart);
    const kept = !request.occurrenceId || updated.occurrences.some((each) => each.id === request.occurrenceId);
    const message = this.transloco.translate('calendar.move.done', { title: context.title });
    const snackBar = await this.snackBar();
    if (!undo || !kept) {
      snackBar.open(message, this.transloco.translate('errors.dismiss'), { duration: 5000, politeness: 'polite' });
      return;
    }
    const ref = snackBar.open(message, this.transloco.translate('calendar.move.undo'), { duration: 10000, politeness: 'polite' });
    ref.onAction().subscribe(() => void this.undoMove(updated.id, undo, context));
  }

  /** The snack bar is fetched with the first move, not with the calendar. */
  private async snackBar() {
    const { MatSnackBar } = await import('@angular/material/snack-bar');
    return this.injector.get(MatSnackBar);
  }

  private async undoMove(seriesId: string, undo: UpdateBookingRequest, context: MoveContext): Promise<void> {
    try {
      await firstValueFrom(this.bookingsApi.update(seriesId, undo));
      this.refresh();
      const message = this.transloco.translate('calendar.move.undone', { title: context.title });
      (await this.snackBar()).open(message, this.transloco.translate('errors.dismiss'), { duration: 5000, politeness: 'polite' });
    } catch (error) {
      await this.showMoveProblem(error, context, 'calendar.move.undoRefused');
    }
  }

  /** Beside where the booking was let go (centred on a phone, or without a pointer), focused and announced. */
  private async showMoveProblem(
    error: unknown,
    context: MoveContext,
    titleKey: MoveProblemDialogData['titleKey'],
  ): Promise<void> {
    const { MoveProblemDialog } = await import('./move-problem-dialog');
    const view = this.document.defaultView;
    const width = Math.min(352, (view?.innerWidth ?? 400) - 16);
    const position =
      context.where && view && !this.narrow
        ? {
            left: `${Math.max(8, Math.min(context.where.x + 12, view.innerWidth - width - 8))}px`,
            top: `${Math.max(8, Math.min(context.where.y - 24, view.innerHeight - 320))}px`,
          }
        : undefined;
    const ref = this.dialog.open<MoveProblemDialog, MoveProblemDialogData>(MoveProblemDialog, {
      data: { problem: bookingProblemOf(error), timeZone: context.timeZone, title: context.title, titleKey },
      width: `${width}px`,
      role: 'alertdialog',
      ...(position ? { position } : {}),
    });
    await firstValueFrom(ref.afterClosed());
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
    this.resourceDayRefresh.update((count) => count + 1);
    this.calendar()?.getApi().refetchEvents();
  }

  private async loadPremises(): Promise<void> {
    try {
      const [sites, spaces] = await Promise.all([
        firstValueFrom(this.resourcesApi.sites()),
        firstValueFrom(this.resourcesApi.spaces()),
      ]);
      this.sites.set(sites);
      this.spaces.set(spaces);
    } catch {
      // The error snack bar said why; the calendar still shows every room's bookings.
    } finally {
      this.premisesLoaded.set(true);
    }
  }
}

interface MoveContext {
  readonly title: string;
  readonly timeZone: string;
  /** Where the pointer let the booking go, in the viewport. */
  readonly where: { readonly x: number; readonly y: number } | null;
}

function pointOf(event: MouseEvent | undefined): MoveContext['where'] {
  return event && Number.isFinite(event.clientX) && Number.isFinite(event.clientY)
    ? { x: event.clientX, y: event.clientY }
    : null;
}
