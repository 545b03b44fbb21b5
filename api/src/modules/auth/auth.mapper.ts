import type { ApiTokenView, MeResponse } from '@mutualis/contracts';
import type { AuthenticatedUser } from '../access/authenticated-user';
import type { ApiTokenEntity } from './auth.entities';

export function toMeResponse(user: AuthenticatedUser): MeResponse {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    mustChangePassword: user.mustChangePassword,
    memberships: [...user.memberships].map(([organisationId, m]) => ({
      organisationId,
      organisationName: m.organisationName,
      role: m.role,
    })),
    coordinatorOf: [...user.coordinatorOf].map(([networkId, networkName]) => ({ networkId, networkName })),
    ...(user.staffResourceId ? { staffResourceId: user.staffResourceId } : {}),
  };
}

export function toApiTokenView(token: ApiTokenEntity): ApiTokenView {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
  };
}
