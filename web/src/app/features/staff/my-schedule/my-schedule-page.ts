import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { provideTranslocoScope, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { CalendarOccurrence, LeaveView, StaffView } from '@mutualis/contracts';
import { firstValueFrom, forkJoin } from 'rxjs';
import { Session } from '../../../core/auth/session';
import { Notice } from '../../../core/feedback/notice';
import { type InlineError, inlineErrorOf } from '../../../core/http/inline-error';
import { DEFAULT_TIME_ZONE } from '../../../core/locale/date-time-format';
import { LocaleFormat } from '../../../core/locale/locale-format';
import { confirmAction } from '../../../shared/confirm-dialog/confirm-dialog';
import { InlineErrorMessage } from '../../../shared/inline-error-message/inline-error-message';
import { DECLINE_REASON } from '../../../shared/reason-dialog/decline-reason';
import { askReason } from '../../../shared/reason-dialog/reason-dialog';
import { StaffBookingsApi } from '../staff-bookings-api';
import { StaffApi } from '../staff-api';
import { addDays, dateAsInstant, instantOf, localDateOf, mondayOf } from '../staff-time';
import { TimesheetGrid } from '../timesheets/timesheet-grid';
import { openLeaveDialog } from './leave-dialog';
import { pendingRequestsOf, type PendingRequest } from './pending-requests';
import { openProposeTimeDialog, type ProposedTime } from './propose-time-dialog';
import { scheduleWeekOf, type TimeRange } from './schedule-week';
import { Clock } from '../../../core/clock/clock';

const DAY_MS = 86_400_000;
/** The API lists at most 92 days of bookings at once. */
const PENDING_WINDOW_DAYS = 92;
const UPCOMING_LEAVE_DAYS = 365;

const DECISION_ERRORS = { INVALID_STATE: 'staff.mySchedule.errors.notPending', NOT_FOUND: 'staff.mySchedule.errors.notPending' };

interface WeekData {
  readonly occurrences: readonly CalendarOccurrence[];
  readonly workingTime: readonly TimeRange[];
  readonly leave: readonly LeaveView[];
}

const EMPTY_WEEK: WeekData = { occurrences: [], workingTime: [], leave: [] };

/**
 * « Mon horaire »: the pooled employee's week across every organisation they serve (working
 * hours, leave, requests with their status), the requests waiting for their answer (approve,
 * decline, propose another time), the week's timesheet, and their upcoming leave. Weeks and
 * days are the employee's, in their own zone.
 */
@Component({
  selector: 'app-my-schedule-page',
  imports: [InlineErrorMessage, MatButtonModule, MatProgressBarModule, TimesheetGrid, TranslocoPipe],
  providers: [provideTranslocoScope('staff')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-schedule-page.html',
  styleUrl: './my-schedule-page.scss',
})
export class MySchedulePage {
  private readonly staffApi = inject(StaffApi);
  private readonly requestsApi = inject(StaffBookingsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notice = inject(Notice);
  private readonly clock = inject(Clock);
  private readonly transloco = inject(TranslocoService);
  protected readonly format = inject(LocaleFormat);

  protected readonly staffId = inject(Session).me()?.staffResourceId ?? '';
  protected readonly staff = signal<StaffView | null>(null);
  protected readonly timeZone = computed(() => this.staff()?.timeZone ?? DEFAULT_TIME_ZONE);
  protected readonly today = computed(() => localDateOf(this.clock.nowMs(), this.timeZone()));
  protected readonly monday = signal('');

  private readonly week = signal<WeekData>(EMPTY_WEEK);
  protected readonly days = computed(() =>
    this.monday() ? scheduleWeekOf({ monday: this.monday(), timeZone: this.timeZone(), ...this.week() }) : [],
  );
  protected readonly pending = signal<PendingRequest[]>([]);
  /** Times proposed during this visit, by series (the committed list of bookings does not say; see README). */
  protected readonly proposed = signal<ReadonlyMap<string, ProposedTime>>(new Map());
  protected readonly upcomingLeave = signal<LeaveView[]>([]);

  protected readonly loadingWeek = signal(true);
  protected readonly loadingPending = signal(true);
  protected readonly loadingLeave = signal(true);
  protected readonly deciding = signal<string | null>(null);
  protected readonly decisionError = signal<InlineError | null>(null);
  protected readonly leaveError = signal<InlineError | null>(null);
  private weekLoads = 0;

  constructor() {
    void this.start();
  }

  protected previousWeek(): void {
    void this.showWeek(addDays(this.monday(), -7));
  }

  protected nextWeek(): void {
    void this.showWeek(addDays(this.monday(), 7));
  }

  protected thisWeek(): void {
    void this.showWeek(mondayOf(this.today()));
  }

  protected async approve(request: PendingRequest): Promise<void> {
    await this.decide(request, async () => {
      await firstValueFrom(this.requestsApi.approve(request.seriesId));
      this.notice.show('staff.mySchedule.approved', { title: this.titleOf(request) });
    });
  }

  protected async decline(request: PendingRequest): Promise<void> {
    const reason = await askReason(this.dialog, {
      ...DECLINE_REASON,
      titleParams: { title: this.titleOf(request), organisationName: request.organisationName ?? '' },
    });
    if (!reason) return;
    await this.decide(request, async () => {
      await firstValueFrom(this.requestsApi.decline(request.seriesId, reason));
      this.notice.show('staff.mySchedule.declined', { title: this.titleOf(request) });
    });
  }

  protected async proposeTime(request: PendingRequest): Promise<void> {
    if (this.deciding()) return;
    this.decisionError.set(null);
    const proposal = await openProposeTimeDialog(this.dialog, {
      seriesId: request.seriesId,
      occurrenceId: request.occurrenceId,
      title: this.titleOf(request),
      organisationName: request.organisationName ?? '',
      timeZone: this.timeZone(),
      start: request.start,
      end: request.end,
    });
    if (!proposal) return;
    this.proposed.update((all) => new Map(all).set(request.seriesId, proposal));
    this.notice.show('staff.propose.sent', { title: this.titleOf(request) });
  }

  protected async addLeave(): Promise<void> {
    const monday = this.monday();
    const proposed = this.today() >= monday && this.today() < addDays(monday, 7) ? this.today() : monday;
    const leave = await openLeaveDialog(this.dialog, { staffId: this.staffId, timeZone: this.timeZone(), date: proposed });
    if (!leave) return;
    this.notice.show('staff.leave.added');
    await Promise.all([this.showWeek(this.monday()), this.loadUpcomingLeave()]);
  }

  protected async deleteLeave(leave: LeaveView): Promise<void> {
    const params = { kind: this.transloco.translate(this.kindKey(leave)), range: this.range(leave) };
    const confirmed = await confirmAction(this.dialog, {
      titleKey: 'staff.leave.deleteTitle',
      messageKey: 'staff.leave.deleteMessage',
      confirmKey: 'staff.leave.delete',
      params,
    });
    if (!confirmed) return;
    this.leaveError.set(null);
    try {
      await firstValueFrom(this.staffApi.deleteLeave(this.staffId, leave.id));
      this.upcomingLeave.update((list) => list.filter((each) => each.id !== leave.id));
      this.notice.show('staff.leave.deleted');
      await this.showWeek(this.monday());
    } catch (error) {
      this.leaveError.set(inlineErrorOf(error));
    }
  }

  /** « Tenue de livres », or the organisation when the title is private to it. */
  protected titleOf(item: { title: string | null; organisationName: string | null }): string {
    return item.title ?? item.organisationName ?? '—';
  }

  protected weekLabel(): string {
    return this.monday() ? this.format.formatDate(dateAsInstant(this.monday()), 'UTC') : '';
  }

  protected dayLabel(date: string): string {
    return this.format.formatDate(dateAsInstant(date), 'UTC');
  }

  protected timeRange(range: TimeRange): string {
    return `${this.format.formatTime(range.start, this.timeZone())} – ${this.format.formatTime(range.end, this.timeZone())}`;
  }

  /** « 5 mars 2026, 09 h 00 – 12 h 00 » within a day, both dates otherwise. */
  protected range(range: TimeRange): string {
    const timeZone = this.timeZone();
    const sameDay = localDateOf(range.start, timeZone) === localDateOf(range.end, timeZone);
    const end = sameDay ? this.format.formatTime(range.end, timeZone) : this.format.formatDateTime(range.end, timeZone);
    return `${this.format.formatDateTime(range.start, timeZone)} – ${end}`;
  }

  protected kindKey(leave: LeaveView): string {
    return `staff.leave.kinds.${leave.kind}`;
  }

  private async start(): Promise<void> {
    try {
      this.staff.set(await firstValueFrom(this.staffApi.get(this.staffId)));
    } catch {
      // The snack bar said why; the page still shows the week in the default zone.
    }
    await Promise.all([this.showWeek(mondayOf(this.today())), this.loadPending(), this.loadUpcomingLeave()]);
  }

  private async showWeek(monday: string): Promise<void> {
    const load = ++this.weekLoads;
    this.monday.set(monday);
    this.loadingWeek.set(true);
    const window = { from: instantOf(monday, this.timeZone()), to: instantOf(addDays(monday, 7), this.timeZone()) };
    try {
      const { occurrences, availability, leave } = await firstValueFrom(
        forkJoin({
          occurrences: this.requestsApi.schedule(this.staffId, window),
          availability: this.staffApi.availability(this.staffId, window),
          leave: this.staffApi.leave(this.staffId, window),
        }),
      );
      if (load === this.weekLoads) this.week.set({ occurrences, workingTime: availability.workingTime, leave });
    } catch {
      if (load === this.weekLoads) this.week.set(EMPTY_WEEK);
    } finally {
      if (load === this.weekLoads) this.loadingWeek.set(false);
    }
  }

  private async loadPending(): Promise<void> {
    this.loadingPending.set(true);
    const from = this.clock.nowMs();
    const window = { from: new Date(from).toISOString(), to: new Date(from + PENDING_WINDOW_DAYS * DAY_MS).toISOString() };
    try {
      const occurrences = await firstValueFrom(this.requestsApi.schedule(this.staffId, window));
      this.pending.set(pendingRequestsOf(occurrences.filter((each) => Date.parse(each.start) > from)));
    } catch {
      this.pending.set([]);
    } finally {
      this.loadingPending.set(false);
    }
  }

  private async loadUpcomingLeave(): Promise<void> {
    this.loadingLeave.set(true);
    const from = this.clock.nowMs();
    const window = { from: new Date(from).toISOString(), to: new Date(from + UPCOMING_LEAVE_DAYS * DAY_MS).toISOString() };
    try {
      const leave = await firstValueFrom(this.staffApi.leave(this.staffId, window));
      this.upcomingLeave.set([...leave].sort((a, b) => Date.parse(a.start) - Date.parse(b.start)));
    } catch {
      this.upcomingLeave.set([]);
    } finally {
      this.loadingLeave.set(false);
    }
  }

  /** Runs an approval or a refusal, then takes the request off the queue and refreshes the week. */
  private async decide(request: PendingRequest, action: () => Promise<void>): Promise<void> {
    if (this.deciding()) return;
    this.deciding.set(request.seriesId);
    this.decisionError.set(null);
    try {
      await action();
      this.pending.update((list) => list.filter((each) => each.seriesId !== request.seriesId));
      await this.showWeek(this.monday());
    } catch (error) {
      // 403 when the employee belongs to the requesting organisation: the API's message says so.
      this.decisionError.set(inlineErrorOf(error, DECISION_ERRORS));
    } finally {
      this.deciding.set(null);
    }
  }
}
