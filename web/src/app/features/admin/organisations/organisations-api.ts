import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreatedInvitation,
  CreateInvitationRequest,
  InvitationView,
  MemberView,
  OrganisationRole,
  OrganisationView,
} from '@mutualis/contracts';
import { Observable } from 'rxjs';
import { errorsInline } from '../../../core/http/errors-inline';

const organisationUrl = (organisationId: string) => `/api/organisations/${encodeURIComponent(organisationId)}`;
const userUrl = (userId: string) => `/api/users/${encodeURIComponent(userId)}`;

/** Organisations, their members and invitations, and the account actions an admin may take. */
@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly http = inject(HttpClient);

  /** The caller's organisations and every organisation of their networks. */
  list(): Observable<OrganisationView[]> {
    return this.http.get<OrganisationView[]>('/api/organisations');
  }

  rename(organisationId: string, name: string): Observable<OrganisationView> {
    return this.http.patch<OrganisationView>(organisationUrl(organisationId), { name });
  }

  members(organisationId: string): Observable<MemberView[]> {
    return this.http.get<MemberView[]>(`${organisationUrl(organisationId)}/members`);
  }

  /** 409 LAST_ADMIN when the organisation would be left without an admin. */
  changeRole(organisationId: string, userId: string, role: OrganisationRole): Observable<MemberView[]> {
    return this.http.patch<MemberView[]>(
      `${organisationUrl(organisationId)}/members/${encodeURIComponent(userId)}`,
      { role },
      errorsInline(),
    );
  }

  removeMember(organisationId: string, userId: string): Observable<void> {
    return this.http.delete<void>(`${organisationUrl(organisationId)}/members/${encodeURIComponent(userId)}`, errorsInline());
  }

  invitations(organisationId: string): Observable<InvitationView[]> {
    return this.http.get<InvitationView[]>(`${organisationUrl(organisationId)}/invitations`);
  }

  /** 409 EMAIL_TAKEN when the person is already a member. */
  invite(organisationId: string, request: CreateInvitationRequest): Observable<CreatedInvitation> {
    return this.http.post<CreatedInvitation>(`${organisationUrl(organisationId)}/invitations`, request, errorsInline());
  }

  revokeInvitation(organisationId: string, invitationId: string): Observable<void> {
    return this.http.delete<void>(`${organisationUrl(organisationId)}/invitations/${encodeURIComponent(invitationId)}`);
  }

  deactivate(userId: string): Observable<void> {
    return this.http.post<void>(`${userUrl(userId)}/deactivate`, null, errorsInline());
  }

  reactivate(userId: string): Observable<void> {
    return this.http.post<void>(`${userUrl(userId)}/reactivate`, null, errorsInline());
  }

  /** The person must change it at their next sign-in. */
  setTemporaryPassword(userId: string, password: string): Observable<void> {
    return this.http.post<void>(`${userUrl(userId)}/temporary-password`, { password }, errorsInline());
  }
}
