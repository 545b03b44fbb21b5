import { ValidationPipe, RequestMethod } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { ApiExceptionFilter } from '../errors/api-exception.filter';
import { validationExceptionFactory } from '../errors/validation-exception.factory';
import { APP_VERSION } from '../config/app-version';
import { bodyParsers } from './body-parsing';
import { compressJsonResponses } from './json-compression';
import { loginPageHtml } from './login-page-hints';
import { rejectCrossSiteRequests } from './cross-site-requests';
import { securityHeaders } from './security-headers';
import { RejectHostileValuesPipe } from '../validation/hostile-values.pipe';
import { cacheControlFor, precompressedWebAssets } from './web-app-assets';

/**
 * Everything about the HTTP surface that is not a route: used by `main.ts` and by the e2e
 * harness, so tests exercise the same pipeline as production.
 */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  // Forwarded headers are believed only from the proxies named by TRUST_PROXY (none by default).
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders(config));
  app.use(compressJsonResponses());
  app.enableCors(config.corsOrigins.length > 0 ? { origin: config.corsOrigins, credentials: true } : { origin: false });
  app.use(cookieParser());
  app.use(rejectCrossSiteRequests(config));
  app.use(...bodyParsers());
  // Calendar feeds live at /ics/<token>.ics, the address calendar apps subscribe to.
  app.setGlobalPrefix('api', { exclude: [{ path: 'ics/:file', method: RequestMethod.GET }] });
  app.useGlobalPipes(
    new RejectHostileValuesPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalFilters(new ApiExceptionFilter());
  setUpOpenApi(app);
  serveWebApp(app, config.webDist);
}

function setUpOpenApi(app: NestExpressApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Mutualis API')
      .setDescription(
        'Shared rooms and pooled staff for networks of community organisations. Errors are `{ code, message, details? }`.',
      )
      .setVersion(APP_VERSION)
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });
}

/** The built Angular app, with every non-API GET falling back to index.html (client-side routes). */
function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return;
  app.use(precompressedWebAssets(webDist));
  app.useStaticAssets(webDist, {
    index: false,
    setHeaders: (res, path) => res.setHeader('Cache-Control', cacheControlFor(path)),
  });
  // Browsers ask for /favicon.ico on their own; the web app's icon is an SVG.
  const svgIcon = existsSync(join(webDist, 'favicon.svg'));
  app.use('/favicon.ico', (req: Request, res: Response, next: NextFunction) =>
    svgIcon ? res.redirect(301, '/favicon.svg') : next(),
  );
  // The login page's chunks announced in its HTML: on a slow line they download with main.js.
  const loginHtml = loginPageHtml(webDist);
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = req.path === '/api' || req.path.startsWith('/api/') || req.path.startsWith('/ics/');
    // A missing file (a name with an extension) is a 404, not the app's page in its place.
    const isFile = /\.[^/]+$/.test(req.path);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi || isFile) return next();
    res.setHeader('Cache-Control', 'no-cache');
    if (loginHtml && req.path === '/login') res.type('html').send(loginHtml);
    else res.sendFile(index);
  });
}
