import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Session } from '../auth/session';

/** The signed-in user's name, opening their account pages and signing out. */
@Component({
  selector: 'app-user-menu',
  imports: [MatButtonModule, MatDividerModule, MatIconModule, MatMenuModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      class="trigger"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'auth.accountMenu' | transloco"
    >
      <mat-icon svgIcon="account" aria-hidden="true" />
      <span class="name">{{ session.me()?.name }}</span>
    </button>
    <mat-menu #menu="matMenu" xPosition="before">
      <a mat-menu-item routerLink="/account">{{ 'auth.myAccount' | transloco }}</a>
      <a mat-menu-item routerLink="/account/tokens">{{ 'auth.apiTokens' | transloco }}</a>
      <mat-divider />
      <button mat-menu-item type="button" (click)="signOut()">{{ 'auth.signOut' | transloco }}</button>
    </mat-menu>
  `,
  styles: `
    .trigger {
      color: inherit;
      max-width: 16rem;
    }
    .name {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    @media (max-width: 599.98px) {
      .name {
        display: none;
      }
    }
  `,
})
export class UserMenu {
  protected readonly session = inject(Session);
  private readonly router = inject(Router);

  protected async signOut(): Promise<void> {
    await this.session.logout();
    await this.router.navigateByUrl('/login');
  }
}
