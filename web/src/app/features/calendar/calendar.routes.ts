import { Routes } from '@angular/router';
import { ComingSoon } from '../../shared/coming-soon/coming-soon';

// Placeholder until the calendar feature lands; its route data binds to ComingSoon's inputs.
export const calendarRoutes: Routes = [
  { path: '', component: ComingSoon, data: { titleKey: 'calendar.title', descriptionKey: 'calendar.description' } },
];
