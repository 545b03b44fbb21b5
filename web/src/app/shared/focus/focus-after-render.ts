import { afterNextRender, type ElementRef, type Injector } from '@angular/core';

/**
 * Moves focus to `target` once Angular has rendered what was just set (a problem, a result),
 * and brings it into view: feedback appears where the person acts and is read to them, and
 * focus is never left on a button that disappeared.
 */
export function focusAfterRender(injector: Injector, target: () => ElementRef<HTMLElement> | undefined): void {
  afterNextRender(
    () => {
      const element = target()?.nativeElement;
      if (!element) return;
      element.focus();
      element.scrollIntoView?.({ block: 'nearest' });
    },
    { injector },
  );
}
