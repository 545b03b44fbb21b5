import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import type { TranslationParams } from '../../core/i18n/translation-params';

const DEFAULT_MAX_LENGTH = 1000;

/**
 * The wording comes from the caller as translation keys. A feature's scoped keys
 * (`reports.reopen.title`) work as long as the feature opening the dialog loaded its scope.
 */
export interface ReasonDialogData {
  readonly titleKey: string;
  readonly titleParams?: TranslationParams;
  /** A paragraph above the field, when the consequence needs saying. */
  readonly messageKey?: string;
  readonly labelKey: string;
  /** Shown when the person submits without a reason. */
  readonly requiredKey: string;
  readonly submitKey: string;
  /** Characters the API accepts; 1000 unless said. */
  readonly maxLength?: number;
}

/** Asks for the required reason of a decision someone else will read (a decline, a reopening, a dispute). */
@Component({
  selector: 'app-reason-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <h2 mat-dialog-title>{{ data.titleKey | transloco: data.titleParams }}</h2>
      <mat-dialog-content>
        @if (data.messageKey) {
          <p>{{ data.messageKey | transloco }}</p>
        }
        <mat-form-field class="reason">
          <mat-label>{{ data.labelKey | transloco }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" [maxlength]="maxLength" required></textarea>
          @if (form.controls.reason.invalid) {
            <mat-error>{{ data.requiredKey | transloco }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'dialog.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ data.submitKey | transloco }}</button>
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
export class ReasonDialog {
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ReasonDialog, string>>(MatDialogRef);
  protected readonly maxLength = this.data.maxLength ?? DEFAULT_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.maxLength(this.maxLength), Validators.pattern(/\S/)]],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.ref.close(this.form.getRawValue().reason.trim());
  }
}

/** Resolves the trimmed reason, or undefined when the person backs out. */
export async function askReason(dialog: MatDialog, data: ReasonDialogData): Promise<string | undefined> {
  const ref = dialog.open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, { data, width: '30rem' });
  // « Annuler » closes with '' (a bare `mat-dialog-close`); a given reason is never empty.
  return (await firstValueFrom(ref.afterClosed())) || undefined;
}
