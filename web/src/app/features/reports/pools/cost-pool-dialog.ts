import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { CostPoolView, OrganisationView, ResourceView, SiteView, StaffView } from '@mutualis/contracts';
import { firstValueFrom, map, merge } from 'rxjs';
import { AppLanguage } from '../../../core/i18n/app-language';
import { apiErrorOf } from '../../../core/http/api-error-of';
import { type InlineError, inlineErrorOf } from '../../../core/http/inline-error';
import { MoneyPipe } from '../../../core/locale/money.pipe';
import { InlineErrorMessage } from '../../../shared/inline-error-message/inline-error-message';
import { formatDay } from '../report-format';
import { ReportsApi } from '../reports-api';
import {
  BASE_KEY_KINDS,
  type CostPoolForm,
  costPoolFormOf,
  costPoolFormValueOf,
  createCostPoolRequestOf,
  FALLBACK_KINDS,
  fieldErrorsOf,
  KEY_KINDS,
  MAX_MONTHS,
  revalidate,
  showFieldErrors,
  showOverlap,
  updateCostPoolRequestOf,
} from './cost-pool-form';
import { LocaleDateTimeInput } from '../../../core/locale/locale-date-time-input';

type ControlName = Exclude<keyof CostPoolForm['controls'], 'parts'>;

/** The message of each validation error, in the order they are looked for. */
const ERROR_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['required', 'reports.poolForm.errors.required'],
  ['pattern', 'reports.poolForm.errors.required'],
  ['maxlength', 'reports.poolForm.errors.tooLong'],
  ['dollars', 'reports.poolForm.errors.dollars'],
  ['belowMinimum', 'reports.poolForm.errors.belowMinimum'],
  ['month', 'reports.poolForm.errors.month'],
  ['months', 'reports.poolForm.errors.months'],
  ['beforeStart', 'reports.poolForm.errors.beforeStart'],
  ['overlap', 'reports.poolForm.errors.overlap'],
];

export interface CostPoolDialogData {
  readonly networkId: string;
  /** Null for a new pool. */
  readonly pool: CostPoolView | null;
  /** The network's organisations (carriers), staff, spaces and sites. */
  readonly organisations: readonly OrganisationView[];
  readonly staff: readonly StaffView[];
  readonly spaces: readonly ResourceView[];
  readonly sites: readonly SiteView[];
  /** The first month a new pool proposes, 'YYYY-MM'. */
  readonly month: string;
}

/**
 * Creates or changes a cost pool: what it is, who carries it, which resources (or a whole site) it
 * follows, its allocation key, and its amounts (one per month in one step, or one stretch of days).
 * Saves itself; closes with the pool, or nothing when cancelled.
 */
@Component({
  selector: 'app-cost-pool-dialog',
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
    MoneyPipe,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('reports')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cost-pool-dialog.html',
  styleUrl: './cost-pool-dialog.scss',
})
export class CostPoolDialog {
  protected readonly data = inject<CostPoolDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<CostPoolDialog, CostPoolView>>(MatDialogRef);
  private readonly api = inject(ReportsApi);
  private readonly language = inject(AppLanguage);
  protected readonly locale = this.language.locale;

  protected readonly keyKinds = KEY_KINDS;
  protected readonly baseKinds = BASE_KEY_KINDS;
  protected readonly fallbackKinds = FALLBACK_KINDS;
  protected readonly maxMonths = MAX_MONTHS;
  protected readonly form = costPoolFormOf(inject(NonNullableFormBuilder), () => this.language.lang());
  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  protected readonly keyKind = computed(() => this.value().keyKind);
  protected readonly coverage = computed(() => this.value().coverage);
  protected readonly amountMode = computed(() => this.value().amountMode);
  protected readonly partsSum = computed(() => this.value().parts.reduce((sum, part) => sum + (Number(part.percent) || 0), 0));
  protected readonly saving = signal(false);
  protected readonly error = signal<InlineError | null>(null);

  /** The amounts the pool has, newest first (they are changed by adding, never from here). */
  protected readonly amounts = computed(() => [...(this.data.pool?.amounts ?? [])].sort((a, b) => b.from.localeCompare(a.from)));

  constructor() {
    this.form.setValue(costPoolFormValueOf(this.data.pool, this.data.month, this.language.lang()));
    revalidate(this.form);
    // Some fields are required only for some choices: check them again when a choice changes.
    const controls = this.form.controls;
    merge(
      controls.keyKind.valueChanges,
      controls.coverage.valueChanges,
      controls.amountMode.valueChanges,
      controls.minCharge.valueChanges,
      controls.from.valueChanges,
    )
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => {
        for (const name of ['siteId', 'parts', 'amount', 'fromMonth', 'months', 'from', 'lastDay', 'cap'] as const) {
          controls[name].updateValueAndValidity({ emitEvent: false });
        }
      });
  }

  /** What is wrong with a field: the API's own words first, else ours. */
  protected problem(name: ControlName): InlineError | null {
    const errors = this.form.controls[name].errors;
    if (!errors) return null;
    if (typeof errors['api'] === 'string') return { text: errors['api'] };
    const key = ERROR_KEYS.find(([error]) => error in errors)?.[1];
    return key ? { key, params: { max: MAX_MONTHS } } : null;
  }

  /** A hybrid part's percent field is wrong (1 to 99, whole). */
  protected partProblem(index: number): boolean {
    return this.form.controls.parts.at(index).controls.percent.invalid;
  }

  protected day(day: string): string {
    return formatDay(day, this.locale());
  }

  protected lastDayOf(to: string): string {
    const [year, month, date] = to.split('-').map(Number);
    return formatDay(new Date(Date.UTC(year, month - 1, date - 1)).toISOString().slice(0, 10), this.locale());
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    revalidate(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const lang = this.language.lang();
    const pool = this.data.pool;
    this.saving.set(true);
    this.error.set(null);
    try {
      const saved = await firstValueFrom(
        pool
          ? this.api.updatePool(pool.id, updateCostPoolRequestOf(value, lang, pool.amounts))
          : this.api.createPool(createCostPoolRequestOf(value, this.data.networkId, lang)),
      );
      this.ref.close(saved);
    } catch (error) {
      const code: string | undefined = apiErrorOf(error)?.code;
      if (code === 'VALIDATION_FAILED') showFieldErrors(this.form, fieldErrorsOf(error));
      if (code === 'CONFLICT') showOverlap(this.form);
      this.error.set(inlineErrorOf(error));
    } finally {
      this.saving.set(false);
    }
  }
}

/** Resolves the saved pool, or undefined when the coordinator backs out. */
export async function openCostPoolDialog(dialog: MatDialog, data: CostPoolDialogData): Promise<CostPoolView | undefined> {
  const ref = dialog.open<CostPoolDialog, CostPoolDialogData, CostPoolView>(CostPoolDialog, {
    data,
    width: '44rem',
    maxWidth: '95vw',
    autoFocus: 'first-tabbable',
  });
  return firstValueFrom(ref.afterClosed());
}
