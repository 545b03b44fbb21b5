import type { CalendarOptions } from '@fullcalendar/core';
import frCaLocale from '@fullcalendar/core/locales/fr-ca';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import timeGridPlugin from '@fullcalendar/timegrid';
import type { AppLang } from '../../core/i18n/app-language';
import { luxonTimeZonePlugin } from './luxon-time-zone-plugin';

export const CALENDAR_VIEWS = ['timeGridDay', 'timeGridWeek', 'dayGridMonth', 'listWeek'] as const;

/**
 * What does not depend on the data: views (day, week, month, list), Monday first, the language
 * and the zone the hours are shown in. English uses FullCalendar's built-in 'en'.
 */
/** The toolbar's words, in the app's language (FullCalendar's English ones are lower case). */
export interface CalendarButtonText {
  readonly today: string;
  readonly day: string;
  readonly week: string;
  readonly month: string;
  readonly list: string;
}

export function baseCalendarOptions(lang: AppLang, timeZone: string, buttonText: CalendarButtonText | null): CalendarOptions {
  return {
    plugins: [luxonTimeZonePlugin, dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin],
    initialView: 'timeGridWeek',
    headerToolbar: { left: 'prev,next today', center: 'title', right: CALENDAR_VIEWS.join(',') },
    ...(buttonText ? { buttonText: { ...buttonText } } : {}),
    locales: [frCaLocale],
    locale: lang === 'fr' ? 'fr-ca' : 'en',
    timeZone,
    firstDay: 1,
    weekNumberCalculation: 'ISO',
    allDaySlot: false,
    slotMinTime: '06:00:00',
    slotMaxTime: '23:00:00',
    scrollTime: '08:00:00',
    nowIndicator: true,
    height: 'auto',
    selectable: true,
    selectMirror: true,
    unselectAuto: true,
    eventInteractive: true,
    dayMaxEvents: true,
    // Coloured blocks in the month too (not dots), so organisations and pending bookings read at a glance.
    eventDisplay: 'block',
    displayEventEnd: true,
  };
}
