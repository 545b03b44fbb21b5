import { ChangeDetectionStrategy, Component, computed, inject, input, model } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { AppLanguage } from '../../core/i18n/app-language';
import { periodLabelOf, periodRangeOf } from './period-label';
import { changeKind, PERIOD_KINDS, type PeriodKind, periodContaining, type ReportPeriod, shiftPeriod } from './report-period';

/**
 * Chooses the report's period: month, quarter, year or fiscal year (April–March), then the previous,
 * next or current one. The name of the period shown is announced when it changes.
 */
@Component({
  selector: 'app-period-picker',
  imports: [MatButtonModule, MatButtonToggleModule, TranslocoPipe],
  providers: [provideTranslocoScope('reports')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="picker" role="group" [attr.aria-label]="'reports.period.group' | transloco">
      <mat-button-toggle-group
        [value]="period().kind"
        (change)="chooseKind($event.value)"
        [attr.aria-label]="'reports.period.kind' | transloco"
        hideSingleSelectionIndicator
      >
        @for (kind of kinds; track kind) {
          <mat-button-toggle [value]="kind">{{ 'reports.period.kinds.' + kind | transloco }}</mat-button-toggle>
        }
      </mat-button-toggle-group>
      <div class="moves">
        <button
          mat-icon-button
          type="button"
          (click)="move(-1)"
          [attr.aria-label]="'reports.period.previous' | transloco"
          [title]="'reports.period.previous' | transloco"
        >
          <span aria-hidden="true">‹</span>
        </button>
        <p class="current" aria-live="polite">
          <strong>{{ label().key | transloco: label().params }}</strong>
          <span class="visually-hidden">, </span>
          <span class="range">{{ range().key | transloco: range().params }}</span>
        </p>
        <button
          mat-icon-button
          type="button"
          (click)="move(1)"
          [attr.aria-label]="'reports.period.next' | transloco"
          [title]="'reports.period.next' | transloco"
        >
          <span aria-hidden="true">›</span>
        </button>
        <!-- A state when the period shown is today's, a real control otherwise (never a greyed-out button). -->
        @if (isCurrent()) {
          <span class="is-current">{{ 'reports.period.isCurrent' | transloco }}</span>
        } @else {
          <button mat-stroked-button type="button" (click)="goToCurrent()">
            {{ 'reports.period.current' | transloco }}
          </button>
        }
      </div>
    </div>
  `,
  styles: `
    .picker {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1.5rem;
    }
    .moves {
      display: flex;
      align-items: center;
      gap: 0.25rem;
    }
    .moves span[aria-hidden] {
      font-size: 1.75rem;
      line-height: 1;
    }
    .current {
      display: flex;
      flex-direction: column;
      min-width: 12rem;
      margin: 0;
      text-align: center;
    }
    .current strong {
      font: var(--mat-sys-title-medium);
    }
    .is-current {
      margin-left: 0.5rem;
      padding: 0.25rem 0.75rem;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    .range {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class PeriodPicker {
  private readonly locale = inject(AppLanguage).locale;

  readonly period = model.required<ReportPeriod>();
  /** Today, 'YYYY-MM-DD': « Période en cours » goes back to the period holding it. */
  readonly today = input.required<string>();

  protected readonly kinds = PERIOD_KINDS;
  protected readonly label = computed(() => periodLabelOf(this.period(), this.locale()));
  protected readonly range = computed(() => periodRangeOf(this.period(), this.locale()));
  protected readonly isCurrent = computed(() => {
    const period = this.period();
    return period.from === periodContaining(period.kind, this.today()).from;
  });

  protected chooseKind(kind: PeriodKind): void {
    // The current period of the new kind when the one shown is current, else the one holding what is shown.
    this.period.set(this.isCurrent() ? periodContaining(kind, this.today()) : changeKind(this.period(), kind));
  }

  protected move(steps: number): void {
    this.period.set(shiftPeriod(this.period(), steps));
  }

  protected goToCurrent(): void {
    this.period.set(periodContaining(this.period().kind, this.today()));
  }
}
