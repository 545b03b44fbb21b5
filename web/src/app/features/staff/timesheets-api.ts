import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { SaveTimesheetEntryRequest, TimesheetEntryView, TimesheetWeekRequest } from '@mutualis/contracts';
import { map, Observable } from 'rxjs';
import { errorsInline } from '../../core/http/errors-inline';

/** Dates 'YYYY-MM-DD' in the employee's zone, `to` excluded, at most 92 days apart. */
export interface TimesheetWindow {
  readonly from: string;
  readonly to: string;
}

/** A week of one employee's timesheet, for one receiving organisation (confirm, dispute) or all (submit, lock). */
export interface TimesheetWeek {
  readonly resourceId: string;
  /** Its Monday. */
  readonly weekStart: string;
}

/**
 * `/api/timesheets`: hours actually worked. The employee saves days and submits a week; the
 * receiving organisation's admin confirms or disputes it; a coordinator locks it.
 */
@Injectable({ providedIn: 'root' })
export class TimesheetsApi {
  private readonly http = inject(HttpClient);

  /**
   * The employee and coordinators see every organisation; anyone else only their organisations'
   * lines. Days without a saved entry but with confirmed requests come as `suggested` (`id: null`).
   */
  list(resourceId: string, window: TimesheetWindow): Observable<TimesheetEntryView[]> {
    const params = new HttpParams().set('resourceId', resourceId).set('from', window.from).set('to', window.to);
    return this.http.get<TimesheetEntryView[]>('/api/timesheets', { params });
  }

  /** 204; refused once the day was submitted (INVALID_STATE) or locked (TIMESHEET_LOCKED). */
  save(request: SaveTimesheetEntryRequest): Observable<void> {
    return this.http.put<void>('/api/timesheets/entries', request, errorsInline());
  }

  /** Drafts of the week become submitted; INVALID_STATE when there is no draft. */
  submit(week: TimesheetWeek): Observable<number> {
    return this.transition('submit', { resourceId: week.resourceId, weekStart: week.weekStart });
  }

  confirm(week: TimesheetWeek, organisationId: string): Observable<number> {
    return this.transition('confirm', { resourceId: week.resourceId, weekStart: week.weekStart, organisationId });
  }

  dispute(week: TimesheetWeek, organisationId: string, comment: string): Observable<number> {
    return this.transition('dispute', { resourceId: week.resourceId, weekStart: week.weekStart, organisationId, comment });
  }

  /** Confirmed entries of the week, every organisation, become locked for good. */
  lock(week: TimesheetWeek): Observable<number> {
    return this.transition('lock', { resourceId: week.resourceId, weekStart: week.weekStart });
  }

  /** Resolves how many entries changed. */
  private transition(action: 'submit' | 'confirm' | 'dispute' | 'lock', body: TimesheetWeekRequest): Observable<number> {
    return this.http
      .post<{ entries: number }>(`/api/timesheets/${action}`, body, errorsInline())
      .pipe(map((result) => result.entries));
  }
}
