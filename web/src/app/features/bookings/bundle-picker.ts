import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { BundledItemRequest, ResourceView } from '@mutualis/contracts';

/**
 * Equipment added to a room booking (« Salle du conseil » with the projector): a box per item of the room's
 * network, those of the room's site first, and how many units when there are several. The room and the items
 * are booked together or not at all.
 */
@Component({
  selector: 'app-bundle-picker',
  imports: [MatCheckboxModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  providers: [provideTranslocoScope('bookings')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="bundle">
      <legend>{{ 'bookings.bundle.legend' | transloco }}</legend>
      @if (choices().length === 0) {
        <p class="empty">{{ 'bookings.bundle.empty' | transloco }}</p>
      } @else {
        <p class="hint">{{ 'bookings.bundle.hint' | transloco }}</p>
        <ul>
          @for (item of choices(); track item.id) {
            @let units = quantityOf(item.id);
            <li>
              <mat-checkbox [checked]="units > 0" (change)="toggle(item, $event.checked)">
                {{ item.name }}
                @if ((item.quantity ?? 1) > 1) {
                  <span class="units">({{ 'bookings.bundle.units' | transloco: { count: item.quantity } }})</span>
                }
              </mat-checkbox>
              @if (units > 0 && (item.quantity ?? 1) > 1) {
                <mat-form-field class="quantity" subscriptSizing="dynamic">
                  <mat-label>{{ 'bookings.bundle.quantity' | transloco: { name: item.name } }}</mat-label>
                  <input
                    matInput
                    type="number"
                    min="1"
                    [max]="item.quantity ?? 1"
                    [value]="units"
                    (change)="setQuantity(item, +$any($event.target).value)"
                  />
                </mat-form-field>
              }
            </li>
          }
        </ul>
      }
    </fieldset>
  `,
  styles: `
    .bundle {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      padding: 0.5rem 1rem;
      margin: 0;
    }
    legend {
      font: var(--mat-sys-title-small);
      padding: 0 0.25rem;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      min-height: 44px;
    }
    .quantity {
      width: 10rem;
    }
    .units,
    .hint,
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class BundlePicker {
  /** Equipment and vehicles of the room's network. */
  readonly items = input<readonly ResourceView[]>([]);
  /** The room's site: its items come first. */
  readonly siteId = input<string | null>(null);
  readonly value = model<BundledItemRequest[]>([]);

  protected readonly choices = computed(() => {
    const siteId = this.siteId();
    return [...this.items()].sort(
      (a, b) => Number(b.siteId === siteId) - Number(a.siteId === siteId) || a.name.localeCompare(b.name),
    );
  });

  protected quantityOf(resourceId: string): number {
    return this.value().find((chosen) => chosen.resourceId === resourceId)?.quantity ?? 0;
  }

  protected toggle(item: ResourceView, checked: boolean): void {
    const others = this.value().filter((chosen) => chosen.resourceId !== item.id);
    this.value.set(checked ? [...others, { resourceId: item.id, quantity: 1 }] : others);
  }

  protected setQuantity(item: ResourceView, units: number): void {
    const quantity = Number.isFinite(units) ? Math.min(Math.max(Math.round(units), 1), item.quantity ?? 1) : 1;
    this.value.set(this.value().map((chosen) => (chosen.resourceId === item.id ? { ...chosen, quantity } : chosen)));
  }
}
