import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type {
  BoardCategory,
  BoardPostKind,
  BoardVisibility,
  CreateBoardPostRequest,
  OrganisationView,
  SiteView,
} from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { Session } from '../../core/auth/session';
import { inlineErrorOf, type InlineError } from '../../core/http/inline-error';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';
import { BoardApi } from './board-api';
import { CATEGORY_OPTIONS } from './board-labels';

/** « Publier une annonce »: an offer or a need of the active organisation, on its network's board. */
@Component({
  selector: 'app-post-form-page',
  imports: [
    FormsModule,
    InlineErrorMessage,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('board')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './post-form-page.html',
  styleUrl: './post-form-page.scss',
})
export class PostFormPage {
  private readonly api = inject(BoardApi);
  private readonly router = inject(Router);
  private readonly session = inject(Session);
  protected readonly categories = CATEGORY_OPTIONS;
  protected readonly memberships = this.session.memberships;

  protected readonly organisationId = signal(this.session.activeOrganisation()?.organisationId ?? '');
  protected readonly networkId = signal('');
  protected readonly kind = signal<BoardPostKind>('offer');
  protected readonly category = signal<BoardCategory>('premises');
  protected readonly title = signal('');
  protected readonly description = signal('');
  protected readonly quantity = signal('');
  protected readonly hoursPerWeek = signal<number | null>(null);
  protected readonly startsOn = signal('');
  protected readonly endsOn = signal('');
  protected readonly recurrenceText = signal('');
  protected readonly siteId = signal('');
  protected readonly municipality = signal('');
  protected readonly visibility = signal<BoardVisibility>('network');
  protected readonly expiresOn = signal('');

  private readonly organisations = signal<OrganisationView[]>([]);
  private readonly sites = signal<SiteView[]>([]);
  /** The networks of the chosen organisation: a choice only when it belongs to several. */
  protected readonly networkChoices = computed(() => {
    const organisation = this.organisations().find((o) => o.id === this.organisationId());
    return organisation?.networkIds ?? [];
  });
  protected readonly networkNames = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly siteChoices = computed(() => {
    const networks = this.networkId() ? [this.networkId()] : this.networkChoices();
    return this.sites().filter((s) => networks.includes(s.networkId));
  });

  protected readonly saving = signal(false);
  protected readonly error = signal<InlineError | null>(null);

  constructor() {
    void this.loadChoices();
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.title().trim()) {
      this.error.set({ key: 'board.form.titleRequired' });
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    const request: CreateBoardPostRequest = {
      organisationId: this.organisationId() || undefined,
      networkId: this.networkId() || undefined,
      kind: this.kind(),
      category: this.category(),
      title: this.title().trim(),
      description: this.description().trim() || undefined,
      quantity: this.quantity().trim() || undefined,
      hoursPerWeek: this.hoursPerWeek() ?? undefined,
      startsOn: this.startsOn() || undefined,
      endsOn: this.endsOn() || undefined,
      recurrenceText: this.recurrenceText().trim() || undefined,
      siteId: this.siteId() || undefined,
      municipality: this.municipality().trim() || undefined,
      visibility: this.visibility(),
      expiresOn: this.expiresOn() || undefined,
    };
    try {
      const created = await firstValueFrom(this.api.create(request));
      await this.router.navigate(['/board/posts', created.id]);
    } catch (error) {
      this.error.set(inlineErrorOf(error));
    } finally {
      this.saving.set(false);
    }
  }

  private async loadChoices(): Promise<void> {
    try {
      const [organisations, sites, networks] = await Promise.all([
        firstValueFrom(this.api.organisations()),
        firstValueFrom(this.api.sites()),
        firstValueFrom(this.api.networks()),
      ]);
      this.organisations.set(organisations);
      this.sites.set(sites);
      this.networkNames.set(new Map(networks.map((n) => [n.id, n.name])));
    } catch {
      // The snack bar said why; the post can still be written without a site.
    }
  }
}
