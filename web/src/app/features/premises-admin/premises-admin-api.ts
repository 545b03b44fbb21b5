import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  BlackoutView,
  CreateBlackoutRequest,
  CreateSiteRequest,
  CreateSpaceRequest,
  OrganisationView,
  ResourceView,
  SiteView,
  UpdateSiteRequest,
  UpdateSpaceRequest,
} from '@mutualis/contracts';
import { Observable } from 'rxjs';
import { errorsInline } from '../../core/http/errors-inline';

/**
 * Sites, spaces and closures, as coordinators manage them. Reads use the error snack bar;
 * changes show their errors inline, next to the form that made them.
 */
@Injectable({ providedIn: 'root' })
export class PremisesAdminApi {
  private readonly http = inject(HttpClient);

  sites(): Observable<SiteView[]> {
    return this.http.get<SiteView[]>('/api/sites');
  }

  createSite(request: CreateSiteRequest): Observable<SiteView> {
    return this.http.post<SiteView>('/api/sites', request, errorsInline());
  }

  updateSite(siteId: string, request: UpdateSiteRequest): Observable<SiteView> {
    return this.http.patch<SiteView>(`/api/sites/${encodeURIComponent(siteId)}`, request, errorsInline());
  }

  spaces(siteId: string): Observable<ResourceView[]> {
    return this.http.get<ResourceView[]>('/api/resources', {
      params: new HttpParams().set('type', 'space').set('siteId', siteId),
    });
  }

  space(spaceId: string): Observable<ResourceView> {
    return this.http.get<ResourceView>(`/api/resources/${encodeURIComponent(spaceId)}`);
  }

  createSpace(request: CreateSpaceRequest): Observable<ResourceView> {
    return this.http.post<ResourceView>('/api/spaces', request, errorsInline());
  }

  updateSpace(spaceId: string, request: UpdateSpaceRequest): Observable<ResourceView> {
    return this.http.patch<ResourceView>(`/api/spaces/${encodeURIComponent(spaceId)}`, request, errorsInline());
  }

  /** The closures of a site, or of a space. */
  blackouts(target: BlackoutTarget): Observable<BlackoutView[]> {
    const params =
      'siteId' in target ? new HttpParams().set('siteId', target.siteId) : new HttpParams().set('resourceId', target.resourceId);
    return this.http.get<BlackoutView[]>('/api/blackouts', { params });
  }

  createBlackout(request: CreateBlackoutRequest): Observable<BlackoutView> {
    return this.http.post<BlackoutView>('/api/blackouts', request, errorsInline());
  }

  deleteBlackout(blackoutId: string): Observable<void> {
    return this.http.delete<void>(`/api/blackouts/${encodeURIComponent(blackoutId)}`, errorsInline());
  }

  /** The organisations the caller sees, to choose who may book a space. */
  organisations(): Observable<OrganisationView[]> {
    return this.http.get<OrganisationView[]>('/api/organisations');
  }
}

/** A closure applies to a whole site or to one space. */
export type BlackoutTarget = { readonly siteId: string } | { readonly resourceId: string };
