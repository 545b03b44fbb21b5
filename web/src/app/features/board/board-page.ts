import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import {
  BOARD_COUNT_CAP,
  type BoardCategory,
  type BoardPostKind,
  type BoardPostView,
  type NetworkView,
} from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { Session } from '../../core/auth/session';
import { inlineErrorOf, type InlineError } from '../../core/http/inline-error';
import { LocaleFormat } from '../../core/locale/locale-format';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';
import { BoardApi, thumbnailUrlOf } from './board-api';
import { CATEGORY_OPTIONS, KIND_OPTIONS } from './board-labels';

type Tab = 'board' | 'mine' | 'reported';

/**
 * « Babillard de la mutualisation »: search offers and needs (French full text, accents ignored),
 * filter them, see « Mes annonces » (expired and matched ones too) and, for coordinators, reported posts.
 */
@Component({
  selector: 'app-board-page',
  imports: [
    FormsModule,
    InlineErrorMessage,
    MatButtonModule,
    MatButtonToggleModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('board')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './board-page.html',
  styleUrl: './board-page.scss',
})
export class BoardPage {
  private readonly api = inject(BoardApi);
  private readonly format = inject(LocaleFormat);
  protected readonly isCoordinator = inject(Session).isCoordinator;
  protected readonly categories = CATEGORY_OPTIONS;
  protected readonly kinds = KIND_OPTIONS;

  protected readonly tab = signal<Tab>(inject(ActivatedRoute).snapshot.queryParamMap.get('reported') ? 'reported' : 'board');
  protected readonly q = signal('');
  protected readonly category = signal<BoardCategory | ''>('');
  protected readonly kind = signal<BoardPostKind | ''>('');
  protected readonly networkId = signal('');
  protected readonly municipality = signal('');
  protected readonly networks = signal<NetworkView[]>([]);

  protected readonly loading = signal(true);
  protected readonly error = signal<InlineError | null>(null);
  protected readonly posts = signal<BoardPostView[]>([]);
  protected readonly total = signal(0);
  /** The API counts up to this many: the count then reads « 200 annonces et plus ». */
  protected readonly countCap = BOARD_COUNT_CAP;
  protected readonly searched = signal(false);

  /** Thumbnails that failed to load (the photo removed meanwhile): not shown rather than shown broken. */
  protected readonly brokenThumbnails = signal<ReadonlySet<string>>(new Set());
  protected readonly thumbnailUrl = thumbnailUrlOf;

  protected readonly followed = signal<ReadonlySet<string>>(new Set());
  protected readonly followsSaved = signal(false);
  protected readonly followsError = signal<InlineError | null>(null);
  protected readonly hasFilters = computed(
    () => !!(this.q() || this.category() || this.kind() || this.networkId() || this.municipality()),
  );

  constructor() {
    void this.load();
    void this.loadSide();
  }

  protected date(iso: string): string {
    return this.format.formatDate(`${iso}T12:00:00Z`);
  }

  protected thumbnailFailed(id: string): void {
    this.brokenThumbnails.update((ids) => new Set(ids).add(id));
  }

  protected selectTab(tab: Tab): void {
    this.tab.set(tab);
    void this.load();
  }

  protected search(event?: Event): void {
    event?.preventDefault();
    this.searched.set(true);
    void this.load();
  }

  protected clear(): void {
    this.q.set('');
    this.category.set('');
    this.kind.set('');
    this.networkId.set('');
    this.municipality.set('');
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await firstValueFrom(
        this.api.search({
          q: this.q().trim() || undefined,
          category: this.category() || undefined,
          kind: this.kind() || undefined,
          networkId: this.networkId() || undefined,
          municipality: this.municipality().trim() || undefined,
          mine: this.tab() === 'mine' || undefined,
          reported: this.tab() === 'reported' || undefined,
          limit: 50,
        }),
      );
      this.posts.set(page.items);
      this.total.set(page.total);
    } catch (error) {
      this.error.set(inlineErrorOf(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected toggleFollow(category: string, on: boolean): void {
    const next = new Set(this.followed());
    if (on) next.add(category);
    else next.delete(category);
    this.followed.set(next);
    this.followsSaved.set(false);
  }

  protected async saveFollows(): Promise<void> {
    this.followsError.set(null);
    try {
      const saved = await firstValueFrom(this.api.setFollows([...this.followed()]));
      this.followed.set(new Set(saved.categories));
      this.followsSaved.set(true);
    } catch (error) {
      this.followsError.set(inlineErrorOf(error));
    }
  }

  private async loadSide(): Promise<void> {
    try {
      const [networks, follows] = await Promise.all([firstValueFrom(this.api.networks()), firstValueFrom(this.api.follows())]);
      this.networks.set(networks);
      this.followed.set(new Set(follows.categories));
    } catch {
      // The snack bar said why; the filters still work without the network list.
    }
  }
}
