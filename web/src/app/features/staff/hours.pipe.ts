import { Pipe, PipeTransform } from '@angular/core';
import type { AppLang } from '../../core/i18n/app-language';
import { formatHours } from '@mutualis/domain';

/** `{{ minutes | hours: lang() }}` → « 7 h 30 ». Pure: the language is an argument, so switches re-render. */
@Pipe({ name: 'hours' })
export class HoursPipe implements PipeTransform {
  transform(minutes: number | null | undefined, lang: AppLang): string {
    return minutes === null || minutes === undefined ? '' : formatHours(minutes, lang);
  }
}
