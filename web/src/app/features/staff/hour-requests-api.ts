import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { BookingSeriesView, CalendarOccurrence, CreateBookingRequest } from '@mutualis/contracts';
import { Observable } from 'rxjs';
import { errorsInline } from '../../core/http/errors-inline';
import type { StaffWindow } from './staff-api';

const seriesUrl = (seriesId: string) => `/api/bookings/${encodeURIComponent(seriesId)}`;

/**
 * Hour requests are bookings of a pooled employee (`/api/bookings`): requesting, listing an
 * employee's schedule, and the employee's approval or refusal.
 */
@Injectable({ providedIn: 'root' })
export class HourRequestsApi {
  private readonly http = inject(HttpClient);

  /** 201 with pending occurrences and possibly quota `warnings`; the form explains a refusal. */
  request(request: CreateBookingRequest): Observable<BookingSeriesView> {
    return this.http.post<BookingSeriesView>('/api/bookings', request, errorsInline());
  }

  /** The employee's occurrences overlapping a window of at most 92 days. */
  schedule(resourceId: string, window: StaffWindow): Observable<CalendarOccurrence[]> {
    const params = new HttpParams().set('resourceId', resourceId).set('from', window.from).set('to', window.to);
    return this.http.get<CalendarOccurrence[]>('/api/bookings', { params });
  }

  /** Approves every pending occurrence of the request (403 when the approver belongs to the requesting organisation). */
  approve(seriesId: string): Observable<BookingSeriesView> {
    return this.http.post<BookingSeriesView>(`${seriesUrl(seriesId)}/approve`, {}, errorsInline());
  }

  decline(seriesId: string, reason: string): Observable<BookingSeriesView> {
    return this.http.post<BookingSeriesView>(`${seriesUrl(seriesId)}/decline`, { reason }, errorsInline());
  }
}
