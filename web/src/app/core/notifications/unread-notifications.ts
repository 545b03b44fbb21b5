import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { NotificationsApi } from './notifications-api';

/** How often the bell asks for news; also on returning to the tab. */
export const UNREAD_POLL_MS = 30_000;

/**
 * The unread count behind the bell, kept fresh by polling while someone is signed in: no reload, and
 * no open connection per tab (a slow rural link pays one small request every half minute).
 */
@Injectable({ providedIn: 'root' })
export class UnreadNotifications {
  private readonly api = inject(NotificationsApi);
  readonly count = signal(0);
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') void this.refresh();
  };

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  start(): void {
    if (this.timer) return;
    void this.refresh();
    this.timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') void this.refresh();
    }, UNREAD_POLL_MS);
    document.addEventListener('visibilitychange', this.onVisible);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    document.removeEventListener('visibilitychange', this.onVisible);
    this.count.set(0);
  }

  async refresh(): Promise<void> {
    try {
      this.count.set((await firstValueFrom(this.api.inbox(true))).unreadCount);
    } catch {
      // A missed poll is not worth a message: the next one tries again.
    }
  }

  set(count: number): void {
    this.count.set(count);
  }
}
