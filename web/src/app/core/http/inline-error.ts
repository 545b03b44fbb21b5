import { HttpErrorResponse } from '@angular/common/http';
import type { ErrorCode } from '@mutualis/contracts';
import type { TranslationParams } from '../i18n/translation-params';
import { apiErrorOf } from './api-error-of';
import { errorMessageOf } from './error-snackbar.interceptor';

/** A message shown next to a form: a translation key (re-translated on a language switch) or the API's own text. */
export type InlineError = { readonly key: string; readonly params?: TranslationParams } | { readonly text: string };

/**
 * The message for a failed request shown inline: our own translation for the codes the page
 * explains itself, else the API's message, else a generic one.
 */
export function inlineErrorOf(error: unknown, keysByCode: Partial<Record<ErrorCode, string>> = {}): InlineError {
  const apiError = apiErrorOf(error);
  const key = apiError ? keysByCode[apiError.code] : undefined;
  if (key) return { key };
  if (error instanceof HttpErrorResponse) return errorMessageOf(error);
  return { key: 'errors.unexpected' };
}
