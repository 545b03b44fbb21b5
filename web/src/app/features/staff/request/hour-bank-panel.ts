import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AgreementView, HourBankLine, StaffView } from '@mutualis/contracts';
import { firstValueFrom, forkJoin, map, of } from 'rxjs';
import { AppLanguage } from '../../../core/i18n/app-language';
import { DEFAULT_TIME_ZONE } from '../../../core/locale/date-time-format';
import { LocaleFormat } from '../../../core/locale/locale-format';
import { AgreementsApi } from '../agreements-api';
import { HoursPipe } from '../hours.pipe';
import { quotaPeriodLabel, type QuotaPeriodLike, type TranslatedLabel } from '../quota-period-label';
import { dateAsInstant, localDateOf } from '../staff-time';
import { BANK_PERIODS, hourBankProgressOf, hourBankWindow, inForceOn, type QuotaWindow, quotaWindowsOf } from './hour-bank';
import { Clock } from '../../../core/clock/clock';

interface Bank {
  readonly agreement: AgreementView;
  readonly staffName: string;
  readonly jobTitle: string;
  readonly lines: readonly HourBankLine[];
}

/**
 * « Banque d’heures »: for each agreement of the organisation in force today, the current
 * period and the next two: hours booked against those allotted plus carried over.
 */
@Component({
  selector: 'app-hour-bank-panel',
  imports: [HoursPipe, MatProgressBarModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './hour-bank-panel.html',
  styleUrl: './hour-bank-panel.scss',
})
export class HourBankPanel {
  private readonly api = inject(AgreementsApi);
  private readonly format = inject(LocaleFormat);
  private readonly clock = inject(Clock);
  protected readonly lang = inject(AppLanguage).lang;

  readonly organisationId = input.required<string>();
  readonly organisationName = input('');
  /** The pooled employees, to name each agreement. */
  readonly staff = input.required<readonly StaffView[]>();
  /** The employee being requested: their bank comes first. */
  readonly selectedStaffId = input<string | null>(null);
  /** Changing it asks again (after a request). */
  readonly refresh = input(0);
  /** After each load: per employee with a capped agreement, what is left in each period. */
  readonly quotas = output<ReadonlyMap<string, readonly QuotaWindow[]>>();

  protected readonly loading = signal(true);
  private readonly banks = signal<readonly Bank[]>([]);
  protected readonly ordered = computed(() => {
    const selected = this.selectedStaffId();
    return [...this.banks()].sort(
      (a, b) =>
        Number(b.agreement.resourceId === selected) - Number(a.agreement.resourceId === selected) ||
        a.staffName.localeCompare(b.staffName),
    );
  });
  protected readonly progressOf = hourBankProgressOf;
  private loads = 0;

  constructor() {
    effect(() => {
      const organisationId = this.organisationId();
      const staff = this.staff();
      this.refresh();
      untracked(() => void this.load(organisationId, staff));
    });
  }

  protected periodLabel(period: QuotaPeriodLike): TranslatedLabel {
    return quotaPeriodLabel(period, (date) => this.format.formatDate(dateAsInstant(date), 'UTC'));
  }

  private async load(organisationId: string, staff: readonly StaffView[]): Promise<void> {
    const load = ++this.loads;
    this.loading.set(true);
    try {
      const agreements = await firstValueFrom(this.api.list({ organisationId }));
      const inForce = agreements.flatMap((agreement) => {
        const member = staff.find((each) => each.id === agreement.resourceId);
        const today = localDateOf(this.clock.nowMs(), member?.timeZone ?? DEFAULT_TIME_ZONE);
        return inForceOn(agreement, today) ? [{ agreement, member, today }] : [];
      });
      const banks = await firstValueFrom(
        inForce.length === 0
          ? of([])
          : forkJoin(
              inForce.map(({ agreement, member, today }) =>
                this.api
                  .hourBank({
                    resourceId: agreement.resourceId,
                    organisationId,
                    ...hourBankWindow(today, agreement.periodUnit, agreement.startsOn),
                  })
                  .pipe(
                    map((bank) => ({
                      agreement,
                      staffName: member?.name ?? '',
                      jobTitle: member?.jobTitle ?? '',
                      lines: bank.lines.slice(0, BANK_PERIODS),
                    })),
                  ),
              ),
            ),
      );
      if (load === this.loads) {
        this.banks.set(banks);
        this.quotas.emit(quotasOf(banks));
      }
    } catch {
      if (load === this.loads) {
        this.banks.set([]);
        this.quotas.emit(new Map());
      }
    } finally {
      if (load === this.loads) this.loading.set(false);
    }
  }
}

function quotasOf(banks: readonly Bank[]): Map<string, readonly QuotaWindow[]> {
  return new Map(
    banks
      .filter((bank) => bank.agreement.minutesPerPeriod !== null)
      .map((bank) => [bank.agreement.resourceId, quotaWindowsOf(bank.lines)] as const),
  );
}
