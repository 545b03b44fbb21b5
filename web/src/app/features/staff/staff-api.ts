import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateLeaveRequest,
  CreateStaffRequest,
  LeaveView,
  OrganisationView,
  StaffAvailabilityView,
  StaffView,
  StaffWriteResult,
  UpdateStaffRequest,
} from '@mutualis/contracts';
import { Observable } from 'rxjs';
import { errorsInline } from '../../core/http/errors-inline';

const staffUrl = (id: string) => `/api/staff/${encodeURIComponent(id)}`;

/** A window of at most 92 days, as ISO instants. */
export interface StaffWindow {
  readonly from: string;
  readonly to: string;
}

/** `/api/staff`: pooled employees, their free/busy and their leave; and the organisations they can serve. */
@Injectable({ providedIn: 'root' })
export class StaffApi {
  private readonly http = inject(HttpClient);

  /** Every pooled employee of the caller's networks. */
  list(): Observable<StaffView[]> {
    return this.http.get<StaffView[]>('/api/staff');
  }

  get(id: string): Observable<StaffView> {
    return this.http.get<StaffView>(staffUrl(id));
  }

  /** The form explains a refusal (no account with this e-mail, an unknown zone…). */
  create(request: CreateStaffRequest): Observable<StaffWriteResult> {
    return this.http.post<StaffWriteResult>('/api/staff', request, errorsInline());
  }

  /** With `userEmail`, the answer carries the invitation its owner must accept to be linked. */
  update(id: string, request: UpdateStaffRequest): Observable<StaffWriteResult> {
    return this.http.patch<StaffWriteResult>(staffUrl(id), request, errorsInline());
  }

  /** Working time, busy and leave intervals (no titles); free slots of `durationMinutes` when given. */
  availability(id: string, window: StaffWindow, durationMinutes?: number): Observable<StaffAvailabilityView> {
    let params = new HttpParams().set('from', window.from).set('to', window.to);
    if (durationMinutes) params = params.set('durationMinutes', durationMinutes);
    return this.http.get<StaffAvailabilityView>(`${staffUrl(id)}/availability`, { params });
  }

  /** The employee's leave overlapping the window (the employee and coordinators only). */
  leave(id: string, window: StaffWindow): Observable<LeaveView[]> {
    const params = new HttpParams().set('from', window.from).set('to', window.to);
    return this.http.get<LeaveView[]>(`${staffUrl(id)}/leave`, { params });
  }

  /** Requests inside the leave are flagged for rescheduling (`flaggedOccurrences`), never deleted. */
  addLeave(id: string, request: CreateLeaveRequest): Observable<LeaveView> {
    return this.http.post<LeaveView>(`${staffUrl(id)}/leave`, request, errorsInline());
  }

  deleteLeave(id: string, leaveId: string): Observable<void> {
    return this.http.delete<void>(`${staffUrl(id)}/leave/${encodeURIComponent(leaveId)}`, errorsInline());
  }

  /** The caller's organisations and every organisation of their networks (carriers, agreement parties). */
  organisations(): Observable<OrganisationView[]> {
    return this.http.get<OrganisationView[]>('/api/organisations');
  }
}
