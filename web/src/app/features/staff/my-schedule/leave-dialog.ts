import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { LeaveKind, LeaveView } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { type InlineError, inlineErrorOf } from '../../../core/http/inline-error';
import { InlineErrorMessage } from '../../../shared/inline-error-message/inline-error-message';
import { StaffApi } from '../staff-api';
import { addDays, instantOf } from '../staff-time';
import { LocaleDateTimeInput } from '../../../core/locale/locale-date-time-input';

export interface LeaveDialogData {
  readonly staffId: string;
  readonly timeZone: string;
  /** The first day the form proposes, 'YYYY-MM-DD' (the whole day, to the next midnight). */
  readonly date: string;
}

export const LEAVE_KINDS: readonly LeaveKind[] = ['vacation', 'sick', 'training', 'other'];

const LEAVE_ERRORS = { CONFLICT: 'staff.leave.errors.overlap', VALIDATION_FAILED: 'staff.leave.errors.endBeforeStart' } as const;

/** The end must come after the start; 'YYYY-MM-DDTHH:mm' strings compare in time order. */
function endAfterStart(group: AbstractControl): ValidationErrors | null {
  const { start, end } = group.value as { start: string; end: string };
  return start && end && end <= start ? { endBeforeStart: true } : null;
}

/**
 * « Ajouter un congé »: kind, start and end in the employee's zone, a note. It records the
 * leave itself, then says how many requests were flagged for rescheduling (they are never
 * deleted). Closes with the leave, or nothing when cancelled.
 */
@Component({
  selector: 'app-leave-dialog',
  imports: [
    LocaleDateTimeInput,
    InlineErrorMessage,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('staff')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (result(); as leave) {
      <h2 mat-dialog-title>{{ 'staff.leave.saved' | transloco }}</h2>
      <mat-dialog-content>
        <p role="status" class="flagged">
          @if (leave.flaggedOccurrences === 0) {
            {{ 'staff.leave.noneFlagged' | transloco }}
          } @else {
            {{ 'staff.leave.flagged' | transloco: { count: leave.flaggedOccurrences } }}
          }
        </p>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-flat-button type="button" (click)="close()">{{ 'staff.close' | transloco }}</button>
      </mat-dialog-actions>
    } @else {
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <h2 mat-dialog-title>{{ 'staff.leave.add' | transloco }}</h2>
        <mat-dialog-content>
          @if (saving()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'staff.saving' | transloco" />
          }
          <app-inline-error-message [error]="error()" />
          <div class="fields">
            <mat-form-field>
              <mat-label>{{ 'staff.leave.kind' | transloco }}</mat-label>
              <mat-select formControlName="kind">
                @for (kind of kinds; track kind) {
                  <mat-option [value]="kind">{{ 'staff.leave.kinds.' + kind | transloco }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'staff.leave.start' | transloco }}</mat-label>
              <input matInput type="datetime-local" step="300" formControlName="start" required />
              @if (form.controls.start.hasError('required')) {
                <mat-error>{{ 'staff.leave.errors.startRequired' | transloco }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'staff.leave.end' | transloco }}</mat-label>
              <input matInput type="datetime-local" step="300" formControlName="end" required />
              @if (form.controls.end.hasError('required')) {
                <mat-error>{{ 'staff.leave.errors.endRequired' | transloco }}</mat-error>
              }
            </mat-form-field>
            <p class="problem" role="alert">
              @if (form.hasError('endBeforeStart') && form.controls.end.touched) {
                {{ 'staff.leave.errors.endBeforeStart' | transloco }}
              }
            </p>
            <p class="hint">{{ 'staff.timeZoneHint' | transloco: { timeZone: data.timeZone } }}</p>
            <mat-form-field>
              <mat-label>{{ 'staff.leave.note' | transloco }}</mat-label>
              <textarea matInput formControlName="note" rows="2" maxlength="1000"></textarea>
            </mat-form-field>
          </div>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close>{{ 'dialog.cancel' | transloco }}</button>
          <button mat-flat-button type="submit" [disabled]="saving()">{{ 'staff.leave.save' | transloco }}</button>
        </mat-dialog-actions>
      </form>
    }
  `,
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      min-width: min(26rem, 75vw);
    }
    .problem {
      margin: 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    .hint {
      margin: 0 0 1rem;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .flagged {
      font: var(--mat-sys-body-large);
    }
  `,
})
export class LeaveDialog {
  protected readonly data = inject<LeaveDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<LeaveDialog, LeaveView>>(MatDialogRef);
  private readonly api = inject(StaffApi);

  protected readonly kinds = LEAVE_KINDS;
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      kind: ['vacation' as LeaveKind],
      start: [`${this.data.date}T00:00`, Validators.required],
      end: [`${addDays(this.data.date, 1)}T00:00`, Validators.required],
      note: ['', Validators.maxLength(1000)],
    },
    { validators: endAfterStart },
  );
  protected readonly saving = signal(false);
  protected readonly error = signal<InlineError | null>(null);
  protected readonly result = signal<LeaveView | null>(null);

  protected async save(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { kind, start, end, note } = this.form.getRawValue();
    this.saving.set(true);
    this.error.set(null);
    try {
      const leave = await firstValueFrom(
        this.api.addLeave(this.data.staffId, {
          kind,
          start: instantOf(start, this.data.timeZone),
          end: instantOf(end, this.data.timeZone),
          ...(note.trim() ? { note: note.trim() } : {}),
        }),
      );
      this.result.set(leave);
      // Once recorded, the page must hear of it: only « Fermer » closes the dialog.
      this.ref.disableClose = true;
    } catch (error) {
      this.error.set(inlineErrorOf(error, LEAVE_ERRORS));
    } finally {
      this.saving.set(false);
    }
  }

  protected close(): void {
    this.ref.close(this.result() ?? undefined);
  }
}

/** Resolves the recorded leave, or undefined when the employee backs out. */
export async function openLeaveDialog(dialog: MatDialog, data: LeaveDialogData): Promise<LeaveView | undefined> {
  const ref = dialog.open<LeaveDialog, LeaveDialogData, LeaveView>(LeaveDialog, { data, width: '32rem' });
  return firstValueFrom(ref.afterClosed());
}
