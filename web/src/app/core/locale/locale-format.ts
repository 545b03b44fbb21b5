import { inject, Injectable } from '@angular/core';
import { AppLanguage } from '../i18n/app-language';
import { DEFAULT_TIME_ZONE, formatDate, formatDateTime, formatTime } from './date-time-format';
import { formatMoney } from './money-format';

/**
 * The one place the app formats money and dates for people. Each method reads the active
 * locale signal, so a `computed()` or template calling it re-renders on a language switch.
 */
@Injectable({ providedIn: 'root' })
export class LocaleFormat {
  readonly locale = inject(AppLanguage).locale;

  formatMoney(cents: number): string {
    return formatMoney(cents, this.locale());
  }

  formatDate(iso: string, timeZone = DEFAULT_TIME_ZONE): string {
    return formatDate(iso, this.locale(), timeZone);
  }

  formatTime(iso: string, timeZone = DEFAULT_TIME_ZONE): string {
    return formatTime(iso, this.locale(), timeZone);
  }

  formatDateTime(iso: string, timeZone = DEFAULT_TIME_ZONE): string {
    return formatDateTime(iso, this.locale(), timeZone);
  }
}
