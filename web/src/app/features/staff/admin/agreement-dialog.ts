import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { AgreementView, OrganisationView, QuotaPeriodUnit, StaffView } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { AppLanguage } from '../../../core/i18n/app-language';
import { type InlineError, inlineErrorOf } from '../../../core/http/inline-error';
import { InlineErrorMessage } from '../../../shared/inline-error-message/inline-error-message';
import { AgreementsApi } from '../agreements-api';
import { agreementFormOf, agreementFormValueOf, agreementTermsOf, createAgreementRequestOf } from './agreement-form';
import { LocaleDateTimeInput } from '../../../core/locale/locale-date-time-input';

export interface AgreementDialogData {
  readonly staff: StaffView;
  /** Null for a new agreement. */
  readonly agreement: AgreementView | null;
  /** The organisations of the employee's network. */
  readonly organisations: readonly OrganisationView[];
  /** The first day a new agreement proposes, 'YYYY-MM-DD'. */
  readonly startsOn: string;
}

const AGREEMENT_ERRORS = { CONFLICT: 'staff.admin.agreements.errors.overlap' } as const;

/**
 * Creates or changes an agreement between an organisation and the employee: hours per period,
 * dates, what happens over quota, rollover of unused hours, fixed share of the cost. It saves
 * itself and closes with the agreement, or nothing when cancelled.
 */
@Component({
  selector: 'app-agreement-dialog',
  imports: [
    LocaleDateTimeInput,
    InlineErrorMessage,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('staff')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agreement-dialog.html',
  styleUrl: './agreement-dialog.scss',
})
export class AgreementDialog {
  protected readonly data = inject<AgreementDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<AgreementDialog, AgreementView>>(MatDialogRef);
  private readonly api = inject(AgreementsApi);

  protected readonly units: readonly QuotaPeriodUnit[] = ['week', 'month', 'year'];
  protected readonly form = agreementFormOf(inject(NonNullableFormBuilder));
  protected readonly rollover = toSignal(this.form.controls.rollover.valueChanges, {
    initialValue: this.form.controls.rollover.value,
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<InlineError | null>(null);

  constructor() {
    this.form.setValue(agreementFormValueOf(this.data.agreement, this.data.startsOn, inject(AppLanguage).lang()));
    // An agreement stays between the same organisation and employee: the API changes only its terms.
    if (this.data.agreement) this.form.controls.organisationId.disable();
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.error.set(null);
    try {
      const existing = this.data.agreement;
      const saved = await firstValueFrom(
        existing
          ? this.api.update(existing.id, agreementTermsOf(value))
          : this.api.create(createAgreementRequestOf(value, this.data.staff.id)),
      );
      this.ref.close(saved);
    } catch (error) {
      this.error.set(inlineErrorOf(error, AGREEMENT_ERRORS));
    } finally {
      this.saving.set(false);
    }
  }
}

/** Resolves the saved agreement, or undefined when the coordinator backs out. */
export async function openAgreementDialog(dialog: MatDialog, data: AgreementDialogData): Promise<AgreementView | undefined> {
  const ref = dialog.open<AgreementDialog, AgreementDialogData, AgreementView>(AgreementDialog, { data, width: '36rem' });
  return firstValueFrom(ref.afterClosed());
}
