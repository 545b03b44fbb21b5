import {
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { BookingSeriesView, EditScope, OccurrenceView, UpdateBookingRequest } from '@mutualis/contracts';
import { firstValueFrom, map } from 'rxjs';
import { focusAfterRender } from '../../shared/focus/focus-after-render';
import { RecurrenceBuilder } from '../../shared/recurrence-builder/recurrence-builder';
import { bookingProblemOf, type BookingProblem } from './booking-problem';
import { BookingProblemMessage } from './booking-problem-message';
import { BookingsApi } from './bookings-api';
import { wallClockOf } from '../../core/locale/zone-wall-clock';
import { minutesBetween } from './minutes-between';
import { LocaleDateTimeInput } from '../../core/locale/locale-date-time-input';

export interface BookingEditDialogData {
  readonly series: BookingSeriesView;
  /** The occurrence the person opened; the changes of 'one' and 'following' start from it. */
  readonly occurrence: OccurrenceView | null;
  readonly scope: EditScope;
}

/**
 * Changes a booking: its title and time for one occurrence; also its privacy, notes and rule for
 * this-and-following or the whole series. Only what changed is sent; closes with the updated series.
 */
@Component({
  selector: 'app-booking-edit-dialog',
  imports: [
    LocaleDateTimeInput,
    BookingProblemMessage,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RecurrenceBuilder,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('bookings')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './booking-edit-dialog.html',
  styleUrl: './booking-dialog.scss',
})
export class BookingEditDialog {
  protected readonly data = inject<BookingEditDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<BookingEditDialog, BookingSeriesView>>(MatDialogRef);
  private readonly api = inject(BookingsApi);

  private readonly initial = initialValues(this.data);
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [this.initial.title, [Validators.required, Validators.maxLength(200)]],
    date: [this.initial.start.slice(0, 10), Validators.required],
    time: [this.initial.start.slice(11, 16), Validators.required],
    durationMinutes: [this.initial.durationMinutes, [Validators.required, Validators.min(1), Validators.max(1440)]],
    recurrence: [{ rrule: this.initial.rrule, skipHolidays: false }],
    private: [this.initial.private],
    notes: [this.initial.notes, Validators.maxLength(5000)],
  });
  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });

  /** A single occurrence keeps the series' rule, privacy and notes. */
  protected readonly wholeSeries = this.data.scope !== 'one';
  protected readonly timeZone = this.data.series.timeZone;
  protected readonly start = computed(() => {
    const { date, time } = this.value();
    return date && time ? `${date}T${time.slice(0, 5)}` : '';
  });
  protected readonly duration = computed(() => Number(this.value().durationMinutes) || 0);
  protected readonly saving = signal(false);
  protected readonly problem = signal<BookingProblem | null>(null);
  private readonly injector = inject(Injector);
  private readonly problemRegion = viewChild<ElementRef<HTMLElement>>('problemRegion');

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const changes = this.changes();
    if (Object.keys(changes).length === 0) {
      this.ref.close();
      return;
    }
    const request: UpdateBookingRequest = {
      scope: this.data.scope,
      ...(this.data.occurrence && this.data.scope !== 'all' ? { occurrenceId: this.data.occurrence.id } : {}),
      changes,
    };
    this.saving.set(true);
    this.problem.set(null);
    try {
      this.ref.close(await firstValueFrom(this.api.update(this.data.series.id, request)));
    } catch (error) {
      this.problem.set(bookingProblemOf(error));
      focusAfterRender(this.injector, this.problemRegion);
    } finally {
      this.saving.set(false);
    }
  }

  private changes(): UpdateBookingRequest['changes'] {
    const value = this.form.getRawValue();
    const start = `${value.date}T${value.time.slice(0, 5)}`;
    const changes: UpdateBookingRequest['changes'] = {};
    if (value.title.trim() !== this.initial.title) changes.title = value.title.trim();
    if (start !== this.initial.start) changes.start = start;
    if (Number(value.durationMinutes) !== this.initial.durationMinutes) changes.durationMinutes = Number(value.durationMinutes);
    if (this.wholeSeries) {
      if (value.recurrence.rrule !== this.initial.rrule) changes.rrule = value.recurrence.rrule;
      if (value.private !== this.initial.private) changes.private = value.private;
      if (value.notes.trim() !== this.initial.notes) changes.notes = value.notes.trim();
    }
    return changes;
  }
}

interface EditableValues {
  readonly title: string;
  /** Local 'YYYY-MM-DDTHH:mm'. */
  readonly start: string;
  readonly durationMinutes: number;
  readonly rrule: string | null;
  readonly private: boolean;
  readonly notes: string;
}

/** The whole series starts from its own start; one occurrence, or the ones from it, from that occurrence. */
function initialValues({ series, occurrence, scope }: BookingEditDialogData): EditableValues {
  const fromOccurrence = occurrence && scope !== 'all';
  return {
    title: series.title ?? '',
    start: fromOccurrence ? wallClockOf(occurrence.start, series.timeZone) : series.start,
    durationMinutes: fromOccurrence ? minutesBetween(occurrence.start, occurrence.end) : series.durationMinutes,
    rrule: series.rrule,
    private: series.private,
    notes: series.notes ?? '',
  };
}
