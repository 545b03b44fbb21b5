import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  BookingSeriesView,
  CalendarOccurrence,
  CreateBookingRequest,
  ProposalAnswerRequest,
  ProposeTimeRequest,
} from '@mutualis/contracts';
import { Observable } from 'rxjs';
import { errorsInline } from '../../core/http/errors-inline';
import type { StaffWindow } from './staff-api';

/**
 * An occurrence with the time its approver proposed instead. The committed `CalendarOccurrence`
 * does not carry it (a change adding `proposedStart` / `proposedEnd` is in progress in
 * libs/contracts): optional here, so the pages read it when the API sends it.
 */
export type OccurrenceWithProposal = CalendarOccurrence & {
  readonly proposedStart?: string | null;
  readonly proposedEnd?: string | null;
};

const seriesUrl = (seriesId: string) => `/api/bookings/${encodeURIComponent(seriesId)}`;

/**
 * Bookings of a pooled employee (`/api/bookings`), what the UI calls « demandes d'heures »: requesting, listing an
 * employee's schedule, the employee's approval, refusal or proposal of another time, and the
 * requester's answer to that proposal. Not the API's `hour-requests` module (flexible « N hours
 * within a window » requests), which has no screen yet.
 */
@Injectable({ providedIn: 'root' })
export class StaffBookingsApi {
  private readonly http = inject(HttpClient);

  /** 201 with pending occurrences and possibly quota `warnings`; the form explains a refusal. */
  request(request: CreateBookingRequest): Observable<BookingSeriesView> {
    return this.http.post<BookingSeriesView>('/api/bookings', request, errorsInline());
  }

  /** The employee's occurrences overlapping a window of at most 92 days. */
  schedule(resourceId: string, window: StaffWindow): Observable<OccurrenceWithProposal[]> {
    const params = new HttpParams().set('resourceId', resourceId).set('from', window.from).set('to', window.to);
    return this.http.get<OccurrenceWithProposal[]>('/api/bookings', { params });
  }

  /** The organisation's bookings overlapping a window of at most 92 days (rooms included: filter on the resource). */
  ofOrganisation(organisationId: string, window: StaffWindow): Observable<OccurrenceWithProposal[]> {
    const params = new HttpParams().set('organisationId', organisationId).set('from', window.from).set('to', window.to);
    return this.http.get<OccurrenceWithProposal[]>('/api/bookings', { params });
  }

  /** Approves every pending occurrence of the request (403 when the approver belongs to the requesting organisation). */
  approve(seriesId: string): Observable<BookingSeriesView> {
    return this.http.post<BookingSeriesView>(`${seriesUrl(seriesId)}/approve`, {}, errorsInline());
  }

  decline(seriesId: string, reason: string): Observable<BookingSeriesView> {
    return this.http.post<BookingSeriesView>(`${seriesUrl(seriesId)}/decline`, { reason }, errorsInline());
  }

  /** Another time for one pending occurrence (wall clock in the employee's zone); it stays pending, holding its slot. */
  propose(seriesId: string, request: ProposeTimeRequest): Observable<BookingSeriesView> {
    return this.http.post<BookingSeriesView>(`${seriesUrl(seriesId)}/propose`, request, errorsInline());
  }

  /** The occurrence moves to the proposed time, confirmed. */
  acceptProposal(seriesId: string, occurrenceId: string): Observable<BookingSeriesView> {
    const body: ProposalAnswerRequest = { occurrenceId };
    return this.http.post<BookingSeriesView>(`${seriesUrl(seriesId)}/accept-proposal`, body, errorsInline());
  }

  /** The occurrence is declined (the requester keeps no slot). */
  declineProposal(seriesId: string, occurrenceId: string): Observable<BookingSeriesView> {
    const body: ProposalAnswerRequest = { occurrenceId };
    return this.http.post<BookingSeriesView>(`${seriesUrl(seriesId)}/decline-proposal`, body, errorsInline());
  }
}
