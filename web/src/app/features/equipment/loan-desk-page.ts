import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { LoanView } from '@mutualis/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { inlineErrorOf, type InlineError } from '../../core/http/inline-error';
import { LocalDateTimePipe } from '../../core/locale/local-date-time.pipe';
import { LocaleFormat } from '../../core/locale/locale-format';
import { EquipmentApi } from './equipment-api';
import { Clock } from '../../core/clock/clock';

const DAY_MS = 86_400_000;

/** The loan desk: this fortnight's loans and every loan still out; « Emprunt » and « Retour » with notes. */
@Component({
  selector: 'app-loan-desk-page',
  imports: [
    FormsModule,
    LocalDateTimePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './loan-desk-page.html',
  styleUrl: './equipment-page.scss',
})
export class LoanDeskPage {
  private readonly api = inject(EquipmentApi);
  private readonly clock = inject(Clock);
  protected readonly locale = inject(LocaleFormat).locale;

  protected readonly loans = signal<LoanView[]>([]);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  protected readonly acting = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly error = signal<InlineError | null>(null);
  protected form: { driverName: string; odometerKm: number | null; notes: string } = {
    driverName: '',
    odometerKm: null,
    notes: '',
  };

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.failed.set(false);
    try {
      // The window is the browser's today; the API keeps its own clock for every rule.
      const now = this.clock.nowMs();
      const from = new Date(now - 7 * DAY_MS).toISOString();
      const to = new Date(now + 14 * DAY_MS).toISOString();
      this.loans.set(await firstValueFrom(this.api.loans(from, to)));
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  protected open(loan: LoanView): void {
    this.acting.set(loan.occurrenceId);
    this.error.set(null);
    this.form = { driverName: loan.driverName ?? '', odometerKm: null, notes: '' };
  }

  protected async record(loan: LoanView): Promise<void> {
    this.saving.set(true);
    this.error.set(null);
    const request = {
      occurrenceId: loan.occurrenceId,
      ...(this.form.notes ? { notes: this.form.notes } : {}),
      ...(this.form.odometerKm !== null && loan.resourceType === 'vehicle' ? { odometerKm: Number(this.form.odometerKm) } : {}),
      ...(!loan.checkedOutAt && this.form.driverName ? { driverName: this.form.driverName } : {}),
    };
    try {
      const updated = await firstValueFrom(
        loan.checkedOutAt ? this.api.return(loan.seriesId, request) : this.api.checkout(loan.seriesId, request),
      );
      this.loans.update((all) => all.map((l) => (l.occurrenceId === updated.occurrenceId ? updated : l)));
      this.acting.set(null);
    } catch (error) {
      this.error.set(inlineErrorOf(error));
    } finally {
      this.saving.set(false);
    }
  }
}
