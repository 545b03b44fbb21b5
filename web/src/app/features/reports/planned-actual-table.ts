import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { AppLanguage } from '../../core/i18n/app-language';
import { formatMoney } from '../../core/locale/money-format';
import { MoneyPipe } from '../../core/locale/money.pipe';
import type { Comparison } from './allocation-summary';

/** Planned (confirmed bookings) and actual (timesheets) amounts per organisation, and the difference. */
@Component({
  selector: 'app-planned-actual-table',
  imports: [MoneyPipe, TranslocoPipe],
  providers: [provideTranslocoScope('reports')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'reports.comparison.caption' | transloco">
      <table class="report-table planned-actual">
        <caption class="visually-hidden">
          {{
            'reports.comparison.caption' | transloco
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'reports.totals.organisation' | transloco }}</th>
            <th scope="col" class="amount">{{ 'reports.basis.planned' | transloco }}</th>
            <th scope="col" class="amount">{{ 'reports.basis.actual' | transloco }}</th>
            <th scope="col" class="amount">{{ 'reports.comparison.difference' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of comparison().rows; track row.organisationId) {
            <tr>
              <th scope="row">{{ row.organisationName }}</th>
              <td class="amount" [attr.data-label]="'reports.basis.planned' | transloco">
                {{ row.plannedCents | money: locale() }}
              </td>
              <td class="amount" [attr.data-label]="'reports.basis.actual' | transloco">
                {{ row.actualCents | money: locale() }}
              </td>
              <td class="amount" [attr.data-label]="'reports.comparison.difference' | transloco">
                {{ difference(row.differenceCents) }}
              </td>
            </tr>
          }
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{{ 'reports.totals.grandTotal' | transloco }}</th>
            <td class="amount" [attr.data-label]="'reports.basis.planned' | transloco">
              {{ comparison().plannedCents | money: locale() }}
            </td>
            <td class="amount" [attr.data-label]="'reports.basis.actual' | transloco">
              {{ comparison().actualCents | money: locale() }}
            </td>
            <td class="amount" [attr.data-label]="'reports.comparison.difference' | transloco">
              {{ difference(comparison().differenceCents) }}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
    <p class="hint">{{ 'reports.comparison.hint' | transloco }}</p>
  `,
  styleUrl: './reports.scss',
  styles: `
    .hint {
      margin: 0.5rem 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class PlannedActualTable {
  protected readonly locale = inject(AppLanguage).locale;
  readonly comparison = input.required<Comparison>();

  /** « +120,00 $ » when actual is above planned, « -120,00 $ » below. */
  protected difference(cents: number): string {
    const text = formatMoney(cents, this.locale());
    return cents > 0 ? `+${text}` : text;
  }
}
