import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AgreementView, CreateAgreementRequest, HourBankView, UpdateAgreementRequest } from '@mutualis/contracts';
import { Observable } from 'rxjs';
import { errorsInline } from '../../core/http/errors-inline';

export interface AgreementQuery {
  readonly resourceId?: string;
  readonly organisationId?: string;
}

export interface HourBankQuery {
  readonly resourceId: string;
  readonly organisationId: string;
  /** 'YYYY-MM-DD', `to` excluded. */
  readonly from: string;
  readonly to: string;
}

const agreementUrl = (id: string) => `/api/agreements/${encodeURIComponent(id)}`;

/** Agreements (ententes de mutualisation) between organisations and pooled employees, and the hour bank they feed. */
@Injectable({ providedIn: 'root' })
export class AgreementsApi {
  private readonly http = inject(HttpClient);

  /** Coordinators see every agreement of their networks; members their organisations' own. */
  list(query: AgreementQuery = {}): Observable<AgreementView[]> {
    let params = new HttpParams();
    if (query.resourceId) params = params.set('resourceId', query.resourceId);
    if (query.organisationId) params = params.set('organisationId', query.organisationId);
    return this.http.get<AgreementView[]>('/api/agreements', { params });
  }

  /** 409 CONFLICT when its dates overlap another agreement of the same organisation and employee. */
  create(request: CreateAgreementRequest): Observable<AgreementView> {
    return this.http.post<AgreementView>('/api/agreements', request, errorsInline());
  }

  update(id: string, request: UpdateAgreementRequest): Observable<AgreementView> {
    return this.http.patch<AgreementView>(agreementUrl(id), request, errorsInline());
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(agreementUrl(id), errorsInline());
  }

  /** Per period of the agreement in force on `from`: allotted, carried over, booked and remaining minutes. */
  hourBank(query: HourBankQuery): Observable<HourBankView> {
    const params = new HttpParams()
      .set('resourceId', query.resourceId)
      .set('organisationId', query.organisationId)
      .set('from', query.from)
      .set('to', query.to);
    return this.http.get<HourBankView>('/api/hour-bank', { params });
  }
}
