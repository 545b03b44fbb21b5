import { inject } from '@angular/core';
import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { administrationGuard, coordinatorGuard } from '../../core/auth/auth-guards';
import { Session } from '../../core/auth/session';
import { defaultStaffPath, employeeGuard } from './staff-sections';
import { StaffLayout } from './staff-layout';

/**
 * `/staff`: « Mon horaire » (pooled employees), « Demander des heures » (members of an
 * organisation), the staff administration (coordinators) and « Feuilles de temps » (organisation
 * admins and coordinators), as tabs of one layout.
 */
export const staffRoutes: Routes = [
  {
    path: '',
    component: StaffLayout,
    providers: [provideTranslocoScope('staff', 'recurrence')],
    children: [
      { path: '', pathMatch: 'full', redirectTo: () => defaultStaffPath(inject(Session)) },
      {
        path: 'my-schedule',
        canActivate: [employeeGuard],
        loadComponent: () => import('./my-schedule/my-schedule-page').then((m) => m.MySchedulePage),
      },
      {
        path: 'request',
        loadComponent: () => import('./request/request-hours-page').then((m) => m.RequestHoursPage),
      },
      {
        path: 'timesheets',
        canActivate: [administrationGuard],
        loadComponent: () => import('./timesheets/timesheet-review-page').then((m) => m.TimesheetReviewPage),
      },
      {
        path: 'admin',
        canActivate: [coordinatorGuard],
        children: [
          { path: '', pathMatch: 'full', loadComponent: () => import('./admin/staff-list-page').then((m) => m.StaffListPage) },
          { path: 'new', loadComponent: () => import('./admin/staff-edit-page').then((m) => m.StaffEditPage) },
          { path: ':staffId', loadComponent: () => import('./admin/staff-edit-page').then((m) => m.StaffEditPage) },
        ],
      },
    ],
  },
];
