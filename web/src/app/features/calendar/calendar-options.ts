import type { CalendarOptions } from '@fullcalendar/core';
import frCaLocale from '@fullcalendar/core/locales/fr-ca';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import timeGridPlugin from '@fullcalendar/timegrid';
import { type AppLang, type AppLocale, localeOf } from '../../core/i18n/app-language';
import { formatWallClock } from '../../core/locale/date-time-format';
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

export function baseCalendarOptions(
  lang: AppLang,
  timeZone: string,
  buttonText: CalendarButtonText | null,
  narrow = false,
): CalendarOptions {
  return {
    plugins: [luxonTimeZonePlugin, dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin],
    // Below 600 px a week of seven columns is unreadable: phones open on the list (agenda).
    initialView: narrow ? 'listWeek' : 'timeGridWeek',
    headerToolbar: narrow
      ? { left: 'prev,next', center: '', right: 'today' }
      : { left: 'prev,next today', center: 'title', right: CALENDAR_VIEWS.join(',') },
    ...(narrow ? { footerToolbar: { left: 'title', right: CALENDAR_VIEWS.join(',') } } : {}),
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
    // A month cell is narrow: the start time alone, and the title wraps rather than being cut (see the page's styles).
    views: { dayGridMonth: { displayEventEnd: false } },
    // What, where, for whom and when, on hover as well as in the block (long titles are cut there).
    eventDidMount: ({ el, event, timeText }) => el.setAttribute('title', `${timeText} ${event.title}`.trim()),
    // The app's one time formatter everywhere: « 9 h », « 9 h 30 – 11 h » / « 9:00 a.m. ».
    slotLabelFormat: (arg) => timeOf(arg.date, localeOf(lang)),
    eventTimeFormat: (arg) => timeRangeOf(arg, localeOf(lang)),
    // « lun. 30 nov. », « mar. 1er déc. » / « Mon, Nov 30 »: weekday and date, never « 11-30 ».
    dayHeaderFormat: (arg) => dayHeaderOf(arg.date.marker, localeOf(lang)),
  };
}

function timeOf(date: WallClock, locale: AppLocale): string {
  return formatWallClock(date.hour, date.minute, locale);
}

interface WallClock {
  readonly hour: number;
  readonly minute: number;
}

/** What FullCalendar hands a format function (its `VerboseFormattingArg`, not exported). */
interface FormattedRange {
  readonly start: WallClock;
  readonly end?: WallClock;
}

function timeRangeOf(arg: FormattedRange, locale: AppLocale): string {
  const start = timeOf(arg.start, locale);
  return arg.end ? `${start} – ${timeOf(arg.end, locale)}` : start;
}

const headerFormats = new Map<AppLocale, Intl.DateTimeFormat>();

/** FullCalendar's markers hold the wall clock in their UTC fields. */
export function dayHeaderOf(marker: Date, locale: AppLocale): string {
  let format = headerFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    headerFormats.set(locale, format);
  }
  if (locale !== 'fr-CA') return format.format(marker);
  const parts = format.formatToParts(marker);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)?.value ?? '';
  const day = part('day') === '1' ? '1er' : part('day');
  return `${part('weekday')} ${day}\u00a0${part('month')}`;
}
