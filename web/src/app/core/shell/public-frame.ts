import { ChangeDetectionStrategy, Component, ElementRef, viewChild } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageSwitch } from './language-switch';

/**
 * What a signed-out visitor (login, invitation, password reset) sees around the page: the name and
 * the language switch. Kept apart from the Shell so that the login page loads no navigation,
 * drawer, menus or notifications (its budget is 150 kB of compressed JavaScript).
 */
@Component({
  selector: 'app-public-frame',
  imports: [LanguageSwitch, RouterLink, RouterOutlet, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skip-link" href="#main-content" (click)="skipToMainContent($event)">{{ 'shell.skipToContent' | transloco }}</a>
    <header class="top-bar">
      <div class="bar">
        <a class="brand" routerLink="/">{{ 'app.name' | transloco }}</a>
        <span class="spacer"></span>
        <app-language-switch />
      </div>
    </header>
    <main #main id="main-content" class="content" tabindex="-1">
      <router-outlet />
    </main>
  `,
  styleUrl: './shell.scss',
  styles: `
    .bar {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-height: 64px;
      padding: 0 16px;
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface);
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .content {
      overflow: auto;
    }
  `,
})
export class PublicFrame {
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  /** Moves focus rather than following `#main-content`, which `<base href>` would turn into a navigation to `/`. */
  protected skipToMainContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
