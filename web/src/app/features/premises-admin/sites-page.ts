import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { SiteView } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { Session } from '../../core/auth/session';
import { Notice } from '../../core/feedback/notice';
import type { InlineError } from '../../core/http/inline-error';
import { DEFAULT_TIME_ZONE } from '../../core/locale/date-time-format';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';
import { PremisesAdminApi } from './premises-admin-api';
import { premisesErrorOf } from './premises-errors';
import { SITE_TIME_ZONES } from './site-form';

/** The sites of the coordinator's networks, and a form to add one (its hours and spaces come next, on its page). */
@Component({
  selector: 'app-sites-page',
  imports: [
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
  ],
  providers: [provideTranslocoScope('premises')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sites-page.html',
  styleUrl: './premises-page.scss',
})
export class SitesPage {
  private readonly api = inject(PremisesAdminApi);
  private readonly notice = inject(Notice);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly session = inject(Session);

  protected readonly columns = ['name', 'address', 'timeZone', 'actions'];
  protected readonly timeZones = SITE_TIME_ZONES;
  protected readonly sites = signal<SiteView[]>([]);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly error = signal<InlineError | null>(null);
  protected readonly networks = computed(() => this.session.me()?.coordinatorOf ?? []);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    address: ['', Validators.maxLength(500)],
    timeZone: [DEFAULT_TIME_ZONE as string, Validators.required],
    networkId: [this.networks()[0]?.networkId ?? '', Validators.required],
  });

  constructor() {
    void this.load();
  }

  protected async create(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, address, timeZone, networkId } = this.form.getRawValue();
    this.saving.set(true);
    this.error.set(null);
    try {
      const site = await firstValueFrom(this.api.createSite({ networkId, name: name.trim(), address: address.trim(), timeZone }));
      this.notice.show('premises.sites.created', { name: site.name });
      await this.router.navigate([site.id], { relativeTo: this.route });
    } catch (error) {
      this.error.set(premisesErrorOf(error));
    } finally {
      this.saving.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      this.sites.set(await firstValueFrom(this.api.sites()));
    } catch {
      // The error snack bar said why.
    } finally {
      this.loading.set(false);
    }
  }
}
