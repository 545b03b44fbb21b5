import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { AllocationBasis, AllocationReport, NetworkView, OrganisationView } from '@mutualis/contracts';
import { firstValueFrom, forkJoin } from 'rxjs';
import { Session } from '../../core/auth/session';
import { AppLanguage } from '../../core/i18n/app-language';
import { type InlineError, inlineErrorOf } from '../../core/http/inline-error';
import { DEFAULT_TIME_ZONE } from '../../core/locale/date-time-format';
import { MoneyPipe } from '../../core/locale/money.pipe';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';
import { statementOf } from './allocation-summary';
import { BasisToggle } from './basis-toggle';
import { ExportProgress } from './export-progress';
import { PeriodPicker } from './period-picker';
import { PeriodStatus } from './period-status';
import { ReportExports } from './report-exports';
import { formatPercent } from './report-format';
import { formatHours } from '@mutualis/domain';
import { periodContaining, type ReportPeriod, todayIn } from './report-period';
import { type ReportQuery, ReportsApi } from './reports-api';
import { REPORTS_NOW } from './reports-clock';

/**
 * « Ce que nous devons »: what the organisation the member acts for owes for a period, line by
 * line with the explanation of each, and its PDF statement and CSV.
 */
@Component({
  selector: 'app-member-statement-page',
  imports: [
    BasisToggle,
    ExportProgress,
    InlineErrorMessage,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    MoneyPipe,
    PeriodPicker,
    PeriodStatus,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('reports'), ReportExports],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './member-statement-page.html',
  styleUrl: './reports.scss',
  styles: `
    .total {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.5rem 1rem;
      margin: 0 0 1rem;
      font: var(--mat-sys-title-large);
    }
    .explanation {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class MemberStatementPage {
  private readonly api = inject(ReportsApi);
  private readonly session = inject(Session);
  private readonly language = inject(AppLanguage);
  protected readonly locale = this.language.locale;
  protected readonly exports = inject(ReportExports);

  protected readonly organisation = this.session.activeOrganisation;
  private readonly directory = signal<{ organisations: OrganisationView[]; networks: NetworkView[] } | null>(null);
  /** The networks the organisation belongs to (usually one). */
  protected readonly networks = computed(() => {
    const directory = this.directory();
    const organisationId = this.organisation()?.organisationId;
    const ids = directory?.organisations.find((organisation) => organisation.id === organisationId)?.networkIds ?? [];
    return ids.map((id) => ({ id, name: directory?.networks.find((network) => network.id === id)?.name ?? id }));
  });
  protected readonly networkId = linkedSignal(() => this.networks()[0]?.id ?? '');
  protected readonly today = todayIn(DEFAULT_TIME_ZONE, inject(REPORTS_NOW)());
  protected readonly period = signal<ReportPeriod>(periodContaining('month', this.today));
  protected readonly basis = signal<AllocationBasis>('planned');

  protected readonly loadingDirectory = signal(true);
  protected readonly loading = signal(false);
  protected readonly error = signal<InlineError | null>(null);
  protected readonly report = signal<AllocationReport | null>(null);
  private loads = 0;

  /** Only the organisation's own lines, whatever the report holds. */
  protected readonly statement = computed(() => {
    const report = this.report();
    const organisationId = this.organisation()?.organisationId;
    return report && organisationId ? statementOf(report, organisationId) : null;
  });

  constructor() {
    void this.loadDirectory();
    effect(() => {
      const query = this.query();
      untracked(() => void this.load(query));
    });
  }

  protected readonly query = computed<ReportQuery | null>(() => {
    const networkId = this.networkId();
    const { from, to } = this.period();
    return networkId ? { networkId, from, to, basis: this.basis() } : null;
  });

  protected download(format: 'csv' | 'pdf'): void {
    const query = this.query();
    const organisation = this.organisation();
    if (!query || !organisation) return;
    void this.exports.download({
      format,
      query,
      period: this.period(),
      organisation: format === 'pdf' ? { id: organisation.organisationId, name: organisation.organisationName } : undefined,
    });
  }

  protected hours(minutes: number): string {
    return formatHours(minutes, this.language.lang());
  }

  protected percent(percent: number): string {
    return formatPercent(percent, this.locale());
  }

  private async loadDirectory(): Promise<void> {
    try {
      this.directory.set(
        await firstValueFrom(forkJoin({ organisations: this.api.organisations(), networks: this.api.networks() })),
      );
    } catch {
      // The error snack bar explained it.
    } finally {
      this.loadingDirectory.set(false);
    }
  }

  private async load(query: ReportQuery | null): Promise<void> {
    const load = ++this.loads;
    this.report.set(null);
    this.error.set(null);
    if (!query) return;
    this.loading.set(true);
    try {
      const report = await firstValueFrom(this.api.report(query));
      if (load === this.loads) this.report.set(report);
    } catch (error) {
      if (load === this.loads) this.error.set(inlineErrorOf(error));
    } finally {
      if (load === this.loads) this.loading.set(false);
    }
  }
}
