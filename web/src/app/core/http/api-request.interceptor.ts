import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { AppLanguage } from '../i18n/app-language';

/**
 * Same-origin requests (relative URLs) carry the session cookie and ask the API for messages
 * in the user's language. Absolute URLs are left untouched so no cookie leaks elsewhere.
 */
export const apiRequestInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/') || request.url.startsWith('//')) return next(request);
  const locale = inject(AppLanguage).locale();
  const headers = request.headers.has('Accept-Language') ? request.headers : request.headers.set('Accept-Language', locale);
  return next(request.clone({ withCredentials: true, headers }));
};
