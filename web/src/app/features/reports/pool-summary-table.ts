import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { AppLanguage } from '../../core/i18n/app-language';
import { MoneyPipe } from '../../core/locale/money.pipe';
import type { PoolSummary } from './allocation-summary';

/** The cost pools of the window: their key (and the fallback used), carrier and amount. */
@Component({
  selector: 'app-pool-summary-table',
  imports: [MoneyPipe, TranslocoPipe],
  providers: [provideTranslocoScope('reports')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'reports.pools.caption' | transloco">
      <table class="report-table pool-summary">
        <caption class="visually-hidden">
          {{
            'reports.pools.caption' | transloco
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'reports.pools.name' | transloco }}</th>
            <th scope="col">{{ 'reports.pools.key' | transloco }}</th>
            <th scope="col">{{ 'reports.pools.carrier' | transloco }}</th>
            <th scope="col" class="amount">{{ 'reports.pools.amount' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (pool of pools(); track pool.id) {
            <tr>
              <th scope="row">{{ pool.name }}</th>
              <td [attr.data-label]="'reports.pools.key' | transloco">
                {{ 'reports.keys.' + pool.key | transloco }}
                @if (pool.fallbackApplied) {
                  <span class="fallback">
                    {{
                      'reports.pools.fallbackApplied' | transloco: { key: ('reports.keys.' + pool.fallbackApplied | transloco) }
                    }}
                  </span>
                }
              </td>
              <td [attr.data-label]="'reports.pools.carrier' | transloco">
                {{ pool.carrierName ?? ('reports.pools.noCarrier' | transloco) }}
              </td>
              <td class="amount" [attr.data-label]="'reports.pools.amount' | transloco">
                {{ pool.amountCents | money: locale() }}
              </td>
            </tr>
          }
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan="3">{{ 'reports.totals.grandTotal' | transloco }}</th>
            <td class="amount" [attr.data-label]="'reports.pools.amount' | transloco">
              {{ totalCents() | money: locale() }}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  `,
  styleUrl: './reports.scss',
  styles: `
    .fallback {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class PoolSummaryTable {
  protected readonly locale = inject(AppLanguage).locale;
  readonly pools = input.required<readonly PoolSummary[]>();
  protected readonly totalCents = computed(() => this.pools().reduce((sum, pool) => sum + pool.amountCents, 0));
}
