import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ImpactIndicatorView, IndicatorMetric, IndicatorStage } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { confirmAction } from '../../shared/confirm-dialog/confirm-dialog';
import { ImpactApi } from './impact-api';

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

/**
 * The coordinator's editor of the logic model: each indicator's target (and, for entered ones, the
 * value of the period on screen), removal after confirmation, and a form to add one. Problems are
 * said next to the button that was pressed.
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

  readonly networkId = input.required<string>();
  readonly indicators = input.required<readonly ImpactIndicatorView[]>();
  readonly period = input.required<{ from: string; to: string; label: string }>();
  readonly lang = input.required<'fr' | 'en'>();
  /** Something changed: the page reloads the report. */
  readonly changed = output<void>();

  protected readonly metrics = METRICS;
  protected readonly stages: readonly IndicatorStage[] = ['activity', 'output', 'effect'];
  protected readonly drafts = signal<Record<string, { target: string; value: string }>>({});
  protected readonly problem = signal<{ id: string; key: string } | null>(null);
  protected readonly saving = signal<string | null>(null);
  protected readonly adding = signal({
    stage: 'output' as IndicatorStage,
    nameFr: '',
    nameEn: '',
    metric: 'entered' as IndicatorMetric,
    target: '',
  });
  protected readonly rows = computed(() =>
    this.indicators().map((indicator) => {
      const draft = this.drafts()[indicator.id];
      return {
        indicator,
        target: draft?.target ?? (indicator.target === null ? '' : String(shownTarget(indicator.metric, indicator.target))),
        value: draft?.value ?? (indicator.metric === 'entered' && indicator.value !== null ? String(indicator.value) : ''),
      };
    }),
  );

  protected edit(id: string, field: 'target' | 'value', text: string, row: { target: string; value: string }): void {
    this.drafts.update((drafts) => ({ ...drafts, [id]: { target: row.target, value: row.value, [field]: text } }));
  }

  protected name(indicator: ImpactIndicatorView): string {
    return this.lang() === 'fr' ? indicator.nameFr : indicator.nameEn;
  }

  protected async save(row: { indicator: ImpactIndicatorView; target: string; value: string }): Promise<void> {
    const target = storedTarget(row.indicator.metric, readNumber(row.target));
    const value = readNumber(row.value);
    if (Number.isNaN(target) || Number.isNaN(value)) {
      this.problem.set({ id: row.indicator.id, key: 'impact.editor.notANumber' });
      return;
    }
    await this.run(row.indicator.id, async () => {
      if (target !== row.indicator.target) await firstValueFrom(this.api.updateIndicator(row.indicator.id, { target }));
      if (row.indicator.metric === 'entered' && value !== null) {
        const { from, to } = this.period();
        await firstValueFrom(this.api.saveIndicatorValue(row.indicator.id, { from, to, value }));
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
    const target = storedTarget(draft.metric, readNumber(draft.target));
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

/** Savings are kept in cents (like every amount of the API) and typed in dollars. */
function shownTarget(metric: IndicatorMetric, target: number): number {
  return metric === 'savings_cents' ? target / 100 : target;
}

function storedTarget(metric: IndicatorMetric, target: number | null): number | null {
  return metric === 'savings_cents' && target !== null && !Number.isNaN(target) ? Math.round(target * 100) : target;
}
