import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { administrationGuard, signedInGuard, signedOutGuard } from './core/auth/auth-guards';

/** The login page's code; main.ts starts fetching it at once on `/login`, alongside the session and translations. */
export const loadLoginPage = () => import('./features/login/login-page').then((m) => m.LoginPage);

/**
 * Every `title` is a translation key (see TranslatedTitleStrategy); every section is lazy.
 * Only `/login`, `/forgot-password`, `/reset-password/:token` and `/invitation/:token` are open to signed-out visitors.
 */
export const appRoutes: Routes = [
  {
    path: 'login',
    title: 'login.title',
    canActivate: [signedOutGuard],
    loadComponent: loadLoginPage,
  },
  {
    path: 'forgot-password',
    title: 'passwordReset.forgotTitle',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./features/password-reset/forgot-password-page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'reset-password/:token',
    title: 'passwordReset.resetTitle',
    loadComponent: () => import('./features/password-reset/reset-password-page').then((m) => m.ResetPasswordPage),
  },
  {
    path: 'invitation/:token',
    title: 'invitation.title',
    loadComponent: () => import('./features/invitation/invitation-page').then((m) => m.InvitationPage),
  },
  {
    path: '',
    canActivateChild: [signedInGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'nav.home',
        loadComponent: () => import('./features/home/home-page').then((m) => m.HomePage),
      },
      {
        path: 'calendar',
        title: 'nav.calendar',
        loadChildren: () => import('./features/calendar/calendar.routes').then((m) => m.calendarRoutes),
      },
      {
        path: 'bookings',
        title: 'nav.bookings',
        loadChildren: () => import('./features/bookings/bookings.routes').then((m) => m.bookingsRoutes),
      },
      {
        path: 'equipment',
        title: 'nav.equipment',
        loadChildren: () => import('./features/equipment/equipment.routes').then((m) => m.equipmentRoutes),
      },
      {
        path: 'staff',
        title: 'nav.staff',
        loadChildren: () => import('./features/staff/staff.routes').then((m) => m.staffRoutes),
      },
      {
        path: 'board',
        title: 'nav.board',
        loadChildren: () => import('./features/board/board.routes').then((m) => m.boardRoutes),
      },
      {
        path: 'reports',
        title: 'nav.reports',
        loadChildren: () => import('./features/reports/reports.routes').then((m) => m.reportsRoutes),
      },
      {
        path: 'impact',
        title: 'nav.impact',
        canActivate: [administrationGuard],
        providers: [provideTranslocoScope('impact')],
        loadComponent: () => import('./features/impact/impact-page').then((m) => m.ImpactPage),
      },
      {
        path: 'admin',
        title: 'nav.admin',
        canActivate: [administrationGuard],
        loadChildren: () => import('./features/admin/admin.routes').then((m) => m.adminRoutes),
      },
      {
        path: 'account',
        title: 'account.title',
        loadChildren: () => import('./features/account/account.routes').then((m) => m.accountRoutes),
      },
      {
        path: 'notifications',
        title: 'notifications.title',
        loadComponent: () => import('./features/notifications/notifications-page').then((m) => m.NotificationsPage),
      },
      {
        path: 'access-denied',
        title: 'accessDenied.title',
        loadComponent: () => import('./features/access-denied/access-denied-page').then((m) => m.AccessDeniedPage),
      },
    ],
  },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./features/not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
