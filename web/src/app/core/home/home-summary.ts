import { HttpClient, HttpContext } from '@angular/common/http';
import { inject, Injectable, signal } from '@angular/core';
import type { HomeView } from '@mutualis/contracts';
import { SKIP_ERROR_SNACKBAR } from '../http/error-snackbar.interceptor';

/**
 * `GET /api/home`, kept once for the whole app: « Accueil » shows it, the navigation shows its
 * counts as badges. One request at a time; the last answer stays on screen while the next loads.
 */
@Injectable({ providedIn: 'root' })
export class HomeSummary {
  private readonly http = inject(HttpClient);
  private readonly current = signal<HomeView | null>(null);
  private readonly inFlight = signal(false);
  private readonly lastFailed = signal(false);

  readonly view = this.current.asReadonly();
  readonly loading = this.inFlight.asReadonly();
  /** The last refresh failed (offline, server down): the page offers to retry. */
  readonly failed = this.lastFailed.asReadonly();

  refresh(): void {
    if (this.inFlight()) return;
    this.inFlight.set(true);
    // Refreshed on every navigation: a failure is shown on « Accueil », never as a pop-up elsewhere.
    this.http.get<HomeView>('/api/home', { context: new HttpContext().set(SKIP_ERROR_SNACKBAR, true) }).subscribe({
      next: (view) => {
        this.current.set(view);
        this.lastFailed.set(false);
        this.inFlight.set(false);
      },
      error: () => {
        this.lastFailed.set(true);
        this.inFlight.set(false);
      },
    });
  }

  /** Forgets the previous person's figures (sign-out). */
  clear(): void {
    this.current.set(null);
    this.lastFailed.set(false);
  }
}
