import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'mutualis_session';
export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

function options(request: Request): CookieOptions {
  // Secure whenever the browser reached us over HTTPS (directly or through a trusted proxy).
  return { httpOnly: true, sameSite: 'lax', secure: request.secure, path: '/' };
}

export function setSessionCookie(request: Request, response: Response, token: string): void {
  response.cookie(SESSION_COOKIE, token, { ...options(request), maxAge: SESSION_LIFETIME_MS });
}

export function clearSessionCookie(request: Request, response: Response): void {
  response.clearCookie(SESSION_COOKIE, options(request));
}

export function sessionTokenOf(request: Request): string | null {
  const value: unknown = request.cookies?.[SESSION_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : null;
}

export function bearerTokenOf(request: Request): string | null {
  const header = request.headers.authorization;
  const match = header?.match(/^Bearer\s+(\S{10,200})$/i);
  return match ? match[1] : null;
}
