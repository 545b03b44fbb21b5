import { Routes } from '@angular/router';
import { ComingSoon } from '../../shared/coming-soon/coming-soon';

// Placeholder until the staff feature lands; its route data binds to ComingSoon's inputs.
export const staffRoutes: Routes = [
  { path: '', component: ComingSoon, data: { titleKey: 'staff.title', descriptionKey: 'staff.description' } },
];
