import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import type { SiteView, UpdateSiteRequest } from '@mutualis/contracts';
import { DEFAULT_TIME_ZONE } from '../../core/locale/date-time-format';
import { ISO_WEEKDAYS, rangesProblem, WALL_CLOCK_TIME, type TimeRange } from '../../shared/weekly-hours/weekly-hours';
import { daysOf, weeklyHoursOf, type DayHours } from './opening-hours';

export type RangeGroup = FormGroup<{ start: FormControl<string>; end: FormControl<string> }>;
export type DayGroup = FormGroup<{ weekday: FormControl<number>; ranges: FormArray<RangeGroup> }>;

/** The zones of Quebec and Canada a community site is likely to be in; Montréal's first. */
export const SITE_TIME_ZONES = [
  'America/Toronto',
  'America/Blanc-Sablon',
  'America/Halifax',
  'America/Moncton',
  'America/St_Johns',
  'America/Winnipeg',
  'America/Regina',
  'America/Edmonton',
  'America/Vancouver',
] as const;

/** A site's name, address, zone and opening hours (seven days, each with its ranges). */
export function siteFormOf(fb: NonNullableFormBuilder) {
  return fb.group({
    name: fb.control('', [Validators.required, Validators.maxLength(200)]),
    address: fb.control('', Validators.maxLength(500)),
    timeZone: fb.control<string>(DEFAULT_TIME_ZONE, Validators.required),
    days: fb.array<DayGroup>(ISO_WEEKDAYS.map((weekday) => dayGroupOf(fb, { weekday, ranges: [] }))),
  });
}

export type SiteForm = ReturnType<typeof siteFormOf>;

export function dayGroupOf(fb: NonNullableFormBuilder, day: DayHours): DayGroup {
  return fb.group(
    {
      weekday: fb.control(day.weekday),
      ranges: fb.array<RangeGroup>(day.ranges.map((range) => rangeGroupOf(fb, range))),
    },
    { validators: validDay },
  );
}

/** A range opening at `start` and closing at `end`; '24:00' closes at midnight. */
export function rangeGroupOf(fb: NonNullableFormBuilder, range: TimeRange = { start: '09:00', end: '17:00' }): RangeGroup {
  const time = [Validators.required, Validators.pattern(WALL_CLOCK_TIME)];
  return fb.group({ start: fb.control(range.start, time), end: fb.control(range.end, time) });
}

/** Fills the form with a site, its opening hours laid out over the seven days. */
export function fillSiteForm(form: SiteForm, fb: NonNullableFormBuilder, site: SiteView): void {
  form.controls.days.clear();
  for (const day of daysOf(site.openingHours)) form.controls.days.push(dayGroupOf(fb, day));
  form.patchValue({ name: site.name, address: site.address, timeZone: site.timeZone });
}

/** `PATCH /api/sites/:id` (the same fields create a site). */
export function siteRequestOf(form: SiteForm): Required<UpdateSiteRequest> {
  const value = form.getRawValue();
  return {
    name: value.name.trim(),
    address: value.address.trim(),
    timeZone: value.timeZone,
    openingHours: weeklyHoursOf(value.days),
  };
}

function validDay(control: AbstractControl): ValidationErrors | null {
  const problem = rangesProblem((control as DayGroup).getRawValue().ranges);
  return problem ? { hours: problem } : null;
}
