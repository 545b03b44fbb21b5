import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AcceptInvitationRequest, InvitationPreview, MeResponse } from '@mutualis/contracts';
import { Observable } from 'rxjs';
import { errorsInline } from '../../core/http/errors-inline';

/** The public invitation endpoints; the invitation page explains every error itself. */
@Injectable({ providedIn: 'root' })
export class InvitationApi {
  private readonly http = inject(HttpClient);

  preview(token: string): Observable<InvitationPreview> {
    return this.http.get<InvitationPreview>(`/api/auth/invitations/${encodeURIComponent(token)}`, errorsInline());
  }

  /** Signs the person in (the response sets the session cookie). */
  accept(token: string, request: AcceptInvitationRequest): Observable<MeResponse> {
    return this.http.post<MeResponse>(`/api/auth/invitations/${encodeURIComponent(token)}/accept`, request, errorsInline());
  }
}
