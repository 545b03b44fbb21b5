import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  BookingSeriesView,
  CreateBookingRequest,
  ItemAvailability,
  LoanActionRequest,
  LoanView,
  ResourceView,
  StoragePlanView,
} from '@mutualis/contracts';
import { Observable } from 'rxjs';

/** Equipment, vehicles and storage (issue #16): the catalogue, day loans, « Emprunt » and « Retour ». */
@Injectable({ providedIn: 'root' })
export class EquipmentApi {
  private readonly http = inject(HttpClient);

  items(type: 'equipment' | 'vehicle' | 'storage'): Observable<ResourceView[]> {
    return this.http.get<ResourceView[]>('/api/resources', { params: { type } });
  }

  /** Free units of every item over a window (ISO instants). */
  availability(from: string, to: string): Observable<ItemAvailability[]> {
    return this.http.get<ItemAvailability[]>('/api/availability', { params: { from, to } });
  }

  /** A site's storage over a window: its units, their area and who holds them. */
  storagePlan(siteId: string, from: string, to: string): Observable<StoragePlanView> {
    return this.http.get<StoragePlanView>('/api/storage-plan', { params: { siteId, from, to } });
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
