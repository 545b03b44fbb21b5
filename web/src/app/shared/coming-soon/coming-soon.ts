import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** The page of a section not built yet: its title, a « À venir » badge and what it will do. */
@Component({
  selector: 'app-coming-soon',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ titleKey() | transloco }}</h1>
    <p class="badge">{{ 'comingSoon.badge' | transloco }}</p>
    <p class="description">{{ descriptionKey() | transloco }}</p>
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 0 0 0.75rem;
    }
    .badge {
      display: inline-block;
      margin: 0 0 1rem;
      padding: 0.25rem 0.75rem;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      font: var(--mat-sys-label-large);
    }
    .description {
      max-width: 60ch;
      font: var(--mat-sys-body-large);
    }
  `,
})
export class ComingSoon {
  /** Translation keys, e.g. `calendar.title` and `calendar.description`. */
  readonly titleKey = input.required<string>();
  readonly descriptionKey = input.required<string>();
}
