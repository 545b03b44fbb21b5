import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { coordinatorGuard } from '../../core/auth/auth-guards';
import { ReportsLayout } from './reports-layout';
import { coordinatorMatch } from './reports-sections';

/**
 * `/reports`: the cost-allocation report (coordinators) or « Ce que nous devons » (members),
 * `/reports/mine` for a coordinator who also belongs to an organisation, `/reports/pools` for the
 * cost pools. Child routes have no `title`: it would live in the lazily loaded `reports` scope.
 */
export const reportsRoutes: Routes = [
  {
    path: '',
    component: ReportsLayout,
    providers: [provideTranslocoScope('reports')],
    children: [
      {
        path: '',
        pathMatch: 'full',
        canMatch: [coordinatorMatch],
        loadComponent: () => import('./allocation-report-page').then((m) => m.AllocationReportPage),
      },
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./member-statement-page').then((m) => m.MemberStatementPage),
      },
      {
        path: 'mine',
        loadComponent: () => import('./member-statement-page').then((m) => m.MemberStatementPage),
      },
      {
        path: 'pools',
        canActivate: [coordinatorGuard],
        loadComponent: () => import('./pools/cost-pools-page').then((m) => m.CostPoolsPage),
      },
    ],
  },
];
