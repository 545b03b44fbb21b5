import { buildMessage, isISO8601, ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * Date validators for request fields. A pattern alone lets `2026-02-30` through to PostgreSQL,
 * which refuses it with an error (a 500); these check that the day exists. Years stay within
 * 1000–9999: PostgreSQL has no year 0, and a five-digit year is a typo, not a plan.
 */

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const LOCAL_MONTH = /^(\d{4})-(\d{2})$/;
/** A wall-clock time of day; 24:00 ends a day that is open until midnight. */
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

function dayExists(year: number, month: number, day: number): boolean {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isLocalDate(value: unknown): value is string {
  const match = typeof value === 'string' ? LOCAL_DATE.exec(value) : null;
  return match !== null && dayExists(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isLocalDateTime(value: unknown): value is string {
  const match = typeof value === 'string' ? LOCAL_DATE_TIME.exec(value) : null;
  return (
    match !== null &&
    dayExists(Number(match[1]), Number(match[2]), Number(match[3])) &&
    Number(match[4]) <= 23 &&
    Number(match[5]) <= 59
  );
}

/** An ISO-8601 instant or date (`2026-12-24T00:00:00-05:00`, `2026-12-24`) on a day that exists. */
export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !isISO8601(value, { strict: true })) return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match !== null && dayExists(Number(match[1]), Number(match[2]), Number(match[3])) && Number.isFinite(Date.parse(value));
}

/** A calendar date `YYYY-MM-DD` that exists. */
export const IsLocalDate = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isLocalDate',
      validator: {
        validate: isLocalDate,
        defaultMessage: buildMessage((each) => `${each}$property must be a real date 'YYYY-MM-DD'`, options),
      },
    },
    options,
  );

/** A wall-clock date and time `YYYY-MM-DDTHH:mm` on a day that exists. */
export const IsLocalDateTime = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isLocalDateTime',
      validator: {
        validate: isLocalDateTime,
        defaultMessage: buildMessage((each) => `${each}$property must be a local date and time 'YYYY-MM-DDTHH:mm'`, options),
      },
    },
    options,
  );

/** A time of day `HH:mm` (00:00 to 24:00). */
export const IsTimeOfDay = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isTimeOfDay',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && TIME_OF_DAY.test(value),
        defaultMessage: buildMessage((each) => `${each}$property must be 'HH:mm'`, options),
      },
    },
    options,
  );

/** A month `YYYY-MM`. */
export const IsLocalMonth = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isLocalMonth',
      validator: {
        validate: (value: unknown) => {
          const match = typeof value === 'string' ? LOCAL_MONTH.exec(value) : null;
          return match !== null && dayExists(Number(match[1]), Number(match[2]), 1);
        },
        defaultMessage: buildMessage((each) => `${each}$property must be a month 'YYYY-MM'`, options),
      },
    },
    options,
  );

/** An ISO-8601 instant (or date) on a day that exists. */
export const IsInstant = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: isInstant,
        defaultMessage: buildMessage((each) => `${each}$property must be an ISO-8601 date and time`, options),
      },
    },
    options,
  );

/** The end of a window comes strictly after its start (exclusive ends, periods of time). */
export const IsAfter = (start: string, options?: ValidationOptions): PropertyDecorator =>
  comparedWith(start, 'isAfter', 'after', (end, begin) => end > begin, options);

/** The end of a window is not before its start (inclusive ends: the same day is one day). */
export const IsNotBefore = (start: string, options?: ValidationOptions): PropertyDecorator =>
  comparedWith(start, 'isNotBefore', 'on or after', (end, begin) => end >= begin, options);

/** Skipped while either side is not a date: their own validators say why. */
function comparedWith(
  start: string,
  name: string,
  relation: string,
  holds: (end: number, begin: number) => boolean,
  options?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name,
      constraints: [start],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const other = args ? (args.object as Record<string, unknown>)[start] : undefined;
          if (typeof value !== 'string' || typeof other !== 'string') return true;
          const [end, begin] = [Date.parse(value), Date.parse(other)];
          return !Number.isFinite(end) || !Number.isFinite(begin) || holds(end, begin);
        },
        defaultMessage: buildMessage((each) => `${each}$property must be ${relation} ${start}`, options),
      },
    },
    options,
  );
}
