import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { type InlineError, inlineErrorOf } from '../../../core/http/inline-error';
import { InlineErrorMessage } from '../../../shared/inline-error-message/inline-error-message';
import { StaffBookingsApi } from '../staff-bookings-api';
import { instantOf, wallClockOf } from '../staff-time';
import { LocaleDateTimeInput } from '../../../core/locale/locale-date-time-input';

export interface ProposeTimeData {
  readonly seriesId: string;
  readonly occurrenceId: string;
  readonly title: string;
  readonly organisationName: string;
  readonly timeZone: string;
  /** The occurrence as requested, ISO instants. */
  readonly start: string;
  readonly end: string;
}

/** The time proposed, as instants in the employee's zone. */
export interface ProposedTime {
  readonly start: string;
  readonly end: string;
}

const PROPOSE_ERRORS = { INVALID_STATE: 'staff.mySchedule.errors.notPending', NOT_FOUND: 'staff.mySchedule.errors.notPending' };
const MINUTE_MS = 60_000;

/**
 * « Proposer un autre moment »: date, start time and duration, prefilled from the request, in the
 * employee's zone. The request stays pending (and keeps its slot) until the organisation accepts
 * or declines the proposal. Closes with the time proposed, or nothing.
 */
@Component({
  selector: 'app-propose-time-dialog',
  imports: [
    LocaleDateTimeInput,
    InlineErrorMessage,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('staff')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="propose()" novalidate>
      <h2 mat-dialog-title>
        {{ 'staff.propose.title' | transloco: { title: data.title, organisation: data.organisationName } }}
      </h2>
      <mat-dialog-content>
        @if (saving()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'staff.saving' | transloco" />
        }
        <app-inline-error-message [error]="error()" />
        <p class="hint">{{ 'staff.propose.hint' | transloco }}</p>
        <div class="fields">
          <mat-form-field>
            <mat-label>{{ 'staff.request.fields.date' | transloco }}</mat-label>
            <input matInput type="date" formControlName="date" required />
            @if (form.controls.date.invalid) {
              <mat-error>{{ 'staff.request.errors.dateRequired' | transloco }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'staff.request.fields.startTime' | transloco }}</mat-label>
            <input matInput type="time" step="300" formControlName="time" required />
            @if (form.controls.time.invalid) {
              <mat-error>{{ 'staff.request.errors.timeRequired' | transloco }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'staff.request.fields.duration' | transloco }}</mat-label>
            <input matInput type="number" min="1" max="1440" step="15" formControlName="durationMinutes" required />
            @if (form.controls.durationMinutes.invalid) {
              <mat-error>{{ 'staff.propose.durationRange' | transloco }}</mat-error>
            }
          </mat-form-field>
        </div>
        <p class="hint">{{ 'staff.timeZoneHint' | transloco: { timeZone: data.timeZone } }}</p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'dialog.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ 'staff.propose.submit' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      min-width: min(24rem, 75vw);
    }
    .hint {
      margin: 0 0 1rem;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class ProposeTimeDialog {
  protected readonly data = inject<ProposeTimeData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ProposeTimeDialog, ProposedTime>>(MatDialogRef);
  private readonly api = inject(StaffBookingsApi);

  private readonly requested = wallClockOf(this.data.start, this.data.timeZone);
  protected readonly form = inject(NonNullableFormBuilder).group({
    date: [this.requested.slice(0, 10), Validators.required],
    time: [this.requested.slice(11, 16), Validators.required],
    durationMinutes: [
      Math.round((Date.parse(this.data.end) - Date.parse(this.data.start)) / MINUTE_MS),
      [Validators.required, Validators.min(1), Validators.max(1440)],
    ],
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<InlineError | null>(null);

  protected async propose(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { date, time, durationMinutes } = this.form.getRawValue();
    const start = `${date}T${time}`;
    this.saving.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(
        this.api.propose(this.data.seriesId, { occurrenceId: this.data.occurrenceId, start, durationMinutes }),
      );
      const startInstant = instantOf(start, this.data.timeZone);
      this.ref.close({
        start: startInstant,
        end: new Date(Date.parse(startInstant) + durationMinutes * MINUTE_MS).toISOString(),
      });
    } catch (error) {
      // A conflict, working hours, leave or a cap: the API's message says which.
      this.error.set(inlineErrorOf(error, PROPOSE_ERRORS));
    } finally {
      this.saving.set(false);
    }
  }
}

/** Resolves the time proposed, or undefined when the employee backs out. */
export async function openProposeTimeDialog(dialog: MatDialog, data: ProposeTimeData): Promise<ProposedTime | undefined> {
  const ref = dialog.open<ProposeTimeDialog, ProposeTimeData, ProposedTime>(ProposeTimeDialog, { data, width: '30rem' });
  return firstValueFrom(ref.afterClosed());
}
