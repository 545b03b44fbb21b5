import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { InlineError } from '../../core/http/inline-error';
import { DEFAULT_TIME_ZONE } from '../../core/locale/date-time-format';
import { LocaleFormat } from '../../core/locale/locale-format';
import type { BookingProblem } from './booking-problem';

/** How many blocked occurrences are listed before « … et N autres ». */
const SHOWN = 10;

/**
 * Explains why a booking failed: the taken slots (with the organisation when the network shows
 * it), the closures, the room's rules with their limits (« Durée minimale : 30 min »). The alert
 * region stays in the page so screen readers announce each new problem.
 */
@Component({
  selector: 'app-booking-problem-message',
  imports: [TranslocoPipe],
  providers: [provideTranslocoScope('bookings')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="alert" class="problem" [class.shown]="!!problem()">
      @let current = problem();
      @switch (current?.kind) {
        @case ('conflicts') {
          <p>{{ 'bookings.errors.conflict' | transloco }}</p>
          <ul>
            @for (conflict of conflicts(); track $index) {
              <li>
                {{ range(conflict.start, conflict.end) }} ·
                {{ conflict.organisationName || ('bookings.errors.anotherOrganisation' | transloco) }}
              </li>
            }
          </ul>
        }
        @case ('noneFree') {
          <p>{{ 'bookings.errors.noneFree' | transloco }}</p>
          <ul>
            @for (skip of skipped(); track $index) {
              <li>
                {{ format.formatDateTime(skip.start, timeZone()) }} · {{ 'bookings.skipReason.' + skip.reason | transloco }}
              </li>
            }
          </ul>
        }
        @case ('outsideHours') {
          <p>{{ 'bookings.errors.outsideHours' | transloco }}</p>
          <ul>
            @for (occurrence of blocked(); track $index) {
              <li>
                {{
                  occurrence.end ? range(occurrence.start, occurrence.end) : format.formatDateTime(occurrence.start, timeZone())
                }}
              </li>
            }
          </ul>
        }
        @case ('blackout') {
          <p>{{ 'bookings.errors.blackout' | transloco }}</p>
          <ul>
            @for (occurrence of blocked(); track $index) {
              <li>
                {{ format.formatDateTime(occurrence.start, timeZone()) }}
                @if (occurrence.reason) {
                  · {{ occurrence.reason }}
                }
              </li>
            }
          </ul>
        }
        @case ('rules') {
          <p>{{ 'bookings.errors.rules' | transloco }}</p>
          <ul>
            @for (violation of violations(); track violation.rule) {
              <li>{{ 'bookings.rules.' + violation.rule | transloco: { limit: violation.limit } }}</li>
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
        <p>{{ 'bookings.errors.andMore' | transloco: { count: hidden() } }}</p>
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
export class BookingProblemMessage {
  protected readonly format = inject(LocaleFormat);

  readonly problem = input<BookingProblem | null>(null);
  /** The room's zone, in which dates and times are shown. */
  readonly timeZone = input(DEFAULT_TIME_ZONE);

  protected readonly conflicts = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'conflicts' ? problem.conflicts.slice(0, SHOWN) : [];
  });
  protected readonly skipped = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'noneFree' ? problem.skipped.slice(0, SHOWN) : [];
  });
  protected readonly blocked = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'outsideHours' || problem?.kind === 'blackout' ? problem.occurrences.slice(0, SHOWN) : [];
  });
  protected readonly violations = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'rules' ? problem.violations : [];
  });
  protected readonly message = computed<InlineError | null>(() => {
    const problem = this.problem();
    return problem?.kind === 'message' ? problem.error : null;
  });
  protected readonly hidden = computed(() => Math.max(0, listedCount(this.problem()) - SHOWN));

  protected range(start: string, end: string): string {
    return `${this.format.formatDateTime(start, this.timeZone())} – ${this.format.formatTime(end, this.timeZone())}`;
  }
}

function listedCount(problem: BookingProblem | null): number {
  switch (problem?.kind) {
    case 'conflicts':
      return problem.conflicts.length;
    case 'noneFree':
      return problem.skipped.length;
    case 'outsideHours':
    case 'blackout':
      return problem.occurrences.length;
    default:
      return 0;
  }
}
