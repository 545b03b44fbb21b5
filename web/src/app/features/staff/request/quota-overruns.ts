import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { AppLanguage } from '../../../core/i18n/app-language';
import { LocaleFormat } from '../../../core/locale/locale-format';
import { HoursPipe } from '../hours.pipe';
import { quotaPeriodLabel, type QuotaPeriodLike, type TranslatedLabel } from '../quota-period-label';
import { dateAsInstant } from '../staff-time';
import type { QuotaOverrun } from './request-problem';

/** The periods a request goes over the organisation's agreement: « mars 2026 : 12 h allouées, 10 h déjà réservées, 4 h demandées ». */
@Component({
  selector: 'app-quota-overruns',
  imports: [HoursPipe, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul>
      @for (overrun of overruns(); track overrun.period.start) {
        @let label = periodLabel(overrun.period);
        <li>
          {{
            'staff.quota.line'
              | transloco
                : {
                    period: (label.key | transloco: label.params),
                    allotted: (overrun.allottedMinutes | hours: lang()),
                    used: (overrun.usedMinutes | hours: lang()),
                    requested: (overrun.requestedMinutes | hours: lang()),
                  }
          }}
        </li>
      }
    </ul>
  `,
  styles: `
    ul {
      margin: 0.5rem 0 0;
      padding-inline-start: 1.25rem;
    }
  `,
})
export class QuotaOverruns {
  private readonly format = inject(LocaleFormat);
  protected readonly lang = inject(AppLanguage).lang;

  readonly overruns = input.required<readonly QuotaOverrun[]>();

  protected periodLabel(period: QuotaPeriodLike): TranslatedLabel {
    return quotaPeriodLabel(period, (date) => this.format.formatDate(dateAsInstant(date), 'UTC'));
  }
}
