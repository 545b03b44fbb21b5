import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { NotificationInbox } from '@mutualis/contracts';
import { Observable } from 'rxjs';

/** The signed-in person's notifications (titles come in their language). */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  inbox(unreadOnly = false): Observable<NotificationInbox> {
    return this.http.get<NotificationInbox>('/api/notifications', { params: unreadOnly ? { unread: 'true' } : {} });
  }

  markRead(request: { ids: string[] } | { all: true }): Observable<{ unreadCount: number }> {
    return this.http.post<{ unreadCount: number }>('/api/notifications/read', request);
  }
}
