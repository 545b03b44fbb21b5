import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

export interface SectionTab {
  readonly path: string;
  readonly labelKey: string;
  /** For a tab at the feature's root (`/reports`), which must not stay active on its siblings. */
  readonly exact?: boolean;
}

/**
 * A feature's heading and its sections: tabs when the person has more than one, then the section
 * shown. The feature decides which sections the person has.
 */
@Component({
  selector: 'app-section-layout',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ titleKey() | transloco }}</h1>
    @if (tabs().length > 1) {
      <nav mat-tab-nav-bar [tabPanel]="panel" [attr.aria-label]="navLabelKey() | transloco">
        @for (tab of tabs(); track tab.path) {
          <a
            mat-tab-link
            [routerLink]="tab.path"
            routerLinkActive
            [routerLinkActiveOptions]="{ exact: tab.exact ?? false }"
            #state="routerLinkActive"
            [active]="state.isActive"
          >
            {{ tab.labelKey | transloco }}
          </a>
        }
      </nav>
      <mat-tab-nav-panel #panel class="panel">
        <router-outlet />
      </mat-tab-nav-panel>
    } @else {
      <router-outlet />
    }
  `,
  styles: `
    :host {
      display: block;
    }
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 0 0 1rem;
    }
    .panel {
      display: block;
      padding-top: 1.5rem;
    }
  `,
})
export class SectionLayout {
  /** Translation keys: the heading, and the name of the tab bar for screen readers. */
  readonly titleKey = input.required<string>();
  readonly navLabelKey = input.required<string>();
  readonly tabs = input.required<readonly SectionTab[]>();
}
