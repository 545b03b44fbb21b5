import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiHealthStatus } from './api-health-status';

@Component({
  selector: 'app-home-page',
  imports: [ApiHealthStatus, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'home.title' | transloco }}</h1>
    <p class="intro">{{ 'home.intro' | transloco }}</p>
    <app-api-health-status />
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 0 0 0.75rem;
    }
    .intro {
      max-width: 65ch;
      margin: 0 0 1.5rem;
      font: var(--mat-sys-body-large);
    }
  `,
})
export class HomePage {}
