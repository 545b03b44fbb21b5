import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { AppLanguage } from '../../../core/i18n/app-language';
import { DEFAULT_TIME_ZONE } from '../../../core/locale/date-time-format';
import { LocaleFormat } from '../../../core/locale/locale-format';
import { HoursPipe } from '../hours.pipe';
import { dateAsInstant, weekdayOfDate } from '../staff-time';
import { QuotaOverruns } from './quota-overruns';
import type { HourRequestProblem } from './request-problem';

/** How many refused occurrences are listed before « … et N autres ». */
const SHOWN = 10;

/**
 * Explains a refused hour request: when the employee does not work or is on leave, which
 * daily or weekly maximum would be passed, how far over the agreement it goes, what is taken.
 * The alert region stays in the page so screen readers announce each new problem.
 */
@Component({
  selector: 'app-request-problem-message',
  imports: [HoursPipe, QuotaOverruns, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="alert" class="problem" [class.shown]="!!problem()">
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
                          weekday: ('staff.weekdays.' + weekday(cap.date) | transloco),
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
        @case ('message') {
          @let error = message();
          @if (error && 'key' in error) {
            <p>{{ error.key | transloco: error.params }}</p>
          } @else if (error && 'text' in error) {
            <p>{{ error.text }}</p>
          }
        }
      }
      @if (hidden() > 0) {
        <p>{{ 'staff.request.errors.andMore' | transloco: { count: hidden() } }}</p>
      }
    </div>
  `,
  styles: `
    .problem.shown {
      margin: 0 0 1rem;
      padding: 0.75rem 1rem;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font: var(--mat-sys-body-medium);
    }
    p {
      margin: 0;
    }
    ul {
      margin: 0.5rem 0 0;
      padding-inline-start: 1.25rem;
    }
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
    return problem?.kind === 'outsideWorkingHours' ? problem.occurrences.slice(0, SHOWN) : [];
  });
  protected readonly onLeave = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'onLeave' ? problem.occurrences.slice(0, SHOWN) : [];
  });
  protected readonly caps = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'caps' ? problem.caps.slice(0, SHOWN) : [];
  });
  protected readonly overruns = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'quota' ? problem.overruns.slice(0, SHOWN) : [];
  });
  protected readonly conflicts = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'conflicts' ? problem.conflicts.slice(0, SHOWN) : [];
  });
  protected readonly message = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'message' ? problem.error : null;
  });
  protected readonly hidden = computed(() => Math.max(0, listedCount(this.problem()) - SHOWN));

  protected range(start: string, end: string): string {
    return `${this.format.formatDateTime(start, this.timeZone())} – ${this.format.formatTime(end, this.timeZone())}`;
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
