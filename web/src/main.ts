import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';
import { registerAppLocaleData } from './app/core/locale/register-app-locale-data';

registerAppLocaleData();

bootstrapApplication(App, appConfig).catch((error: unknown) => console.error(error));
