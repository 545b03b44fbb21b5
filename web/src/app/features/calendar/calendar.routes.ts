import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { CalendarPage } from './calendar-page';

/** `/calendar` (lazy, with FullCalendar in its own chunk). */
export const calendarRoutes: Routes = [
  { path: '', component: CalendarPage, providers: [provideTranslocoScope('calendar', 'bookings', 'recurrence')] },
];
