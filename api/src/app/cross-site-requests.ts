import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { DomainError } from '../errors/domain-error';
import { bearerTokenOf, sessionTokenOf } from '../modules/auth/session-cookie';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Browsers attach the session cookie to requests that other sites make (a form posted from
 * evil.example, a `fetch` with `credentials: 'include'`). A change made with that cookie must
 * come from the app itself or from an origin named in CORS_ORIGINS. Personal API tokens are not
 * concerned: no browser sends an Authorization header on its own. Runs after cookie-parser.
 */
export function rejectCrossSiteRequests(config: Pick<AppConfig, 'publicUrl' | 'corsOrigins'>): RequestHandler {
  const configured = new Set([...(config.publicUrl ? [config.publicUrl] : []), ...config.corsOrigins]);
  return (req: Request, _res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method) || bearerTokenOf(req) || !sessionTokenOf(req)) return next();
    if (isFromAllowedOrigin(req, configured)) return next();
    next(new DomainError('CSRF_REJECTED', 'This request comes from another site: it is refused with the session cookie.'));
  };
}

function isFromAllowedOrigin(req: Request, configured: Set<string>): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined) return configured.has(origin) || isOwnOrigin(req, origin);
  // No Origin (older browsers, same-origin navigations, non-browser clients): Fetch Metadata then decides.
  const site = req.headers['sec-fetch-site'];
  return site !== 'cross-site' && site !== 'same-site';
}

/**
 * The app's own origin, as the Host header names it. The scheme is not compared: behind a
 * TLS-terminating proxy that is not trusted the app sees http while the browser says https,
 * and the same host over the other scheme is the same server anyway.
 */
function isOwnOrigin(req: Request, origin: string): boolean {
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false; // "null" (sandboxed frames, file:) and garbage
  }
  return host === req.headers.host || host === req.host;
}
