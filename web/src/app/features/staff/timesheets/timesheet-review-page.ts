import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import type { ErrorCode, StaffView, TimesheetEntryView } from '@mutualis/contracts';
import { firstValueFrom, forkJoin, of } from 'rxjs';
import { Session } from '../../../core/auth/session';
import { Notice } from '../../../core/feedback/notice';
import { type InlineError, inlineErrorOf } from '../../../core/http/inline-error';
import { AppLanguage } from '../../../core/i18n/app-language';
import { DEFAULT_TIME_ZONE } from '../../../core/locale/date-time-format';
import { LocaleFormat } from '../../../core/locale/locale-format';
import { confirmAction } from '../../../shared/confirm-dialog/confirm-dialog';
import { InlineErrorMessage } from '../../../shared/inline-error-message/inline-error-message';
import { askReason } from '../../../shared/reason-dialog/reason-dialog';
import { HoursPipe } from '../hours.pipe';
import { StaffApi } from '../staff-api';
import { addDays, dateAsInstant, localDateOf, weekDates } from '../staff-time';
import { TimesheetsApi } from '../timesheets-api';
import { timesheetDayLabel } from './timesheet-days';
import { byLatestWeek, type ReviewLine, type ReviewWeek, reviewWeeksOf, reviewWindow } from './timesheet-review';
import { Clock } from '../../../core/clock/clock';

const DECISION_ERRORS: Partial<Record<ErrorCode, string>> = { INVALID_STATE: 'staff.review.errors.notSubmitted' };
const LOCK_ERRORS: Partial<Record<ErrorCode, string>> = { INVALID_STATE: 'staff.review.errors.nothingConfirmed' };

/**
 * « Feuilles de temps »: the weeks pooled employees sent, twelve weeks at a time. The active
 * organisation's admins confirm or dispute their organisation's days; coordinators see every
 * organisation and lock confirmed weeks. The API decides who sees what: an admin's list holds
 * only their organisations' days, a coordinator's everything of their networks.
 */
@Component({
  selector: 'app-timesheet-review-page',
  imports: [HoursPipe, InlineErrorMessage, MatButtonModule, MatProgressBarModule, TranslocoPipe],
  providers: [provideTranslocoScope('staff')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './timesheet-review-page.html',
  styleUrl: './timesheet-review-page.scss',
})
export class TimesheetReviewPage {
  private readonly session = inject(Session);
  private readonly staffApi = inject(StaffApi);
  private readonly api = inject(TimesheetsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notice = inject(Notice);
  private readonly format = inject(LocaleFormat);
  private readonly clock = inject(Clock);
  protected readonly lang = inject(AppLanguage).lang;

  protected readonly organisation = this.session.activeOrganisation;
  protected readonly isCoordinator = this.session.isCoordinator;
  /** The active organisation's admin decides on its days. */
  protected readonly decides = computed(() => {
    const organisation = this.organisation();
    return !!organisation && this.session.adminOf(organisation.organisationId);
  });

  private readonly today = localDateOf(this.clock.nowMs(), DEFAULT_TIME_ZONE);
  protected readonly offset = signal(0);
  protected readonly window = computed(() => reviewWindow(this.today, this.offset()));

  private readonly staff = signal<readonly StaffView[]>([]);
  private readonly entries = signal<ReadonlyMap<string, readonly TimesheetEntryView[]>>(new Map());
  protected readonly weeks = computed(() => {
    const organisationId = this.isCoordinator() ? null : (this.organisation()?.organisationId ?? null);
    return this.staff()
      .flatMap((staff) => reviewWeeksOf({ staff, entries: this.entries().get(staff.id) ?? [], organisationId }))
      .sort(byLatestWeek);
  });

  protected readonly loading = signal(true);
  protected readonly acting = signal<string | null>(null);
  protected readonly problem = signal<{ readonly week: string; readonly error: InlineError } | null>(null);
  private staffLoaded = false;
  private loads = 0;

  constructor() {
    effect(() => {
      const window = this.window();
      untracked(() => void this.load(window));
    });
  }

  protected earlier(): void {
    this.offset.update((offset) => offset + 1);
  }

  protected later(): void {
    this.offset.update((offset) => Math.max(0, offset - 1));
  }

  protected windowLabel(): { from: string; to: string } {
    const { from, to } = this.window();
    return { from: this.dateLabel(from), to: this.dateLabel(addDays(to, -1)) };
  }

  protected dateLabel(date: string): string {
    return this.format.formatDate(dateAsInstant(date), 'UTC');
  }

  protected days(week: ReviewWeek): string[] {
    return weekDates(week.weekStart);
  }

  protected dayLabel(date: string, style: 'long' | 'short' = 'long'): string {
    return timesheetDayLabel(date, this.format.locale(), style);
  }

  protected mayDecide(line: ReviewLine): boolean {
    return line.awaitingDecision && this.decides() && this.organisation()?.organisationId === line.organisationId;
  }

  protected mayLock(week: ReviewWeek): boolean {
    return week.lockable && this.session.coordinates(week.networkId);
  }

  protected async confirm(week: ReviewWeek, line: ReviewLine): Promise<void> {
    await this.act(week, DECISION_ERRORS, async () => {
      await firstValueFrom(this.api.confirm(week, line.organisationId));
      this.notice.show('staff.review.confirmed', { name: week.staffName, organisation: line.organisationName });
    });
  }

  protected async dispute(week: ReviewWeek, line: ReviewLine): Promise<void> {
    const comment = await askReason(this.dialog, {
      titleKey: 'staff.review.disputeDialog.title',
      titleParams: { staffName: week.staffName, week: this.dateLabel(week.weekStart), organisationName: line.organisationName },
      labelKey: 'staff.review.disputeDialog.comment',
      requiredKey: 'staff.review.disputeDialog.commentRequired',
      submitKey: 'staff.review.disputeDialog.submit',
      maxLength: 2000,
    });
    if (!comment) return;
    await this.act(week, DECISION_ERRORS, async () => {
      await firstValueFrom(this.api.dispute(week, line.organisationId, comment));
      this.notice.show('staff.review.disputed', { name: week.staffName });
    });
  }

  protected async lock(week: ReviewWeek): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      titleKey: 'staff.review.lockTitle',
      messageKey: 'staff.review.lockMessage',
      confirmKey: 'staff.review.lock',
      params: { name: week.staffName, date: this.dateLabel(week.weekStart) },
    });
    if (!confirmed) return;
    await this.act(week, LOCK_ERRORS, async () => {
      await firstValueFrom(this.api.lock(week));
      this.notice.show('staff.review.locked', { name: week.staffName });
    });
  }

  /** Runs a decision, then reads the employee's weeks again; a refusal shows on the week. */
  private async act(week: ReviewWeek, errors: Partial<Record<ErrorCode, string>>, action: () => Promise<void>): Promise<void> {
    if (this.acting()) return;
    this.acting.set(week.key);
    this.problem.set(null);
    try {
      await action();
    } catch (error) {
      this.problem.set({ week: week.key, error: inlineErrorOf(error, errors) });
      this.acting.set(null);
      return;
    }
    try {
      const entries = await firstValueFrom(this.api.list(week.resourceId, this.window()));
      this.entries.update((all) => new Map(all).set(week.resourceId, entries));
    } catch {
      // The decision is made; the snack bar said the list could not be read again.
    } finally {
      this.acting.set(null);
    }
  }

  private async load(window: { from: string; to: string }): Promise<void> {
    const load = ++this.loads;
    this.loading.set(true);
    this.problem.set(null);
    try {
      if (!this.staffLoaded) {
        this.staff.set(await firstValueFrom(this.staffApi.list()));
        this.staffLoaded = true;
      }
      const staff = this.staff();
      const lists = await firstValueFrom(
        staff.length === 0 ? of([]) : forkJoin(staff.map((each) => this.api.list(each.id, window))),
      );
      if (load === this.loads) this.entries.set(new Map(staff.map((each, index) => [each.id, lists[index]])));
    } catch {
      // The snack bar said why; the page shows no week rather than a partial list.
      if (load === this.loads) this.entries.set(new Map());
    } finally {
      if (load === this.loads) this.loading.set(false);
    }
  }
}
