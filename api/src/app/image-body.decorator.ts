import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/**
 * The raw bytes of an image upload (read by `body-parsing.ts` for the routes it lists); an empty
 * buffer when the request had no body. A custom decorator: the JSON pipes never see the bytes.
 */
export const ImageBody = createParamDecorator((_data: unknown, context: ExecutionContext): Buffer => {
  const body = context.switchToHttp().getRequest<Request>().body as unknown;
  return Buffer.isBuffer(body) ? body : Buffer.alloc(0);
});
