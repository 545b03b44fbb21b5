import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** `/equipment`: « Matériel et véhicules » and « Entreposage »; `/equipment/loans`: the loan desk. */
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
    ],
  },
];
