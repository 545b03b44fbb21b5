import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { AgreementView, SaveTimesheetEntryRequest, TimesheetEntryView } from '@mutualis/contracts';
import { firstValueFrom } from 'rxjs';
import { Notice } from '../../../core/feedback/notice';
import { type InlineError, inlineErrorOf } from '../../../core/http/inline-error';
import { AppLanguage } from '../../../core/i18n/app-language';
import { LocaleFormat } from '../../../core/locale/locale-format';
import { confirmAction } from '../../../shared/confirm-dialog/confirm-dialog';
import { InlineErrorMessage } from '../../../shared/inline-error-message/inline-error-message';
import { AgreementsApi } from '../agreements-api';
import { minutesToHoursField } from '../../../core/locale/hours-format';
import { HoursPipe } from '../hours.pipe';
import { addDays, dateAsInstant, weekDates } from '../staff-time';
import { TimesheetsApi } from '../timesheets-api';
import { timesheetDayLabel } from './timesheet-days';
import { editTimesheetNote } from './timesheet-note-dialog';
import {
  type CellDraft,
  cellKey,
  cellsToSave,
  dayTotals,
  hasSomethingToSubmit,
  isCellEditable,
  isWeekLocked,
  rowTotal,
  type TimesheetCell,
  type TimesheetRow,
  timesheetRowsOf,
} from './timesheet-week';

const SAVE_ERRORS = { INVALID_STATE: 'staff.timesheet.errors.alreadySubmitted' };
const SUBMIT_ERRORS = { INVALID_STATE: 'staff.timesheet.errors.nothingToSubmit' };

/**
 * « Feuille de temps »: the employee's hours of one week, one row per organisation (agreements in
 * force and days worked or suggested from confirmed requests), one column per day. Days are saved
 * one by one, then the week is submitted to the organisations, which confirm or dispute it.
 */
@Component({
  selector: 'app-timesheet-grid',
  imports: [HoursPipe, InlineErrorMessage, MatButtonModule, MatProgressBarModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './timesheet-grid.html',
  styleUrl: './timesheet-grid.scss',
})
export class TimesheetGrid {
  private readonly api = inject(TimesheetsApi);
  private readonly agreementsApi = inject(AgreementsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notice = inject(Notice);
  private readonly transloco = inject(TranslocoService);
  private readonly format = inject(LocaleFormat);
  protected readonly lang = inject(AppLanguage).lang;

  readonly staffId = input.required<string>();
  /** The Monday of the week shown. */
  readonly monday = input.required<string>();
  /** The employee's date today: later days of the week cannot be recorded yet. */
  readonly today = input<string>();

  protected readonly loading = signal(true);
  private readonly entries = signal<readonly TimesheetEntryView[]>([]);
  private readonly agreements = signal<readonly AgreementView[]>([]);
  protected readonly rows = computed(() =>
    timesheetRowsOf({ monday: this.monday(), entries: this.entries(), agreements: this.agreements() }),
  );
  /** What the employee typed, by cell; untouched cells show what was loaded. */
  protected readonly drafts = signal<ReadonlyMap<string, CellDraft>>(new Map());
  protected readonly invalidKeys = signal<ReadonlySet<string>>(new Set());
  protected readonly busy = signal(false);
  protected readonly error = signal<InlineError | null>(null);

  protected readonly dates = computed(() => weekDates(this.monday()));
  protected readonly weekLabel = computed(() => this.format.formatDate(dateAsInstant(this.monday()), 'UTC'));
  protected readonly weekLocked = computed(() => isWeekLocked(this.rows()));
  protected readonly pending = computed(() => cellsToSave(this.staffId(), this.rows(), this.drafts(), this.today()));
  protected readonly toSave = computed(() => this.pending().saves.length + this.pending().invalid.length);
  protected readonly dayTotals = computed(() => dayTotals(this.rows(), this.drafts()));
  protected readonly weekTotal = computed(() => this.dayTotals().reduce((sum, minutes) => sum + minutes, 0));
  protected readonly canSubmit = computed(
    () => !this.weekLocked() && hasSomethingToSubmit(this.rows(), this.pending().saves.length),
  );

  private loadedAgreementsOf: string | null = null;
  private loads = 0;

  constructor() {
    effect(() => {
      const staffId = this.staffId();
      const monday = this.monday();
      untracked(() => {
        this.error.set(null);
        void this.load(staffId, monday);
      });
    });
  }

  protected dayLabel(date: string, style: 'long' | 'short' = 'long'): string {
    return timesheetDayLabel(date, this.format.locale(), style);
  }

  protected hoursOf(cell: TimesheetCell): string {
    const draft = this.drafts().get(cell.key);
    if (draft) return draft.hours;
    return cell.entry ? minutesToHoursField(cell.entry.minutes, this.lang()) : '';
  }

  protected noteOf(cell: TimesheetCell): string {
    return this.drafts().get(cell.key)?.note ?? cell.entry?.note ?? '';
  }

  protected editable(cell: TimesheetCell): boolean {
    return isCellEditable(cell, this.weekLocked(), this.today());
  }

  protected rowTotal(row: TimesheetRow): number {
    return rowTotal(row, this.drafts());
  }

  protected type(cell: TimesheetCell, hours: string): void {
    this.drafts.update((drafts) => new Map(drafts).set(cell.key, { hours, note: this.noteOf(cell) }));
    if (this.invalidKeys().has(cell.key)) {
      this.invalidKeys.update((keys) => new Set([...keys].filter((key) => key !== cell.key)));
    }
  }

  protected async editNote(cell: TimesheetCell): Promise<void> {
    const note = await editTimesheetNote(this.dialog, {
      day: this.cellName(cell),
      note: this.noteOf(cell),
      readonly: !this.editable(cell),
    });
    if (note === undefined || !this.editable(cell)) return;
    this.drafts.update((drafts) => new Map(drafts).set(cell.key, { hours: this.hoursOf(cell), note }));
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      if (!(await this.saveDays())) return;
      this.notice.show('staff.timesheet.saved');
      await this.load(this.staffId(), this.monday());
    } finally {
      this.busy.set(false);
    }
  }

  /** Saves what changed (and the suggestions), then submits the week's drafts. */
  protected async submit(): Promise<void> {
    if (this.busy()) return;
    // Submitted hours can no longer be changed by the employee: ask first.
    const confirmed = await confirmAction(this.dialog, {
      titleKey: 'staff.timesheet.confirmSubmit.title',
      messageKey: 'staff.timesheet.confirmSubmit.message',
      confirmKey: 'staff.timesheet.confirmSubmit.confirm',
      params: { week: this.weekLabel() },
    });
    if (!confirmed) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      if (!(await this.saveDays())) return;
      try {
        const count = await firstValueFrom(this.api.submit({ resourceId: this.staffId(), weekStart: this.monday() }));
        this.notice.show('staff.timesheet.submitted', { count });
      } catch (error) {
        this.error.set(inlineErrorOf(error, SUBMIT_ERRORS));
      }
      await this.load(this.staffId(), this.monday());
    } finally {
      this.busy.set(false);
    }
  }

  /** « Maison de la famille, mardi 3 mars ». */
  private cellName(cell: TimesheetCell): string {
    return `${cell.organisationName}, ${this.dayLabel(cell.date)}`;
  }

  /** One call per day, in order; stops at the first refusal and says which day it was. */
  private async saveDays(): Promise<boolean> {
    const { saves, invalid } = this.pending();
    if (invalid.length > 0) {
      this.invalidKeys.set(new Set(invalid.map((cell) => cell.key)));
      this.error.set({ key: 'staff.timesheet.errors.invalidHours', params: { day: this.cellName(invalid[0]) } });
      return false;
    }
    for (const { cell, request } of saves) {
      try {
        await firstValueFrom(this.api.save(request));
        this.markSaved(cell, request);
      } catch (error) {
        const problem = inlineErrorOf(error, SAVE_ERRORS);
        const message = 'text' in problem ? problem.text : this.transloco.translate(problem.key, problem.params);
        this.error.set({ key: 'staff.timesheet.errors.onDay', params: { day: this.cellName(cell), message } });
        return false;
      }
    }
    return true;
  }

  /** A saved day is a draft: the grid shows it so, and keeps what is still to save if a later day fails. */
  private markSaved(cell: TimesheetCell, request: SaveTimesheetEntryRequest): void {
    const saved: TimesheetEntryView = {
      id: cell.entry?.id ?? null,
      resourceId: request.resourceId,
      organisationId: cell.organisationId,
      organisationName: cell.organisationName,
      workDate: cell.date,
      minutes: request.minutes,
      note: request.note ?? '',
      status: 'draft',
      disputeComment: null,
      plannedMinutes: cell.entry?.plannedMinutes ?? 0,
    };
    this.entries.update((entries) => [
      ...entries.filter((entry) => cellKey(entry.organisationId, entry.workDate) !== cell.key),
      saved,
    ]);
    this.drafts.update((drafts) => {
      const next = new Map(drafts);
      next.delete(cell.key);
      return next;
    });
  }

  private async load(staffId: string, monday: string): Promise<void> {
    const load = ++this.loads;
    this.loading.set(true);
    try {
      const [entries, agreements] = await Promise.all([
        firstValueFrom(this.api.list(staffId, { from: monday, to: addDays(monday, 7) })),
        this.loadedAgreementsOf === staffId
          ? Promise.resolve(this.agreements())
          : firstValueFrom(this.agreementsApi.list({ resourceId: staffId })),
      ]);
      if (load !== this.loads) return;
      this.loadedAgreementsOf = staffId;
      this.agreements.set(agreements.filter((agreement) => agreement.resourceId === staffId));
      this.entries.set(entries);
      this.drafts.set(new Map());
      this.invalidKeys.set(new Set());
    } catch {
      // The snack bar said why; the grid shows nothing rather than a week it could not read.
      if (load === this.loads) this.entries.set([]);
    } finally {
      if (load === this.loads) this.loading.set(false);
    }
  }
}
