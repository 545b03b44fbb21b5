import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { InlineError } from '../../core/http/inline-error';

/**
 * The error of a form or a section, read out by screen readers as soon as it appears: the alert
 * region is always in the page, only its text changes.
 */
@Component({
  selector: 'app-inline-error-message',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="alert" class="inline-error" [class.shown]="!!error()">
      @let current = error();
      @if (current) {
        @if ('key' in current) {
          {{ current.key | transloco: current.params }}
        } @else {
          {{ current.text }}
        }
      }
    </div>
  `,
  styles: `
    .inline-error.shown {
      margin: 0 0 1rem;
      padding: 0.75rem 1rem;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class InlineErrorMessage {
  readonly error = input<InlineError | null>(null);
}
