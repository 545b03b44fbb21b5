import { inject } from '@angular/core';
import { Routes } from '@angular/router';
import { coordinatorGuard } from '../../core/auth/auth-guards';
import { Session } from '../../core/auth/session';
import { AdminLayout } from './admin-layout';

/** Reached by coordinators and organisation admins only (see `administrationGuard` in app.routes). */
export const adminRoutes: Routes = [
  {
    path: '',
    component: AdminLayout,
    children: [
      {
        path: '',
        pathMatch: 'full',
        redirectTo: () => (inject(Session).isCoordinator() ? '/admin/networks' : '/admin/organisations'),
      },
      {
        path: 'networks',
        title: 'admin.networks.title',
        canActivate: [coordinatorGuard],
        loadComponent: () => import('./networks/networks-page').then((m) => m.NetworksPage),
      },
      {
        path: 'organisations',
        title: 'admin.organisations.title',
        loadComponent: () => import('./organisations/organisations-page').then((m) => m.OrganisationsPage),
      },
      {
        path: 'organisations/:organisationId',
        title: 'admin.organisation.title',
        loadComponent: () => import('./organisations/organisation-page').then((m) => m.OrganisationPage),
      },
      {
        path: 'rooms',
        title: 'admin.rooms.title',
        canActivate: [coordinatorGuard],
        loadChildren: () => import('../premises-admin/premises-admin.routes').then((m) => m.PREMISES_ADMIN_ROUTES),
      },
      {
        path: 'journal',
        title: 'admin.journal.title',
        loadComponent: () => import('./journal/journal-page').then((m) => m.JournalPage),
      },
    ],
  },
];
