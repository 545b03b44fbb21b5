import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { ResourceView } from '@mutualis/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Session } from '../../core/auth/session';
import { inlineErrorOf, type InlineError } from '../../core/http/inline-error';
import { EquipmentApi } from './equipment-api';

type Kind = 'equipment' | 'vehicle' | 'storage';

/** The catalogue: each item with its units, and a day loan (or a storage allocation) with a quantity. */
@Component({
  selector: 'app-equipment-catalogue-page',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './equipment-catalogue-page.html',
  styleUrl: './equipment-page.scss',
})
export class EquipmentCataloguePage {
  private readonly api = inject(EquipmentApi);
  private readonly session = inject(Session);

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
  protected form = { title: '', quantity: 1, startDate: '', endDate: '' };

  constructor() {
    void this.load();
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
    this.form = { title: '', quantity: 1, startDate: '', endDate: '' };
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
        }),
      );
      this.booked.set(item.name);
      this.chosen.set(null);
    } catch (error) {
      this.error.set(inlineErrorOf(error));
    } finally {
      this.saving.set(false);
    }
  }
}
