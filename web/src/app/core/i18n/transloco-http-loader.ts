import { HttpClient, HttpContext } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Translation, TranslocoLoader } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { SKIP_ERROR_SNACKBAR } from '../http/error-snackbar.interceptor';

/** Loads `/i18n/<lang>.json`, copied as-is from `web/public/i18n/` by the build. */
@Injectable({ providedIn: 'root' })
export class TranslocoHttpLoader implements TranslocoLoader {
  private readonly http = inject(HttpClient);

  getTranslation(lang: string): Observable<Translation> {
    // Without translations the snack bar could only show raw keys: stay quiet, Transloco falls back.
    const context = new HttpContext().set(SKIP_ERROR_SNACKBAR, true);
    return this.http.get<Translation>(`/i18n/${encodeURIComponent(lang)}.json`, { context });
  }
}
