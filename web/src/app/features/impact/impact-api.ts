import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ImpactReport,
  IndicatorTargetRequest,
  IndicatorValueRequest,
  NetworkView,
  OrganisationView,
  SaveIndicatorRequest,
} from '@mutualis/contracts';
import { Observable } from 'rxjs';
import { AppLanguage } from '../../core/i18n/app-language';
import { errorsInline } from '../../core/http/errors-inline';

export interface ImpactQuery {
  readonly networkId: string;
  readonly from: string;
  readonly to: string;
  readonly organisationId: string | null;
}

/** `/api/impact` and the directory its filters choose from; the page explains the report's errors itself. */
@Injectable({ providedIn: 'root' })
export class ImpactApi {
  private readonly http = inject(HttpClient);
  private readonly language = inject(AppLanguage);

  report(query: ImpactQuery): Observable<ImpactReport> {
    let params = new HttpParams().set('networkId', query.networkId).set('from', query.from).set('to', query.to);
    if (query.organisationId) params = params.set('organisationId', query.organisationId);
    // Explanations come back in the language on screen.
    const headers = new HttpHeaders({ 'Accept-Language': this.language.locale() });
    return this.http.get<ImpactReport>('/api/impact', { params, headers, ...errorsInline() });
  }

  /** The funder report (PDF) or every figure (XLSX), in the language on screen. */
  download(format: 'pdf' | 'xlsx', query: ImpactQuery): Observable<Blob> {
    let params = new HttpParams().set('networkId', query.networkId).set('from', query.from).set('to', query.to);
    if (query.organisationId) params = params.set('organisationId', query.organisationId);
    const headers = new HttpHeaders({ 'Accept-Language': this.language.locale() });
    return this.http.get(`/api/impact.${format}`, { params, headers, responseType: 'blob', ...errorsInline() });
  }

  createIndicator(request: SaveIndicatorRequest): Observable<{ id: string }> {
    return this.http.post<{ id: string }>('/api/impact/indicators', request, errorsInline());
  }

  updateIndicator(id: string, changes: Partial<SaveIndicatorRequest>): Observable<void> {
    return this.http.patch<void>(`/api/impact/indicators/${encodeURIComponent(id)}`, changes, errorsInline());
  }

  deleteIndicator(id: string): Observable<void> {
    return this.http.delete<void>(`/api/impact/indicators/${encodeURIComponent(id)}`, errorsInline());
  }

  saveIndicatorValue(id: string, request: IndicatorValueRequest): Observable<void> {
    return this.http.put<void>(`/api/impact/indicators/${encodeURIComponent(id)}/values`, request, errorsInline());
  }

  /** Removes the value entered for exactly this period. */
  deleteIndicatorValue(id: string, period: { from: string; to: string }): Observable<void> {
    const params = new HttpParams().set('from', period.from).set('to', period.to);
    return this.http.delete<void>(`/api/impact/indicators/${encodeURIComponent(id)}/values`, { params, ...errorsInline() });
  }

  /** The target of one reporting period (month, quarter, calendar or fiscal year). */
  saveIndicatorTarget(id: string, request: IndicatorTargetRequest): Observable<void> {
    return this.http.put<void>(`/api/impact/indicators/${encodeURIComponent(id)}/targets`, request, errorsInline());
  }

  /** Removes the target of exactly this period: it falls back to a longer period's or the default target. */
  deleteIndicatorTarget(id: string, period: { from: string; to: string }): Observable<void> {
    const params = new HttpParams().set('from', period.from).set('to', period.to);
    return this.http.delete<void>(`/api/impact/indicators/${encodeURIComponent(id)}/targets`, { params, ...errorsInline() });
  }

  networks(): Observable<NetworkView[]> {
    return this.http.get<NetworkView[]>('/api/networks');
  }

  organisations(): Observable<OrganisationView[]> {
    return this.http.get<OrganisationView[]>('/api/organisations');
  }
}
