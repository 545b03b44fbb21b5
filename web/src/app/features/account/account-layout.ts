import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Session } from '../../core/auth/session';

const ACCOUNT_TABS = [
  { path: '/account', labelKey: 'account.profile.tab', exact: true },
  { path: '/account/password', labelKey: 'account.password.tab', exact: true },
  { path: '/account/tokens', labelKey: 'account.tokens.tab', exact: true },
  { path: '/account/notifications', labelKey: 'account.notifications.tab', exact: true },
  { path: '/account/calendars', labelKey: 'account.feeds.tab', exact: true },
] as const;

/** « Mon compte » and its pages; only the password page while a new password is required. */
@Component({
  selector: 'app-account-layout',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'account.title' | transloco }}</h1>
    @if (!session.me()?.mustChangePassword) {
      <nav mat-tab-nav-bar [tabPanel]="panel" [attr.aria-label]="'account.sections' | transloco">
        @for (tab of tabs; track tab.path) {
          <a
            mat-tab-link
            [routerLink]="tab.path"
            routerLinkActive
            #state="routerLinkActive"
            [routerLinkActiveOptions]="{ exact: tab.exact }"
            [active]="state.isActive"
          >
            {{ tab.labelKey | transloco }}
          </a>
        }
      </nav>
    }
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
export class AccountLayout {
  protected readonly session = inject(Session);
  protected readonly tabs = ACCOUNT_TABS;
}
