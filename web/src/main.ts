import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';
import { loadLoginPage } from './app/app.routes';
import { registerAppLocaleData } from './app/core/locale/register-app-locale-data';

registerAppLocaleData();
// On a slow connection, fetch the login page while the session and translations load, not after.
if (location.pathname.startsWith('/login')) void loadLoginPage();

bootstrapApplication(App, appConfig).catch((error: unknown) => console.error(error));
