import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/**
 * Premises administration for coordinators, to be mounted by the app (e.g. at `/admin/rooms`, behind
 * `coordinatorGuard`): the sites, one site (hours, spaces, closures), a new space, a space (the URLs say `rooms`, as the screens say « salles »).
 * Links between these pages are relative, so they work wherever the routes are mounted; route
 * parameters reach the pages as inputs (`withComponentInputBinding`).
 */
export const PREMISES_ADMIN_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('premises')],
    children: [
      { path: '', pathMatch: 'full', loadComponent: () => import('./sites-page').then((m) => m.SitesPage) },
      { path: ':siteId', loadComponent: () => import('./site-page').then((m) => m.SitePage) },
      { path: ':siteId/rooms/new', loadComponent: () => import('./space-page').then((m) => m.SpacePage) },
      { path: ':siteId/rooms/:spaceId', loadComponent: () => import('./space-page').then((m) => m.SpacePage) },
    ],
  },
];
