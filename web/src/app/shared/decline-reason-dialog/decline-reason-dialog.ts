import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

export interface DeclineReasonData {
  readonly title: string;
  readonly organisationName: string;
}

/** Asks why a request is declined (a room by its coordinator, a pooled employee's time by the employee): the organisation reads the reason. Closes with it, or nothing. */
@Component({
  selector: 'app-decline-reason-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="decline()" novalidate>
      <h2 mat-dialog-title>{{ 'declineReason.title' | transloco: data }}</h2>
      <mat-dialog-content>
        <mat-form-field class="reason">
          <mat-label>{{ 'declineReason.reason' | transloco }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" maxlength="1000" required></textarea>
          @if (form.controls.reason.invalid) {
            <mat-error>{{ 'declineReason.reasonRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'dialog.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ 'declineReason.submit' | transloco }}</button>
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
export class DeclineReasonDialog {
  protected readonly data = inject<DeclineReasonData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<DeclineReasonDialog, string>>(MatDialogRef);
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.maxLength(1000), Validators.pattern(/\S/)]],
  });

  protected decline(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.ref.close(this.form.getRawValue().reason.trim());
  }
}

/** Resolves the reason, or undefined when the approver backs out. */
export async function askDeclineReason(dialog: MatDialog, data: DeclineReasonData): Promise<string | undefined> {
  const ref = dialog.open<DeclineReasonDialog, DeclineReasonData, string>(DeclineReasonDialog, { data, width: '30rem' });
  return firstValueFrom(ref.afterClosed());
}
