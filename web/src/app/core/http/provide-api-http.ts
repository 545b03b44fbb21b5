import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { EnvironmentProviders } from '@angular/core';
import { sessionExpiredInterceptor } from '../auth/session-expired.interceptor';
import { apiRequestInterceptor } from './api-request.interceptor';
import { errorSnackbarInterceptor } from './error-snackbar.interceptor';

export function provideApiHttp(): EnvironmentProviders {
  return provideHttpClient(withInterceptors([apiRequestInterceptor, sessionExpiredInterceptor, errorSnackbarInterceptor]));
}
