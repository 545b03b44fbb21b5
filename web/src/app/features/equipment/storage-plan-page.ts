import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { SiteView, StorageHolderView, StoragePlanView } from '@mutualis/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DEFAULT_TIME_ZONE } from '../../core/locale/date-time-format';
import { LocaleFormat } from '../../core/locale/locale-format';
import { ResourcesApi } from '../bookings/resources-api';
import { availabilityWindow, localDateOf } from './availability-window';
import { EquipmentApi } from './equipment-api';
import { Clock } from '../../core/clock/clock';
import { LocaleDateTimeInput } from '../../core/locale/locale-date-time-input';

/**
 * « Plan d'entreposage »: for a site and chosen days, each kind of storage unit with its area, a bar of who holds
 * which part (the same figures listed in words beside it), and what is left free.
 */
@Component({
  selector: 'app-storage-plan-page',
  imports: [
    LocaleDateTimeInput,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './equipment-page.scss',
  template: `
    <h1>{{ 'equipment.storage.title' | transloco }}</h1>
    <p>
      <a routerLink="/equipment">{{ 'equipment.desk.toCatalogue' | transloco }}</a>
    </p>
    <form class="availability" (ngSubmit)="load()">
      <fieldset>
        <legend>{{ 'equipment.storage.legend' | transloco }}</legend>
        <mat-form-field>
          <mat-label>{{ 'equipment.storage.site' | transloco }}</mat-label>
          <mat-select name="site" [(ngModel)]="siteId" (selectionChange)="load()">
            @for (site of sites(); track site.id) {
              <mat-option [value]="site.id">{{ site.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'equipment.catalogue.availabilityFrom' | transloco }}</mat-label>
          <input matInput name="planStart" type="date" required [(ngModel)]="period.startDate" (change)="load()" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'equipment.catalogue.availabilityTo' | transloco }}</mat-label>
          <input matInput name="planEnd" type="date" [min]="period.startDate" [(ngModel)]="period.endDate" (change)="load()" />
        </mat-form-field>
      </fieldset>
    </form>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'equipment.loading' | transloco" />
    } @else if (failed()) {
      <p role="alert" class="error">
        {{ 'equipment.loadFailed' | transloco }}
        <button mat-button type="button" (click)="load()">{{ 'equipment.retry' | transloco }}</button>
      </p>
    } @else if (plan(); as current) {
      @if (current.spaces.length === 0) {
        <p class="empty">{{ 'equipment.storage.empty' | transloco }}</p>
      } @else {
        <ul class="cards">
          @for (space of current.spaces; track space.resourceId) {
            <li class="card">
              <h2>{{ space.name }}</h2>
              <p class="meta">
                {{ 'equipment.catalogue.units' | transloco: { count: space.quantity } }}
                @if (space.unitAreaM2 !== null) {
                  ·
                  {{
                    'equipment.storage.area'
                      | transloco: { each: area(space.unitAreaM2), total: area(space.unitAreaM2 * space.quantity) }
                  }}
                }
              </p>
              <div class="plan-bar" aria-hidden="true">
                @for (holder of space.holders; track $index) {
                  <span
                    class="plan-part"
                    [class.mine]="holder.isMine"
                    [style.flex-grow]="holder.units"
                    [title]="holder.organisationName ?? ('equipment.storage.reserved' | transloco)"
                  ></span>
                }
                @if (space.available > 0) {
                  <span class="plan-part free-part" [style.flex-grow]="space.available"></span>
                }
              </div>
              <ul class="holders">
                @for (holder of space.holders; track $index) {
                  <li>
                    <strong>{{ holder.organisationName ?? ('equipment.storage.reserved' | transloco) }}</strong> ·
                    {{ 'equipment.catalogue.units' | transloco: { count: holder.units } }}
                    @if (holder.areaM2 !== null) {
                      ({{ area(holder.areaM2) }}&nbsp;m²)
                    }
                    · {{ days(holder) }}
                  </li>
                }
              </ul>
              <p class="free" [class.none]="space.available === 0">
                {{ 'equipment.catalogue.free' | transloco: { available: space.available, quantity: space.quantity } }}
              </p>
            </li>
          }
        </ul>
      }
    }
  `,
  styles: `
    .plan-bar {
      display: flex;
      height: 20px;
      border: 1px solid var(--mat-sys-outline, #74777f);
      border-radius: 4px;
      overflow: hidden;
      margin: 8px 0;
    }
    .plan-part {
      flex-basis: 0;
      background: var(--mat-sys-secondary-container, #dae2f9);
      border-inline-end: 1px solid var(--mat-sys-outline, #74777f);
    }
    .plan-part.mine {
      background: var(--mat-sys-primary, #415f91);
    }
    .plan-part.free-part {
      background: transparent;
      border-inline-end: none;
    }
    .holders {
      margin: 0 0 8px;
      padding-inline-start: 1.25rem;
    }
  `,
})
export class StoragePlanPage {
  private readonly api = inject(EquipmentApi);
  private readonly resourcesApi = inject(ResourcesApi);
  private readonly format = inject(LocaleFormat);
  private readonly clock = inject(Clock);

  protected readonly sites = signal<SiteView[]>([]);
  protected readonly plan = signal<StoragePlanView | null>(null);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  protected siteId = '';
  protected period = { startDate: localDateOf(this.clock.nowMs(), DEFAULT_TIME_ZONE), endDate: '' };
  private readonly zone = computed(
    () => this.sites().find((site) => site.id === this.plan()?.siteId)?.timeZone ?? DEFAULT_TIME_ZONE,
  );
  private readonly areaFormat = computed(() => new Intl.NumberFormat(this.format.locale(), { maximumFractionDigits: 2 }));

  constructor() {
    void this.start();
  }

  protected async load(): Promise<void> {
    const site = this.sites().find((each) => each.id === this.siteId);
    const span = site && availabilityWindow(this.period.startDate, this.period.endDate, site.timeZone);
    if (!site || !span) return;
    this.loading.set(true);
    this.failed.set(false);
    try {
      this.plan.set(await firstValueFrom(this.api.storagePlan(site.id, span.from, span.to)));
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  /** « 1,5 » m², with the locale's decimal separator. */
  protected area(m2: number): string {
    return this.areaFormat().format(m2);
  }

  /** « 1 janv. 2027 – 30 juin 2027 »: the last day held, not the midnight it ends at. */
  protected days(holder: StorageHolderView): string {
    const lastDay = new Date(Date.parse(holder.end) - 1).toISOString();
    return `${this.format.formatDate(holder.start, this.zone())} – ${this.format.formatDate(lastDay, this.zone())}`;
  }

  private async start(): Promise<void> {
    try {
      const sites = await firstValueFrom(this.resourcesApi.sites());
      this.sites.set(sites);
      this.siteId = sites[0]?.id ?? '';
      if (this.siteId) await this.load();
      else this.loading.set(false);
    } catch {
      this.failed.set(true);
      this.loading.set(false);
    }
  }
}
