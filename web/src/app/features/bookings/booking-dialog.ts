import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  type ElementRef,
  inject,
  Injector,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { BookingSeriesView, BundledItemRequest, OrganisationView, ResourceView } from '@mutualis/contracts';
import { filter, firstValueFrom, map } from 'rxjs';
import { Session } from '../../core/auth/session';
import { DEFAULT_TIME_ZONE } from '../../core/locale/date-time-format';
import { focusAfterRender } from '../../shared/focus/focus-after-render';
import { previewSeries } from '../../shared/recurrence-builder/preview-series';
import { RecurrenceBuilder } from '../../shared/recurrence-builder/recurrence-builder';
import { NO_RECURRENCE } from '../../shared/recurrence-builder/recurrence-pattern';
import { ACTING_ORGANISATION } from './acting-organisation';
import { conflictsWith } from './booking-availability';
import { bookingProblemOf, canSkipConflicts, type BookingProblem } from './booking-problem';
import { BookingProblemMessage } from './booking-problem-message';
import { createBookingRequest } from './booking-request';
import { BookingResult } from './booking-result';
import { BookingsApi } from './bookings-api';
import { BundlePicker } from './bundle-picker';
import { spaceGroupsOf } from './space-groups';
import { ResourcesApi } from './resources-api';
import { endAfterStart, minutesBetween, minutesOf, QUICK_DURATIONS, timeOf, wellFormedDate } from './time-range';
import { LocaleDateTimeInput } from '../../core/locale/locale-date-time-input';

export interface BookingDialogData {
  /** A local start 'YYYY-MM-DDTHH:mm', e.g. the slot chosen in the calendar. */
  readonly start?: string;
  readonly durationMinutes?: number;
  readonly resourceId?: string | null;
  /** The spaces to choose from; loaded when absent. */
  readonly spaces?: readonly ResourceView[];
}

/** How many occurrences « Vérifier les disponibilités » checks. */
const CHECKED_OCCURRENCES = 100;

/**
 * Books a room: title, room, date, start time, duration, how it repeats (with a live preview),
 * privacy and notes; a coordinator also chooses the organisation booked for. It can check
 * availability first, and explains a refusal (conflicts with their dates, closures, the room's
 * rules) next to the buttons, where focus moves, with the option to skip the taken occurrences
 * of a series. Someone who cannot book is told so before filling anything. Closes with the
 * created series, after showing what was booked and what was skipped.
 */
@Component({
  selector: 'app-booking-dialog',
  imports: [
    LocaleDateTimeInput,
    BookingProblemMessage,
    BookingResult,
    BundlePicker,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    RecurrenceBuilder,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('bookings')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './booking-dialog.html',
  styleUrl: './booking-dialog.scss',
})
export class BookingDialog {
  private readonly data = inject<BookingDialogData | null>(MAT_DIALOG_DATA, { optional: true }) ?? {};
  private readonly ref = inject<MatDialogRef<BookingDialog, BookingSeriesView>>(MatDialogRef);
  private readonly api = inject(BookingsApi);
  private readonly resourcesApi = inject(ResourcesApi);
  private readonly actingOrganisationId = inject(ACTING_ORGANISATION);
  private readonly injector = inject(Injector);
  /** Coordinators book for any organisation of the room's network, chosen in the form. */
  protected readonly coordinator = inject(Session).isCoordinator();
  /** A member of no organisation who coordinates nothing: nothing to book for. */
  protected readonly cannotBook = !this.coordinator && this.actingOrganisationId() === null;
  private readonly problemRegion = viewChild<ElementRef<HTMLElement>>('problemRegion');
  private readonly resultHeading = viewChild<ElementRef<HTMLElement>>('resultHeading');
  private readonly bundleRegion = viewChild<ElementRef<HTMLElement>>('bundleRegion');

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    resourceId: [this.data.resourceId ?? '', Validators.required],
    organisationId: [this.actingOrganisationId() ?? '', this.coordinator ? Validators.required : []],
    date: [this.data.start?.slice(0, 10) ?? '', [Validators.required, wellFormedDate]],
    time: [this.data.start?.slice(11, 16) ?? '', Validators.required],
    // Start and end, as people think of a booking; quick durations set the end.
    endTime: [
      this.endOf(this.data.start?.slice(11, 16) ?? '', this.data.durationMinutes ?? 60),
      [Validators.required, endAfterStart],
    ],
    recurrence: [NO_RECURRENCE],
    private: [false],
    notes: ['', Validators.maxLength(5000)],
    skipConflicts: [false],
  });
  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });

  protected readonly spaces = signal<readonly ResourceView[]>(this.data.spaces ?? []);
  /** Equipment and vehicles that may ride with the room (« Salle du conseil » with the projector). */
  private readonly equipment = signal<readonly ResourceView[]>([]);
  /** What is added to the room, all or nothing. */
  protected readonly bundle = signal<BundledItemRequest[]>([]);
  /** « Ajouter du matériel » was pressed: the items are loaded then, not with every dialog. */
  protected readonly bundleOpen = signal(false);
  protected readonly loadingEquipment = signal(false);
  private readonly organisations = signal<readonly OrganisationView[]>([]);
  protected readonly spaceGroups = computed(() => spaceGroupsOf(this.spaces()));
  protected readonly space = computed(() => this.spaces().find((space) => space.id === this.value().resourceId) ?? null);
  /** The organisations of the chosen room's network (all of them until a room is chosen). */
  protected readonly bookableOrganisations = computed(() => {
    const space = this.space();
    return this.organisations()
      .filter((organisation) => !space || organisation.networkIds.includes(space.networkId))
      .sort((a, b) => a.name.localeCompare(b.name));
  });
  protected readonly equipmentOfSpace = computed(() => {
    const space = this.space();
    return space ? this.equipment().filter((item) => item.networkId === space.networkId) : [];
  });
  protected readonly timeZone = computed(() => this.space()?.timeZone ?? DEFAULT_TIME_ZONE);
  protected readonly start = computed(() => {
    const { date, time } = this.value();
    return date && time ? `${date}T${time.slice(0, 5)}` : '';
  });
  protected readonly duration = computed(() => minutesBetween(this.value().time, this.value().endTime));
  protected readonly quickDurations = QUICK_DURATIONS;
  /** Moving the start keeps the length, as in every calendar. */
  private lastDuration = this.data.durationMinutes ?? 60;
  protected readonly recurring = computed(() => this.value().recurrence.rrule !== null);

  /** What the verdicts are about; a string, so unrelated edits (the title…) keep them. */
  private readonly planned = computed(() =>
    JSON.stringify([this.start(), this.duration(), this.value().resourceId, this.value().recurrence, this.bundle()]),
  );

  protected readonly submitting = signal(false);
  protected readonly checking = signal(false);
  protected readonly problem = signal<BookingProblem | null>(null);
  /** After « Vérifier les disponibilités » found nothing in the way: how many occurrences were checked. */
  protected readonly freeCount = signal<number | null>(null);
  protected readonly result = signal<BookingSeriesView | null>(null);
  /** A room with equipment is all or nothing: no occurrence is skipped then. */
  protected readonly offerSkipConflicts = computed(
    () => this.recurring() && this.bundle().length === 0 && canSkipConflicts(this.problem()),
  );

  constructor() {
    this.form.controls.time.valueChanges.pipe(takeUntilDestroyed()).subscribe((time) => {
      this.form.controls.endTime.setValue(this.endOf(time, this.lastDuration));
    });
    this.form.controls.endTime.valueChanges.pipe(takeUntilDestroyed()).subscribe((end) => {
      const length = minutesBetween(this.form.controls.time.value, end);
      if (length > 0) this.lastDuration = length;
    });
    if (!this.data.spaces) void this.loadSpaces();
    // Items of another network cannot ride with the room chosen now.
    effect(() => {
      const offered = new Set(this.equipmentOfSpace().map((item) => item.id));
      untracked(() => {
        const kept = this.bundle().filter((chosen) => offered.has(chosen.resourceId));
        if (kept.length !== this.bundle().length) this.bundle.set(kept);
      });
    });
    if (this.coordinator) void this.loadOrganisations();
    // A verdict about other dates or another room would mislead: forget it when they change.
    effect(() => {
      this.planned();
      untracked(() => {
        this.freeCount.set(null);
        this.problem.set(null);
        this.form.controls.skipConflicts.setValue(false);
      });
    });
    // Once booked, closing the dialog in any way hands the new series to the page.
    this.ref
      .keydownEvents()
      .pipe(
        filter((event) => event.key === 'Escape' && this.result() !== null),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.close());
  }

  /** « 1 h », « Demi-journée »: sets the end from the start. */
  protected useDuration(minutes: number): void {
    this.lastDuration = minutes;
    this.form.controls.endTime.setValue(this.endOf(this.form.controls.time.value, minutes));
    this.form.controls.endTime.markAsTouched();
  }

  private endOf(start: string, minutes: number): string {
    const from = minutesOf(start);
    return from === null ? '' : timeOf(from + minutes);
  }

  protected async submit(): Promise<void> {
    const space = this.space();
    if (this.cannotBook) return;
    if (this.form.invalid || !space) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.problem.set(null);
    const value = this.form.getRawValue();
    try {
      const series = await firstValueFrom(
        this.api.create(
          createBookingRequest(
            { ...value, durationMinutes: this.duration() },
            space,
            value.organisationId || this.actingOrganisationId(),
            this.bundle(),
          ),
        ),
      );
      this.result.set(series);
      this.ref.disableClose = true;
      // The form and its « Réserver » button are gone: focus what replaced them.
      focusAfterRender(this.injector, this.resultHeading);
    } catch (error) {
      this.showProblem(bookingProblemOf(error));
    } finally {
      this.submitting.set(false);
    }
  }

  /** Looks for bookings of the room over the next occurrences, before submitting. */
  protected async checkAvailability(): Promise<void> {
    const space = this.space();
    const { date, time, endTime, recurrence } = this.form.controls;
    if (!space || date.invalid || time.invalid || endTime.invalid || recurrence.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const preview = previewSeries({
      start: this.start(),
      timeZone: space.timeZone,
      durationMinutes: this.duration(),
      rrule: recurrence.value.rrule,
      skipHolidays: recurrence.value.skipHolidays,
      limit: CHECKED_OCCURRENCES,
    });
    if (preview.kind !== 'occurrences' || preview.occurrences.length === 0) return;
    this.checking.set(true);
    this.problem.set(null);
    this.freeCount.set(null);
    try {
      const { occurrences } = preview;
      const booked = await firstValueFrom(
        this.api.list({ resourceId: space.id, from: occurrences[0].start, to: occurrences[occurrences.length - 1].end }),
      );
      const conflicts = conflictsWith(preview.occurrences, booked);
      if (conflicts.length > 0) this.showProblem({ kind: 'conflicts', conflicts });
      else this.freeCount.set(preview.occurrences.length);
    } catch (error) {
      this.showProblem(bookingProblemOf(error));
    } finally {
      this.checking.set(false);
    }
  }

  protected close(): void {
    this.ref.close(this.result() ?? undefined);
  }

  /** The problem appears next to the buttons, and focus moves there so it is seen and read. */
  private showProblem(problem: BookingProblem): void {
    this.problem.set(problem);
    focusAfterRender(this.injector, this.problemRegion);
  }

  private async loadOrganisations(): Promise<void> {
    try {
      this.organisations.set(await firstValueFrom(this.resourcesApi.organisations()));
    } catch {
      // The error snack bar said why; the organisation stays the active one.
    }
  }

  protected async openBundle(): Promise<void> {
    this.bundleOpen.set(true);
    this.loadingEquipment.set(true);
    try {
      this.equipment.set((await firstValueFrom(this.resourcesApi.equipment())).filter((item) => item.active));
    } catch {
      // The error snack bar said why; the room is booked without equipment.
      this.bundleOpen.set(false);
    } finally {
      this.loadingEquipment.set(false);
    }
    // The button is gone: focus moves to what replaced it.
    if (this.bundleOpen()) focusAfterRender(this.injector, this.bundleRegion);
  }

  private async loadSpaces(): Promise<void> {
    try {
      this.spaces.set((await firstValueFrom(this.resourcesApi.spaces())).filter((space) => space.active));
    } catch {
      // The error snack bar said why; the room list stays empty.
    }
  }
}
