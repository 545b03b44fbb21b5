import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

export interface DeclineDialogData {
  readonly title: string;
  readonly organisationName: string;
}

/** Asks why a booking is declined: the organisation reads the reason. Closes with it, or nothing. */
@Component({
  selector: 'app-decline-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  providers: [provideTranslocoScope('bookings')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="decline()" novalidate>
      <h2 mat-dialog-title>{{ 'bookings.approvals.declineTitle' | transloco: data }}</h2>
      <mat-dialog-content>
        <mat-form-field class="reason">
          <mat-label>{{ 'bookings.approvals.reason' | transloco }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" maxlength="1000"></textarea>
          @if (form.controls.reason.invalid) {
            <mat-error>{{ 'bookings.approvals.reasonRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'bookings.scope.back' | transloco }}</button>
        <button mat-flat-button type="submit">{{ 'bookings.approvals.decline' | transloco }}</button>
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
export class DeclineDialog {
  protected readonly data = inject<DeclineDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<DeclineDialog, string>>(MatDialogRef);
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

/** Resolves the reason, or undefined when the coordinator backs out. */
export async function askDeclineReason(dialog: MatDialog, data: DeclineDialogData): Promise<string | undefined> {
  const ref = dialog.open<DeclineDialog, DeclineDialogData, string>(DeclineDialog, { data, width: '30rem' });
  return firstValueFrom(ref.afterClosed());
}
