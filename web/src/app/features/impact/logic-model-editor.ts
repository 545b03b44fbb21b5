import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ImpactIndicatorView, IndicatorMetric, IndicatorStage } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { AppLanguage, type AppLang } from '../../core/i18n/app-language';
import { centsToDollars, dollarsToCents } from '../../core/locale/money-input';
import { formatMoney } from '../../core/locale/money-format';
import { confirmAction } from '../../shared/confirm-dialog/confirm-dialog';
import { ImpactApi } from './impact-api';
import { targetBasisLabel } from './indicator-target-basis';

const METRICS: readonly IndicatorMetric[] = [
  'entered',
  'hours_booked',
  'hours_delivered',
  'bookings',
  'hour_requests',
  'board_posts',
  'board_matches',
  'people',
  'organisations_served',
  'occupancy_percent',
  'delivery_percent',
  'savings_cents',
  'shared_m2_hours',
];

/** A number typed the French or the English way (« 2,5 », "2.5"); null when empty, NaN when not a number. */
export function readNumber(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  if (cleaned === '') return null;
  return /^\d+(\.\d{1,2})?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

interface EditorRow {
  indicator: ImpactIndicatorView;
  /** The target of the period on screen, the default target, and the value entered for the period, as typed. */
  periodTarget: string;
  defaultTarget: string;
  value: string;
}

type RowField = 'periodTarget' | 'defaultTarget' | 'value';

/**
 * The coordinator's editor of the logic model: each indicator's target for the period on screen
 * (what applies otherwise is said under it), its default target for any period, and for entered
 * ones the value of the period; an emptied field removes what it held. Removal of an indicator
 * after confirmation, and a form to add one. Problems are said next to the button that was pressed.
 */
@Component({
  selector: 'app-logic-model-editor',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './logic-model-editor.html',
  styleUrl: './logic-model-editor.scss',
})
export class LogicModelEditor {
  private readonly api = inject(ImpactApi);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(AppLanguage).locale;

  readonly networkId = input.required<string>();
  readonly indicators = input.required<readonly ImpactIndicatorView[]>();
  readonly period = input.required<{ from: string; to: string; label: string }>();
  readonly lang = input.required<AppLang>();
  /** Something changed: the page reloads the report. */
  readonly changed = output<void>();

  protected readonly metrics = METRICS;
  protected readonly stages: readonly IndicatorStage[] = ['activity', 'output', 'effect'];
  protected readonly drafts = signal<Record<string, Omit<EditorRow, 'indicator'>>>({});
  protected readonly problem = signal<{ id: string; key: string } | null>(null);
  protected readonly saving = signal<string | null>(null);
  protected readonly adding = signal({
    stage: 'output' as IndicatorStage,
    nameFr: '',
    nameEn: '',
    metric: 'entered' as IndicatorMetric,
    target: '',
  });
  protected readonly rows = computed((): EditorRow[] =>
    this.indicators().map((indicator) => {
      const draft = this.drafts()[indicator.id];
      return {
        indicator,
        periodTarget: draft?.periodTarget ?? shownTarget(indicator.metric, periodTargetOf(indicator), this.lang()),
        defaultTarget: draft?.defaultTarget ?? shownTarget(indicator.metric, indicator.defaultTarget, this.lang()),
        value: draft?.value ?? (indicator.valueBasis === 'period' && indicator.value !== null ? String(indicator.value) : ''),
      };
    }),
  );

  protected edit(id: string, field: RowField, text: string, row: EditorRow): void {
    const { periodTarget, defaultTarget, value } = row;
    this.drafts.update((drafts) => ({ ...drafts, [id]: { periodTarget, defaultTarget, value, [field]: text } }));
  }

  protected name(indicator: ImpactIndicatorView): string {
    return this.lang() === 'fr' ? indicator.nameFr : indicator.nameEn;
  }

  /** What applies to the period when it has no target of its own: « 120 (au prorata de la cible de 2026-2027) ». */
  protected applies(indicator: ImpactIndicatorView): string {
    const basis = targetBasisLabel(indicator, this.locale(), this.transloco.translate('impact.model.and'));
    if (indicator.target === null || basis === null) return this.transloco.translate('impact.editor.noTarget');
    return this.transloco.translate('impact.editor.applies', {
      target: this.figure(indicator, indicator.target),
      basis: this.transloco.translate(basis.key, basis.params),
    });
  }

  protected figure(indicator: ImpactIndicatorView, value: number): string {
    if (indicator.metric === 'savings_cents') return formatMoney(value, this.locale());
    return new Intl.NumberFormat(this.locale(), { maximumFractionDigits: 2 }).format(value);
  }

  protected async save(row: EditorRow): Promise<void> {
    const { indicator } = row;
    const periodTarget = readTarget(indicator.metric, row.periodTarget, this.lang());
    const defaultTarget = readTarget(indicator.metric, row.defaultTarget, this.lang());
    const value = readNumber(row.value);
    if ([periodTarget, defaultTarget, value].some((n) => Number.isNaN(n))) {
      this.problem.set({ id: indicator.id, key: 'impact.editor.notANumber' });
      return;
    }
    const period = { from: this.period().from, to: this.period().to };
    await this.run(indicator.id, async () => {
      if (defaultTarget !== indicator.defaultTarget) {
        await firstValueFrom(this.api.updateIndicator(indicator.id, { target: defaultTarget }));
      }
      if (periodTarget !== periodTargetOf(indicator)) {
        await firstValueFrom(
          periodTarget === null
            ? this.api.deleteIndicatorTarget(indicator.id, period)
            : this.api.saveIndicatorTarget(indicator.id, { ...period, target: periodTarget }),
        );
      }
      // A sum of shorter periods' values is changed period by period, not here.
      if (indicator.metric === 'entered' && indicator.valueBasis !== 'sum') {
        const entered = indicator.valueBasis === 'period' ? indicator.value : null;
        if (value !== entered) {
          await firstValueFrom(
            value === null
              ? this.api.deleteIndicatorValue(indicator.id, period)
              : this.api.saveIndicatorValue(indicator.id, { ...period, value }),
          );
        }
      }
    });
  }

  protected async remove(indicator: ImpactIndicatorView): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      titleKey: 'impact.editor.removeTitle',
      messageKey: 'impact.editor.removeMessage',
      confirmKey: 'impact.editor.remove',
      params: { name: this.name(indicator) },
    });
    if (confirmed) await this.run(indicator.id, () => firstValueFrom(this.api.deleteIndicator(indicator.id)));
  }

  protected setAdding(field: 'stage' | 'nameFr' | 'nameEn' | 'metric' | 'target', value: string): void {
    this.adding.update((current) => ({ ...current, [field]: value }));
  }

  protected async add(): Promise<void> {
    const draft = this.adding();
    const target = readTarget(draft.metric, draft.target, this.lang());
    if (!draft.nameFr.trim() || !draft.nameEn.trim()) {
      this.problem.set({ id: 'new', key: 'impact.editor.namesRequired' });
      return;
    }
    if (Number.isNaN(target)) {
      this.problem.set({ id: 'new', key: 'impact.editor.notANumber' });
      return;
    }
    await this.run('new', async () => {
      await firstValueFrom(
        this.api.createIndicator({
          networkId: this.networkId(),
          stage: draft.stage,
          nameFr: draft.nameFr.trim(),
          nameEn: draft.nameEn.trim(),
          metric: draft.metric,
          target,
          position: this.indicators().length,
        }),
      );
      this.adding.set({ stage: draft.stage, nameFr: '', nameEn: '', metric: 'entered', target: '' });
    });
  }

  private async run(id: string, work: () => Promise<unknown>): Promise<void> {
    this.problem.set(null);
    this.saving.set(id);
    try {
      await work();
      this.drafts.update((drafts) => Object.fromEntries(Object.entries(drafts).filter(([key]) => key !== id)));
      this.changed.emit();
    } catch (error) {
      const code = (error as { error?: { code?: string } }).error?.code;
      this.problem.set({ id, key: code === 'CONFLICT' ? 'impact.editor.overlap' : 'impact.editor.failed' });
    } finally {
      this.saving.set(null);
    }
  }
}

/** The target set for exactly the period on screen, or null when it comes from elsewhere. */
function periodTargetOf(indicator: ImpactIndicatorView): number | null {
  return indicator.targetBasis === 'period' ? indicator.target : null;
}

/** Savings are kept in cents (like every amount of the API) and typed in dollars, as every amount field. */
function shownTarget(metric: IndicatorMetric, target: number | null, lang: AppLang): string {
  if (target === null) return '';
  return metric === 'savings_cents' ? centsToDollars(target, lang) : String(target);
}

/** A target as typed: null when empty, NaN when not a number (or not an amount, for savings). */
function readTarget(metric: IndicatorMetric, text: string, lang: AppLang): number | null {
  if (metric !== 'savings_cents') return readNumber(text);
  if (text.trim() === '') return null;
  return dollarsToCents(text, lang) ?? Number.NaN;
}
