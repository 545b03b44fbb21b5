import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { Session } from '../../core/auth/session';
import { reportsTabsOf } from './reports-sections';

/** « Rapports » and its sections as tabs, according to who is signed in. */
@Component({
  selector: 'app-reports-layout',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe],
  providers: [provideTranslocoScope('reports')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'reports.title' | transloco }}</h1>
    @if (tabs().length > 1) {
      <nav mat-tab-nav-bar [tabPanel]="panel" [attr.aria-label]="'reports.tabs.label' | transloco">
        @for (tab of tabs(); track tab.path) {
          <a
            mat-tab-link
            [routerLink]="tab.path"
            routerLinkActive
            [routerLinkActiveOptions]="{ exact: tab.exact }"
            #state="routerLinkActive"
            [active]="state.isActive"
          >
            {{ tab.labelKey | transloco }}
          </a>
        }
      </nav>
      <mat-tab-nav-panel #panel class="panel">
        <router-outlet />
      </mat-tab-nav-panel>
    } @else {
      <router-outlet />
    }
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
export class ReportsLayout {
  private readonly session = inject(Session);
  protected readonly tabs = computed(() => reportsTabsOf(this.session));
}
