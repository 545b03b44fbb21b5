import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { WorkingWeek } from '@mutualis/contracts';

/** A range of the form, with its week where weeks may alternate (A, B or every week). */
export type HoursRangeGroup =
  | FormGroup<{ start: FormControl<string>; end: FormControl<string> }>
  | FormGroup<{ week: FormControl<WorkingWeek>; start: FormControl<string>; end: FormControl<string> }>;

/** A weekday of the form; its validator reports a problem of its ranges as `{ hours: problem }`. */
export type WeekdayHoursGroup<R extends HoursRangeGroup = HoursRangeGroup> = FormGroup<{
  weekday: FormControl<number>;
  ranges: FormArray<R>;
}>;

/**
 * A week of hours: for each day its ranges (start, end and, when weeks alternate, the week),
 * with buttons to add and remove them; a day without a range reads the feature's word for it
 * (« Fermé », « Ne travaille pas »). Problems of a day show under it as soon as they arise.
 * Times are typed as 'HH:mm' text: a time input cannot hold « 24:00 », midnight.
 *
 * The wording is the feature's: `texts` is the prefix of its keys (`start`, `startLabel`, `end`,
 * `endLabel`, `empty`, `add`, `addLabel`, `remove`, `removeLabel`, `problems.*` and, for
 * alternating weeks, `week`, `weekLabel`, `weeks.*`).
 */
@Component({
  selector: 'app-weekly-hours-editor',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './weekly-hours-editor.html',
  styleUrl: './weekly-hours-editor.scss',
})
export class WeeklyHoursEditor<R extends HoursRangeGroup> {
  /** The seven days of the feature's form. */
  readonly days = input.required<FormArray<WeekdayHoursGroup<R>>>();
  /** The prefix of the feature's translation keys, e.g. 'premises.hours'. */
  readonly texts = input.required<string>();
  /** The range a day gets on « Ajouter une plage », knowing the day's last one. */
  readonly newRange = input.required<(previous: ReturnType<R['getRawValue']> | undefined) => R>();
  /** Whether ranges choose their week (A, B or every week). */
  readonly alternating = input(false);

  protected readonly weeks: readonly WorkingWeek[] = ['every', 'A', 'B'];

  protected addRange(day: WeekdayHoursGroup<R>): void {
    const ranges = day.controls.ranges;
    ranges.push(this.newRange()(ranges.at(ranges.length - 1)?.getRawValue()));
    day.markAsDirty();
  }

  protected removeRange(day: WeekdayHoursGroup<R>, index: number): void {
    day.controls.ranges.removeAt(index);
    day.markAsDirty();
  }
}
