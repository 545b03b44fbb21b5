import { HttpContext } from '@angular/common/http';
import { SKIP_ERROR_SNACKBAR } from './error-snackbar.interceptor';

/** Request options for a call whose page explains its errors itself: `http.post(url, body, errorsInline())`. */
export function errorsInline(): { context: HttpContext } {
  return { context: new HttpContext().set(SKIP_ERROR_SNACKBAR, true) };
}
