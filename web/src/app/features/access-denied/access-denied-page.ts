import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** Where the route guards send a signed-in user to a section their roles do not open. */
@Component({
  selector: 'app-access-denied-page',
  imports: [MatButtonModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'accessDenied.title' | transloco }}</h1>
    <p>{{ 'accessDenied.message' | transloco }}</p>
    <a mat-flat-button routerLink="/">{{ 'accessDenied.backHome' | transloco }}</a>
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 0 0 0.75rem;
    }
    p {
      max-width: 60ch;
      font: var(--mat-sys-body-large);
    }
  `,
})
export class AccessDeniedPage {}
