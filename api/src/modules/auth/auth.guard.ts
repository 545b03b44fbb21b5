import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { Clock } from '../../clock/clock';
import { DomainError } from '../../errors/domain-error';
import type { AuthenticatedRequest } from '../access/current-actor.decorator';
import { IS_PUBLIC } from '../access/public.decorator';
import { AuthenticatedUserRepository } from './authenticated-user.repository';
import { ALLOWED_BEFORE_PASSWORD_CHANGE } from './password-change.decorator';
import { hashSecretToken } from '../credentials/secret-token';
import { bearerTokenOf, sessionTokenOf } from './session-cookie';

/**
 * Global: every route needs a signed-in user (session cookie or personal API token) unless marked
 * @Public(); a user with a temporary password reaches only the routes marked @AllowedBeforePasswordChange().
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly users: AuthenticatedUserRepository,
    private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const bearer = bearerTokenOf(request);
    const session = sessionTokenOf(request);
    const now = this.clock.now();
    if (bearer) request.user = (await this.users.findByApiToken(hashSecretToken(bearer), now)) ?? undefined;
    else if (session) request.user = (await this.users.findBySession(hashSecretToken(session), now)) ?? undefined;
    if (request.user) {
      // A response made for a signed-in person must not be kept by a shared cache or the browser's back button.
      context.switchToHttp().getResponse<Response>().setHeader('Cache-Control', 'no-store');
    }
    if (isPublic) return true;
    if (!request.user) throw new DomainError('UNAUTHENTICATED', 'Sign in to use this.');
    if (request.user.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_PASSWORD_CHANGE, targets)) {
      throw new DomainError('PASSWORD_CHANGE_REQUIRED', 'Choose a new password first: the temporary one is only good for that.');
    }
    return true;
  }
}
