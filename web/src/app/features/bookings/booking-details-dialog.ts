import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { provideTranslocoScope, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { BookingSeriesView, OccurrenceView } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../core/feedback/notice';
import { AppLanguage } from '../../core/i18n/app-language';
import { LocaleFormat } from '../../core/locale/locale-format';
import { describeRecurrence } from '../../shared/recurrence-builder/describe-recurrence';
import { BookingEditDialog, type BookingEditDialogData } from './booking-edit-dialog';
import { bookingProblemOf, type BookingProblem } from './booking-problem';
import { BookingProblemMessage } from './booking-problem-message';
import { BookingsApi } from './bookings-api';
import { chooseScope } from './scope-dialog';
import { bundleTextOf } from './bundle-text';
import { Clock } from '../../core/clock/clock';

export interface BookingDetailsDialogData {
  readonly seriesId: string;
  /** The occurrence clicked in the calendar or the list. */
  readonly occurrenceId?: string;
}

/**
 * A booking as the person may see it (another organisation's private booking is only « Réservé »),
 * with « Modifier » and « Annuler la réservation » when they may change it; both ask which
 * occurrences of a series they mean. Closes with `true` after a change.
 */
@Component({
  selector: 'app-booking-details-dialog',
  imports: [BookingProblemMessage, MatButtonModule, MatDialogModule, MatProgressBarModule, TranslocoPipe],
  providers: [provideTranslocoScope('bookings')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './booking-details-dialog.html',
  styles: `
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.5rem 1.5rem;
      margin: 0;
      min-width: min(28rem, 75vw);
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
    dd {
      margin: 0;
      font: var(--mat-sys-body-large);
      white-space: pre-line;
    }
    .danger {
      --mat-button-text-label-text-color: var(--mat-sys-error);
    }
  `,
})
export class BookingDetailsDialog {
  private readonly data = inject<BookingDetailsDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<BookingDetailsDialog, boolean>>(MatDialogRef);
  private readonly api = inject(BookingsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notice = inject(Notice);
  private readonly transloco = inject(TranslocoService);
  private readonly lang = inject(AppLanguage).lang;
  protected readonly format = inject(LocaleFormat);
  private readonly clock = inject(Clock);

  protected readonly series = signal<BookingSeriesView | null>(null);
  protected readonly loading = signal(true);
  protected readonly working = signal(false);
  protected readonly problem = signal<BookingProblem | null>(null);

  protected readonly occurrence = computed<OccurrenceView | null>(() => {
    const series = this.series();
    if (!series) return null;
    const now = this.clock.nowMs();
    return (
      series.occurrences.find((each) => each.id === this.data.occurrenceId) ??
      series.occurrences.find((each) => Date.parse(each.end) > now) ??
      series.occurrences[0] ??
      null
    );
  });
  protected readonly recurring = computed(() => Boolean(this.series()?.rrule));
  /** The equipment booked with the room, which follows its changes. */
  protected readonly bundleText = computed(() => bundleTextOf(this.series()?.bundle));
  protected readonly recurrence = computed(() => {
    const series = this.series();
    if (!series?.rrule) return '';
    try {
      return describeRecurrence(series.rrule, this.lang());
    } catch {
      return series.rrule;
    }
  });
  /** Past occurrences are never rewritten: only a future one can change. */
  protected readonly changeable = computed(() => {
    const occurrence = this.occurrence();
    return Boolean(this.series()?.canEdit && occurrence && Date.parse(occurrence.start) > this.clock.nowMs());
  });

  constructor() {
    void this.load();
  }

  protected when(occurrence: OccurrenceView): string {
    const timeZone = this.series()?.timeZone;
    return `${this.format.formatDateTime(occurrence.start, timeZone)} – ${this.format.formatTime(occurrence.end, timeZone)}`;
  }

  protected titleOf(series: BookingSeriesView): string {
    return series.title ?? this.transloco.translate('bookings.private');
  }

  protected async cancel(): Promise<void> {
    const series = this.series();
    const occurrence = this.occurrence();
    if (!series || !occurrence) return;
    const choice = await chooseScope(this.dialog, {
      action: 'cancel',
      recurring: this.recurring(),
      title: this.titleOf(series),
      when: this.when(occurrence),
    });
    if (!choice) return;
    await this.run(async () => {
      await firstValueFrom(this.api.cancel(series.id, { ...choice, occurrenceId: occurrence.id }));
      this.notice.show('bookings.details.cancelled', { title: this.titleOf(series) });
      this.ref.close(true);
    });
  }

  protected async edit(): Promise<void> {
    const series = this.series();
    const occurrence = this.occurrence();
    if (!series || !occurrence) return;
    const choice = this.recurring()
      ? await chooseScope(this.dialog, {
          action: 'edit',
          recurring: true,
          title: this.titleOf(series),
          when: this.when(occurrence),
        })
      : { scope: 'all' as const };
    if (!choice) return;
    const ref = this.dialog.open<BookingEditDialog, BookingEditDialogData, BookingSeriesView>(BookingEditDialog, {
      data: { series, occurrence, scope: choice.scope },
      width: '40rem',
    });
    const updated = await firstValueFrom(ref.afterClosed());
    if (!updated) return;
    this.notice.show('bookings.details.updated', { title: this.titleOf(updated) });
    this.ref.close(true);
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.working.set(true);
    this.problem.set(null);
    try {
      await action();
    } catch (error) {
      this.problem.set(bookingProblemOf(error));
    } finally {
      this.working.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      this.series.set(await firstValueFrom(this.api.get(this.data.seriesId)));
    } catch (error) {
      this.problem.set(bookingProblemOf(error));
    } finally {
      this.loading.set(false);
    }
  }
}
