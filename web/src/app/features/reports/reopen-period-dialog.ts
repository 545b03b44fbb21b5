import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

export interface ReopenPeriodData {
  /** The period's name, « Novembre 2026 ». */
  readonly period: string;
}

/** Asks why a closed period is reopened (the reason is kept with the period). Closes with it, or nothing. */
@Component({
  selector: 'app-reopen-period-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  providers: [provideTranslocoScope('reports')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="reopen()" novalidate>
      <h2 mat-dialog-title>{{ 'reports.reopen.title' | transloco: data }}</h2>
      <mat-dialog-content>
        <p>{{ 'reports.reopen.message' | transloco }}</p>
        <mat-form-field class="reason">
          <mat-label>{{ 'reports.reopen.reason' | transloco }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" maxlength="1000" required></textarea>
          @if (form.controls.reason.invalid) {
            <mat-error>{{ 'reports.reopen.reasonRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'dialog.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ 'reports.reopen.confirm' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .reason {
      width: 100%;
      min-width: min(24rem, 70vw);
    }
  `,
})
export class ReopenPeriodDialog {
  protected readonly data = inject<ReopenPeriodData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ReopenPeriodDialog, string>>(MatDialogRef);
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.maxLength(1000), Validators.pattern(/\S/)]],
  });

  protected reopen(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.ref.close(this.form.getRawValue().reason.trim());
  }
}

/** Resolves the reason, or undefined when the coordinator backs out. */
export async function askReopenReason(dialog: MatDialog, data: ReopenPeriodData): Promise<string | undefined> {
  const ref = dialog.open<ReopenPeriodDialog, ReopenPeriodData, string>(ReopenPeriodDialog, { data, width: '30rem' });
  return firstValueFrom(ref.afterClosed());
}
