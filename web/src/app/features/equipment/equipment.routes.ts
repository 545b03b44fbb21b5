import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/**
 * `/equipment`: « Matériel et véhicules » and « Entreposage »; `/equipment/loans`: the loan desk;
 * `/equipment/storage`: the storage plan of a site.
 */
export const equipmentRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('equipment')],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./equipment-catalogue-page').then((m) => m.EquipmentCataloguePage),
      },
      { path: 'loans', loadComponent: () => import('./loan-desk-page').then((m) => m.LoanDeskPage) },
      { path: 'storage', loadComponent: () => import('./storage-plan-page').then((m) => m.StoragePlanPage) },
    ],
  },
];
