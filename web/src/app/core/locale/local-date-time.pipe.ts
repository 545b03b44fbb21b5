import { Pipe, PipeTransform } from '@angular/core';
import type { AppLocale } from '../i18n/app-language';
import { DateTimeStyle, DEFAULT_TIME_ZONE, formatInstant } from './date-time-format';

/**
 * `{{ startsAt | localDateTime: locale() : 'time' : resource.timeZone }}`; the style defaults
 * to `dateTime` and the zone to America/Toronto. Pure: the locale is an argument.
 */
@Pipe({ name: 'localDateTime' })
export class LocalDateTimePipe implements PipeTransform {
  transform(
    iso: string | null | undefined,
    locale: AppLocale,
    style: DateTimeStyle = 'dateTime',
    timeZone = DEFAULT_TIME_ZONE,
  ): string {
    return iso ? formatInstant(iso, style, locale, timeZone) : '';
  }
}
