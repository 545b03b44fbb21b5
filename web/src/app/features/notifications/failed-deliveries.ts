import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { FailedNotification } from '@mutualis/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../core/feedback/notice';
import { LocalDateTimePipe } from '../../core/locale/local-date-time.pipe';
import { LocaleFormat } from '../../core/locale/locale-format';

/** « Envois en échec »: messages the mail server refused after every retry, each with « Réessayer ». */
@Component({
  selector: 'app-failed-deliveries',
  imports: [LocalDateTimePipe, MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (failed().length > 0) {
      <section aria-labelledby="failed-title" class="failed">
        <h2 id="failed-title">{{ 'notifications.failed.title' | transloco }}</h2>
        <p>{{ 'notifications.failed.intro' | transloco }}</p>
        <ul>
          @for (item of failed(); track item.id) {
            <li>
              <span class="what">
                <strong>{{ item.title }}</strong>
                <span
                  >{{ item.recipientName }} &lt;{{ item.recipientEmail }}&gt; ·
                  {{ item.createdAt | localDateTime: locale() }}</span
                >
                @if (item.lastError) {
                  <span class="error">{{ item.lastError }}</span>
                }
              </span>
              <button mat-stroked-button type="button" (click)="retry(item)">
                {{ 'notifications.failed.retry' | transloco }}
              </button>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .failed {
      border-left: 4px solid #b91c1c;
      padding-left: 1rem;
      margin-bottom: 1.5rem;
    }
    ul {
      list-style: none;
      padding: 0;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      padding: 0.5rem 0;
    }
    .what {
      display: flex;
      flex-direction: column;
    }
    .error {
      font-size: 0.875rem;
    }
  `,
})
export class FailedDeliveries {
  private readonly http = inject(HttpClient);
  private readonly notice = inject(Notice);
  protected readonly locale = inject(LocaleFormat).locale;
  protected readonly failed = signal<FailedNotification[]>([]);

  constructor() {
    void this.load();
  }

  protected async retry(item: FailedNotification): Promise<void> {
    await firstValueFrom(this.http.post<void>(`/api/notifications/failed/${encodeURIComponent(item.id)}/retry`, {}));
    this.failed.update((all) => all.filter((f) => f.id !== item.id));
    this.notice.show('notifications.failed.retried', { email: item.recipientEmail });
  }

  private async load(): Promise<void> {
    this.failed.set(await firstValueFrom(this.http.get<FailedNotification[]>('/api/notifications/failed')));
  }
}
