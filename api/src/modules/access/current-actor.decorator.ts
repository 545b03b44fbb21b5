import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '../../errors/domain-error';
import type { Actor, AuthenticatedUser } from './authenticated-user';

export interface AuthenticatedRequest extends Request {
  user?: AuthenticatedUser;
}

export function userOf(request: AuthenticatedRequest): AuthenticatedUser {
  if (!request.user) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
  return request.user;
}

/** The signed-in user and the request id, for services and the audit trail. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  return { user: userOf(request), requestId: request.id === undefined ? null : String(request.id) };
});
