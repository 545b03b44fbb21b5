import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import type { AppConfig } from '../config/app-config';

const DIRECTIVES = {
  // Angular Material and the Swagger UI inline some styles.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'script-src': ["'self'"],
};

/**
 * Helmet's headers. HSTS and `upgrade-insecure-requests` only when the app is reached over
 * HTTPS: sent over plain HTTP (the app on a LAN address), the browser upgrades every asset to an
 * https:// that nothing serves, and the page loads blank.
 */
export function securityHeaders(config: Pick<AppConfig, 'publicUrl'>): RequestHandler {
  const overHttps = helmet({ contentSecurityPolicy: { directives: DIRECTIVES } });
  const overHttp = helmet({
    contentSecurityPolicy: { directives: { ...DIRECTIVES, 'upgrade-insecure-requests': null } },
    strictTransportSecurity: false,
  } satisfies HelmetOptions);
  const publicUrlIsHttps = config.publicUrl?.startsWith('https:') ?? false;
  return (req: Request, res: Response, next: NextFunction) =>
    // req.secure: TLS here, or X-Forwarded-Proto: https from a proxy the trust-proxy setting trusts.
    (publicUrlIsHttps || req.secure ? overHttps : overHttp)(req, res, next);
}
