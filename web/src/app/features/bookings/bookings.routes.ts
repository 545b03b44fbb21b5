import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { coordinatorGuard } from '../../core/auth/auth-guards';
import { BookingsLayout } from './bookings-layout';

/** `/bookings`: the active organisation's bookings; `/bookings/approvals` for coordinators. */
export const bookingsRoutes: Routes = [
  {
    path: '',
    component: BookingsLayout,
    providers: [provideTranslocoScope('bookings', 'recurrence')],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./my-bookings-page').then((m) => m.MyBookingsPage),
      },
      {
        path: 'approvals',
        canActivate: [coordinatorGuard],
        loadComponent: () => import('./approvals-page').then((m) => m.ApprovalsPage),
      },
    ],
  },
];
