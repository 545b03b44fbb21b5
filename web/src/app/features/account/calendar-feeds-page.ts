import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import type { CalendarFeedKind, CalendarFeedView, CreatedCalendarFeed, ResourceView } from '@mutualis/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Session } from '../../core/auth/session';
import { Notice } from '../../core/feedback/notice';
import { errorsInline } from '../../core/http/errors-inline';
import { InlineError, inlineErrorOf } from '../../core/http/inline-error';
import { LocalDateTimePipe } from '../../core/locale/local-date-time.pipe';
import { LocaleFormat } from '../../core/locale/locale-format';
import { confirmAction } from '../../shared/confirm-dialog/confirm-dialog';
import { CopyField } from '../../shared/copy-field/copy-field';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';

interface FeedTarget {
  key: string;
  kind: CalendarFeedKind;
  targetId?: string;
  label: string;
}

/** Calendar subscriptions (webcal): created with a secret address shown once, listed, revoked. */
@Component({
  selector: 'app-calendar-feeds-page',
  imports: [
    CopyField,
    FormsModule,
    InlineErrorMessage,
    LocalDateTimePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './calendar-feeds-page.html',
})
export class CalendarFeedsPage {
  private readonly http = inject(HttpClient);
  private readonly dialog = inject(MatDialog);
  private readonly notice = inject(Notice);
  private readonly session = inject(Session);
  protected readonly locale = inject(LocaleFormat).locale;

  protected readonly feeds = signal<CalendarFeedView[]>([]);
  protected readonly resources = signal<ResourceView[]>([]);
  protected readonly loading = signal(true);
  protected readonly creating = signal(false);
  protected readonly error = signal<InlineError | null>(null);
  protected readonly created = signal<CreatedCalendarFeed | null>(null);
  protected chosen = 'me';

  protected readonly targets = computed<FeedTarget[]>(() => [
    { key: 'me', kind: 'me', label: '' },
    ...this.session.memberships().map((m) => ({
      key: `organisation:${m.organisationId}`,
      kind: 'organisation' as const,
      targetId: m.organisationId,
      label: m.organisationName,
    })),
    ...this.resources().map((r) => ({
      key: `${r.type === 'staff' ? 'staff' : 'room'}:${r.id}`,
      kind: (r.type === 'staff' ? 'staff' : 'room') as CalendarFeedKind,
      targetId: r.id,
      label: r.name,
    })),
  ]);

  constructor() {
    void this.load();
  }

  protected webcal(url: string): string {
    return url.replace(/^https?:/, 'webcal:');
  }

  protected async create(): Promise<void> {
    const target = this.targets().find((t) => t.key === this.chosen);
    if (!target || this.creating()) return;
    this.creating.set(true);
    this.error.set(null);
    try {
      const created = await firstValueFrom(
        this.http.post<CreatedCalendarFeed>(
          '/api/calendar-feeds',
          { kind: target.kind, targetId: target.targetId },
          errorsInline(),
        ),
      );
      const { url: _secret, ...view } = created;
      this.feeds.update((feeds) => [view, ...feeds]);
      this.created.set(created);
    } catch (error) {
      this.error.set(inlineErrorOf(error));
    } finally {
      this.creating.set(false);
    }
  }

  protected async revoke(feed: CalendarFeedView): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      titleKey: 'account.feeds.revokeTitle',
      messageKey: 'account.feeds.revokeMessage',
      confirmKey: 'account.feeds.revoke',
    });
    if (!confirmed) return;
    try {
      await firstValueFrom(this.http.delete<void>(`/api/calendar-feeds/${encodeURIComponent(feed.id)}`));
    } catch {
      return; // the error snack bar explained it
    }
    this.feeds.update((feeds) => feeds.filter((each) => each.id !== feed.id));
    if (this.created()?.id === feed.id) this.created.set(null);
    this.notice.show('account.feeds.revoked');
  }

  private async load(): Promise<void> {
    try {
      const [feeds, resources] = await Promise.all([
        firstValueFrom(this.http.get<CalendarFeedView[]>('/api/calendar-feeds')),
        firstValueFrom(this.http.get<ResourceView[]>('/api/resources')),
      ]);
      this.feeds.set(feeds);
      this.resources.set(resources.filter((r) => r.type === 'space' || r.type === 'staff'));
    } catch {
      // the error snack bar explained it
    } finally {
      this.loading.set(false);
    }
  }
}
