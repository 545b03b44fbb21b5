import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { BlackoutView } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../core/feedback/notice';
import type { InlineError } from '../../core/http/inline-error';
import { DEFAULT_TIME_ZONE } from '../../core/locale/date-time-format';
import { LocaleFormat } from '../../core/locale/locale-format';
import { confirmAction } from '../../shared/confirm-dialog/confirm-dialog';
import { InlineErrorMessage } from '../../shared/inline-error-message/inline-error-message';
import { instantOf } from './blackout-period';
import { PremisesAdminApi, type BlackoutTarget } from './premises-admin-api';
import { premisesErrorOf } from './premises-errors';
import { LocaleDateTimeInput } from '../../core/locale/locale-date-time-input';

let nextId = 0;

/**
 * The closures of a site or a space: listed with their period and reason, added with a date-time
 * range read on the site's clock, deleted after confirmation.
 */
@Component({
  selector: 'app-blackouts-panel',
  imports: [
    LocaleDateTimeInput,
    InlineErrorMessage,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('premises')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './blackouts-panel.html',
  styleUrl: './premises-page.scss',
})
export class BlackoutsPanel {
  private readonly api = inject(PremisesAdminApi);
  private readonly dialog = inject(MatDialog);
  private readonly notice = inject(Notice);
  protected readonly format = inject(LocaleFormat);

  readonly target = input.required<BlackoutTarget>();
  readonly timeZone = input(DEFAULT_TIME_ZONE);

  protected readonly titleId = `blackouts-${nextId++}`;
  protected readonly blackouts = signal<BlackoutView[]>([]);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly error = signal<InlineError | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      startDate: ['', Validators.required],
      startTime: ['00:00', Validators.required],
      endDate: ['', Validators.required],
      endTime: ['23:59', Validators.required],
      reason: ['', [Validators.required, Validators.maxLength(500), Validators.pattern(/\S/)]],
    },
    { validators: (group) => this.endAfterStart(group) },
  );

  constructor() {
    effect(() => {
      const target = this.target();
      untracked(() => void this.load(target));
    });
  }

  protected isSite(): boolean {
    return 'siteId' in this.target();
  }

  protected when(blackout: BlackoutView): string {
    return `${this.format.formatDateTime(blackout.start, this.timeZone())} – ${this.format.formatDateTime(blackout.end, this.timeZone())}`;
  }

  protected async add(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { startDate, startTime, endDate, endTime, reason } = this.form.getRawValue();
    const start = instantOf(startDate, startTime, this.timeZone());
    const end = instantOf(endDate, endTime, this.timeZone());
    if (!start || !end) return;
    this.saving.set(true);
    this.error.set(null);
    try {
      const blackout = await firstValueFrom(this.api.createBlackout({ ...this.target(), start, end, reason: reason.trim() }));
      this.blackouts.update((list) => [...list, blackout].sort((a, b) => Date.parse(a.start) - Date.parse(b.start)));
      this.form.reset();
      this.notice.show('premises.blackouts.added');
    } catch (error) {
      this.error.set(premisesErrorOf(error));
    } finally {
      this.saving.set(false);
    }
  }

  protected async remove(blackout: BlackoutView): Promise<void> {
    const params = { reason: blackout.reason, when: this.when(blackout) };
    const confirmed = await confirmAction(this.dialog, {
      titleKey: 'premises.blackouts.deleteTitle',
      messageKey: 'premises.blackouts.deleteMessage',
      confirmKey: 'premises.blackouts.delete',
      params,
    });
    if (!confirmed) return;
    this.error.set(null);
    try {
      await firstValueFrom(this.api.deleteBlackout(blackout.id));
      this.blackouts.update((list) => list.filter((each) => each.id !== blackout.id));
      this.notice.show('premises.blackouts.deleted');
    } catch (error) {
      this.error.set(premisesErrorOf(error));
    }
  }

  private endAfterStart(group: AbstractControl): ValidationErrors | null {
    const { startDate, startTime, endDate, endTime } = group.getRawValue();
    const start = instantOf(startDate, startTime, this.timeZone());
    const end = instantOf(endDate, endTime, this.timeZone());
    return start && end && Date.parse(end) <= Date.parse(start) ? { endBeforeStart: true } : null;
  }

  private async load(target: BlackoutTarget): Promise<void> {
    this.loading.set(true);
    try {
      this.blackouts.set(await firstValueFrom(this.api.blackouts(target)));
    } catch {
      // The error snack bar said why.
    } finally {
      this.loading.set(false);
    }
  }
}
