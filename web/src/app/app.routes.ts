import { Routes } from '@angular/router';

/** Every `title` is a translation key (see TranslatedTitleStrategy); every section is lazy. */
export const appRoutes: Routes = [
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
    path: 'staff',
    title: 'nav.staff',
    loadChildren: () => import('./features/staff/staff.routes').then((m) => m.staffRoutes),
  },
  {
    path: 'reports',
    title: 'nav.reports',
    loadChildren: () => import('./features/reports/reports.routes').then((m) => m.reportsRoutes),
  },
  {
    path: 'admin',
    title: 'nav.admin',
    loadChildren: () => import('./features/admin/admin.routes').then((m) => m.adminRoutes),
  },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./features/not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
