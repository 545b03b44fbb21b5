import { json, urlencoded } from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { DomainError } from '../errors/domain-error';

export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Express's body parsers, with their errors turned into domain errors here: Nest would
 * otherwise flatten a JSON syntax error into a generic 400 and lose what kind of error it was.
 */
export function bodyParsers(): RequestHandler[] {
  return [
    withDomainErrors(json({ limit: BODY_LIMIT_BYTES })),
    withDomainErrors(urlencoded({ limit: BODY_LIMIT_BYTES, extended: false })),
  ];
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
