import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { provideTranslocoScope, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { AllocationReport } from '@mutualis/contracts';
import { AppLanguage } from '../../core/i18n/app-language';
import { formatMoney } from '../../core/locale/money-format';
import { type ChartFormat, poolsByOrganisationChart, poolsSummary, sharesChart, sharesSummary } from './allocation-charts';
import type { OrganisationGroup } from './allocation-summary';
import { ChartCanvas } from './chart-canvas';
import { formatPercent } from './report-format';

/** Stacked bars of each pool by organisation, and a donut of each organisation's share of the total. */
@Component({
  selector: 'app-allocation-charts-panel',
  imports: [ChartCanvas, TranslocoPipe],
  providers: [provideTranslocoScope('reports')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="charts">
      <figure>
        <figcaption>{{ 'reports.charts.barsTitle' | transloco }}</figcaption>
        <app-chart-canvas class="bars" [config]="bars()" [label]="barsLabel()" />
      </figure>
      <figure>
        <figcaption>{{ 'reports.charts.donutTitle' | transloco }}</figcaption>
        <app-chart-canvas class="donut" [config]="donut()" [label]="donutLabel()" />
      </figure>
    </div>
    <p class="hint">{{ 'reports.charts.tableHint' | transloco }}</p>
  `,
  styles: `
    .charts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
      gap: 1.5rem;
    }
    figure {
      margin: 0;
    }
    figcaption {
      margin-bottom: 0.5rem;
      font: var(--mat-sys-title-small);
    }
    .hint {
      margin: 0.5rem 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class AllocationChartsPanel {
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(AppLanguage).locale;
  /** Labels follow a language switch. */
  private readonly activeLang = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });

  readonly report = input.required<AllocationReport>();
  readonly groups = input.required<readonly OrganisationGroup[]>();

  private readonly format = computed<ChartFormat>(() => {
    const locale = this.locale();
    this.activeLang();
    const separator = this.transloco.translate('reports.charts.separator');
    return {
      money: (cents) => formatMoney(cents, locale),
      percent: (percent) => formatPercent(percent, locale),
      labelled: (label, value) => this.transloco.translate('reports.charts.labelled', { label, value }),
      list: (items) => items.join(separator),
    };
  });

  protected readonly bars = computed(() => poolsByOrganisationChart(this.report(), this.groups(), this.format()));
  protected readonly donut = computed(() => sharesChart(this.groups(), this.report().totals.grandCents, this.format()));

  protected readonly barsLabel = computed(() => {
    const format = this.format();
    const organisations = format.list(
      this.groups().map((group) => format.labelled(group.organisationName, format.money(group.amountCents))),
    );
    return this.transloco.translate('reports.charts.barsLabel', { pools: poolsSummary(this.report(), format), organisations });
  });

  protected readonly donutLabel = computed(() => {
    const format = this.format();
    const grandCents = this.report().totals.grandCents;
    return this.transloco.translate('reports.charts.donutLabel', {
      total: format.money(grandCents),
      shares: sharesSummary(this.groups(), grandCents, format),
    });
  });
}
