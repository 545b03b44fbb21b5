import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'app-not-found-page',
  imports: [MatButtonModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'notFound.title' | transloco }}</h1>
    <p>{{ 'notFound.message' | transloco }}</p>
    <a mat-flat-button routerLink="/">{{ 'notFound.backHome' | transloco }}</a>
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 0 0 0.75rem;
    }
    p {
      font: var(--mat-sys-body-large);
    }
  `,
})
export class NotFoundPage {}
