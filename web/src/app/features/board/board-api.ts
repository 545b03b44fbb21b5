import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  BoardConversationView,
  BoardFollowsView,
  BoardMatchRequest,
  BoardMessageView,
  BoardPostPage,
  BoardPostQuery,
  BoardPostView,
  CreateBoardPostRequest,
  NetworkView,
  OrganisationView,
  SiteView,
} from '@mutualis/contracts';
import type { Observable } from 'rxjs';
import { errorsInline } from '../../core/http/errors-inline';

/** `/api/board`: the offers-and-needs board; its pages explain their errors where the user acted. */
@Injectable({ providedIn: 'root' })
export class BoardApi {
  private readonly http = inject(HttpClient);

  search(query: BoardPostQuery): Observable<BoardPostPage> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '' && value !== false) params = params.set(key, String(value));
    }
    return this.http.get<BoardPostPage>('/api/board/posts', { params, ...errorsInline() });
  }

  post(id: string): Observable<BoardPostView> {
    return this.http.get<BoardPostView>(`/api/board/posts/${id}`, errorsInline());
  }

  create(request: CreateBoardPostRequest): Observable<BoardPostView> {
    return this.http.post<BoardPostView>('/api/board/posts', request, errorsInline());
  }

  withdraw(id: string): Observable<void> {
    return this.http.delete<void>(`/api/board/posts/${id}`, errorsInline());
  }

  interested(id: string, organisationId: string | undefined, message: string): Observable<BoardConversationView> {
    return this.http.post<BoardConversationView>(
      `/api/board/posts/${id}/conversations`,
      { ...(organisationId ? { organisationId } : {}), ...(message ? { message } : {}) },
      errorsInline(),
    );
  }

  match(id: string, request: BoardMatchRequest): Observable<BoardPostView> {
    return this.http.post<BoardPostView>(`/api/board/posts/${id}/match`, request, errorsInline());
  }

  report(id: string, reason: string): Observable<void> {
    return this.http.post<void>(`/api/board/posts/${id}/report`, { reason }, errorsInline());
  }

  moderate(id: string, hidden: boolean, reason?: string): Observable<BoardPostView> {
    return this.http.post<BoardPostView>(
      `/api/board/posts/${id}/moderation`,
      { hidden, ...(reason ? { reason } : {}) },
      errorsInline(),
    );
  }

  conversation(id: string): Observable<BoardConversationView> {
    return this.http.get<BoardConversationView>(`/api/board/conversations/${id}`, errorsInline());
  }

  send(conversationId: string, body: string): Observable<BoardMessageView> {
    return this.http.post<BoardMessageView>(`/api/board/conversations/${conversationId}/messages`, { body }, errorsInline());
  }

  follows(): Observable<BoardFollowsView> {
    return this.http.get<BoardFollowsView>('/api/board/follows');
  }

  setFollows(categories: string[]): Observable<BoardFollowsView> {
    return this.http.put<BoardFollowsView>('/api/board/follows', { categories }, errorsInline());
  }

  networks(): Observable<NetworkView[]> {
    return this.http.get<NetworkView[]>('/api/networks');
  }

  organisations(): Observable<OrganisationView[]> {
    return this.http.get<OrganisationView[]>('/api/organisations');
  }

  sites(): Observable<SiteView[]> {
    return this.http.get<SiteView[]>('/api/sites');
  }
}
