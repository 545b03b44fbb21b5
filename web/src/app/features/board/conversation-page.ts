import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { BoardConversationView } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { inlineErrorOf, type InlineError } from '../../core/http/inline-error';
import { LocaleFormat } from '../../core/locale/locale-format';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';
import { BoardApi } from './board-api';

/** The private conversation between a post's organisation and one that is interested: messages, oldest first. */
@Component({
  selector: 'app-conversation-page',
  imports: [
    FormsModule,
    InlineErrorMessage,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('board')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = conversation();
    <p class="back">
      @if (c) {
        <a [routerLink]="['/board/posts', c.postId]">{{ 'board.conversation.back' | transloco: { title: c.postTitle } }}</a>
      } @else {
        <a routerLink="/board">{{ 'board.detail.back' | transloco }}</a>
      }
    </p>
    <app-inline-error-message [error]="error()" />
    @if (loading() && !c) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'board.loading' | transloco" />
    }
    @if (c) {
      <h1>{{ 'board.conversation.title' | transloco: { a: c.postOrganisationName, b: c.organisationName } }}</h1>
      <p class="meta">{{ 'board.conversation.private' | transloco }}</p>
      @if (c.messages.length === 0) {
        <p class="meta">{{ 'board.conversation.empty' | transloco }}</p>
      } @else {
        <ol class="messages" aria-live="polite">
          @for (m of c.messages; track m.id) {
            <li [class.mine]="m.mine">
              <p class="who">
                <strong>{{ m.authorName ?? ('board.conversation.someone' | transloco) }}</strong>
                @if (m.organisationName) {
                  · {{ m.organisationName }}
                }
                · <span class="when">{{ dateTime(m.createdAt) }}</span>
              </p>
              <p class="body">{{ m.body }}</p>
            </li>
          }
        </ol>
      }
      <form class="reply" (submit)="send($event)">
        <mat-form-field class="wide">
          <mat-label>{{ 'board.conversation.message' | transloco }}</mat-label>
          <textarea
            matInput
            name="body"
            rows="3"
            maxlength="5000"
            [ngModel]="draft()"
            (ngModelChange)="draft.set($event)"
          ></textarea>
        </mat-form-field>
        <app-inline-error-message [error]="sendError()" />
        <button mat-flat-button type="submit" [disabled]="sending()">{{ 'board.conversation.send' | transloco }}</button>
      </form>
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 44rem;
    }
    .meta,
    .when {
      color: var(--mat-sys-on-surface-variant);
    }
    .messages {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .messages li {
      padding: 0.5rem 0.75rem;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container);
      overflow-wrap: anywhere;
    }
    .messages li.mine {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .who,
    .body {
      margin: 0.125rem 0;
    }
    .body {
      white-space: pre-wrap;
    }
    .wide {
      width: 100%;
    }
  `,
})
export class ConversationPage {
  readonly id = input.required<string>();
  private readonly api = inject(BoardApi);
  private readonly format = inject(LocaleFormat);
  protected readonly conversation = signal<BoardConversationView | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<InlineError | null>(null);
  protected readonly draft = signal('');
  protected readonly sending = signal(false);
  protected readonly sendError = signal<InlineError | null>(null);

  constructor() {
    effect(() => {
      this.id();
      untracked(() => void this.load());
    });
  }

  protected dateTime(iso: string): string {
    return this.format.formatDateTime(iso);
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.conversation.set(await firstValueFrom(this.api.conversation(this.id())));
    } catch (error) {
      this.error.set(inlineErrorOf(error, { NOT_FOUND: 'board.conversation.notFound' }));
    } finally {
      this.loading.set(false);
    }
  }

  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    const body = this.draft().trim();
    const current = this.conversation();
    if (!current) return;
    if (!body) {
      this.sendError.set({ key: 'board.conversation.emptyMessage' });
      return;
    }
    this.sending.set(true);
    this.sendError.set(null);
    try {
      const message = await firstValueFrom(this.api.send(current.id, body));
      this.conversation.set({ ...current, messages: [...current.messages, message] });
      this.draft.set('');
    } catch (error) {
      this.sendError.set(inlineErrorOf(error));
    } finally {
      this.sending.set(false);
    }
  }
}
