import { Pipe, PipeTransform } from '@angular/core';
import type { AppLocale } from '../i18n/app-language';
import { formatMoney } from './money-format';

/**
 * `{{ amountCents | money: locale() }}` with `locale = inject(LocaleFormat).locale`.
 * The locale is an argument so the pipe stays pure and still follows language switches.
 */
@Pipe({ name: 'money' })
export class MoneyPipe implements PipeTransform {
  transform(cents: number | null | undefined, locale: AppLocale): string {
    return cents === null || cents === undefined ? '' : formatMoney(cents, locale);
  }
}
