import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { OrganisationView } from '@mutualis/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../../core/feedback/notice';
import { NameDialog, NameDialogData } from '../name-dialog';
import { OrganisationInvitations } from './organisation-invitations';
import { OrganisationMembers } from './organisation-members';
import { OrganisationsApi } from './organisations-api';

type OrganisationState = { kind: 'loading' } | { kind: 'missing' } | { kind: 'ready'; organisation: OrganisationView };

/** One organisation: its name, its members and its pending invitations. */
@Component({
  selector: 'app-organisation-page',
  imports: [MatButtonModule, MatProgressBarModule, OrganisationInvitations, OrganisationMembers, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back" routerLink="/admin/organisations">{{ 'admin.organisation.back' | transloco }}</a>
    @let current = state();
    @switch (current.kind) {
      @case ('loading') {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'admin.loading' | transloco" />
      }
      @case ('missing') {
        <p class="empty-state">{{ 'admin.organisation.missing' | transloco }}</p>
      }
      @case ('ready') {
        @let organisation = current.organisation;
        <div class="heading">
          <h2>{{ organisation.name }}</h2>
          @if (organisation.canManage) {
            <button
              mat-stroked-button
              type="button"
              (click)="rename(organisation)"
              [attr.aria-label]="'admin.organisation.renameLabel' | transloco: { name: organisation.name }"
            >
              {{ 'admin.rename' | transloco }}
            </button>
          }
        </div>
        <app-organisation-members [organisationId]="organisation.id" />
        <app-organisation-invitations [organisationId]="organisation.id" />
      }
    }
  `,
  styleUrl: '../admin-page.scss',
  styles: `
    .back {
      display: inline-block;
      margin-bottom: 1rem;
    }
    .heading {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      h2 {
        margin: 0;
      }
    }
    app-organisation-invitations {
      display: block;
      margin-top: 2.5rem;
    }
  `,
})
export class OrganisationPage {
  private readonly api = inject(OrganisationsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notice = inject(Notice);

  /** The route's `:organisationId`. */
  readonly organisationId = input.required<string>();
  protected readonly state = signal<OrganisationState>({ kind: 'loading' });

  constructor() {
    effect(() => {
      const organisationId = this.organisationId();
      untracked(() => void this.load(organisationId));
    });
  }

  protected async rename(organisation: OrganisationView): Promise<void> {
    const ref = this.dialog.open<NameDialog, NameDialogData, string>(NameDialog, {
      data: { titleKey: 'admin.organisation.renameTitle', name: organisation.name },
    });
    const name = await firstValueFrom(ref.afterClosed());
    if (!name || name === organisation.name) return;
    try {
      const renamed = await firstValueFrom(this.api.rename(organisation.id, name));
      this.state.set({ kind: 'ready', organisation: { ...organisation, ...renamed } });
      this.notice.show('admin.organisation.renamed', { name: renamed.name });
    } catch {
      // the error snack bar explained it
    }
  }

  /** There is no single-organisation endpoint: the list holds every organisation the user may see. */
  private async load(organisationId: string): Promise<void> {
    this.state.set({ kind: 'loading' });
    try {
      const organisation = (await firstValueFrom(this.api.list())).find((each) => each.id === organisationId);
      this.state.set(organisation ? { kind: 'ready', organisation } : { kind: 'missing' });
    } catch {
      this.state.set({ kind: 'missing' });
    }
  }
}
