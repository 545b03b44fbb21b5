import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { BookingSeriesView, CreateBookingRequest, LoanActionRequest, LoanView, ResourceView } from '@mutualis/contracts';
import { Observable } from 'rxjs';

/** Equipment, vehicles and storage (issue #16): the catalogue, day loans, « Emprunt » and « Retour ». */
@Injectable({ providedIn: 'root' })
export class EquipmentApi {
  private readonly http = inject(HttpClient);

  items(type: 'equipment' | 'vehicle' | 'storage'): Observable<ResourceView[]> {
    return this.http.get<ResourceView[]>('/api/resources', { params: { type } });
  }

  book(request: CreateBookingRequest): Observable<BookingSeriesView> {
    return this.http.post<BookingSeriesView>('/api/bookings', request);
  }

  loans(from: string, to: string): Observable<LoanView[]> {
    return this.http.get<LoanView[]>('/api/loans', { params: { from, to } });
  }

  checkout(seriesId: string, request: LoanActionRequest): Observable<LoanView> {
    return this.http.post<LoanView>(`/api/bookings/${seriesId}/checkout`, request);
  }

  return(seriesId: string, request: LoanActionRequest): Observable<LoanView> {
    return this.http.post<LoanView>(`/api/bookings/${seriesId}/return`, request);
  }
}
