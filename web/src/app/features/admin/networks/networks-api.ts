import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CreateNetworkRequest, NetworkView, OrganisationView, UpdateNetworkRequest } from '@mutualis/contracts';
import { Observable } from 'rxjs';
import { errorsInline } from '../../../core/http/errors-inline';

@Injectable({ providedIn: 'root' })
export class NetworksApi {
  private readonly http = inject(HttpClient);

  list(): Observable<NetworkView[]> {
    return this.http.get<NetworkView[]>('/api/networks');
  }

  create(request: CreateNetworkRequest): Observable<NetworkView> {
    return this.http.post<NetworkView>('/api/networks', request, errorsInline());
  }

  update(networkId: string, request: UpdateNetworkRequest): Observable<NetworkView> {
    return this.http.patch<NetworkView>(`/api/networks/${encodeURIComponent(networkId)}`, request);
  }

  /** 404 NOT_FOUND when no account has this e-mail: the page explains it. */
  addCoordinator(networkId: string, email: string): Observable<void> {
    return this.http.post<void>(`/api/networks/${encodeURIComponent(networkId)}/coordinators`, { email }, errorsInline());
  }

  addOrganisation(networkId: string, name: string): Observable<OrganisationView> {
    return this.http.post<OrganisationView>(
      `/api/networks/${encodeURIComponent(networkId)}/organisations`,
      { name },
      errorsInline(),
    );
  }
}
