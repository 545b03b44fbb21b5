import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatListModule } from '@angular/material/list';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { OrganisationView } from '@mutualis/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { OrganisationsApi } from './organisations-api';

/** The organisations the user may manage, each leading to its members and invitations. */
@Component({
  selector: 'app-organisations-page',
  imports: [MatListModule, MatProgressBarModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'admin.organisations.title' | transloco }}</h2>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'admin.loading' | transloco" />
    } @else {
      @let list = manageable();
      @if (list.length === 0) {
        <p class="empty-state">{{ 'admin.organisations.empty' | transloco }}</p>
      } @else {
        <mat-nav-list class="list" [attr.aria-label]="'admin.organisations.title' | transloco">
          @for (organisation of list; track organisation.id) {
            <a mat-list-item [routerLink]="organisation.id">
              <span matListItemTitle>{{ organisation.name }}</span>
              <span matListItemLine>
                {{ (organisation.myRole ? 'roles.' + organisation.myRole : 'admin.organisations.viaNetwork') | transloco }}
              </span>
            </a>
          }
        </mat-nav-list>
      }
    }
  `,
  styleUrl: '../admin-page.scss',
})
export class OrganisationsPage {
  private readonly api = inject(OrganisationsApi);
  protected readonly loading = signal(true);
  private readonly organisations = signal<OrganisationView[]>([]);
  protected readonly manageable = computed(() =>
    this.organisations()
      .filter((organisation) => organisation.canManage)
      .sort((a, b) => a.name.localeCompare(b.name)),
  );

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.organisations.set(await firstValueFrom(this.api.list()));
    } catch {
      // the error snack bar explained it
    } finally {
      this.loading.set(false);
    }
  }
}
