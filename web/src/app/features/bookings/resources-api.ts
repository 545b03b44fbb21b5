import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { OrganisationView, ResourceView, SiteView } from '@mutualis/contracts';
import { forkJoin, map, Observable } from 'rxjs';

/** The sites, resources (spaces, equipment, vehicles, storage) and organisations a booking is made with (read only; coordinators edit them in premises-admin). */
@Injectable({ providedIn: 'root' })
export class ResourcesApi {
  private readonly http = inject(HttpClient);

  sites(): Observable<SiteView[]> {
    return this.http.get<SiteView[]>('/api/sites');
  }

  /** Every shared resource the caller sees: spaces, pooled staff, equipment. */
  resources(): Observable<ResourceView[]> {
    return this.http.get<ResourceView[]>('/api/resources');
  }

  /** The organisations a coordinator may book for: every organisation of their networks. */
  organisations(): Observable<OrganisationView[]> {
    return this.http.get<OrganisationView[]>('/api/organisations');
  }

  /** Equipment and vehicles, which may be added to a space booking. */
  equipment(): Observable<ResourceView[]> {
    return forkJoin(
      (['equipment', 'vehicle'] as const).map((type) => this.http.get<ResourceView[]>('/api/resources', { params: { type } })),
    ).pipe(map((lists) => lists.flat()));
  }

  /** Spaces (« salles »), of one site or all. */
  spaces(siteId?: string): Observable<ResourceView[]> {
    let params = new HttpParams().set('type', 'space');
    if (siteId) params = params.set('siteId', siteId);
    return this.http.get<ResourceView[]>('/api/resources', { params });
  }
}
