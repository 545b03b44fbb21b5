import { ChangeDetectionStrategy, Component, computed, effect, inject, linkedSignal, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type {
  ImpactIndicatorView,
  ImpactReport,
  ImpactSummary,
  IndicatorStage,
  NetworkView,
  OrganisationView,
} from '@mutualis/contracts';
import { firstValueFrom, forkJoin } from 'rxjs';
import { Session } from '../../core/auth/session';
import { AppLanguage } from '../../core/i18n/app-language';
import { formatMoney } from '../../core/locale/money-format';
import { ChartCanvas } from '../reports/chart-canvas';
import { SAVE_FILE } from '../reports/report-exports';
import { todayIn } from '../reports/report-period';
import { REPORTS_NOW } from '../reports/reports-clock';
import { DEFAULT_TIME_ZONE } from '../../core/locale/date-time-format';
import { formatHours } from '@mutualis/domain';
import { formatPercent } from '../reports/report-format';
import { ImpactApi } from './impact-api';
import { heatCells, type ImpactChartFormat, monthlyChart, roomsChart, staffChart } from './impact-charts';
import { impactPeriods, type ImpactPeriodKind } from './impact-periods';
import { LogicModelEditor } from './logic-model-editor';
import { targetBasisLabel } from './indicator-target-basis';

const STAGES: readonly IndicatorStage[] = ['activity', 'output', 'effect'];
const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];

/**
 * « Impact »: for a month, quarter, year or fiscal year, what pooling achieved — occupancy, shared
 * expertise, reach, savings against going alone, square metres shared and the logic model —
 * compared with the previous period and the same period a year before. Coordinators see their
 * network (or one organisation); organisation admins see their own organisation.
 */
@Component({
  selector: 'app-impact-page',
  imports: [
    ChartCanvas,
    FormsModule,
    LogicModelEditor,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  templateUrl: './impact-page.html',
  styleUrl: './impact-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImpactPage {
  private readonly api = inject(ImpactApi);
  private readonly session = inject(Session);
  private readonly transloco = inject(TranslocoService);
  protected readonly locale = inject(AppLanguage).locale;
  private readonly activeLang = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });
  protected readonly lang = computed(() => (this.locale() === 'fr-CA' ? 'fr' : 'en'));

  private readonly directory = signal<{ networks: NetworkView[]; organisations: OrganisationView[] } | null>(null);
  protected readonly directoryFailed = signal(false);
  /** Until the networks are known nothing can be asked: progress shows from the first moment. */
  protected readonly busy = computed(() => this.loading() || (this.directory() === null && !this.directoryFailed()));
  /** Networks the person reports on: those they coordinate, and those of the organisations they administer. */
  protected readonly networks = computed(() => {
    const directory = this.directory();
    if (!directory) return [];
    const administered = directory.organisations.filter((o) => o.myRole === 'admin').flatMap((o) => o.networkIds);
    return directory.networks.filter((n) => n.isCoordinator || administered.includes(n.id));
  });
  protected readonly networkId = linkedSignal(() => this.networks()[0]?.id ?? '');
  protected readonly coordinates = computed(() => this.session.coordinates(this.networkId()));
  protected readonly organisations = computed(() =>
    (this.directory()?.organisations ?? []).filter(
      (o) => o.networkIds.includes(this.networkId()) && (this.coordinates() || o.myRole === 'admin'),
    ),
  );
  /** '' is the whole network (coordinators only). */
  protected readonly organisationId = linkedSignal(() => (this.coordinates() ? '' : (this.organisations()[0]?.id ?? '')));

  protected readonly kinds: readonly ImpactPeriodKind[] = ['month', 'quarter', 'year', 'fiscal'];
  protected readonly kind = signal<ImpactPeriodKind>('month');
  /** Today on Montréal's calendar, not UTC's: from 20 h on the last day of a month, UTC is already in the next one. */
  private readonly today = todayIn(DEFAULT_TIME_ZONE, inject(REPORTS_NOW)());
  protected readonly periods = computed(() => impactPeriods(this.today, this.kind(), this.locale()));
  /** The last complete period is what funders ask about; the current one is still filling up. */
  protected readonly periodIndex = linkedSignal(() => (this.periods().length > 1 ? 1 : 0));
  protected readonly period = computed(() => this.periods()[this.periodIndex()] ?? this.periods()[0]);

  protected readonly report = signal<ImpactReport | null>(null);
  private readonly saveFile = inject(SAVE_FILE);
  /** The file being prepared, and whether the last download failed (said next to the buttons). */
  protected readonly exporting = signal<'pdf' | 'xlsx' | null>(null);
  protected readonly exportFailed = signal(false);
  /** Coordinators open the logic model's editor under the model. */
  protected readonly editing = signal(false);
  protected readonly loading = signal(false);
  protected readonly failed = signal(false);
  private loadCount = 0;

  protected readonly stages = STAGES;
  protected readonly weekdays = WEEKDAYS;
  protected readonly heat = computed(() => {
    const report = this.report();
    if (!report) return null;
    const cells = heatCells(report);
    const hours = [...Array(24).keys()].filter((hour) => cells.some((row) => row[hour] !== null));
    return { cells, hours };
  });
  protected readonly indicatorsByStage = computed(() => {
    const indicators = this.report()?.indicators ?? [];
    return STAGES.map((stage) => ({ stage, indicators: indicators.filter((i) => i.stage === stage) }));
  });

  private readonly chartFormat = computed<ImpactChartFormat>(() => {
    const locale = this.locale();
    this.activeLang();
    return {
      percent: (ratio) => formatPercent(ratio * 100, locale),
      hours: (minutes) => formatHours(Math.round(minutes), this.lang()),
      month: (day) =>
        new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${day}T00:00:00Z`),
        ),
      planned: this.transloco.translate('impact.staff.planned'),
      delivered: this.transloco.translate('impact.staff.delivered'),
      occupancy: this.transloco.translate('impact.occupancy.rate'),
      labelled: (label, value) => this.transloco.translate('impact.labelled', { label, value }),
    };
  });
  protected readonly charts = computed(() => {
    const report = this.report();
    if (!report) return null;
    const format = this.chartFormat();
    const list = (items: string[]) => items.join(this.lang() === 'fr' ? ' ; ' : '; ');
    return {
      rooms: roomsChart(report, format),
      roomsLabel: list(report.occupancy.rooms.map((r) => format.labelled(r.name, format.percent(r.rate)))),
      monthly: monthlyChart(report, format),
      monthlyLabel: this.transloco.translate('impact.occupancy.monthlyLabel', {
        rate: format.percent(report.occupancy.total.rate),
      }),
      staff: staffChart(report, format),
      staffLabel: list(
        report.staff.lines.map((l) =>
          format.labelled(
            `${l.name}, ${l.organisationName}`,
            `${format.hours(l.deliveredMinutes)} / ${format.hours(l.plannedMinutes)}`,
          ),
        ),
      ),
    };
  });

  constructor() {
    void this.loadDirectory();
    effect(() => {
      const networkId = this.networkId();
      const period = this.period();
      const organisationId = this.organisationId();
      if (networkId && period && (organisationId || this.coordinates()))
        void this.load(networkId, period.from, period.to, organisationId || null);
    });
  }

  protected async loadDirectory(): Promise<void> {
    this.directoryFailed.set(false);
    try {
      this.directory.set(
        await firstValueFrom(forkJoin({ networks: this.api.networks(), organisations: this.api.organisations() })),
      );
    } catch {
      this.directoryFailed.set(true);
    }
  }

  protected retry(): void {
    const period = this.period();
    if (this.networkId() && period) void this.load(this.networkId(), period.from, period.to, this.organisationId() || null);
  }

  private async load(networkId: string, from: string, to: string, organisationId: string | null): Promise<void> {
    const call = ++this.loadCount;
    this.loading.set(true);
    this.failed.set(false);
    try {
      const report = await firstValueFrom(this.api.report({ networkId, from, to, organisationId }));
      if (call === this.loadCount) this.report.set(report);
    } catch {
      if (call === this.loadCount) this.failed.set(true);
    } finally {
      if (call === this.loadCount) this.loading.set(false);
    }
  }

  protected async download(format: 'pdf' | 'xlsx'): Promise<void> {
    const report = this.report();
    if (!report || this.exporting()) return;
    this.exporting.set(format);
    this.exportFailed.set(false);
    try {
      const query = { networkId: report.networkId, from: report.from, to: report.to, organisationId: report.organisationId };
      const blob = await firstValueFrom(this.api.download(format, query));
      const name = `${this.lang() === 'fr' ? 'rapport-impact' : 'impact-report'}-${report.from}_${report.to}.${format}`;
      this.saveFile(blob, name);
    } catch {
      this.exportFailed.set(true);
    } finally {
      this.exporting.set(null);
    }
  }

  protected percent(ratio: number | null): string {
    return ratio === null ? '—' : formatPercent(ratio * 100, this.locale());
  }

  protected hours(minutes: number): string {
    return formatHours(Math.round(minutes), this.lang());
  }

  protected money(cents: number): string {
    return formatMoney(cents, this.locale());
  }

  protected number(value: number): string {
    return new Intl.NumberFormat(this.locale(), { maximumFractionDigits: 2 }).format(value);
  }

  /** « +12,50 % » against a comparison figure; « — » when there was nothing to compare with. */
  protected change(current: number, previous: number): string {
    if (previous === 0) return '—';
    const ratio = (current - previous) / Math.abs(previous);
    return `${ratio > 0 ? '+' : ''}${formatPercent(ratio * 100, this.locale())}`;
  }

  protected headline(
    summary: ImpactSummary,
  ): Array<{ key: string; value: string; raw: number; pick: (s: ImpactSummary) => number }> {
    return [
      { key: 'occupancy', value: this.percent(summary.occupancyRate), raw: summary.occupancyRate, pick: (s) => s.occupancyRate },
      {
        key: 'delivered',
        value: this.hours(summary.deliveredMinutes),
        raw: summary.deliveredMinutes,
        pick: (s) => s.deliveredMinutes,
      },
      {
        key: 'served',
        value: this.number(summary.organisationsServed),
        raw: summary.organisationsServed,
        pick: (s) => s.organisationsServed,
      },
      { key: 'saved', value: this.money(summary.savedCents), raw: summary.savedCents, pick: (s) => s.savedCents },
      {
        key: 'shared',
        value: this.number(summary.sharedSquareMetreHours),
        raw: summary.sharedSquareMetreHours,
        pick: (s) => s.sharedSquareMetreHours,
      },
    ];
  }

  protected indicatorName(indicator: ImpactIndicatorView): string {
    return this.lang() === 'fr' ? indicator.nameFr : indicator.nameEn;
  }

  /** « au prorata de la cible de 2026-2027 », « cible par défaut », « aucune cible »; null for a target set for the period. */
  protected targetBasis(indicator: ImpactIndicatorView): { key: string; params: { periods: string } } | null {
    this.activeLang();
    return targetBasisLabel(indicator, this.locale(), this.transloco.translate('impact.model.and'));
  }

  protected indicatorValue(indicator: ImpactIndicatorView, value: number | null): string {
    if (value === null) return '—';
    if (indicator.metric === 'savings_cents') return this.money(value);
    if (indicator.metric === 'occupancy_percent' || indicator.metric === 'delivery_percent')
      return formatPercent(value, this.locale());
    return this.number(value);
  }

  protected heatStyle(ratio: number | null): string {
    if (ratio === null) return 'transparent';
    return `color-mix(in srgb, #0072B2 ${Math.round(ratio * 100)}%, white)`;
  }

  protected weekdayName(index: number): string {
    // 5 January 2026 is a Monday.
    return new Intl.DateTimeFormat(this.locale(), { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2026, 0, 5 + index)),
    );
  }
}
