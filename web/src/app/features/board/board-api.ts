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
  ResourceView,
  SiteView,
  UpdateBoardPostRequest,
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

  update(id: string, changes: UpdateBoardPostRequest): Observable<BoardPostView> {
    return this.http.patch<BoardPostView>(`/api/board/posts/${id}`, changes, errorsInline());
  }

  /**
   * Sends the image's own bytes (not a form): the API checks what they are, whatever the file's name
   * or type says, and stores a re-encoded copy (decision 0011).
   */
  setPhoto(id: string, photo: Blob): Observable<BoardPostView> {
    const type = photo.type.startsWith('image/') ? photo.type : 'application/octet-stream';
    return this.http.put<BoardPostView>(`/api/board/posts/${id}/photo`, photo, {
      headers: { 'Content-Type': type },
      ...errorsInline(),
    });
  }

  removePhoto(id: string): Observable<void> {
    return this.http.delete<void>(`/api/board/posts/${id}/photo`, errorsInline());
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

  /** Every resource the caller may see (rooms, pooled employees, equipment): the match form picks one by name. */
  resources(): Observable<ResourceView[]> {
    return this.http.get<ResourceView[]>('/api/resources', errorsInline());
  }
}

/** The address of a post's photo; it changes when the post does, so a replaced photo is fetched again. */
export function photoUrlOf(post: Pick<BoardPostView, 'id' | 'updatedAt'>): string {
  return `/api/board/posts/${post.id}/photo?v=${encodeURIComponent(post.updatedAt)}`;
}

/** The address of a post's thumbnail in the board's list (192 px WebP square); it changes when the post does. */
export function thumbnailUrlOf(post: Pick<BoardPostView, 'id' | 'updatedAt'>): string {
  return `/api/board/posts/${post.id}/thumbnail?v=${encodeURIComponent(post.updatedAt)}`;
}
