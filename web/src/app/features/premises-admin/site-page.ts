import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { ResourceView, SiteView } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../core/feedback/notice';
import type { InlineError } from '../../core/http/inline-error';
import { LocaleFormat } from '../../core/locale/locale-format';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';
import type { TimeRange } from '../../shared/weekly-hours/weekly-hours';
import { WeeklyHoursEditor } from '../../shared/weekly-hours/weekly-hours-editor';
import { BlackoutsPanel } from './blackouts-panel';
import { PremisesAdminApi, type BlackoutTarget } from './premises-admin-api';
import { premisesErrorOf } from './premises-errors';
import { openingRangeAfter } from './opening-hours';
import { fillSiteForm, rangeGroupOf, SITE_TIME_ZONES, siteFormOf, siteRequestOf } from './site-form';

/** One site: its details and opening hours, its spaces, and its closures. */
@Component({
  selector: 'app-site-page',
  imports: [
    BlackoutsPanel,
    InlineErrorMessage,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    WeeklyHoursEditor,
  ],
  providers: [provideTranslocoScope('premises')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './site-page.html',
  styleUrl: './premises-page.scss',
})
export class SitePage {
  private readonly api = inject(PremisesAdminApi);
  private readonly notice = inject(Notice);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly format = inject(LocaleFormat);

  /** From the route (`:siteId`). */
  readonly siteId = input.required<string>();

  protected readonly timeZones = SITE_TIME_ZONES;
  protected readonly spaceColumns = ['name', 'capacity', 'rate', 'approval', 'state', 'actions'];
  protected readonly form = siteFormOf(this.fb);
  protected readonly newRange = (previous: TimeRange | undefined) => rangeGroupOf(this.fb, openingRangeAfter(previous));
  protected readonly site = signal<SiteView | null>(null);
  protected readonly spaces = signal<ResourceView[]>([]);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly error = signal<InlineError | null>(null);
  protected readonly blackoutTarget = computed<BlackoutTarget>(() => ({ siteId: this.siteId() }));

  constructor() {
    effect(() => {
      const siteId = this.siteId();
      untracked(() => void this.load(siteId));
    });
  }

  protected async save(): Promise<void> {
    const site = this.site();
    if (!site) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      const saved = await firstValueFrom(this.api.updateSite(site.id, siteRequestOf(this.form)));
      this.site.set(saved);
      fillSiteForm(this.form, this.fb, saved);
      this.form.markAsPristine();
      this.notice.show('premises.site.saved', { name: saved.name });
    } catch (error) {
      this.error.set(premisesErrorOf(error));
    } finally {
      this.saving.set(false);
    }
  }

  protected rate(space: ResourceView): string {
    return space.hourlyRateCents === null ? '' : this.format.formatMoney(space.hourlyRateCents);
  }

  private async load(siteId: string): Promise<void> {
    this.loading.set(true);
    try {
      const [sites, spaces] = await Promise.all([firstValueFrom(this.api.sites()), firstValueFrom(this.api.spaces(siteId))]);
      const site = sites.find((each) => each.id === siteId) ?? null;
      this.site.set(site);
      this.spaces.set(spaces);
      if (site) fillSiteForm(this.form, this.fb, site);
    } catch {
      // The error snack bar said why.
    } finally {
      this.loading.set(false);
    }
  }
}
