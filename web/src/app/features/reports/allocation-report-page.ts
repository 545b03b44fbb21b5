import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { AllocationBasis, AllocationReport, PeriodView } from '@mutualis/contracts';
import { AppLanguage } from '../../core/i18n/app-language';
import { firstValueFrom, forkJoin } from 'rxjs';
import { Session } from '../../core/auth/session';
import { type InlineError, inlineErrorOf } from '../../core/http/inline-error';
import { DEFAULT_TIME_ZONE } from '../../core/locale/date-time-format';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';
import { AllocationChartsPanel } from './allocation-charts-panel';
import { compareBases, type OrganisationGroup, organisationGroupsOf, poolSummariesOf } from './allocation-summary';
import { BasisToggle } from './basis-toggle';
import { ExportProgress } from './export-progress';
import { OrganisationTotalsTable } from './organisation-totals-table';
import { PeriodPicker } from './period-picker';
import { PeriodStatus } from './period-status';
import { PlannedActualTable } from './planned-actual-table';
import { PoolSummaryTable } from './pool-summary-table';
import { ReportExports } from './report-exports';
import { periodContaining, type ReportPeriod, todayIn } from './report-period';
import { type ExportFormat, ReportsApi } from './reports-api';
import { REPORTS_NOW } from './reports-clock';

interface BothBases {
  readonly planned: AllocationReport;
  readonly actual: AllocationReport;
}

/**
 * « Répartition des coûts » for coordinators: a network's pools split among its organisations for a
 * period, planned or actual, with totals, explanations, charts, planned versus actual, closing the
 * period and the exports.
 */
@Component({
  selector: 'app-allocation-report-page',
  imports: [
    AllocationChartsPanel,
    BasisToggle,
    ExportProgress,
    InlineErrorMessage,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    OrganisationTotalsTable,
    PeriodPicker,
    PeriodStatus,
    PlannedActualTable,
    PoolSummaryTable,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('reports'), ReportExports],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './allocation-report-page.html',
  styleUrl: './reports.scss',
})
export class AllocationReportPage {
  private readonly api = inject(ReportsApi);
  private readonly locale = inject(AppLanguage).locale;
  private readonly session = inject(Session);
  protected readonly exports = inject(ReportExports);

  protected readonly networks = computed(() => this.session.me()?.coordinatorOf ?? []);
  protected readonly networkId = linkedSignal(() => this.networks()[0]?.networkId ?? '');
  protected readonly today = todayIn(DEFAULT_TIME_ZONE, inject(REPORTS_NOW)());
  protected readonly period = signal<ReportPeriod>(periodContaining('month', this.today));
  protected readonly basis = signal<AllocationBasis>('planned');

  protected readonly loading = signal(false);
  protected readonly error = signal<InlineError | null>(null);
  private readonly bases = signal<BothBases | null>(null);
  protected readonly periods = signal<readonly PeriodView[]>([]);
  /** Counts loads: a slow answer for a period no longer shown is dropped. */
  private loads = 0;

  protected readonly report = computed(() => this.bases()?.[this.basis()] ?? null);
  protected readonly groups = computed(() => {
    const report = this.report();
    return report ? organisationGroupsOf(report) : [];
  });
  protected readonly comparison = computed(() => {
    const bases = this.bases();
    return bases ? compareBases(bases.planned, bases.actual) : null;
  });
  protected readonly pools = computed(() => {
    const report = this.report();
    return report ? poolSummariesOf(report) : [];
  });
  protected readonly empty = computed(() => {
    const report = this.report();
    return !!report && report.pools.length === 0 && report.lines.length === 0;
  });

  constructor() {
    effect(() => {
      const networkId = this.networkId();
      const period = this.period();
      // The API writes the explanations in the language asked for: a language switch asks again.
      this.locale();
      untracked(() => void this.load(networkId, period));
    });
    effect(() => {
      const networkId = this.networkId();
      untracked(() => void this.loadPeriods(networkId));
    });
  }

  /** After closing or reopening: the figures may now come from (or leave) a snapshot. */
  protected refresh(): void {
    void this.load(this.networkId(), this.period());
    void this.loadPeriods(this.networkId());
  }

  /** CSV, Excel, or the whole network's report as a PDF (every organisation's lines and totals). */
  protected download(format: ExportFormat): void {
    void this.exports.download({ format, query: this.query(), period: this.period() });
  }

  protected statement(group: OrganisationGroup): void {
    void this.exports.download({
      format: 'pdf',
      query: this.query(),
      period: this.period(),
      organisation: { id: group.organisationId, name: group.organisationName },
    });
  }

  private query() {
    const { from, to } = this.period();
    return { networkId: this.networkId(), from, to, basis: this.basis() };
  }

  /** Both bases at once: the page switches between them and compares them without asking again. */
  private async load(networkId: string, period: ReportPeriod): Promise<void> {
    if (!networkId) return;
    const load = ++this.loads;
    this.loading.set(true);
    this.error.set(null);
    this.bases.set(null);
    const query = { networkId, from: period.from, to: period.to };
    try {
      const bases = await firstValueFrom(
        forkJoin({
          planned: this.api.report({ ...query, basis: 'planned' }),
          actual: this.api.report({ ...query, basis: 'actual' }),
        }),
      );
      if (load === this.loads) this.bases.set(bases);
    } catch (error) {
      if (load === this.loads) this.error.set(inlineErrorOf(error));
    } finally {
      if (load === this.loads) this.loading.set(false);
    }
  }

  private async loadPeriods(networkId: string): Promise<void> {
    if (!networkId) return;
    try {
      this.periods.set(await firstValueFrom(this.api.periods(networkId)));
    } catch {
      // Only the dates of the banner come from this list; the report says whether the period is closed.
      this.periods.set([]);
    }
  }
}
