import type { AppIconName } from './app-icons';

export interface NavItem {
  readonly path: string;
  /** Translation key of the link text, also the route's title key. */
  readonly labelKey: string;
  readonly icon: AppIconName;
  /** Only `/` needs an exact match; sections stay active on their sub-pages. */
  readonly exact: boolean;
  /** Shown only to coordinators and organisation admins. */
  readonly administrationOnly?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', labelKey: 'nav.home', icon: 'home', exact: true },
  { path: '/calendar', labelKey: 'nav.calendar', icon: 'calendar', exact: false },
  { path: '/bookings', labelKey: 'nav.bookings', icon: 'bookings', exact: false },
  { path: '/equipment', labelKey: 'nav.equipment', icon: 'bookings', exact: false },
  { path: '/staff', labelKey: 'nav.staff', icon: 'staff', exact: false },
  { path: '/board', labelKey: 'nav.board', icon: 'board', exact: false },
  { path: '/reports', labelKey: 'nav.reports', icon: 'reports', exact: false },
  { path: '/impact', labelKey: 'nav.impact', icon: 'impact', exact: false, administrationOnly: true },
  { path: '/admin', labelKey: 'nav.admin', icon: 'admin', exact: false, administrationOnly: true },
];
