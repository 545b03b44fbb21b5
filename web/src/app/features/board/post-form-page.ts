import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type {
  BoardCategory,
  BoardPostKind,
  BoardPostView,
  BoardVisibility,
  CreateBoardPostRequest,
  OrganisationView,
  SiteView,
  UpdateBoardPostRequest,
} from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { Session } from '../../core/auth/session';
import { inlineErrorOf, type InlineError } from '../../core/http/inline-error';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';
import { RecurrenceBuilder } from '../../shared/recurrence-builder/recurrence-builder';
import { NO_RECURRENCE, type RecurrenceValue } from '../../shared/recurrence-builder/recurrence-pattern';
import { BoardApi, photoUrlOf } from './board-api';
import { CATEGORY_OPTIONS } from './board-labels';
import { PHOTO_ACCEPT, PHOTO_ERRORS, PHOTO_LIMIT_BYTES } from './post-photo';
import { LocaleDateTimeInput } from '../../core/locale/locale-date-time-input';

/**
 * « Publier une annonce » (`/board/new`) and « Modifier l'annonce » (`/board/posts/:id/edit`): an offer
 * or a need of the active organisation, its recurrence (in words or with the builder) and its photo.
 */
@Component({
  selector: 'app-post-form-page',
  imports: [
    LocaleDateTimeInput,
    FormsModule,
    InlineErrorMessage,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RecurrenceBuilder,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('board')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './post-form-page.html',
  styleUrl: './post-form-page.scss',
})
export class PostFormPage {
  /** The post to change (route `posts/:id/edit`); absent for a new post. */
  readonly id = input<string>();
  private readonly api = inject(BoardApi);
  private readonly router = inject(Router);
  private readonly session = inject(Session);
  protected readonly categories = CATEGORY_OPTIONS;
  protected readonly memberships = this.session.memberships;
  protected readonly photoAccept = PHOTO_ACCEPT;

  protected readonly organisationId = signal(this.session.activeOrganisation()?.organisationId ?? '');
  protected readonly networkId = signal('');
  protected readonly kind = signal<BoardPostKind>('offer');
  protected readonly category = signal<BoardCategory>('premises');
  protected readonly title = signal('');
  protected readonly description = signal('');
  protected readonly quantity = signal('');
  protected readonly hoursPerWeek = signal<number | null>(null);
  protected readonly startsOn = signal('');
  protected readonly endsOn = signal('');
  protected readonly recurrenceText = signal('');
  protected readonly recurrence = signal<RecurrenceValue>(NO_RECURRENCE);
  protected readonly siteId = signal('');
  protected readonly municipality = signal('');
  protected readonly visibility = signal<BoardVisibility>('network');
  protected readonly expiresOn = signal('');

  /** The builder plans from the first day; a board post has no time of day, so 9 h stands in. */
  protected readonly recurrenceStart = computed(() => (this.startsOn() ? `${this.startsOn()}T09:00` : ''));

  /** The post as loaded (editing), or as created when only its photo failed. */
  protected readonly saved = signal<BoardPostView | null>(null);
  protected readonly editing = computed(() => !!this.id() || !!this.saved());
  protected readonly loading = signal(false);
  protected readonly loadError = signal<InlineError | null>(null);

  protected readonly photoFile = signal<File | null>(null);
  /** The chosen file as a data: URL (the app's content policy allows data: images, not blob:). */
  protected readonly photoPreview = signal<string | null>(null);
  protected readonly removePhoto = signal(false);
  protected readonly photoError = signal<InlineError | null>(null);
  protected readonly currentPhotoUrl = computed(() => {
    const post = this.saved();
    return post?.hasPhoto && !this.removePhoto() ? photoUrlOf(post) : null;
  });
  protected readonly shownPhoto = computed(() => this.photoPreview() ?? this.currentPhotoUrl());
  /** Only the post's organisation changes its photo (a coordinator may change the text). */
  protected readonly mayChangePhoto = computed(() => {
    const post = this.saved();
    return !post || this.memberships().some((m) => m.organisationId === post.organisationId);
  });

  private readonly organisations = signal<OrganisationView[]>([]);
  private readonly sites = signal<SiteView[]>([]);
  /** The networks of the chosen organisation: a choice only when it belongs to several. */
  protected readonly networkChoices = computed(() => {
    const organisation = this.organisations().find((o) => o.id === this.organisationId());
    return organisation?.networkIds ?? [];
  });
  protected readonly networkNames = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly siteChoices = computed(() => {
    const saved = this.saved();
    const networks = saved ? [saved.networkId] : this.networkId() ? [this.networkId()] : this.networkChoices();
    return this.sites().filter((s) => networks.includes(s.networkId));
  });

  protected readonly saving = signal(false);
  protected readonly error = signal<InlineError | null>(null);

  constructor() {
    void this.loadChoices();
    effect(() => {
      const id = this.id();
      if (id) untracked(() => void this.loadPost(id));
    });
  }

  protected choosePhoto(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    input.value = '';
    if (!file) return;
    this.photoError.set(null);
    // Checked here to spare a slow upload; the API checks the content again.
    if (file.size > PHOTO_LIMIT_BYTES) {
      this.photoError.set({ key: 'board.photo.tooLarge' });
      return;
    }
    if (file.type && !file.type.startsWith('image/')) {
      this.photoError.set({ key: 'board.photo.notAnImage' });
      return;
    }
    this.photoFile.set(file);
    this.removePhoto.set(false);
    const reader = new FileReader();
    reader.onload = () => this.photoPreview.set(typeof reader.result === 'string' ? reader.result : null);
    reader.onerror = () => this.photoError.set({ key: 'board.photo.notAnImage' });
    reader.readAsDataURL(file);
  }

  protected dropPhoto(): void {
    this.photoFile.set(null);
    this.photoPreview.set(null);
    this.photoError.set(null);
    this.removePhoto.set(!!this.saved()?.hasPhoto);
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.title().trim()) {
      this.error.set({ key: 'board.form.titleRequired' });
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.photoError.set(null);
    let post: BoardPostView;
    try {
      const saved = this.saved();
      post = saved
        ? await firstValueFrom(this.api.update(saved.id, this.changesFrom(saved)))
        : await firstValueFrom(this.api.create(this.creation()));
      this.saved.set(post);
    } catch (error) {
      this.error.set(inlineErrorOf(error));
      this.saving.set(false);
      return;
    }
    try {
      const file = this.photoFile();
      if (file) post = await firstValueFrom(this.api.setPhoto(post.id, file));
      else if (this.removePhoto() && post.hasPhoto) await firstValueFrom(this.api.removePhoto(post.id));
      await this.router.navigate(['/board/posts', post.id]);
    } catch (error) {
      // The post is saved; only its photo is not. The form now changes that post.
      this.photoError.set(inlineErrorOf(error, PHOTO_ERRORS));
    } finally {
      this.saving.set(false);
    }
  }

  private creation(): CreateBoardPostRequest {
    return {
      organisationId: this.organisationId() || undefined,
      networkId: this.networkId() || undefined,
      kind: this.kind(),
      category: this.category(),
      title: this.title().trim(),
      description: this.description().trim() || undefined,
      quantity: this.quantity().trim() || undefined,
      hoursPerWeek: this.hoursPerWeek() ?? undefined,
      startsOn: this.startsOn() || undefined,
      endsOn: this.endsOn() || undefined,
      recurrenceText: this.recurrenceText().trim() || undefined,
      rrule: this.recurrence().rrule ?? undefined,
      siteId: this.siteId() || undefined,
      municipality: this.municipality().trim() || undefined,
      visibility: this.visibility(),
      expiresOn: this.expiresOn() || undefined,
    };
  }

  /** Every field as the form shows it; emptied facts are cleared with null; an untouched expiry is left out. */
  private changesFrom(before: BoardPostView): UpdateBoardPostRequest {
    return {
      kind: this.kind(),
      category: this.category(),
      title: this.title().trim(),
      description: this.description().trim(),
      quantity: this.quantity().trim(),
      hoursPerWeek: this.hoursPerWeek() ?? null,
      startsOn: this.startsOn() || null,
      endsOn: this.endsOn() || null,
      recurrenceText: this.recurrenceText().trim(),
      rrule: this.recurrence().rrule,
      siteId: this.siteId() || null,
      municipality: this.municipality().trim(),
      visibility: this.visibility(),
      ...(this.expiresOn() && this.expiresOn() !== before.expiresOn ? { expiresOn: this.expiresOn() } : {}),
    };
  }

  private async loadPost(id: string): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const post = await firstValueFrom(this.api.post(id));
      if (!post.isMine) {
        this.loadError.set({ key: 'board.form.notYours' });
        return;
      }
      this.saved.set(post);
      this.organisationId.set(post.organisationId);
      this.networkId.set(post.networkId);
      this.kind.set(post.kind);
      this.category.set(post.category);
      this.title.set(post.title);
      this.description.set(post.description);
      this.quantity.set(post.quantity);
      this.hoursPerWeek.set(post.hoursPerWeek);
      this.startsOn.set(post.startsOn ?? '');
      this.endsOn.set(post.endsOn ?? '');
      this.recurrenceText.set(post.recurrenceText);
      this.recurrence.set({ rrule: post.rrule || null, skipHolidays: false });
      this.siteId.set(post.siteId ?? '');
      this.municipality.set(post.municipality);
      this.visibility.set(post.visibility);
      this.expiresOn.set(post.expiresOn);
    } catch (error) {
      this.loadError.set(inlineErrorOf(error, { NOT_FOUND: 'board.detail.notFound' }));
    } finally {
      this.loading.set(false);
    }
  }

  private async loadChoices(): Promise<void> {
    try {
      const [organisations, sites, networks] = await Promise.all([
        firstValueFrom(this.api.organisations()),
        firstValueFrom(this.api.sites()),
        firstValueFrom(this.api.networks()),
      ]);
      this.organisations.set(organisations);
      this.sites.set(sites);
      this.networkNames.set(new Map(networks.map((n) => [n.id, n.name])));
    } catch {
      // The snack bar said why; the post can still be written without a site.
    }
  }
}
