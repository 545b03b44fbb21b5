import { Routes } from '@angular/router';
import { ComingSoon } from '../../shared/coming-soon/coming-soon';

// Placeholder until the admin feature lands; its route data binds to ComingSoon's inputs.
export const adminRoutes: Routes = [
  { path: '', component: ComingSoon, data: { titleKey: 'admin.title', descriptionKey: 'admin.description' } },
];
