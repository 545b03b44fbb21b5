import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { InlineError } from '../../core/http/inline-error';
import { DEFAULT_TIME_ZONE } from '../../core/locale/date-time-format';
import { LocaleFormat } from '../../core/locale/locale-format';
import { BookingProblemAlert, listedOf, rangeText } from '../../shared/booking-problem/booking-problem-alert';
import type { BookingProblem } from './booking-problem';

/**
 * Explains why a booking failed, in the shared alert: the taken slots (with the organisation
 * when the network shows it), the closures, the room's rules with their limits
 * (« Durée minimale : 30 min »).
 */
@Component({
  selector: 'app-booking-problem-message',
  imports: [BookingProblemAlert, TranslocoPipe],
  providers: [provideTranslocoScope('bookings')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-booking-problem-alert moreKey="bookings.errors.andMore" [shown]="!!problem()" [message]="message()" [listed]="listed()">
      @let current = problem();
      @if (partName(); as name) {
        <p class="booking-problem-part">{{ 'bookings.errors.part' | transloco: { name } }}</p>
      }
      @switch (current?.kind) {
        @case ('conflicts') {
          <p>{{ 'bookings.errors.conflict' | transloco: { count: conflictCount() } }}</p>
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
      }
      @if (help(); as helpKey) {
        <p class="booking-problem-help">{{ helpKey | transloco }}</p>
      }
    </app-booking-problem-alert>
  `,
})
export class BookingProblemMessage {
  protected readonly format = inject(LocaleFormat);

  readonly problem = input<BookingProblem | null>(null);
  /** The room's zone, in which dates and times are shown. */
  readonly timeZone = input(DEFAULT_TIME_ZONE);
  /** Whether the form offers to skip the blocked occurrences (a series): the advice says so. */
  readonly canSkip = input(false);

  protected readonly conflicts = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'conflicts' ? listedOf(problem.conflicts) : [];
  });
  protected readonly skipped = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'noneFree' ? listedOf(problem.skipped) : [];
  });
  protected readonly blocked = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'outsideHours' || problem?.kind === 'blackout' ? listedOf(problem.occurrences) : [];
  });
  protected readonly violations = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'rules' ? problem.violations : [];
  });
  protected readonly message = computed<InlineError | null>(() => {
    const problem = this.problem();
    return problem?.kind === 'message' ? problem.error : null;
  });
  protected readonly listed = computed(() => listedCount(this.problem()));
  /** The refused item of a room booking with equipment; the API's own message already names it. */
  protected readonly partName = computed(() => {
    const problem = this.problem();
    if (problem?.part?.kind !== 'equipment') return null;
    if (problem.kind === 'message' && 'text' in problem.error) return null;
    return problem.part.resourceName || null;
  });
  protected readonly conflictCount = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'conflicts' ? problem.conflicts.length : 0;
  });
  /** What to do about the problem; conflicts, closures and opening hours can be stepped around. */
  protected readonly help = computed(() => {
    const kind = this.problem()?.kind;
    if (kind !== 'conflicts' && kind !== 'blackout' && kind !== 'outsideHours') return null;
    return this.canSkip() ? 'bookings.errors.helpSkip' : 'bookings.errors.helpMove';
  });

  protected range(start: string, end: string): string {
    return rangeText(this.format, start, end, this.timeZone());
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
