import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { Session } from '../auth/session';
import { NotificationBell } from '../notifications/notification-bell';
import { LanguageSwitch } from './language-switch';
import { NAV_ITEMS } from './nav-items';
import { OrganisationSwitcher } from './organisation-switcher';
import { UserMenu } from './user-menu';

/** Below this width the navigation becomes a drawer opened from the menu button. */
export const NARROW_SCREEN_QUERY = '(max-width: 959.98px)';

@Component({
  selector: 'app-shell',
  imports: [
    LanguageSwitch,
    MatButtonModule,
    MatIconModule,
    MatListModule,
    MatSidenavModule,
    MatToolbarModule,
    NotificationBell,
    OrganisationSwitcher,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslocoPipe,
    UserMenu,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly session = inject(Session);
  /** Signed-out visitors (login, invitation) see the page alone, without the navigation. */
  protected readonly signedIn = this.session.signedIn;
  protected readonly navItems = computed(() =>
    NAV_ITEMS.filter((item) => !item.administrationOnly || this.session.canAdminister()),
  );
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW_SCREEN_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** Mirrors the drawer (also closed by Escape or the backdrop) for the menu button's aria-expanded. */
  protected readonly navigationOpen = signal(false);

  private readonly sidenav = viewChild(MatSidenav);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected toggleNavigation(): void {
    const sidenav = this.sidenav();
    if (!sidenav) return;
    void sidenav.toggle();
    // `openedChange` only fires once the slide animation ends; announce the new state right away.
    this.navigationOpen.set(sidenav.opened);
  }

  protected closeNavigationIfOverlay(): void {
    if (!this.narrow()) return;
    void this.sidenav()?.close();
    this.navigationOpen.set(false);
  }

  /** Moves focus rather than following `#main-content`, which `<base href>` would turn into a navigation to `/`. */
  protected skipToMainContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
