import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { NetworkView, OrganisationView } from '@mutualis/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom, forkJoin } from 'rxjs';
import { Session } from '../../../core/auth/session';
import { Notice } from '../../../core/feedback/notice';
import { InlineError, inlineErrorOf } from '../../../core/http/inline-error';
import { InlineErrorMessage } from '../../../shared/inline-error-message/inline-error-message';
import { OrganisationsApi } from '../organisations/organisations-api';
import { NetworkCard } from './network-card';
import { NetworksApi } from './networks-api';

/** The networks the user coordinates (or belongs to), and a form to create one. */
@Component({
  selector: 'app-networks-page',
  imports: [
    InlineErrorMessage,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    NetworkCard,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './networks-page.html',
  styleUrl: '../admin-page.scss',
})
export class NetworksPage {
  private readonly networksApi = inject(NetworksApi);
  private readonly organisationsApi = inject(OrganisationsApi);
  private readonly session = inject(Session);
  private readonly notice = inject(Notice);

  protected readonly loading = signal(true);
  protected readonly networks = signal<NetworkView[]>([]);
  protected readonly organisations = signal<OrganisationView[]>([]);
  /** Coordinated networks first, then alphabetical. */
  protected readonly sortedNetworks = computed(() =>
    [...this.networks()].sort((a, b) => Number(b.isCoordinator) - Number(a.isCoordinator) || a.name.localeCompare(b.name)),
  );
  protected readonly creating = signal(false);
  protected readonly createError = signal<InlineError | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    showOrganisationNames: [false],
  });

  constructor() {
    void this.load();
  }

  /** Each network's organisations, alphabetical; one array per network so the cards re-render only on change. */
  protected readonly organisationsByNetwork = computed(() => {
    const byNetwork = new Map<string, OrganisationView[]>();
    const sorted = [...this.organisations()].sort((a, b) => a.name.localeCompare(b.name));
    for (const organisation of sorted) {
      for (const networkId of organisation.networkIds)
        byNetwork.set(networkId, [...(byNetwork.get(networkId) ?? []), organisation]);
    }
    return byNetwork;
  });

  protected replaceNetwork(updated: NetworkView): void {
    this.networks.update((networks) => networks.map((network) => (network.id === updated.id ? updated : network)));
  }

  protected addOrganisation(network: NetworkView, organisation: OrganisationView): void {
    this.organisations.update((organisations) => [...organisations, organisation]);
    this.replaceNetwork({ ...network, organisationCount: network.organisationCount + 1 });
  }

  protected async create(formDirective: FormGroupDirective): Promise<void> {
    if (this.creating()) return;
    const { name, showOrganisationNames } = this.form.getRawValue();
    if (this.form.invalid || !name.trim()) {
      this.form.markAllAsTouched();
      return;
    }
    this.creating.set(true);
    this.createError.set(null);
    try {
      const network = await firstValueFrom(this.networksApi.create({ name: name.trim(), showOrganisationNames }));
      this.networks.update((networks) => [...networks, network]);
      formDirective.resetForm({ name: '', showOrganisationNames: false });
      this.notice.show('admin.networks.created', { name: network.name });
      // The creator now coordinates it: the session's role list must say so.
      await this.session.refresh();
    } catch (error) {
      this.createError.set(inlineErrorOf(error));
    } finally {
      this.creating.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      const { networks, organisations } = await firstValueFrom(
        forkJoin({ networks: this.networksApi.list(), organisations: this.organisationsApi.list() }),
      );
      this.networks.set(networks);
      this.organisations.set(organisations);
    } catch {
      // the error snack bar explained it
    } finally {
      this.loading.set(false);
    }
  }
}
