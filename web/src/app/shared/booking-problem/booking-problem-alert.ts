import { ChangeDetectionStrategy, Component, computed, input, ViewEncapsulation } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { InlineError } from '../../core/http/inline-error';
import type { LocaleFormat } from '../../core/locale/locale-format';

/** How many occurrences, caps or overruns a problem lists before « … et N autres ». */
export const LISTED_AT_MOST = 10;

/** The first items of a problem's list, as many as it shows. */
export function listedOf<T>(items: readonly T[]): readonly T[] {
  return items.slice(0, LISTED_AT_MOST);
}

/** An occurrence as problems list it: « 2 mars 2026 09 h 00 – 10 h 00 », in the resource's zone. */
export function rangeText(format: LocaleFormat, start: string, end: string, timeZone: string): string {
  return `${format.formatDateTime(start, timeZone)} – ${format.formatTime(end, timeZone)}`;
}

/**
 * The alert region that explains why the API refused a booking or an hour request. The feature
 * projects its explanation (the taken slots, the closures, the rules…); a problem without one
 * shows its `message`, and lists longer than `LISTED_AT_MOST` end with the feature's `moreKey`
 * (« … et N autres »). The region stays in the page so screen readers announce each new problem.
 */
@Component({
  selector: 'app-booking-problem-alert',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Unencapsulated so the feature's projected sentences and lists get the same spacing.
  encapsulation: ViewEncapsulation.None,
  template: `
    <div role="alert" class="booking-problem" [class.shown]="shown()">
      <ng-content />
      @let error = message();
      @if (error && 'key' in error) {
        <p>{{ error.key | transloco: error.params }}</p>
      } @else if (error && 'text' in error) {
        <p>{{ error.text }}</p>
      }
      @if (hidden() > 0) {
        <p>{{ moreKey() | transloco: { count: hidden() } }}</p>
      }
    </div>
  `,
  styles: `
    .booking-problem.shown {
      margin: 0 0 1rem;
      padding: 0.75rem 1rem;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font: var(--mat-sys-body-medium);
    }
    .booking-problem > p {
      margin: 0;
    }
    .booking-problem > ul {
      margin: 0.5rem 0 0;
      padding-inline-start: 1.25rem;
    }
  `,
})
export class BookingProblemAlert {
  /** Whether there is a problem to show. */
  readonly shown = input(false);
  /** A problem told in one sentence (the API's message or the feature's own). */
  readonly message = input<InlineError | null>(null);
  /** How many items the problem has in all, of which `LISTED_AT_MOST` are listed. */
  readonly listed = input(0);
  /** The feature's « … et {{ count }} autre(s). » key. */
  readonly moreKey = input.required<string>();

  protected readonly hidden = computed(() => Math.max(0, this.listed() - LISTED_AT_MOST));
}
