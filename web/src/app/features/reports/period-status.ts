import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { provideTranslocoScope, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { PeriodView } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../core/feedback/notice';
import { AppLanguage } from '../../core/i18n/app-language';
import { type InlineError, inlineErrorOf } from '../../core/http/inline-error';
import { DEFAULT_TIME_ZONE } from '../../core/locale/date-time-format';
import { LocaleFormat } from '../../core/locale/locale-format';
import { confirmAction } from '../../shared/confirm-dialog/confirm-dialog';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';
import { askReason } from '../../shared/reason-dialog/reason-dialog';
import { periodLabelOf } from './period-label';
import { type ReportPeriod, todayIn } from './report-period';
import { ReportsApi } from './reports-api';
import { REPORTS_NOW } from './reports-clock';

/**
 * Whether the period shown is closed, and the coordinator's « Fermer la période » / « Rouvrir »
 * (with a confirmation, and a reason to reopen). Emits `changed` once the API agreed.
 */
@Component({
  selector: 'app-period-status',
  imports: [InlineErrorMessage, MatButtonModule, TranslocoPipe],
  providers: [provideTranslocoScope('reports')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-inline-error-message [error]="error()" />
    @if (closed()) {
      <div class="banner closed" role="status">
        <div>
          <strong>{{ 'reports.status.closed' | transloco }}</strong>
          <span>
            @if (matching(); as period) {
              {{ 'reports.status.closedOn' | transloco: { date: format.formatDate(period.closedAt) } }}
            }
            {{ 'reports.status.closedHint' | transloco }}
          </span>
        </div>
        @if (canManage()) {
          <button mat-stroked-button type="button" [disabled]="working()" (click)="reopen()">
            {{ 'reports.reopen.button' | transloco }}
          </button>
        }
      </div>
    } @else {
      <div class="banner open">
        <div>
          @if (partlyClosed()) {
            <span class="note">{{ 'reports.status.partlyClosed' | transloco }}</span>
          }
          @if (reopened(); as period) {
            <span class="note">
              {{
                'reports.status.reopenedOn'
                  | transloco: { date: format.formatDate(period.reopenedAt!), reason: period.reopenReason ?? '' }
              }}
            </span>
          }
        </div>
        @if (canManage()) {
          <button mat-stroked-button type="button" [disabled]="working()" (click)="close()">
            {{ 'reports.close.button' | transloco }}
          </button>
        }
      </div>
    }
  `,
  styles: `
    .banner {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      margin: 0 0 1rem;
    }
    .banner > div {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .closed {
      padding: 0.75rem 1rem;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class PeriodStatus {
  private readonly api = inject(ReportsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notice = inject(Notice);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(AppLanguage).locale;
  protected readonly format = inject(LocaleFormat);
  private readonly now = inject(REPORTS_NOW);

  readonly networkId = input.required<string>();
  readonly period = input.required<ReportPeriod>();
  /** The report of the window comes from a closed period's snapshot. */
  readonly closed = input.required<boolean>();
  /** The closed period covering the window, if any (`AllocationReport.periodId`). */
  readonly periodId = input<string | null>(null);
  readonly periods = input<readonly PeriodView[]>([]);
  /** Coordinators close and reopen; members only read the banner. */
  readonly canManage = input(false);
  readonly changed = output<void>();

  protected readonly working = signal(false);
  protected readonly error = signal<InlineError | null>(null);

  /** The period recorded for exactly this window (closed, or reopened). */
  protected readonly matching = computed(() => {
    const { from, to } = this.period();
    return this.periods().find((period) => period.from === from && period.to === to) ?? null;
  });
  protected readonly reopened = computed(() => {
    const period = this.matching();
    return period?.status === 'reopened' && period.reopenedAt ? period : null;
  });
  protected readonly partlyClosed = computed(() => !this.closed() && !!this.periodId());

  private periodName(): string {
    const label = periodLabelOf(this.period(), this.locale());
    return this.transloco.translate(label.key, label.params);
  }

  /**
   * A period that has not ended can be closed only as an explicit, warned choice: closing it blocks
   * every booking inside it until its end (the API refuses it without `force`).
   */
  protected async close(): Promise<void> {
    const period = this.periodName();
    const { from, to } = this.period();
    const notEnded = to > todayIn(DEFAULT_TIME_ZONE, this.now());
    const confirmed = await confirmAction(this.dialog, {
      titleKey: notEnded ? 'reports.close.notEnded.title' : 'reports.close.title',
      messageKey: notEnded ? 'reports.close.notEnded.message' : 'reports.close.message',
      confirmKey: notEnded ? 'reports.close.notEnded.confirm' : 'reports.close.confirm',
      params: { period },
    });
    if (!confirmed) return;
    const request = { networkId: this.networkId(), from, to, ...(notEnded && { force: true }) };
    await this.act(() => this.api.closePeriod(request), 'reports.close.done', period);
  }

  protected async reopen(): Promise<void> {
    const period = this.periodName();
    const reason = await askReason(this.dialog, {
      titleKey: 'reports.reopen.title',
      titleParams: { period },
      messageKey: 'reports.reopen.message',
      labelKey: 'reports.reopen.reason',
      requiredKey: 'reports.reopen.reasonRequired',
      submitKey: 'reports.reopen.confirm',
    });
    if (!reason) return;
    const { from, to } = this.period();
    await this.act(() => this.api.reopenPeriod({ networkId: this.networkId(), from, to, reason }), 'reports.reopen.done', period);
  }

  private async act(call: () => ReturnType<ReportsApi['closePeriod']>, doneKey: string, period: string): Promise<void> {
    this.working.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(call());
      this.notice.show(doneKey, { period });
      this.changed.emit();
    } catch (error) {
      this.error.set(inlineErrorOf(error));
    } finally {
      this.working.set(false);
    }
  }
}
