import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ApproveBookingRequest,
  BookingSeriesView,
  CalendarOccurrence,
  CancelBookingRequest,
  CreateBookingRequest,
  DeclineBookingRequest,
  UpdateBookingRequest,
} from '@mutualis/contracts';
import { forkJoin, map, Observable, of } from 'rxjs';
import { errorsInline } from '../../core/http/errors-inline';
import { splitWindow } from './split-window';

export interface BookingQuery {
  readonly resourceId?: string;
  readonly organisationId?: string;
  /** ISO instants; any length: longer windows are asked in pieces the API accepts. */
  readonly from: string;
  readonly to: string;
}

/**
 * `/api/bookings`. Every call shows its errors inline (the booking dialog explains a conflict
 * with its dates), so none of them opens the error snack bar.
 */
@Injectable({ providedIn: 'root' })
export class BookingsApi {
  private readonly http = inject(HttpClient);

  create(request: CreateBookingRequest): Observable<BookingSeriesView> {
    return this.http.post<BookingSeriesView>('/api/bookings', request, errorsInline());
  }

  /** The occurrences overlapping the window, in start order, each once. */
  list(query: BookingQuery): Observable<CalendarOccurrence[]> {
    const windows = splitWindow(Date.parse(query.from), Date.parse(query.to));
    if (windows.length === 0) return of([]);
    const requests = windows.map((window) => this.listWindow({ ...query, ...window }));
    return forkJoin(requests).pipe(map((pages) => uniqueById(pages.flat())));
  }

  get(seriesId: string): Observable<BookingSeriesView> {
    return this.http.get<BookingSeriesView>(`/api/bookings/${encodeURIComponent(seriesId)}`, errorsInline());
  }

  update(seriesId: string, request: UpdateBookingRequest): Observable<BookingSeriesView> {
    return this.http.patch<BookingSeriesView>(`/api/bookings/${encodeURIComponent(seriesId)}`, request, errorsInline());
  }

  cancel(seriesId: string, request: CancelBookingRequest): Observable<BookingSeriesView> {
    return this.http.post<BookingSeriesView>(`/api/bookings/${encodeURIComponent(seriesId)}/cancel`, request, errorsInline());
  }

  /** Pending occurrences of the resources the caller approves (coordinators). */
  approvals(): Observable<CalendarOccurrence[]> {
    return this.http.get<CalendarOccurrence[]>('/api/bookings/approvals', errorsInline());
  }

  approve(seriesId: string, request: ApproveBookingRequest = {}): Observable<BookingSeriesView> {
    return this.http.post<BookingSeriesView>(`/api/bookings/${encodeURIComponent(seriesId)}/approve`, request, errorsInline());
  }

  decline(seriesId: string, request: DeclineBookingRequest): Observable<BookingSeriesView> {
    return this.http.post<BookingSeriesView>(`/api/bookings/${encodeURIComponent(seriesId)}/decline`, request, errorsInline());
  }

  private listWindow(query: BookingQuery): Observable<CalendarOccurrence[]> {
    let params = new HttpParams().set('from', query.from).set('to', query.to);
    if (query.resourceId) params = params.set('resourceId', query.resourceId);
    if (query.organisationId) params = params.set('organisationId', query.organisationId);
    return this.http.get<CalendarOccurrence[]>('/api/bookings', { params, ...errorsInline() });
  }
}

/** An occurrence spanning two windows comes back in both. */
function uniqueById(occurrences: CalendarOccurrence[]): CalendarOccurrence[] {
  const byId = new Map<string, CalendarOccurrence>();
  for (const occurrence of occurrences) if (!byId.has(occurrence.id)) byId.set(occurrence.id, occurrence);
  return [...byId.values()];
}
