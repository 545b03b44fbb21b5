import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../../errors/domain-error';
import type { AuthenticatedRequest } from '../access/current-actor.decorator';
import { IS_PUBLIC } from '../access/public.decorator';
import { AuthenticatedUserRepository } from './authenticated-user.repository';
import { hashSecretToken } from './secret-token';
import { bearerTokenOf, sessionTokenOf } from './session-cookie';

/** Global: every route needs a signed-in user (session cookie or personal API token) unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly users: AuthenticatedUserRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const bearer = bearerTokenOf(request);
    const session = sessionTokenOf(request);
    if (bearer) request.user = (await this.users.findByApiToken(hashSecretToken(bearer))) ?? undefined;
    else if (session) request.user = (await this.users.findBySession(hashSecretToken(session))) ?? undefined;
    if (isPublic || request.user) return true;
    throw new DomainError('UNAUTHENTICATED', 'Sign in to use this.');
  }
}
