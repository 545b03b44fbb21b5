import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { LoginRequest, MeResponse, UpdateMeRequest } from '@mutualis/contracts';
import { Observable } from 'rxjs';
import { errorsInline } from '../http/errors-inline';

/** The session endpoints of `/api/auth`. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  /** 401 UNAUTHENTICATED means signed out: not an error worth a snack bar. */
  me(): Observable<MeResponse> {
    return this.http.get<MeResponse>('/api/auth/me', errorsInline());
  }

  /** The login page shows its errors inline. */
  login(request: LoginRequest): Observable<MeResponse> {
    return this.http.post<MeResponse>('/api/auth/login', request, errorsInline());
  }

  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', null, errorsInline());
  }

  updateMe(request: UpdateMeRequest): Observable<MeResponse> {
    return this.http.patch<MeResponse>('/api/auth/me', request);
  }
}
