import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { CalendarOccurrence, OccurrenceStatus, ResourceView } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { Session } from '../../core/auth/session';
import { Notice } from '../../core/feedback/notice';
import { LocaleFormat } from '../../core/locale/locale-format';
import { ACTING_ORGANISATION } from './acting-organisation';
import { BookingDetailsDialog, type BookingDetailsDialogData } from './booking-details-dialog';
import { bookingProblemOf, type BookingProblem } from './booking-problem';
import { BookingProblemMessage } from './booking-problem-message';
import { BookingsApi } from './bookings-api';
import { ResourcesApi } from './resources-api';
import { chooseScope } from './scope-dialog';
import { MAX_WINDOW_DAYS } from './split-window';
import { Clock } from '../../core/clock/clock';

const DAY_MS = 86_400_000;
type StatusFilter = '' | Extract<OccurrenceStatus, 'pending' | 'confirmed'>;

/**
 * « Mes réservations »: the active organisation's upcoming occurrences (92 days), filtered by
 * room and status, each with its details and a cancellation that asks which occurrences.
 */
@Component({
  selector: 'app-my-bookings-page',
  imports: [
    BookingProblemMessage,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('bookings')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-bookings-page.html',
  styleUrl: './bookings-page.scss',
})
export class MyBookingsPage {
  private readonly api = inject(BookingsApi);
  private readonly resourcesApi = inject(ResourcesApi);
  private readonly dialog = inject(MatDialog);
  private readonly notice = inject(Notice);
  private readonly transloco = inject(TranslocoService);
  private readonly session = inject(Session);
  private readonly clock = inject(Clock);
  /** A coordinator without an organisation books for one from the calendar, and approves. */
  protected readonly coordinator = this.session.isCoordinator;
  protected readonly format = inject(LocaleFormat);
  protected readonly organisationId = inject(ACTING_ORGANISATION);

  protected readonly columns = ['when', 'room', 'title', 'status', 'actions'];
  protected readonly occurrences = signal<CalendarOccurrence[]>([]);
  protected readonly spaces = signal<ResourceView[]>([]);
  protected readonly loading = signal(false);
  protected readonly problem = signal<BookingProblem | null>(null);
  protected readonly spaceFilter = signal('');
  protected readonly statusFilter = signal<StatusFilter>('');

  protected readonly organisationName = computed(
    () =>
      this.session.memberships().find((membership) => membership.organisationId === this.organisationId())?.organisationName ??
      '',
  );
  private readonly spacesById = computed(() => new Map(this.spaces().map((space) => [space.id, space])));
  /** The spaces this organisation has booked, for the filter. */
  protected readonly bookedSpaces = computed(() => {
    const ids = new Set(this.spaceBookings().map((occurrence) => occurrence.resourceId));
    return this.spaces().filter((space) => ids.has(space.id));
  });
  /** Translated options could load after the select draws its trigger: the page writes the trigger itself. */
  protected readonly spaceFilterName = computed(() => this.spacesById().get(this.spaceFilter())?.name ?? '');
  /** Space bookings only (pooled staff have their own pages), once the spaces are known. */
  protected readonly spaceBookings = computed(() => {
    const spaces = this.spacesById();
    return spaces.size === 0 ? this.occurrences() : this.occurrences().filter((occurrence) => spaces.has(occurrence.resourceId));
  });
  protected readonly rows = computed(() =>
    this.spaceBookings().filter(
      (occurrence) =>
        (!this.spaceFilter() || occurrence.resourceId === this.spaceFilter()) &&
        (!this.statusFilter() || occurrence.status === this.statusFilter()),
    ),
  );

  constructor() {
    void this.loadSpaces();
    effect(() => {
      const organisationId = this.organisationId();
      untracked(() => void this.load(organisationId));
    });
  }

  protected spaceName(occurrence: CalendarOccurrence): string {
    return this.spacesById().get(occurrence.resourceId)?.name ?? '';
  }

  protected when(occurrence: CalendarOccurrence): string {
    const timeZone = this.timeZoneOf(occurrence);
    return `${this.format.formatDateTime(occurrence.start, timeZone)} – ${this.format.formatTime(occurrence.end, timeZone)}`;
  }

  protected titleOf(occurrence: CalendarOccurrence): string {
    return occurrence.title ?? this.transloco.translate('bookings.private');
  }

  protected async showDetails(occurrence: CalendarOccurrence): Promise<void> {
    const ref = this.dialog.open<BookingDetailsDialog, BookingDetailsDialogData, boolean>(BookingDetailsDialog, {
      data: { seriesId: occurrence.seriesId, occurrenceId: occurrence.id },
      width: '36rem',
    });
    if (await firstValueFrom(ref.afterClosed())) await this.load(this.organisationId());
  }

  protected async cancel(occurrence: CalendarOccurrence): Promise<void> {
    const choice = await chooseScope(this.dialog, {
      action: 'cancel',
      recurring: occurrence.recurring,
      title: this.titleOf(occurrence),
      when: this.when(occurrence),
    });
    if (!choice) return;
    this.problem.set(null);
    try {
      await firstValueFrom(this.api.cancel(occurrence.seriesId, { ...choice, occurrenceId: occurrence.id }));
      this.notice.show('bookings.mine.cancelled');
      await this.load(this.organisationId());
    } catch (error) {
      this.problem.set(bookingProblemOf(error));
    }
  }

  private timeZoneOf(occurrence: CalendarOccurrence): string | undefined {
    return this.spacesById().get(occurrence.resourceId)?.timeZone;
  }

  private async load(organisationId: string | null): Promise<void> {
    if (!organisationId) {
      this.occurrences.set([]);
      return;
    }
    const now = this.clock.nowMs();
    this.loading.set(true);
    try {
      const occurrences = await firstValueFrom(
        this.api.list({
          organisationId,
          from: new Date(now).toISOString(),
          to: new Date(now + MAX_WINDOW_DAYS * DAY_MS).toISOString(),
        }),
      );
      this.occurrences.set(occurrences);
    } catch (error) {
      this.problem.set(bookingProblemOf(error));
    } finally {
      this.loading.set(false);
    }
  }

  private async loadSpaces(): Promise<void> {
    try {
      this.spaces.set(await firstValueFrom(this.resourcesApi.spaces()));
    } catch {
      // The snack bar said why; spaces show without names.
    }
  }
}
