import { addDays, formatLocalDate, isoWeekday, parseLocalDate, type WallClock } from '../wall-clock/wall-clock';
import { easterSunday } from './easter-sunday';

export interface QuebecHoliday {
  /** 'YYYY-MM-DD' */
  date: string;
  /** French name, as shown in the French UI. */
  name: string;
  nameEn: string;
}

const MONDAY = 1;
const SUNDAY = 7;

/**
 * The statutory general holidays of Quebec (Act respecting labour standards, s. 60, and the
 * Act respecting the Fête nationale) for a year, in date order.
 *
 * Left out on purpose: the National Day for Truth and Reconciliation (September 30) is a
 * holiday only for federally regulated workplaces; Quebec's labour standards do not list it,
 * so community organisations under Quebec law stay open.
 *
 * Good Friday: the Act lets each employer choose Good Friday or Easter Monday; we use Good
 * Friday, the usual choice.
 */
export function quebecHolidays(year: number): QuebecHoliday[] {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`quebecHolidays needs a Gregorian year, got ${year}`);
  }
  const easter = easterSunday(year);
  const july1 = day(year, 7, 1);
  return [
    holiday(day(year, 1, 1), "Jour de l'An", "New Year's Day"),
    holiday(addDays(day(year, easter.month, easter.day), -2), 'Vendredi saint', 'Good Friday'),
    holiday(mondayBefore(day(year, 5, 25)), 'Journée nationale des patriotes', "National Patriots' Day"),
    // The Act respecting the Fête nationale moves the day off to June 25 for employees who do
    // not usually work on Sundays when June 24 is a Sunday; as specified, we keep June 24.
    holiday(day(year, 6, 24), 'Fête nationale du Québec', "Quebec's National Holiday"),
    holiday(isoWeekday(july1) === SUNDAY ? day(year, 7, 2) : july1, 'Fête du Canada', 'Canada Day'),
    holiday(nthMonday(year, 9, 1), 'Fête du Travail', 'Labour Day'),
    holiday(nthMonday(year, 10, 2), 'Action de grâce', 'Thanksgiving'),
    holiday(day(year, 12, 25), 'Noël', 'Christmas Day'),
  ];
}

/** The Quebec statutory holiday falling on a 'YYYY-MM-DD' date, if any. */
export function quebecHolidayOn(date: string): QuebecHoliday | undefined {
  const parsed = parseLocalDate(date);
  if (!parsed) throw new RangeError(`quebecHolidayOn needs a 'YYYY-MM-DD' date, got '${date}'`);
  return quebecHolidays(parsed.year).find((holiday) => holiday.date === date);
}

function holiday(date: WallClock, name: string, nameEn: string): QuebecHoliday {
  return { date: formatLocalDate(date), name, nameEn };
}

function day(year: number, month: number, dayOfMonth: number): WallClock {
  return { year, month, day: dayOfMonth, hour: 0, minute: 0 };
}

/** The last Monday strictly before `date`. */
function mondayBefore(date: WallClock): WallClock {
  const daysBack = ((isoWeekday(date) - MONDAY + 6) % 7) + 1;
  return addDays(date, -daysBack);
}

function nthMonday(year: number, month: number, nth: number): WallClock {
  const first = day(year, month, 1);
  const toFirstMonday = (MONDAY - isoWeekday(first) + 7) % 7;
  return addDays(first, toFirstMonday + (nth - 1) * 7);
}
