import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { AppLanguage } from '../../../core/i18n/app-language';
import { DEFAULT_TIME_ZONE } from '../../../core/locale/date-time-format';
import { LocaleFormat } from '../../../core/locale/locale-format';
import { BookingProblemAlert, listedOf, rangeText } from '../../../shared/booking-problem/booking-problem-alert';
import { HoursPipe } from '../hours.pipe';
import { dateAsInstant, weekdayOfDate } from '../staff-time';
import { QuotaOverruns } from './quota-overruns';
import type { HourRequestProblem } from './request-problem';

/**
 * Explains a refused hour request, in the shared alert: when the employee does not work or is
 * on leave, which daily or weekly maximum would be passed, how far over the agreement it goes,
 * what is taken.
 */
@Component({
  selector: 'app-request-problem-message',
  imports: [BookingProblemAlert, HoursPipe, QuotaOverruns, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-booking-problem-alert
      moreKey="staff.request.errors.andMore"
      [shown]="!!problem()"
      [message]="message()"
      [listed]="listed()"
    >
      @let current = problem();
      @switch (current?.kind) {
        @case ('outsideWorkingHours') {
          <p>{{ 'staff.request.errors.outsideWorkingHours' | transloco: { name: staffName() } }}</p>
          <ul>
            @for (occurrence of outside(); track $index) {
              <li>{{ range(occurrence.start, occurrence.end) }}</li>
            }
          </ul>
        }
        @case ('onLeave') {
          <p>{{ 'staff.request.errors.onLeave' | transloco: { name: staffName() } }}</p>
          <ul>
            @for (occurrence of onLeave(); track $index) {
              <li>
                {{ format.formatDateTime(occurrence.start, timeZone()) }} ·
                {{ 'staff.leave.kinds.' + occurrence.kind | transloco }}
              </li>
            }
          </ul>
        }
        @case ('caps') {
          <p>{{ 'staff.request.errors.caps' | transloco: { name: staffName() } }}</p>
          <ul>
            @for (cap of caps(); track $index) {
              <li>
                {{
                  'staff.request.errors.cap.' + cap.scope
                    | transloco
                      : {
                          weekday: ('weekdays.' + weekday(cap.date) | transloco),
                          date: day(cap.date),
                          total: (cap.totalMinutes | hours: lang()),
                          limit: (cap.limitMinutes | hours: lang()),
                        }
                }}
              </li>
            }
          </ul>
        }
        @case ('quota') {
          <p>{{ 'staff.request.errors.quota' | transloco }}</p>
          <app-quota-overruns [overruns]="overruns()" />
        }
        @case ('conflicts') {
          <p>{{ 'staff.request.errors.conflict' | transloco }}</p>
          <ul>
            @for (conflict of conflicts(); track $index) {
              <li>
                {{ range(conflict.start, conflict.end) }}
                @if (conflict.organisationName) {
                  · {{ conflict.organisationName }}
                }
              </li>
            }
          </ul>
        }
      }
    </app-booking-problem-alert>
  `,
})
export class RequestProblemMessage {
  protected readonly format = inject(LocaleFormat);
  protected readonly lang = inject(AppLanguage).lang;

  readonly problem = input<HourRequestProblem | null>(null);
  readonly staffName = input('');
  /** The employee's zone, in which dates and times are shown. */
  readonly timeZone = input(DEFAULT_TIME_ZONE);

  protected readonly outside = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'outsideWorkingHours' ? listedOf(problem.occurrences) : [];
  });
  protected readonly onLeave = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'onLeave' ? listedOf(problem.occurrences) : [];
  });
  protected readonly caps = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'caps' ? listedOf(problem.caps) : [];
  });
  protected readonly overruns = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'quota' ? listedOf(problem.overruns) : [];
  });
  protected readonly conflicts = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'conflicts' ? listedOf(problem.conflicts) : [];
  });
  protected readonly message = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'message' ? problem.error : null;
  });
  protected readonly listed = computed(() => listedCount(this.problem()));

  protected range(start: string, end: string): string {
    return rangeText(this.format, start, end, this.timeZone());
  }

  protected day(date: string): string {
    return this.format.formatDate(dateAsInstant(date), 'UTC');
  }

  protected weekday(date: string): number {
    return weekdayOfDate(date);
  }
}

function listedCount(problem: HourRequestProblem | null): number {
  switch (problem?.kind) {
    case 'outsideWorkingHours':
    case 'onLeave':
      return problem.occurrences.length;
    case 'caps':
      return problem.caps.length;
    case 'quota':
      return problem.overruns.length;
    case 'conflicts':
      return problem.conflicts.length;
    default:
      return 0;
  }
}
