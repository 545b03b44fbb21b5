import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { ItemAvailability, ResourceView } from '@mutualis/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Session } from '../../core/auth/session';
import { inlineErrorOf, type InlineError } from '../../core/http/inline-error';
import { DEFAULT_TIME_ZONE } from '../../core/locale/date-time-format';
import { availabilityWindow, localDateOf } from './availability-window';
import { NO_RECURRENCE, type RecurrenceValue } from '../../shared/recurrence-builder/recurrence-pattern';
import { RecurrenceBuilder } from '../../shared/recurrence-builder/recurrence-builder';
import { EquipmentApi } from './equipment-api';
import { Clock } from '../../core/clock/clock';
import { LocaleDateTimeInput } from '../../core/locale/locale-date-time-input';

type Kind = 'equipment' | 'vehicle' | 'storage';

/**
 * The catalogue: each item with its units and how many are free over the chosen days (today unless changed),
 * and a day loan (or a storage allocation) with a quantity.
 */
@Component({
  selector: 'app-equipment-catalogue-page',
  imports: [
    LocaleDateTimeInput,
    FormsModule,
    RecurrenceBuilder,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './equipment-catalogue-page.html',
  styleUrl: './equipment-page.scss',
})
export class EquipmentCataloguePage {
  private readonly api = inject(EquipmentApi);
  private readonly session = inject(Session);
  private readonly clock = inject(Clock);

  protected readonly sections: Array<{ kinds: Kind[]; titleKey: string }> = [
    { kinds: ['equipment', 'vehicle'], titleKey: 'equipment.catalogue.equipmentTitle' },
    { kinds: ['storage'], titleKey: 'equipment.catalogue.storageTitle' },
  ];
  protected readonly items = signal<ResourceView[]>([]);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  protected readonly chosen = signal<ResourceView | null>(null);
  protected readonly saving = signal(false);
  protected readonly error = signal<InlineError | null>(null);
  protected readonly booked = signal<string | null>(null);
  protected form = { title: '', quantity: 1, startDate: '', endDate: '', recurrence: NO_RECURRENCE };
  /** The days « Disponibilités » is about, in the network's zone. */
  protected period = { startDate: localDateOf(this.clock.nowMs(), DEFAULT_TIME_ZONE), endDate: '' };
  protected readonly availability = signal<ReadonlyMap<string, ItemAvailability>>(new Map());
  protected readonly checkingAvailability = signal(false);
  protected readonly availabilityFailed = signal(false);

  constructor() {
    void this.load();
    void this.loadAvailability();
  }

  /** Free units of every item over the chosen days; the cards show them. */
  protected async loadAvailability(): Promise<void> {
    const span = availabilityWindow(this.period.startDate, this.period.endDate, DEFAULT_TIME_ZONE);
    if (!span) return;
    this.checkingAvailability.set(true);
    this.availabilityFailed.set(false);
    try {
      const items = await firstValueFrom(this.api.availability(span.from, span.to));
      this.availability.set(new Map(items.map((item) => [item.resourceId, item])));
    } catch {
      this.availability.set(new Map());
      this.availabilityFailed.set(true);
    } finally {
      this.checkingAvailability.set(false);
    }
  }

  /** The loan as the recurrence builder previews it: whole days from midnight (the site sets the hours). */
  protected loanStart(): string {
    return this.form.startDate ? `${this.form.startDate}T00:00` : '';
  }

  protected loanMinutes(): number {
    const days = this.form.endDate && this.form.startDate ? daysBetween(this.form.startDate, this.form.endDate) + 1 : 1;
    return Math.max(days, 1) * 1440;
  }

  protected itemsOf(kinds: Kind[]): ResourceView[] {
    return this.items().filter((item) => (kinds as string[]).includes(item.type));
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.failed.set(false);
    try {
      const lists = await Promise.all(
        (['equipment', 'vehicle', 'storage'] as Kind[]).map((k) => firstValueFrom(this.api.items(k))),
      );
      this.items.set(lists.flat().filter((item) => item.active));
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  protected choose(item: ResourceView): void {
    this.chosen.set(item);
    this.error.set(null);
    this.booked.set(null);
    this.form = { title: '', quantity: 1, startDate: '', endDate: '', recurrence: NO_RECURRENCE };
  }

  protected async book(): Promise<void> {
    const item = this.chosen();
    if (!item) return;
    this.saving.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(
        this.api.book({
          resourceId: item.id,
          organisationId: this.session.activeOrganisation()?.organisationId,
          title: this.form.title,
          quantity: this.form.quantity,
          startDate: this.form.startDate,
          endDate: this.form.endDate || this.form.startDate,
          ...recurrenceOf(this.form.recurrence),
        }),
      );
      this.booked.set(item.name);
      this.chosen.set(null);
      void this.loadAvailability();
    } catch (error) {
      this.error.set(inlineErrorOf(error));
    } finally {
      this.saving.set(false);
    }
  }
}

/** A loan that repeats (the projector every Tuesday, a shelf each month): the rule and the holidays choice. */
function recurrenceOf(recurrence: RecurrenceValue): { rrule?: string; skipHolidays?: 'QC' } {
  if (!recurrence.rrule) return {};
  return { rrule: recurrence.rrule, ...(recurrence.skipHolidays ? { skipHolidays: 'QC' as const } : {}) };
}

function daysBetween(first: string, last: string): number {
  return Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000);
}
