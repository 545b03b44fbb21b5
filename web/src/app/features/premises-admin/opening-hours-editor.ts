import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormArray, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { rangeGroupOf, type DayGroup } from './site-form';

/**
 * A site's weekly opening hours: for each day, its ranges (opening and closing time) with
 * buttons to add and remove them; a day without a range reads « Fermé ». Problems of a day
 * (overlap, closing before opening) show under it as soon as they arise. Times are typed as
 * 'HH:mm' text: a time input cannot hold « 24:00 », closing at midnight.
 */
@Component({
  selector: 'app-opening-hours-editor',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  providers: [provideTranslocoScope('premises')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="days">
      @for (day of days().controls; track day.controls.weekday.value) {
        @let dayName = 'premises.weekdays.' + day.controls.weekday.value | transloco;
        <li class="day" [formGroup]="day">
          <span class="day-name">{{ dayName }}</span>
          <div class="ranges" formArrayName="ranges">
            @for (range of day.controls.ranges.controls; track range; let index = $index) {
              <div class="range" [formGroupName]="index">
                <mat-form-field subscriptSizing="dynamic">
                  <mat-label>{{ 'premises.hours.opens' | transloco }}</mat-label>
                  <input
                    matInput
                    inputmode="numeric"
                    placeholder="HH:mm"
                    maxlength="5"
                    formControlName="opens"
                    [attr.aria-label]="'premises.hours.opensLabel' | transloco: { day: dayName, index: index + 1 }"
                  />
                </mat-form-field>
                <mat-form-field subscriptSizing="dynamic">
                  <mat-label>{{ 'premises.hours.closes' | transloco }}</mat-label>
                  <input
                    matInput
                    inputmode="numeric"
                    placeholder="HH:mm"
                    maxlength="5"
                    formControlName="closes"
                    [attr.aria-label]="'premises.hours.closesLabel' | transloco: { day: dayName, index: index + 1 }"
                  />
                </mat-form-field>
                <button
                  mat-button
                  type="button"
                  [attr.aria-label]="'premises.hours.removeLabel' | transloco: { day: dayName, index: index + 1 }"
                  (click)="removeRange(day, index)"
                >
                  {{ 'premises.hours.remove' | transloco }}
                </button>
              </div>
            } @empty {
              <span class="closed">{{ 'premises.hours.closed' | transloco }}</span>
            }
            <div class="problem" role="alert">
              @if (day.errors?.['hours']; as problem) {
                {{ 'premises.hours.problems.' + problem | transloco }}
              }
            </div>
          </div>
          <button
            mat-stroked-button
            type="button"
            class="add"
            [attr.aria-label]="'premises.hours.addLabel' | transloco: { day: dayName }"
            (click)="addRange(day)"
          >
            {{ 'premises.hours.add' | transloco }}
          </button>
        </li>
      }
    </ul>
  `,
  styles: `
    .days {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .day {
      display: grid;
      grid-template-columns: 7rem 1fr auto;
      align-items: start;
      gap: 0.5rem 1rem;
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .day-name {
      padding-top: 1rem;
      font: var(--mat-sys-title-small);
      text-transform: capitalize;
    }
    .ranges {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    .range {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      mat-form-field {
        width: 9rem;
      }
    }
    .closed {
      padding-top: 1rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .problem {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    .add {
      margin-top: 0.5rem;
    }
    @media (max-width: 40rem) {
      .day {
        grid-template-columns: 1fr;
      }
    }
  `,
})
export class OpeningHoursEditor {
  private readonly fb = inject(NonNullableFormBuilder);

  /** The seven days of the site form. */
  readonly days = input.required<FormArray<DayGroup>>();

  protected addRange(day: DayGroup): void {
    const ranges = day.controls.ranges;
    const last = ranges.at(ranges.length - 1)?.getRawValue();
    // A second range usually follows the first, e.g. the evening after the day.
    ranges.push(
      rangeGroupOf(this.fb, last ? { opens: last.closes, closes: last.closes < '21:00' ? '21:00' : '24:00' } : undefined),
    );
    day.markAsDirty();
  }

  protected removeRange(day: DayGroup, index: number): void {
    day.controls.ranges.removeAt(index);
    day.markAsDirty();
  }
}
