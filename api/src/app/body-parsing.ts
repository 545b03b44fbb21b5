import { json, raw } from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { DomainError } from '../errors/domain-error';

export const BODY_LIMIT_BYTES = 1024 * 1024;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The API reads JSON only, with parser errors turned into domain errors here: Nest would
 * otherwise flatten a JSON syntax error into a generic 400 and lose what kind of error it was.
 */
export function bodyParsers(): RequestHandler[] {
  return [jsonBodiesOnly, withDomainErrors(json({ limit: BODY_LIMIT_BYTES })), imageBodies];
}

/**
 * The only routes whose body is not JSON: an image sent as its bytes (`Content-Type: image/*` or
 * `application/octet-stream`, ≤ 1 MB). Neither type is one a form or a no-preflight `fetch` from
 * another site can send, so the JSON-only door stays closed; the declared type is only that gate:
 * the route checks what the bytes are (decision 0011).
 */
const IMAGE_UPLOADS: ReadonlyArray<{ method: string; path: RegExp }> = [
  { method: 'PUT', path: /^\/api\/board\/posts\/[^/]+\/photo$/ },
];

function isImageUpload(req: Request): boolean {
  return IMAGE_UPLOADS.some((route) => route.method === req.method && route.path.test(req.path));
}

function isImageMediaType(mediaType: string): boolean {
  return /^image\/[a-z0-9.+-]+$/.test(mediaType) || mediaType === 'application/octet-stream';
}

const rawImage = raw({ type: () => true, limit: BODY_LIMIT_BYTES });

function imageBodies(req: Request, res: Response, next: NextFunction): void {
  if (!isImageUpload(req)) return next();
  rawImage(req, res, (error?: unknown) => {
    if (error === undefined) return next();
    const type = typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;
    next(
      type === 'entity.too.large'
        ? new DomainError('PHOTO_TOO_LARGE', 'The photo is larger than 1 MB.', { limitBytes: BODY_LIMIT_BYTES })
        : toDomainError(error),
    );
  });
}

/**
 * A form (urlencoded, multipart) or `text/plain` is what another site can post without a CORS
 * preflight: refusing every other type closes that door, on top of the origin check. A change
 * without a body (logout) may leave the content type out.
 */
function jsonBodiesOnly(req: Request, _res: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(req.method)) return next();
  const contentType = req.headers['content-type'];
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (contentType === undefined && !hasBody) return next();
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (isImageUpload(req)) {
    if (isImageMediaType(mediaType)) return next();
    return next(
      new DomainError('UNSUPPORTED_MEDIA_TYPE', 'A photo is sent as its bytes (Content-Type: image/jpeg, image/png…).', {
        contentType: contentType ?? null,
      }),
    );
  }
  if (mediaType === 'application/json') return next();
  next(
    new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Request bodies must be JSON (Content-Type: application/json).', {
      contentType: contentType ?? null,
    }),
  );
}

function withDomainErrors(parser: RequestHandler): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) =>
    parser(req, res, (error?: unknown) => next(error === undefined ? undefined : toDomainError(error)));
}

function toDomainError(error: unknown): DomainError {
  const type = typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;
  switch (type) {
    case 'entity.too.large':
      return new DomainError('PAYLOAD_TOO_LARGE', 'The request body is larger than 1 MB.', { limitBytes: BODY_LIMIT_BYTES });
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new DomainError('UNSUPPORTED_MEDIA_TYPE', 'The request body encoding is not supported.');
    case 'entity.parse.failed':
      return new DomainError('MALFORMED_JSON', 'The request body is not valid JSON.', {
        reason: error instanceof Error ? error.message : undefined,
      });
    default:
      return new DomainError('MALFORMED_JSON', 'The request body could not be read.');
  }
}
