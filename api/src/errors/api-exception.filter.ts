import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiError, ErrorCode } from '@mutualis/contracts';
import { isRecurrenceError } from '@mutualis/domain';
import type { Request, Response } from 'express';
import { databaseFailureOf, RETRY_AFTER_SECONDS, type DatabaseFailure } from './database-failure';
import { DomainError } from './domain-error';
import { httpStatusOf } from './error-status';
import { localisedMessage } from './french-messages';
import { DATABASE_RULES, databaseRuleOf } from './postgres-error';

/** Turns anything thrown during a request into `{ code, message, details? }` with a stable code. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const failure = databaseFailureOf(exception);
    const { status, body } = failure ? this.databaseFailure(failure) : this.toApiError(exception);
    const requestId = request.id === undefined ? undefined : String(request.id);
    if (failure) {
      // Not a bug: the database is down or busy. One line, no stack.
      this.logger.warn({ code: failure, requestId, path: request.originalUrl, reason: reasonOf(exception) }, 'Request refused');
    } else if (status >= 500) {
      this.logger.error({ err: exception, requestId, path: request.originalUrl }, 'Request failed');
    }
    if (response.headersSent) return;
    if (failure) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS[failure]));
    if (body.code === 'RATE_LIMITED' && isRecord(body.details) && typeof body.details['retryAfterSeconds'] === 'number') {
      response.setHeader('Retry-After', String(body.details['retryAfterSeconds']));
    }
    const message = localisedMessage(body.code, body.message, request.headers['accept-language'], body.details);
    response.status(status).json({ ...body, message, requestId });
  }

  private databaseFailure(code: DatabaseFailure): { status: number; body: ApiError } {
    const message =
      code === 'OVERLOADED'
        ? 'The server is too busy to answer now. Try again in a moment.'
        : 'The database does not answer. Try again in a moment.';
    return { status: httpStatusOf(code), body: { code, message } };
  }

  private toApiError(exception: unknown): { status: number; body: ApiError } {
    // The pure domain library throws its own coded errors; their codes are API codes too.
    if (isRecurrenceError(exception)) {
      return {
        status: httpStatusOf(exception.code),
        body: { code: exception.code, message: exception.message, details: exception.details },
      };
    }
    if (exception instanceof DomainError) {
      return {
        status: httpStatusOf(exception.code),
        body: { code: exception.code, message: exception.message, details: exception.details },
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = codeForStatus(status);
      return {
        status: httpStatusOf(code) === status ? status : httpStatusOf(code),
        body: { code, message: messageOf(exception) },
      };
    }
    // Triggers (closed periods, locked timesheets, the quantity guard) raise with a HINT, whatever the write path.
    const rule = databaseRuleOf(exception);
    if (rule) return { status: httpStatusOf(rule), body: { code: rule, message: DATABASE_RULES[rule] } };
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      body: { code: 'INTERNAL_ERROR', message: 'An unexpected error occurred. It has been logged.' },
    };
  }
}

function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'VALIDATION_FAILED';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 405:
      return 'METHOD_NOT_ALLOWED';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'RATE_LIMITED';
    case 503:
      return 'DATABASE_UNAVAILABLE';
    default:
      return status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED';
  }
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  if (isRecord(response) && typeof response['message'] === 'string') return response['message'];
  return exception.message;
}

function reasonOf(exception: unknown): string {
  return exception instanceof Error ? exception.message : String(exception);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
