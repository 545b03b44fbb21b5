import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { BoardMatchCreation, BoardMatchRequest, BoardPostView, ResourceView } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { Session } from '../../core/auth/session';
import { AppLanguage } from '../../core/i18n/app-language';
import { inlineErrorOf, type InlineError } from '../../core/http/inline-error';
import { LocaleFormat } from '../../core/locale/locale-format';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';
import { describeRecurrence } from '../../shared/recurrence-builder/describe-recurrence';
import { BoardApi, photoUrlOf } from './board-api';
import { textParts } from './board-labels';
import { LocaleDateTimeInput } from '../../core/locale/locale-date-time-input';

/**
 * One post: its text (never rendered as HTML; links shown, not followed), « Ça m'intéresse », and for
 * its organisation the conversations and the match that creates a shared resource, an agreement or a booking.
 */
@Component({
  selector: 'app-post-detail-page',
  imports: [
    LocaleDateTimeInput,
    FormsModule,
    InlineErrorMessage,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('board')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './post-detail-page.html',
  styleUrl: './post-detail-page.scss',
})
export class PostDetailPage {
  readonly id = input.required<string>();
  private readonly api = inject(BoardApi);
  private readonly router = inject(Router);
  private readonly format = inject(LocaleFormat);
  private readonly session = inject(Session);
  private readonly lang = inject(AppLanguage).lang;

  protected readonly post = signal<BoardPostView | null>(null);
  protected readonly photoUrl = computed(() => {
    const post = this.post();
    return post?.hasPhoto ? photoUrlOf(post) : null;
  });
  /** The rule of the recurrence builder in words (« Toutes les semaines le mardi »); '' when there is none. */
  protected readonly repeats = computed(() => {
    const rrule = this.post()?.rrule;
    if (!rrule) return '';
    try {
      return describeRecurrence(rrule, this.lang());
    } catch {
      return '';
    }
  });
  /** The author's organisation changes the post (its network's coordinators too). */
  protected readonly mayEdit = computed(() => {
    const post = this.post();
    return !!post && post.isMine && post.status !== 'withdrawn';
  });
  protected readonly loading = signal(true);
  protected readonly error = signal<InlineError | null>(null);
  protected readonly paragraphs = computed(() =>
    (this.post()?.description ?? '')
      .split(/\n+/)
      .filter((line) => line.trim())
      .map(textParts),
  );

  protected readonly message = signal('');
  protected readonly interestError = signal<InlineError | null>(null);
  protected readonly busy = signal(false);

  protected readonly matchOrganisationId = signal('');
  protected readonly matchCreate = signal<BoardMatchCreation | ''>('resource');
  protected readonly matchResourceId = signal('');
  /** The post network's resources, for the match form to pick by name; null until loaded. */
  private readonly resources = signal<ResourceView[] | null>(null);
  protected readonly resourcesLoading = signal(false);
  protected readonly resourcesError = signal(false);
  /** An agreement is for a pooled employee; a booking may be of any resource of the post's network. */
  protected readonly resourceChoices = computed(() => {
    const post = this.post();
    const all = this.resources() ?? [];
    return all
      .filter((r) => r.active && r.networkId === post?.networkId)
      .filter((r) => (this.matchCreate() === 'agreement' ? r.type === 'staff' : true))
      .sort((a, b) => a.name.localeCompare(b.name, this.lang()));
  });
  protected readonly matchStart = signal('');
  protected readonly matchDuration = signal<number | null>(60);
  protected readonly matchError = signal<InlineError | null>(null);

  protected readonly reportOpen = signal(false);
  protected readonly reportReason = signal('');
  protected readonly reported = signal(false);
  protected readonly reportError = signal<InlineError | null>(null);

  protected readonly hideReason = signal('');
  protected readonly moderationError = signal<InlineError | null>(null);

  protected readonly isCoordinatorOfPost = computed(() => {
    const post = this.post();
    return !!post && (this.session.me()?.coordinatorOf ?? []).some((n) => n.networkId === post.networkId);
  });
  protected readonly mayAnswer = computed(() => {
    const post = this.post();
    if (!post || post.status !== 'open' || post.expired || post.hidden || post.myConversationId) return false;
    return this.session.memberships().some((m) => m.organisationId !== post.organisationId);
  });

  constructor() {
    effect(() => {
      this.id();
      untracked(() => void this.load());
    });
  }

  protected date(day: string): string {
    return this.format.formatDate(`${day}T12:00:00Z`);
  }

  protected dateTime(iso: string): string {
    return this.format.formatDateTime(iso);
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const post = await firstValueFrom(this.api.post(this.id()));
      this.post.set(post);
      if (post.isMine && this.resources() === null) void this.loadResources();
      const first = post.conversations?.[0];
      if (first && !this.matchOrganisationId()) this.matchOrganisationId.set(first.organisationId);
    } catch (error) {
      this.error.set(inlineErrorOf(error, { NOT_FOUND: 'board.detail.notFound' }));
    } finally {
      this.loading.set(false);
    }
  }

  private async loadResources(): Promise<void> {
    this.resourcesLoading.set(true);
    this.resourcesError.set(false);
    try {
      this.resources.set(await firstValueFrom(this.api.resources()));
    } catch {
      this.resourcesError.set(true);
    } finally {
      this.resourcesLoading.set(false);
    }
  }

  protected async interested(): Promise<void> {
    const post = this.post();
    if (!post) return;
    this.busy.set(true);
    this.interestError.set(null);
    try {
      const active = this.session.activeOrganisation()?.organisationId;
      const organisationId =
        active && active !== post.organisationId
          ? active
          : this.session.memberships().find((m) => m.organisationId !== post.organisationId)?.organisationId;
      const conversation = await firstValueFrom(this.api.interested(post.id, organisationId, this.message().trim()));
      await this.router.navigate(['/board/conversations', conversation.id]);
    } catch (error) {
      this.interestError.set(inlineErrorOf(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async match(event: Event): Promise<void> {
    event.preventDefault();
    const post = this.post();
    if (!post || !this.matchOrganisationId()) {
      this.matchError.set({ key: 'board.match.organisationRequired' });
      return;
    }
    const create = this.matchCreate() || undefined;
    const request: BoardMatchRequest = {
      organisationId: this.matchOrganisationId(),
      ...(create ? { create } : {}),
      ...(create !== 'resource' && this.matchResourceId() ? { resourceId: this.matchResourceId() } : {}),
      ...(create === 'booking' && this.matchStart() ? { start: this.matchStart() } : {}),
      ...(create === 'booking' && this.matchDuration() ? { durationMinutes: Number(this.matchDuration()) } : {}),
    };
    this.busy.set(true);
    this.matchError.set(null);
    try {
      this.post.set({ ...(await firstValueFrom(this.api.match(post.id, request))), conversations: post.conversations });
    } catch (error) {
      this.matchError.set(inlineErrorOf(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async withdraw(): Promise<void> {
    const post = this.post();
    if (!post) return;
    try {
      await firstValueFrom(this.api.withdraw(post.id));
      await this.load();
    } catch (error) {
      this.matchError.set(inlineErrorOf(error));
    }
  }

  protected async report(event: Event): Promise<void> {
    event.preventDefault();
    const post = this.post();
    if (!post) return;
    if (!this.reportReason().trim()) {
      this.reportError.set({ key: 'board.report.reasonRequired' });
      return;
    }
    this.reportError.set(null);
    try {
      await firstValueFrom(this.api.report(post.id, this.reportReason().trim()));
      this.reported.set(true);
      this.reportOpen.set(false);
    } catch (error) {
      this.reportError.set(inlineErrorOf(error));
    }
  }

  protected async moderate(hidden: boolean): Promise<void> {
    const post = this.post();
    if (!post) return;
    if (hidden && !this.hideReason().trim()) {
      this.moderationError.set({ key: 'board.moderation.reasonRequired' });
      return;
    }
    this.moderationError.set(null);
    try {
      const after = await firstValueFrom(this.api.moderate(post.id, hidden, hidden ? this.hideReason().trim() : undefined));
      this.post.set({ ...after, conversations: post.conversations });
    } catch (error) {
      this.moderationError.set(inlineErrorOf(error));
    }
  }
}
