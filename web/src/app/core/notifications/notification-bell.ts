import { ChangeDetectionStrategy, Component, computed, inject, OnDestroy, OnInit } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { UnreadNotifications } from './unread-notifications';

/** The bell of the top bar: the unread count, leading to the notifications page. */
@Component({
  selector: 'app-notification-bell',
  imports: [MatBadgeModule, MatButtonModule, MatIconModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a
      mat-icon-button
      routerLink="/notifications"
      class="bell"
      [attr.aria-label]="labelKey() | transloco: { count: unread.count() }"
    >
      <!-- The link's label says the count; the badge only shows it. -->
      <span
        class="badge-host"
        aria-hidden="true"
        [matBadge]="unread.count() > 99 ? '99+' : unread.count()"
        [matBadgeHidden]="unread.count() === 0"
        matBadgeColor="warn"
        matBadgeSize="small"
        ><mat-icon svgIcon="bell" aria-hidden="true"
      /></span>
    </a>
    <span class="count" aria-live="polite">{{ unread.count() || '' }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
    }
    .bell {
      color: inherit;
    }
    .badge-host {
      display: inline-flex;
    }
    .count {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class NotificationBell implements OnInit, OnDestroy {
  protected readonly unread = inject(UnreadNotifications);
  protected readonly labelKey = computed(() => {
    const count = this.unread.count();
    return count === 0 ? 'notifications.bellNone' : count === 1 ? 'notifications.bellOne' : 'notifications.bellMany';
  });

  ngOnInit(): void {
    this.unread.start();
  }

  ngOnDestroy(): void {
    this.unread.stop();
  }
}
