import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/**
 * The Accept-Language header, optional. `@Headers('accept-language')` would do, but Swagger then
 * documents the header as required; the controller documents it with `@ApiHeader` instead.
 */
export const AcceptLanguage = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | undefined =>
    context.switchToHttp().getRequest<Request>().headers['accept-language'],
);
