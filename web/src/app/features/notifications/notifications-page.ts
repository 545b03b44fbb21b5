import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import type { NotificationItem } from '@mutualis/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Session } from '../../core/auth/session';
import { Clock } from '../../core/clock/clock';
import { LocalDateTimePipe } from '../../core/locale/local-date-time.pipe';
import { LocaleFormat } from '../../core/locale/locale-format';
import { NotificationsApi } from '../../core/notifications/notifications-api';
import { UnreadNotifications } from '../../core/notifications/unread-notifications';
import { FailedDeliveries } from './failed-deliveries';

/** The inbox: newest first, unread ones marked; opening one marks it read and goes to what it is about. */
@Component({
  selector: 'app-notifications-page',
  imports: [FailedDeliveries, LocalDateTimePipe, MatButtonModule, MatProgressBarModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notifications-page.html',
  styleUrl: './notifications-page.scss',
})
export class NotificationsPage {
  private readonly api = inject(NotificationsApi);
  private readonly unread = inject(UnreadNotifications);
  private readonly router = inject(Router);
  private readonly clock = inject(Clock);
  protected readonly locale = inject(LocaleFormat).locale;
  protected readonly isCoordinator = inject(Session).isCoordinator;

  protected readonly items = signal<NotificationItem[]>([]);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  protected readonly onlyUnread = signal(false);
  protected readonly unreadCount = computed(() => this.items().filter((n) => !n.readAt).length);
  protected readonly shown = computed(() => (this.onlyUnread() ? this.items().filter((n) => !n.readAt) : this.items()));

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.failed.set(false);
    try {
      const inbox = await firstValueFrom(this.api.inbox());
      this.items.set(inbox.items);
      this.unread.set(inbox.unreadCount);
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  protected async markRead(item: NotificationItem): Promise<void> {
    if (item.readAt) return;
    const { unreadCount } = await firstValueFrom(this.api.markRead({ ids: [item.id] }));
    const now = this.clock.nowIso();
    this.items.update((items) => items.map((n) => (n.id === item.id ? { ...n, readAt: now } : n)));
    this.unread.set(unreadCount);
  }

  protected async markAllRead(): Promise<void> {
    const { unreadCount } = await firstValueFrom(this.api.markRead({ all: true }));
    const now = this.clock.nowIso();
    this.items.update((items) => items.map((n) => (n.readAt ? n : { ...n, readAt: now })));
    this.unread.set(unreadCount);
  }

  protected async open(item: NotificationItem): Promise<void> {
    await this.markRead(item);
    if (item.link) await this.router.navigateByUrl(item.link);
  }
}
