import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { AppLanguage } from '../../core/i18n/app-language';
import { MoneyPipe } from '../../core/locale/money.pipe';
import { type OrganisationGroup, shareOfTotal } from './allocation-summary';
import { formatPercent } from './report-format';
import { formatHours } from '@mutualis/domain';

/**
 * Totals per organisation, in alphabetical order, with the grand total. Each organisation opens to
 * the pool lines behind its total and the API's explanation of each; each has its PDF statement.
 */
@Component({
  selector: 'app-organisation-totals-table',
  imports: [MatButtonModule, MatIconModule, MoneyPipe, TranslocoPipe],
  providers: [provideTranslocoScope('reports')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'reports.totals.caption' | transloco">
      <table class="report-table organisation-totals">
        <caption class="visually-hidden">
          {{
            'reports.totals.caption' | transloco
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'reports.totals.organisation' | transloco }}</th>
            <th scope="col" class="amount">{{ 'reports.totals.amount' | transloco }}</th>
            <th scope="col" class="amount">{{ 'reports.totals.share' | transloco }}</th>
            <th scope="col">
              <span class="visually-hidden">{{ 'reports.totals.actions' | transloco }}</span>
            </th>
          </tr>
        </thead>
        @for (group of groups(); track group.organisationId) {
          @let open = expanded().has(group.organisationId);
          <tbody class="organisation">
            <tr class="organisation-row">
              <th scope="row">
                <button
                  mat-button
                  type="button"
                  class="toggle"
                  [attr.aria-expanded]="open"
                  [attr.aria-controls]="'lines-' + group.organisationId"
                  (click)="toggle(group.organisationId)"
                >
                  <mat-icon [svgIcon]="open ? 'expandLess' : 'expandMore'" aria-hidden="true" />
                  {{ group.organisationName }}
                </button>
              </th>
              <td class="amount" [attr.data-label]="'reports.totals.amount' | transloco">
                {{ group.amountCents | money: locale() }}
              </td>
              <td class="amount" [attr.data-label]="'reports.totals.share' | transloco">
                {{ percent(group.amountCents) }}
              </td>
              <td class="nowrap">
                @if (statements()) {
                  <button
                    mat-stroked-button
                    type="button"
                    [disabled]="busy()"
                    [attr.aria-label]="'reports.exports.statementOf' | transloco: { name: group.organisationName }"
                    (click)="statement.emit(group)"
                  >
                    {{ 'reports.exports.statementShort' | transloco }}
                  </button>
                }
              </td>
            </tr>
            <tr class="lines-row" [id]="'lines-' + group.organisationId" [hidden]="!open">
              <td colspan="4">
                @if (open) {
                  @if (group.lines.length === 0) {
                    <p class="no-lines">{{ 'reports.totals.noLines' | transloco }}</p>
                  } @else {
                    <table class="report-table lines">
                      <caption class="visually-hidden">
                        {{
                          'reports.totals.linesCaption' | transloco: { name: group.organisationName }
                        }}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">{{ 'reports.lines.pool' | transloco }}</th>
                          <th scope="col" class="amount">{{ 'reports.lines.hours' | transloco }}</th>
                          <th scope="col" class="amount">{{ 'reports.lines.share' | transloco }}</th>
                          <th scope="col" class="amount">{{ 'reports.lines.amount' | transloco }}</th>
                          <th scope="col">{{ 'reports.lines.explanation' | transloco }}</th>
                        </tr>
                      </thead>
                      <tbody>
                        @for (line of group.lines; track line.poolId) {
                          <tr>
                            <th scope="row">{{ line.poolName }}</th>
                            <td class="amount" [attr.data-label]="'reports.lines.hours' | transloco">
                              {{ hours(line.minutes) }}
                            </td>
                            <td class="amount" [attr.data-label]="'reports.lines.share' | transloco">
                              {{ sharePercent(line.sharePercent) }}
                            </td>
                            <td class="amount" [attr.data-label]="'reports.lines.amount' | transloco">
                              {{ line.amountCents | money: locale() }}
                            </td>
                            <td class="explanation" [attr.data-label]="'reports.lines.explanation' | transloco">
                              {{ line.explanation }}
                            </td>
                          </tr>
                        }
                      </tbody>
                    </table>
                  }
                }
              </td>
            </tr>
          </tbody>
        }
        <tfoot>
          <tr>
            <th scope="row">{{ 'reports.totals.grandTotal' | transloco }}</th>
            <td class="amount grand-total" [attr.data-label]="'reports.totals.amount' | transloco">
              {{ grandCents() | money: locale() }}
            </td>
            <td class="amount" [attr.data-label]="'reports.totals.share' | transloco">{{ percent(grandCents()) }}</td>
            <td></td>
          </tr>
        </tfoot>
      </table>
    </div>
  `,
  styleUrl: './reports.scss',
  styles: `
    .toggle {
      margin-inline-start: -0.75rem;
      text-align: start;
    }
    .lines-row > td {
      padding: 0 0 0.75rem 1.5rem;
      background: var(--mat-sys-surface-container-low);
    }
    .explanation {
      min-width: 16rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .no-lines {
      margin: 0.5rem 0;
    }
  `,
})
export class OrganisationTotalsTable {
  private readonly language = inject(AppLanguage);
  protected readonly locale = this.language.locale;

  readonly groups = input.required<readonly OrganisationGroup[]>();
  readonly grandCents = input.required<number>();
  /** Offer each organisation's PDF statement. */
  readonly statements = input(false);
  /** A download is running: the statement buttons wait. */
  readonly busy = input(false);
  readonly statement = output<OrganisationGroup>();

  protected readonly expanded = signal<ReadonlySet<string>>(new Set());

  protected toggle(organisationId: string): void {
    this.expanded.update((current) => {
      const next = new Set(current);
      if (!next.delete(organisationId)) next.add(organisationId);
      return next;
    });
  }

  protected percent(amountCents: number): string {
    return formatPercent(shareOfTotal(amountCents, this.grandCents()), this.locale());
  }

  protected sharePercent(percent: number): string {
    return formatPercent(percent, this.locale());
  }

  protected hours(minutes: number): string {
    return formatHours(minutes, this.language.lang());
  }
}
