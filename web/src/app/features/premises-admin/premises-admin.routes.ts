import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/**
 * Rooms administration for coordinators, to be mounted by the app (e.g. at `/admin/rooms`, behind
 * `coordinatorGuard`): the sites, one site (hours, rooms, closures), a new room, a room.
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
      { path: ':siteId/rooms/new', loadComponent: () => import('./room-page').then((m) => m.RoomPage) },
      { path: ':siteId/rooms/:roomId', loadComponent: () => import('./room-page').then((m) => m.RoomPage) },
    ],
  },
];
