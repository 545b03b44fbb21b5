import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  forwardRef,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  ControlValueAccessor,
  NG_VALIDATORS,
  NG_VALUE_ACCESSOR,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validator,
} from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { parseWallClock, WEEKDAY_CODES } from '@mutualis/domain';
import { map } from 'rxjs';
import { AppLanguage } from '../../core/i18n/app-language';
import { DEFAULT_TIME_ZONE } from '../../core/locale/date-time-format';
import { buildRrule } from './build-rrule';
import { describeRecurrence } from './describe-recurrence';
import { previewSeries, type SeriesPreview } from './preview-series';
import { readRecurrencePattern } from './read-recurrence-pattern';
import { RecurrencePreview } from './recurrence-preview';
import {
  NO_RECURRENCE,
  ONE_OFF_PATTERN,
  type CustomUnit,
  type RecurrenceEnd,
  type RecurrenceFrequency,
  type RecurrencePattern,
  type RecurrenceValue,
  weekdayOf,
} from './recurrence-pattern';
import { patternOf, recurrenceFormOf, type RecurrenceFormValue } from './recurrence-form';
import { LocaleDateTimeInput } from '../../core/locale/locale-date-time-input';

let nextId = 0;

/** Until the parent knows the start date, weekly and monthly rules are built for a Monday, the 3rd. */
const UNKNOWN_START_DATE = '2000-01-03';

/**
 * Chooses how a booking repeats, as a form control whose value is a RecurrenceValue
 * (`{ rrule, skipHolidays }`, rrule null for a one-off). It shows the rule in plain language
 * and previews the next occurrences computed in the browser with the API's own library.
 *
 * `<app-recurrence-builder formControlName="recurrence" [start]="'2026-06-17T10:00'" [timeZone]="room.timeZone" [durationMinutes]="90" />`
 */
@Component({
  selector: 'app-recurrence-builder',
  imports: [
    LocaleDateTimeInput,
    MatCheckboxModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    ReactiveFormsModule,
    RecurrencePreview,
    TranslocoPipe,
  ],
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => RecurrenceBuilder), multi: true },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => RecurrenceBuilder), multi: true },
    provideTranslocoScope('recurrence'),
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './recurrence-builder.html',
  styleUrl: './recurrence-builder.scss',
  host: { '(focusout)': 'onTouched()' },
})
export class RecurrenceBuilder implements ControlValueAccessor, Validator {
  private readonly lang = inject(AppLanguage).lang;

  /** The series' local start, 'YYYY-MM-DDTHH:mm': monthly rules take their day from it. */
  readonly start = input('');
  readonly timeZone = input(DEFAULT_TIME_ZONE);
  readonly durationMinutes = input(60);
  /** How many occurrences the preview lists. */
  readonly previewLimit = input(10);
  /** The preview lists days without times (what is planned has no time of day, like a board post). */
  readonly datesOnly = input(false);
  /** The group's accessible name when it is not a booking's (« Récurrence de la réservation »). */
  readonly groupLabel = input('');
  /** Offers « Sauter les jours fériés du Québec » (a change to an existing series cannot ask it). */
  readonly offerSkipHolidays = input(true);

  protected readonly id = `recurrence-${nextId++}`;
  /** Monday first: index + 1 is the ISO weekday the `weekdays` translations are keyed by. */
  protected readonly weekdayCodes = WEEKDAY_CODES;
  protected readonly units: readonly CustomUnit[] = ['DAILY', 'WEEKLY', 'MONTHLY'];
  protected readonly startDate = computed(() => (parseWallClock(this.start()) ? this.start().slice(0, 10) : ''));
  protected readonly form = recurrenceFormOf(inject(NonNullableFormBuilder), () => this.startDate());

  private readonly formValue = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  private readonly formStatus = toSignal(this.form.statusChanges, { initialValue: this.form.status });
  /** An existing rule the controls cannot express, kept as it is until the person picks another. */
  private readonly keptRrule = signal<string | null>(null);
  private lastValue: RecurrenceValue = NO_RECURRENCE;
  private lastValidity: string | null = null;
  private onChange: (value: RecurrenceValue) => void = () => undefined;
  private onValidatorChange: () => void = () => undefined;
  protected onTouched: () => void = () => undefined;

  protected readonly frequency = computed(() => this.formValue().frequency);
  protected readonly repeats = computed(() => this.frequency() !== 'none');
  protected readonly pattern = computed<RecurrencePattern>(() => patternOf(this.formValue()));

  /** The control's value. */
  readonly value = computed<RecurrenceValue>(() => {
    const pattern = this.pattern();
    const rrule = pattern.frequency === 'kept' ? this.keptRrule() : buildRrule(pattern, this.startDate() || UNKNOWN_START_DATE);
    return { rrule, skipHolidays: rrule !== null && this.offerSkipHolidays() && this.formValue().skipHolidays };
  });

  protected readonly summary = computed(() => this.describe(this.value().rrule));
  protected readonly keptSummary = computed(() => this.describe(this.keptRrule()));

  /** « Tous les mois le 2e mardi » and « Tous les mois le 15 », read from the start date. */
  protected readonly monthlyLabels = computed(() => {
    const startDate = this.startDate();
    if (!startDate) return null;
    const monthly = (frequency: RecurrenceFrequency) => this.describe(buildRrule({ ...ONE_OFF_PATTERN, frequency }, startDate));
    return { byWeekday: monthly('monthlyByWeekday'), byDay: monthly('monthlyByDay') };
  });

  protected readonly preview = computed<SeriesPreview | null>(() => {
    if (!this.startDate()) return null;
    const { rrule, skipHolidays } = this.value();
    if (this.pattern().frequency !== 'none' && this.pattern().frequency !== 'kept' && rrule === null) return null;
    return previewSeries({
      start: this.start(),
      timeZone: this.timeZone(),
      durationMinutes: this.durationMinutes(),
      rrule,
      skipHolidays,
      limit: this.previewLimit(),
    });
  });

  constructor() {
    effect(() => {
      this.startDate();
      untracked(() => this.form.controls.untilDate.updateValueAndValidity());
    });
    // A weekly rule starts with the start's weekday chosen, as people expect.
    this.form.controls.frequency.valueChanges.subscribe(() => this.presetWeekday());
    this.form.controls.unit.valueChanges.subscribe(() => this.presetWeekday());
    effect(() => {
      const value = this.value();
      untracked(() => {
        if (sameValue(value, this.lastValue)) return;
        this.lastValue = value;
        this.onChange(value);
      });
    });
    // The parent form re-asks validate() when the preview's verdict changes (a new start date…).
    effect(() => {
      const validity = JSON.stringify(this.errors());
      untracked(() => {
        if (validity === this.lastValidity) return;
        this.lastValidity = validity;
        this.onValidatorChange();
      });
    });
  }

  writeValue(value: RecurrenceValue | null): void {
    const written = value ?? NO_RECURRENCE;
    const pattern = readRecurrencePattern(written.rrule, this.startDate());
    this.keptRrule.set(pattern.frequency === 'kept' ? written.rrule : null);
    this.lastValue = written;
    this.form.setValue(formValueOf(pattern, written.skipHolidays));
  }

  registerOnChange(onChange: (value: RecurrenceValue) => void): void {
    this.onChange = onChange;
  }

  registerOnTouched(onTouched: () => void): void {
    this.onTouched = onTouched;
  }

  registerOnValidatorChange(onValidatorChange: () => void): void {
    this.onValidatorChange = onValidatorChange;
  }

  setDisabledState(disabled: boolean): void {
    if (disabled) this.form.disable();
    else this.form.enable();
  }

  validate(_control: AbstractControl): ValidationErrors | null {
    return this.errors();
  }

  private errors(): ValidationErrors | null {
    const preview = this.preview();
    // A missing start or duration is the parent form's to report, next to its own fields.
    if (preview?.kind === 'error' && preview.code !== 'INVALID_START' && preview.code !== 'INVALID_DURATION') {
      return { recurrence: { code: preview.code, part: preview.part } };
    }
    if (this.repeats() && this.formStatus() === 'INVALID') return { recurrence: { code: 'incomplete' } };
    return null;
  }

  private presetWeekday(): void {
    const { weekdays } = this.form.controls;
    const weekday = weekdayOf(this.startDate());
    if (weekdays.value.length === 0 && weekday) {
      const { frequency, unit } = this.form.getRawValue();
      if (frequency === 'weekly' || (frequency === 'custom' && unit === 'WEEKLY')) weekdays.setValue([weekday]);
    }
  }

  private describe(rrule: string | null): string {
    try {
      return describeRecurrence(rrule, this.lang());
    } catch {
      return rrule ?? '';
    }
  }
}

function formValueOf(pattern: RecurrencePattern, skipHolidays: boolean): RecurrenceFormValue {
  const end: RecurrenceEnd = pattern.end;
  return {
    frequency: pattern.frequency,
    weekdays: [...pattern.weekdays],
    interval: pattern.interval,
    unit: pattern.unit,
    endKind: end.kind,
    untilDate: end.kind === 'until' ? end.date : '',
    count: end.kind === 'count' ? end.count : 10,
    skipHolidays,
  };
}

function sameValue(a: RecurrenceValue, b: RecurrenceValue): boolean {
  return a.rrule === b.rrule && a.skipHolidays === b.skipHolidays;
}
