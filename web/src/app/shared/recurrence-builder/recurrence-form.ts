import {
  AbstractControl,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import type { WeekdayCode } from '@mutualis/domain';
import type { CustomUnit, RecurrenceEnd, RecurrenceFrequency, RecurrencePattern } from './recurrence-pattern';

export type RecurrenceForm = FormGroup<{
  frequency: FormControl<RecurrenceFrequency>;
  weekdays: FormControl<WeekdayCode[]>;
  interval: FormControl<number>;
  unit: FormControl<CustomUnit>;
  endKind: FormControl<RecurrenceEnd['kind']>;
  untilDate: FormControl<string>;
  count: FormControl<number>;
  skipHolidays: FormControl<boolean>;
}>;

export type RecurrenceFormValue = ReturnType<RecurrenceForm['getRawValue']>;

export const MAX_COUNT = 500;
export const MAX_INTERVAL = 99;

/**
 * The builder's controls. A control only counts when it is shown: the interval for a custom
 * rule, the end date or the count for the chosen end; `startDate()` bounds the end date.
 */
export function recurrenceFormOf(fb: NonNullableFormBuilder, startDate: () => string): RecurrenceForm {
  // The validators read sibling controls, which exist once the group does.
  let form: RecurrenceForm | undefined = undefined;
  form = fb.group({
    frequency: fb.control<RecurrenceFrequency>('none'),
    weekdays: fb.control<WeekdayCode[]>([]),
    interval: fb.control(
      1,
      when(() => form?.controls.frequency.value === 'custom', wholeNumberBetween(1, MAX_INTERVAL)),
    ),
    unit: fb.control<CustomUnit>('WEEKLY'),
    endKind: fb.control<RecurrenceEnd['kind']>('never'),
    untilDate: fb.control(
      '',
      when(() => form?.controls.endKind.value === 'until', endDateAfter(startDate)),
    ),
    count: fb.control(
      10,
      when(() => form?.controls.endKind.value === 'count', wholeNumberBetween(1, MAX_COUNT)),
    ),
    skipHolidays: fb.control(false),
  });
  const { controls } = form;
  // Showing or hiding a control changes whether it counts: check it again before the group does.
  controls.frequency.valueChanges.subscribe(() => controls.interval.updateValueAndValidity({ onlySelf: true }));
  controls.endKind.valueChanges.subscribe(() => {
    controls.untilDate.updateValueAndValidity({ onlySelf: true });
    controls.count.updateValueAndValidity({ onlySelf: true });
  });
  return form;
}

/** The pattern the controls describe. */
export function patternOf(value: RecurrenceFormValue): RecurrencePattern {
  return {
    frequency: value.frequency,
    weekdays: value.weekdays,
    interval: Number(value.interval),
    unit: value.unit,
    end: endOf(value),
  };
}

function endOf(value: RecurrenceFormValue): RecurrenceEnd {
  if (value.endKind === 'until' && value.untilDate) return { kind: 'until', date: value.untilDate };
  if (value.endKind === 'count') return { kind: 'count', count: Number(value.count) };
  return { kind: 'never' };
}

function when(applies: () => boolean, validator: ValidatorFn): ValidatorFn {
  return (control) => (applies() ? validator(control) : null);
}

function wholeNumberBetween(min: number, max: number): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = Number(control.value);
    const empty = control.value === null || control.value === '' || control.value === undefined;
    return empty || !Number.isInteger(value) || value < min || value > max ? { range: { min, max } } : null;
  };
}

function endDateAfter(startDate: () => string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const required = Validators.required(control);
    if (required) return required;
    const start = startDate();
    return start && control.value < start ? { untilBeforeStart: true } : null;
  };
}
