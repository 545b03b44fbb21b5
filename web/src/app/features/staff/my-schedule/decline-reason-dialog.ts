import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

export interface DeclineReasonData {
  readonly title: string;
  readonly organisationName: string;
}

/** Asks the employee why they decline a request: the organisation reads it. Closes with the reason, or nothing. */
@Component({
  selector: 'app-decline-reason-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  providers: [provideTranslocoScope('staff')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="decline()" novalidate>
      <h2 mat-dialog-title>{{ 'staff.decline.title' | transloco: data }}</h2>
      <mat-dialog-content>
        <mat-form-field class="reason">
          <mat-label>{{ 'staff.decline.reason' | transloco }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" maxlength="1000" required></textarea>
          @if (form.controls.reason.invalid) {
            <mat-error>{{ 'staff.decline.reasonRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'dialog.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ 'staff.decline.submit' | transloco }}</button>
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

/** Resolves the reason, or undefined when the employee backs out. */
export async function askDeclineReason(dialog: MatDialog, data: DeclineReasonData): Promise<string | undefined> {
  const ref = dialog.open<DeclineReasonDialog, DeclineReasonData, string>(DeclineReasonDialog, { data, width: '30rem' });
  return firstValueFrom(ref.afterClosed());
}
