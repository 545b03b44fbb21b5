import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter, map } from 'rxjs';
import { Session } from '../auth/session';
import { HomeSummary } from '../home/home-summary';
import { homeTodosOf, navBadgesOf } from '../home/home-todos';
import { NotificationBell } from '../notifications/notification-bell';
import { registerAppIcons } from './app-icons';
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
  private readonly home = inject(HomeSummary);
  /** The counts of « Accueil », as badges on the sections where they are handled. */
  protected readonly badges = computed(() => {
    const view = this.home.view();
    return view
      ? navBadgesOf(homeTodosOf(view.counts, { reviewsTimesheets: this.session.canAdminister() }))
      : new Map<string, number>();
  });
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW_SCREEN_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** Mirrors the drawer (also closed by Escape or the backdrop) for the menu button's aria-expanded. */
  protected readonly navigationOpen = signal(false);

  private readonly sidenav = viewChild(MatSidenav);

  constructor() {
    // Fetched with the Shell rather than with the login page.
    registerAppIcons();
    // The badges follow what the person just did: refreshed after every navigation, forgotten on sign-out.
    const router = inject(Router);
    router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        if (this.session.signedIn()) this.home.refresh();
      });
    effect(() => {
      if (!this.session.signedIn()) this.home.clear();
    });
  }

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
