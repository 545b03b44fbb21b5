import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormArray, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { WorkingWeek } from '@mutualis/contracts';
import { type WorkingDayGroup, workingRangeGroupOf } from './staff-form';

/**
 * The employee's weekly working hours: for each day its ranges (start, end and, when weeks
 * alternate, the week: every week, A or B), with buttons to add and remove them; a day
 * without a range reads « Congé ». Problems of a day show under it as soon as they arise.
 * Times are typed as 'HH:mm' text: a time input cannot hold « 24:00 », ending at midnight.
 */
@Component({
  selector: 'app-working-hours-editor',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './working-hours-editor.html',
  styleUrl: './working-hours-editor.scss',
})
export class WorkingHoursEditor {
  private readonly fb = inject(NonNullableFormBuilder);

  /** The seven days of the staff form. */
  readonly days = input.required<FormArray<WorkingDayGroup>>();
  /** Whether ranges choose their week (A, B or every week). */
  readonly alternating = input(false);

  protected readonly weeks: readonly WorkingWeek[] = ['every', 'A', 'B'];

  protected addRange(day: WorkingDayGroup): void {
    const ranges = day.controls.ranges;
    const last = ranges.at(ranges.length - 1)?.getRawValue();
    // A second range usually follows the first, e.g. the afternoon after lunch.
    ranges.push(
      workingRangeGroupOf(
        this.fb,
        last
          ? { week: last.week, start: last.end < '13:00' ? '13:00' : last.end, end: last.end < '17:00' ? '17:00' : '24:00' }
          : undefined,
      ),
    );
    day.markAsDirty();
  }

  protected removeRange(day: WorkingDayGroup, index: number): void {
    day.controls.ranges.removeAt(index);
    day.markAsDirty();
  }
}
