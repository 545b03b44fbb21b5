import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  type ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import type { BookingSeriesView, StaffView } from '@mutualis/contracts';
import { firstValueFrom, map } from 'rxjs';
import { focusAfterRender } from '../../../shared/focus/focus-after-render';
import { RecurrenceBuilder } from '../../../shared/recurrence-builder/recurrence-builder';
import { NO_RECURRENCE } from '../../../shared/recurrence-builder/recurrence-pattern';
import { StaffBookingsApi } from '../staff-bookings-api';
import { hourRequestOf } from './hour-request';
import { type HourRequestProblem, hourRequestProblemOf } from './request-problem';
import { RequestProblemMessage } from './request-problem-message';
import { RequestResult } from './request-result';
import { LocaleDateTimeInput } from '../../../core/locale/locale-date-time-input';

/**
 * A start chosen among the free slots or in the day « Par employé »: 'YYYY-MM-DDTHH:mm' in the
 * employee's zone. Without a length (a half hour of the day view), the form keeps its own.
 */
export interface HourRequestPrefill {
  readonly start: string;
  readonly durationMinutes?: number;
}

const INITIAL_VALUE = { title: '', date: '', time: '', durationMinutes: 60, recurrence: NO_RECURRENCE, notes: '' };

/**
 * Asks a pooled employee for time: title, date, start time, duration, how it repeats, notes.
 * Shows the pending result with any over-quota warning, or explains the refusal
 * (working hours, leave, daily or weekly maximum, agreement, conflicts).
 */
@Component({
  selector: 'app-hour-request-form',
  imports: [
    LocaleDateTimeInput,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RecurrenceBuilder,
    RequestProblemMessage,
    RequestResult,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './hour-request-form.html',
  styleUrl: './hour-request-form.scss',
})
export class HourRequestForm {
  private readonly api = inject(StaffBookingsApi);

  readonly staff = input.required<StaffView>();
  readonly organisationId = input.required<string>();
  /** A free slot clicked on the page: it fills the date, start time and, if it has one, the duration. */
  readonly prefill = input<HourRequestPrefill | null>(null);
  /** A request was sent (the page refreshes the hour bank and the free slots). */
  readonly requested = output<BookingSeriesView>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [INITIAL_VALUE.title, [Validators.required, Validators.maxLength(200)]],
    date: [INITIAL_VALUE.date, Validators.required],
    time: [INITIAL_VALUE.time, Validators.required],
    durationMinutes: [INITIAL_VALUE.durationMinutes, [Validators.required, Validators.min(15), Validators.max(720)]],
    recurrence: [INITIAL_VALUE.recurrence],
    notes: [INITIAL_VALUE.notes, Validators.maxLength(5000)],
  });
  private readonly formDirective = viewChild.required(FormGroupDirective);
  private readonly injector = inject(Injector);
  private readonly titleInput = viewChild<ElementRef<HTMLElement>>('titleInput');
  private readonly problemRegion = viewChild<ElementRef<HTMLElement>>('problemRegion');
  private readonly resultRegion = viewChild<ElementRef<HTMLElement>>('resultRegion');
  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  protected readonly start = computed(() => {
    const { date, time } = this.value();
    return date && time ? `${date}T${time.slice(0, 5)}` : '';
  });
  protected readonly duration = computed(() => Number(this.value().durationMinutes) || 0);

  protected readonly submitting = signal(false);
  protected readonly problem = signal<HourRequestProblem | null>(null);
  protected readonly result = signal<BookingSeriesView | null>(null);

  constructor() {
    effect(() => {
      const prefill = this.prefill();
      if (!prefill) return;
      untracked(() => {
        this.form.patchValue({
          date: prefill.start.slice(0, 10),
          time: prefill.start.slice(11, 16),
          ...(prefill.durationMinutes === undefined ? {} : { durationMinutes: prefill.durationMinutes }),
        });
        this.problem.set(null);
        this.result.set(null);
        // The slot is in the form now: the person goes on from there (the title is what is left to type).
        focusAfterRender(this.injector, this.titleInput);
      });
    });
    // What was said about another employee would mislead.
    effect(() => {
      this.staff();
      untracked(() => {
        this.problem.set(null);
        this.result.set(null);
      });
    });
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.problem.set(null);
    this.result.set(null);
    try {
      const series = await firstValueFrom(
        this.api.request(hourRequestOf(this.form.getRawValue(), this.staff().id, this.organisationId())),
      );
      this.result.set(series);
      // A new request starts empty, so the same one is not sent twice by accident; resetting the form
      // directive also forgets it was submitted, so the empty fields are not shown as errors.
      this.formDirective().resetForm({ ...INITIAL_VALUE, durationMinutes: this.form.getRawValue().durationMinutes });
      this.requested.emit(series);
      focusAfterRender(this.injector, this.resultRegion);
    } catch (error) {
      this.problem.set(hourRequestProblemOf(error));
      focusAfterRender(this.injector, this.problemRegion);
    } finally {
      this.submitting.set(false);
    }
  }
}
