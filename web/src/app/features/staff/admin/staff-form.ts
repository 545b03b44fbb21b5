import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import type { CreateStaffRequest, StaffView, UpdateStaffRequest, WorkingWeek } from '@mutualis/contracts';
import { parseLocalDate, resolveTimeZone } from '@mutualis/domain';
import type { AppLang } from '../../../core/i18n/app-language';
import { DEFAULT_TIME_ZONE } from '../../../core/locale/date-time-format';
import { centsToDollars, dollarsToCents } from '../../../core/locale/money-input';
import { hoursToMinutes, minutesToHoursField } from '../../../core/locale/hours-format';
import { weekdayOfDate } from '../staff-time';
import { type WorkingDay, workingDayProblem, workingDaysOf, workingHoursOf, type WorkingRange } from './working-hours';

export type WorkingRangeGroup = FormGroup<{
  week: FormControl<WorkingWeek>;
  start: FormControl<string>;
  end: FormControl<string>;
}>;

export type WorkingDayGroup = FormGroup<{
  weekday: FormControl<number>;
  ranges: FormArray<WorkingRangeGroup>;
}>;

/** The most a person works: a day (1440 minutes) and a week (10 080), as the API checks. */
export const MAX_MINUTES_PER_DAY = 1440;
export const MAX_MINUTES_PER_WEEK = 10080;

/** An hours field: empty, or hours between 1 minute and `maxMinutes`. */
export function hoursField(maxMinutes: number): ValidatorFn {
  return (control) => {
    const text = String(control.value ?? '').trim();
    if (!text) return null;
    const minutes = hoursToMinutes(text);
    return minutes !== null && minutes >= 1 && minutes <= maxMinutes ? null : { hours: { max: maxMinutes } };
  };
}

/** A dollars field: empty, or an amount. */
export const dollarsField: ValidatorFn = (control) =>
  !String(control.value ?? '').trim() || dollarsToCents(String(control.value)) !== null ? null : { dollars: true };

const timeZoneField: ValidatorFn = (control) => (resolveTimeZone(String(control.value ?? '').trim()) ? null : { timeZone: true });

/** Week A starts on a Monday; the anchor is needed only when weeks alternate. */
function anchorField(alternating: () => boolean): ValidatorFn {
  return (control) => {
    const date = String(control.value ?? '');
    if (!alternating()) return null;
    if (!date) return { required: true };
    return parseLocalDate(date) && weekdayOfDate(date) === 1 ? null : { notMonday: true };
  };
}

export function workingRangeGroupOf(
  fb: NonNullableFormBuilder,
  range: WorkingRange = { week: 'every', start: '09:00', end: '17:00' },
): WorkingRangeGroup {
  return fb.group({ week: fb.control(range.week), start: fb.control(range.start), end: fb.control(range.end) });
}

function workingDayGroupOf(fb: NonNullableFormBuilder, day: WorkingDay, alternating: () => boolean): WorkingDayGroup {
  return fb.group(
    { weekday: fb.control(day.weekday), ranges: fb.array(day.ranges.map((range) => workingRangeGroupOf(fb, range))) },
    {
      validators: (group: AbstractControl) => {
        const problem = workingDayProblem((group as WorkingDayGroup).getRawValue().ranges, alternating());
        return problem ? { hours: problem } : null;
      },
    },
  );
}

/** The staff form: who the employee is, what they cost, their caps and their working hours. */
export function staffFormOf(fb: NonNullableFormBuilder) {
  // The validators read the alternating box, which exists once the group does.
  let form: StaffForm | undefined = undefined;
  const alternating = () => form?.controls.alternating.value ?? false;
  form = fb.group({
    networkId: fb.control('', Validators.required),
    name: fb.control('', [Validators.required, Validators.maxLength(200), Validators.pattern(/\S/)]),
    jobTitle: fb.control('', Validators.maxLength(200)),
    carrierOrganisationId: fb.control(''),
    userEmail: fb.control('', [Validators.email, Validators.maxLength(320)]),
    timeZone: fb.control(DEFAULT_TIME_ZONE, [Validators.required, timeZoneField]),
    hourlyCost: fb.control('', dollarsField),
    maxHoursPerDay: fb.control('', hoursField(MAX_MINUTES_PER_DAY)),
    maxHoursPerWeek: fb.control('', hoursField(MAX_MINUTES_PER_WEEK)),
    holidaysOff: fb.control(true),
    alternating: fb.control(false),
    alternatingWeeksAnchor: fb.control('', anchorField(alternating)),
    workingDays: fb.array(workingDaysOf([]).map((day) => workingDayGroupOf(fb, day, alternating))),
    active: fb.control(true),
  }) as StaffForm;
  const { controls } = form;
  // Turning alternation on or off changes what the anchor and the days must satisfy.
  controls.alternating.valueChanges.subscribe(() => {
    controls.alternatingWeeksAnchor.updateValueAndValidity();
    controls.workingDays.controls.forEach((day) => day.updateValueAndValidity());
  });
  return form;
}

export type StaffForm = FormGroup<{
  networkId: FormControl<string>;
  name: FormControl<string>;
  jobTitle: FormControl<string>;
  carrierOrganisationId: FormControl<string>;
  userEmail: FormControl<string>;
  timeZone: FormControl<string>;
  hourlyCost: FormControl<string>;
  maxHoursPerDay: FormControl<string>;
  maxHoursPerWeek: FormControl<string>;
  holidaysOff: FormControl<boolean>;
  alternating: FormControl<boolean>;
  alternatingWeeksAnchor: FormControl<string>;
  workingDays: FormArray<WorkingDayGroup>;
  active: FormControl<boolean>;
}>;

export type StaffFormValue = ReturnType<StaffForm['getRawValue']>;

/** Fills the form with an employee (or the defaults of a new one in `networkId`), money and hours in the language's format. */
export function fillStaffForm(
  form: StaffForm,
  fb: NonNullableFormBuilder,
  staff: StaffView | null,
  networkId: string,
  lang: AppLang,
): void {
  const alternating = () => form.controls.alternating.value;
  const days = form.controls.workingDays;
  days.clear();
  for (const day of workingDaysOf(staff?.workingHours ?? [])) days.push(workingDayGroupOf(fb, day, alternating));
  form.patchValue({
    networkId: staff?.networkId ?? networkId,
    name: staff?.name ?? '',
    jobTitle: staff?.jobTitle ?? '',
    carrierOrganisationId: staff?.carrierOrganisationId ?? '',
    userEmail: '',
    timeZone: staff?.timeZone ?? DEFAULT_TIME_ZONE,
    hourlyCost: centsToDollars(staff?.hourlyCostCents, lang),
    maxHoursPerDay: minutesToHoursField(staff?.maxMinutesPerDay, lang),
    maxHoursPerWeek: minutesToHoursField(staff?.maxMinutesPerWeek, lang),
    holidaysOff: staff?.holidaysOff ?? true,
    alternating: !!staff?.alternatingWeeksAnchor && (staff?.workingHours ?? []).some((entry) => entry.week !== 'every'),
    alternatingWeeksAnchor: staff?.alternatingWeeksAnchor ?? '',
    active: staff?.active ?? true,
  });
  form.markAsPristine();
}

/** The fields both creation and changes send; empty optional fields are left out. */
function commonFields(value: StaffFormValue): Omit<CreateStaffRequest, 'networkId' | 'name'> {
  const cents = value.hourlyCost.trim() ? dollarsToCents(value.hourlyCost) : null;
  const perDay = value.maxHoursPerDay.trim() ? hoursToMinutes(value.maxHoursPerDay) : null;
  const perWeek = value.maxHoursPerWeek.trim() ? hoursToMinutes(value.maxHoursPerWeek) : null;
  const email = value.userEmail.trim();
  return {
    jobTitle: value.jobTitle.trim(),
    ...(value.carrierOrganisationId ? { carrierOrganisationId: value.carrierOrganisationId } : {}),
    ...(email ? { userEmail: email } : {}),
    timeZone: value.timeZone.trim(),
    ...(cents !== null ? { hourlyCostCents: cents } : {}),
    ...(perDay !== null ? { maxMinutesPerDay: perDay } : {}),
    ...(perWeek !== null ? { maxMinutesPerWeek: perWeek } : {}),
    holidaysOff: value.holidaysOff,
    ...(value.alternating && value.alternatingWeeksAnchor ? { alternatingWeeksAnchor: value.alternatingWeeksAnchor } : {}),
    workingHours: workingHoursOf(value.workingDays, value.alternating),
  };
}

export function createStaffRequestOf(value: StaffFormValue): CreateStaffRequest {
  return { networkId: value.networkId, name: value.name.trim(), ...commonFields(value) };
}

export function updateStaffRequestOf(value: StaffFormValue): UpdateStaffRequest {
  return { name: value.name.trim(), ...commonFields(value), active: value.active };
}
