import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

export interface TimesheetNoteData {
  /** « Maison de la famille, mardi 3 mars ». */
  readonly day: string;
  readonly note: string;
  /** A submitted, confirmed or locked day: the note is only shown. */
  readonly readonly: boolean;
}

/**
 * The note of one day of the timesheet (« Fin de mois »). It only changes the grid: the note is
 * sent with the day when the employee saves or submits the week. Closes with the note, or nothing.
 */
@Component({
  selector: 'app-timesheet-note-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  providers: [provideTranslocoScope('staff')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="apply()" novalidate>
      <h2 mat-dialog-title>{{ 'staff.timesheet.note.title' | transloco: { day: data.day } }}</h2>
      <mat-dialog-content>
        @if (data.readonly) {
          <p class="note">{{ data.note || ('staff.timesheet.note.none' | transloco) }}</p>
        } @else {
          <mat-form-field class="field">
            <mat-label>{{ 'staff.timesheet.note.label' | transloco }}</mat-label>
            <textarea matInput formControlName="note" rows="3" maxlength="2000"></textarea>
            <mat-hint>{{ 'staff.timesheet.note.hint' | transloco }}</mat-hint>
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        @if (data.readonly) {
          <button mat-flat-button type="button" mat-dialog-close>{{ 'staff.close' | transloco }}</button>
        } @else {
          <button mat-button type="button" mat-dialog-close>{{ 'dialog.cancel' | transloco }}</button>
          <button mat-flat-button type="submit">{{ 'staff.timesheet.note.apply' | transloco }}</button>
        }
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .field {
      width: 100%;
      min-width: min(24rem, 70vw);
    }
    .note {
      white-space: pre-line;
    }
  `,
})
export class TimesheetNoteDialog {
  protected readonly data = inject<TimesheetNoteData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<TimesheetNoteDialog, string>>(MatDialogRef);
  protected readonly form = inject(NonNullableFormBuilder).group({ note: [this.data.note, Validators.maxLength(2000)] });

  protected apply(): void {
    if (this.data.readonly || this.form.invalid) return;
    this.ref.close(this.form.getRawValue().note.trim());
  }
}

/** Resolves the new note ('' to clear it), or undefined when nothing changes. */
export async function editTimesheetNote(dialog: MatDialog, data: TimesheetNoteData): Promise<string | undefined> {
  const ref = dialog.open<TimesheetNoteDialog, TimesheetNoteData, string>(TimesheetNoteDialog, { data, width: '30rem' });
  return firstValueFrom(ref.afterClosed());
}
