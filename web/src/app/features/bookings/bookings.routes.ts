import { Routes } from '@angular/router';
import { ComingSoon } from '../../shared/coming-soon/coming-soon';

// Placeholder until the bookings feature lands; its route data binds to ComingSoon's inputs.
export const bookingsRoutes: Routes = [
  { path: '', component: ComingSoon, data: { titleKey: 'bookings.title', descriptionKey: 'bookings.description' } },
];
