import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ApiTokenView, ChangePasswordRequest, CreatedApiToken } from '@mutualis/contracts';
import { Observable } from 'rxjs';
import { errorsInline } from '../../core/http/errors-inline';

/** The signed-in user's own password and API tokens. */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);

  /** The page explains a wrong current password or a weak new one. */
  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>('/api/auth/password', request, errorsInline());
  }

  listTokens(): Observable<ApiTokenView[]> {
    return this.http.get<ApiTokenView[]>('/api/auth/tokens');
  }

  createToken(name: string): Observable<CreatedApiToken> {
    return this.http.post<CreatedApiToken>('/api/auth/tokens', { name }, errorsInline());
  }

  revokeToken(id: string): Observable<void> {
    return this.http.delete<void>(`/api/auth/tokens/${encodeURIComponent(id)}`);
  }
}
