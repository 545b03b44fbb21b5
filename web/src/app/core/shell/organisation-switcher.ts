import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslocoPipe } from '@jsverse/transloco';
import { Session } from '../auth/session';

/**
 * Chooses the organisation a person in several organisations acts for; absent with only one.
 * A menu rather than a select: the top bar stays light (no form-field code in the initial bundle).
 */
@Component({
  selector: 'app-organisation-switcher',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (session.memberships().length > 1) {
      @let active = session.activeOrganisation();
      <button
        mat-button
        type="button"
        class="trigger"
        [matMenuTriggerFor]="menu"
        [attr.aria-label]="'shell.activeOrganisation' | transloco: { name: active?.organisationName }"
      >
        <span class="name">{{ active?.organisationName }}</span>
        <mat-icon svgIcon="expandMore" iconPositionEnd aria-hidden="true" />
      </button>
      <mat-menu #menu="matMenu" [aria-label]="'shell.organisations' | transloco">
        @for (membership of session.memberships(); track membership.organisationId) {
          @let current = membership.organisationId === active?.organisationId;
          <button
            mat-menu-item
            type="button"
            role="menuitemradio"
            [attr.aria-checked]="current"
            (click)="session.selectOrganisation(membership.organisationId)"
          >
            <mat-icon [svgIcon]="current ? 'check' : 'blank'" aria-hidden="true" />
            <span>{{ membership.organisationName }}</span>
          </button>
        }
      </mat-menu>
    }
  `,
  styles: `
    .trigger {
      color: inherit;
      max-width: min(16rem, 35vw);
    }
    .name {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
  `,
})
export class OrganisationSwitcher {
  protected readonly session = inject(Session);
}
