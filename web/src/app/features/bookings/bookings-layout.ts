import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { Session } from '../../core/auth/session';

/** « Réservations »: « Mes réservations » and, for coordinators, « Approbations », as tabs. */
@Component({
  selector: 'app-bookings-layout',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe],
  providers: [provideTranslocoScope('bookings')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'bookings.title' | transloco }}</h1>
    @if (session.isCoordinator()) {
      <nav mat-tab-nav-bar [tabPanel]="panel" [attr.aria-label]="'bookings.page.sections' | transloco">
        <a
          mat-tab-link
          routerLink="/bookings"
          [routerLinkActiveOptions]="{ exact: true }"
          routerLinkActive
          #mine="routerLinkActive"
          [active]="mine.isActive"
        >
          {{ 'bookings.tabs.mine' | transloco }}
        </a>
        <a
          mat-tab-link
          routerLink="/bookings/approvals"
          routerLinkActive
          #approvals="routerLinkActive"
          [active]="approvals.isActive"
        >
          {{ 'bookings.tabs.approvals' | transloco }}
        </a>
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
export class BookingsLayout {
  protected readonly session = inject(Session);
}
