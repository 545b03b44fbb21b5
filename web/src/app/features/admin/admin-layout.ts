import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Session } from '../../core/auth/session';

interface AdminTab {
  readonly path: string;
  readonly labelKey: string;
  readonly coordinatorsOnly: boolean;
}

const ADMIN_TABS: readonly AdminTab[] = [
  { path: '/admin/networks', labelKey: 'admin.networks.tab', coordinatorsOnly: true },
  { path: '/admin/organisations', labelKey: 'admin.organisations.tab', coordinatorsOnly: false },
  { path: '/admin/rooms', labelKey: 'admin.rooms.tab', coordinatorsOnly: true },
  { path: '/admin/journal', labelKey: 'admin.journal.tab', coordinatorsOnly: false },
];

/** « Administration »: networks and rooms (coordinators), organisations and the journal, as tabs. */
@Component({
  selector: 'app-admin-layout',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'admin.title' | transloco }}</h1>
    <nav mat-tab-nav-bar [tabPanel]="panel" [attr.aria-label]="'admin.sections' | transloco">
      @for (tab of tabs(); track tab.path) {
        <a mat-tab-link [routerLink]="tab.path" routerLinkActive #state="routerLinkActive" [active]="state.isActive">
          {{ tab.labelKey | transloco }}
        </a>
      }
    </nav>
    <mat-tab-nav-panel #panel class="panel">
      <router-outlet />
    </mat-tab-nav-panel>
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 0 0 1rem;
    }
    .panel {
      display: block;
      padding-top: 1.5rem;
    }
  `,
})
export class AdminLayout {
  private readonly session = inject(Session);
  protected readonly tabs = computed(() => ADMIN_TABS.filter((tab) => !tab.coordinatorsOnly || this.session.isCoordinator()));
}
