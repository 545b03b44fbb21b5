import { Routes } from '@angular/router';
import { ComingSoon } from '../../shared/coming-soon/coming-soon';

// Placeholder until the reports feature lands; its route data binds to ComingSoon's inputs.
export const reportsRoutes: Routes = [
  { path: '', component: ComingSoon, data: { titleKey: 'reports.title', descriptionKey: 'reports.description' } },
];
