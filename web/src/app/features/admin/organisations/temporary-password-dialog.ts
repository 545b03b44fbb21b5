import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { MemberView } from '@mutualis/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { InlineError } from '../../../core/http/inline-error';
import { InlineErrorMessage } from '../../../shared/inline-error-message/inline-error-message';
import { newPasswordValidators, passwordErrorOf } from '../../../shared/password-rules/password-rules';
import { OrganisationsApi } from './organisations-api';

/** Sets a temporary password for a member; closes with true once the API accepted it. */
@Component({
  selector: 'app-temporary-password-dialog',
  imports: [
    InlineErrorMessage,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <h2 mat-dialog-title>{{ 'admin.members.temporaryPasswordTitle' | transloco: { name: member.name } }}</h2>
      <mat-dialog-content>
        <p>{{ 'admin.members.temporaryPasswordExplanation' | transloco }}</p>
        <app-inline-error-message [error]="error()" />
        <mat-form-field class="field">
          <mat-label>{{ 'admin.members.temporaryPassword' | transloco }}</mat-label>
          <input matInput type="text" formControlName="password" autocomplete="off" spellcheck="false" required />
          <mat-hint>{{ 'passwordRules.hint' | transloco }}</mat-hint>
          @if (form.controls.password.hasError('required')) {
            <mat-error>{{ 'passwordRules.required' | transloco }}</mat-error>
          } @else if (form.controls.password.hasError('weak')) {
            <mat-error>{{ 'passwordRules.weak' | transloco }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'dialog.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ 'admin.members.setTemporaryPassword' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .field {
      width: 100%;
      min-width: min(22rem, 70vw);
    }
  `,
})
export class TemporaryPasswordDialog {
  protected readonly member = inject<MemberView>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<TemporaryPasswordDialog, boolean>>(MatDialogRef);
  private readonly api = inject(OrganisationsApi);

  protected readonly saving = signal(false);
  protected readonly error = signal<InlineError | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({ password: ['', newPasswordValidators] });

  protected async save(): Promise<void> {
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(this.api.setTemporaryPassword(this.member.userId, this.form.getRawValue().password));
      this.ref.close(true);
    } catch (error) {
      this.error.set(passwordErrorOf(error, { WEAK_PASSWORD: 'passwordRules.weak' }));
      this.saving.set(false);
    }
  }
}
