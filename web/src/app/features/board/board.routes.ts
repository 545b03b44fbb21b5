import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** `/board`: « Babillard de la mutualisation » — the board, a new post, one post with its conversations, a post's change. */
export const boardRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('board')],
    children: [
      { path: '', pathMatch: 'full', loadComponent: () => import('./board-page').then((m) => m.BoardPage) },
      { path: 'new', title: 'nav.boardNew', loadComponent: () => import('./post-form-page').then((m) => m.PostFormPage) },
      { path: 'posts/:id', loadComponent: () => import('./post-detail-page').then((m) => m.PostDetailPage) },
      {
        path: 'posts/:id/edit',
        title: 'nav.boardEdit',
        loadComponent: () => import('./post-form-page').then((m) => m.PostFormPage),
      },
      {
        path: 'conversations/:id',
        loadComponent: () => import('./conversation-page').then((m) => m.ConversationPage),
      },
    ],
  },
];
