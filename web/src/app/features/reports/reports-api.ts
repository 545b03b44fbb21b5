import { HttpClient, HttpEvent, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AllocationBasis,
  AllocationReport,
  ClosePeriodRequest,
  CostPoolView,
  CreateCostPoolRequest,
  NetworkView,
  OrganisationView,
  PeriodView,
  ReopenPeriodRequest,
  ResourceView,
  SiteView,
  StaffView,
  UpdateCostPoolRequest,
} from '@mutualis/contracts';
import { Observable } from 'rxjs';
import { AppLanguage } from '../../core/i18n/app-language';
import { errorsInline } from '../../core/http/errors-inline';

/** A report's window and basis; `to` is exclusive. */
export interface ReportQuery {
  readonly networkId: string;
  readonly from: string;
  readonly to: string;
  readonly basis: AllocationBasis;
}

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

const poolUrl = (id: string) => `/api/cost-pools/${encodeURIComponent(id)}`;

function reportParams(query: ReportQuery): HttpParams {
  return new HttpParams().set('networkId', query.networkId).set('from', query.from).set('to', query.to).set('basis', query.basis);
}

/**
 * `/api/reports/allocation` (the report and its downloads), `/api/cost-pools`, `/api/periods`, and
 * the directory the pool form chooses from. The pages explain the report's and every change's
 * errors themselves (`errorsInline()`); plain reads use the error snack bar.
 */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);
  private readonly language = inject(AppLanguage);

  /** The API writes explanations, and files, in the language asked for. */
  private headers(): HttpHeaders {
    return new HttpHeaders({ 'Accept-Language': this.language.locale() });
  }

  report(query: ReportQuery): Observable<AllocationReport> {
    return this.http.get<AllocationReport>('/api/reports/allocation', {
      params: reportParams(query),
      headers: this.headers(),
      ...errorsInline(),
    });
  }

  /**
   * A CSV, Excel or PDF file of the report, as progress events then the file. With
   * `organisationId` the PDF is that organisation's statement, else the network's whole report.
   */
  download(format: ExportFormat, query: ReportQuery, organisationId?: string): Observable<HttpEvent<Blob>> {
    let params = reportParams(query);
    if (organisationId) params = params.set('organisationId', organisationId);
    return this.http.get(`/api/reports/allocation.${format}`, {
      params,
      headers: this.headers(),
      responseType: 'blob',
      observe: 'events',
      reportProgress: true,
      ...errorsInline(),
    });
  }

  pools(networkId: string): Observable<CostPoolView[]> {
    return this.http.get<CostPoolView[]>('/api/cost-pools', { params: new HttpParams().set('networkId', networkId) });
  }

  createPool(request: CreateCostPoolRequest): Observable<CostPoolView> {
    return this.http.post<CostPoolView>('/api/cost-pools', request, errorsInline());
  }

  updatePool(id: string, request: UpdateCostPoolRequest): Observable<CostPoolView> {
    return this.http.patch<CostPoolView>(poolUrl(id), request, errorsInline());
  }

  deletePool(id: string): Observable<void> {
    return this.http.delete<void>(poolUrl(id), errorsInline());
  }

  periods(networkId: string): Observable<PeriodView[]> {
    return this.http.get<PeriodView[]>('/api/periods', {
      params: new HttpParams().set('networkId', networkId),
      ...errorsInline(),
    });
  }

  closePeriod(request: ClosePeriodRequest): Observable<PeriodView> {
    return this.http.post<PeriodView>('/api/periods/close', request, errorsInline());
  }

  reopenPeriod(request: ReopenPeriodRequest): Observable<PeriodView> {
    return this.http.post<PeriodView>('/api/periods/reopen', request, errorsInline());
  }

  /** The networks the caller belongs to, with their names. */
  networks(): Observable<NetworkView[]> {
    return this.http.get<NetworkView[]>('/api/networks');
  }

  /** Every organisation of the caller's networks (`networkIds` says which). */
  organisations(): Observable<OrganisationView[]> {
    return this.http.get<OrganisationView[]>('/api/organisations');
  }

  staff(): Observable<StaffView[]> {
    return this.http.get<StaffView[]>('/api/staff');
  }

  sites(): Observable<SiteView[]> {
    return this.http.get<SiteView[]>('/api/sites');
  }

  spaces(): Observable<ResourceView[]> {
    return this.http.get<ResourceView[]>('/api/resources', { params: new HttpParams().set('type', 'space') });
  }
}
