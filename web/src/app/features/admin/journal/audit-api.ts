import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AuditEventView, Page } from '@mutualis/contracts';
import { Observable } from 'rxjs';

export interface AuditQuery {
  entity?: string;
  /** ISO 8601 instants: `from` inclusive, `to` exclusive. */
  from?: string;
  to?: string;
  /** 1-based. */
  page: number;
  pageSize: number;
}

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  find(query: AuditQuery): Observable<Page<AuditEventView>> {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize);
    if (query.entity) params = params.set('entity', query.entity);
    if (query.from) params = params.set('from', query.from);
    if (query.to) params = params.set('to', query.to);
    return this.http.get<Page<AuditEventView>>('/api/audit', { params });
  }
}
