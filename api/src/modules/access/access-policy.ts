import { DomainError } from '../../errors/domain-error';
import type { AuthenticatedUser } from './authenticated-user';

/**
 * "May this user do X to Y", answered in one place. Things a caller may not even see are
 * reported as NOT_FOUND (so ids do not leak); things seen but not changeable are FORBIDDEN.
 */
export const AccessPolicy = {
  isCoordinatorOf(user: AuthenticatedUser, networkId: string): boolean {
    return user.coordinatorOf.has(networkId);
  },

  canSeeNetwork(user: AuthenticatedUser, networkId: string): boolean {
    return user.coordinatorOf.has(networkId) || user.memberNetworkIds.has(networkId);
  },

  /** Members and admins of the organisation, and coordinators of a network it belongs to. */
  canSeeOrganisationPeople(user: AuthenticatedUser, organisationId: string): boolean {
    return user.memberships.has(organisationId) || user.coordinatedOrganisationIds.has(organisationId);
  },

  canManageOrganisation(user: AuthenticatedUser, organisationId: string): boolean {
    return user.memberships.get(organisationId)?.role === 'admin' || user.coordinatedOrganisationIds.has(organisationId);
  },

  isMemberOf(user: AuthenticatedUser, organisationId: string): boolean {
    return user.memberships.has(organisationId);
  },

  /** Organisations whose data the user may read: their own, and all of the networks they coordinate. */
  readableOrganisationIds(user: AuthenticatedUser): string[] {
    return [...new Set([...user.memberships.keys(), ...user.coordinatedOrganisationIds])];
  },

  assertCanSeeNetwork(user: AuthenticatedUser, networkId: string): void {
    if (!AccessPolicy.canSeeNetwork(user, networkId)) throw notFound('network', networkId);
  },

  assertCoordinatorOf(user: AuthenticatedUser, networkId: string): void {
    AccessPolicy.assertCanSeeNetwork(user, networkId);
    if (!AccessPolicy.isCoordinatorOf(user, networkId)) {
      throw new DomainError('FORBIDDEN', 'Only a coordinator of this network may do this.', { networkId });
    }
  },

  assertCanSeeOrganisationPeople(user: AuthenticatedUser, organisationId: string): void {
    if (!AccessPolicy.canSeeOrganisationPeople(user, organisationId)) throw notFound('organisation', organisationId);
  },

  assertCanManageOrganisation(user: AuthenticatedUser, organisationId: string): void {
    AccessPolicy.assertCanSeeOrganisationPeople(user, organisationId);
    if (!AccessPolicy.canManageOrganisation(user, organisationId)) {
      throw new DomainError('FORBIDDEN', "Only this organisation's admins or the network's coordinators may do this.", {
        organisationId,
      });
    }
  },

  assertCoordinatorOfAny(user: AuthenticatedUser): void {
    if (user.coordinatorOf.size === 0) throw new DomainError('FORBIDDEN', 'Only coordinators may do this.');
  },

  /** Whose audit events the user may read: their coordinated networks, and organisations they administer or coordinate. */
  auditScope(user: AuthenticatedUser): { networkIds: string[]; organisationIds: string[] } {
    const administered = [...user.memberships].filter(([, m]) => m.role === 'admin').map(([id]) => id);
    if (user.coordinatorOf.size === 0 && administered.length === 0) {
      throw new DomainError('FORBIDDEN', 'Only coordinators and organisation admins may read the audit trail.');
    }
    return {
      networkIds: [...user.coordinatorOf.keys()],
      organisationIds: [...new Set([...administered, ...user.coordinatedOrganisationIds])],
    };
  },

  /**
   * Acting on another person's account (deactivate, temporary password) takes authority over every
   * organisation they belong to, so that one organisation's admin cannot take over another's people.
   */
  assertCanManageAccount(
    user: AuthenticatedUser,
    target: { id: string; organisationIds: string[]; coordinatedNetworkIds: string[]; staffNetworkIds?: string[] },
  ): void {
    if (target.id === user.id) throw new DomainError('FORBIDDEN', 'Use your own profile to change your account.');
    const coordinatesThem = target.coordinatedNetworkIds.some((n) => user.coordinatorOf.has(n));
    // A pooled employee's account is their network's to look after, organisation or not.
    const employsThem = (target.staffNetworkIds ?? []).some((n) => user.coordinatorOf.has(n));
    const managesAll =
      (target.organisationIds.length > 0 || employsThem) &&
      target.organisationIds.every((o) => AccessPolicy.canManageOrganisation(user, o));
    const seesThem =
      coordinatesThem || employsThem || target.organisationIds.some((o) => AccessPolicy.canSeeOrganisationPeople(user, o));
    if (!seesThem) throw notFound('user', target.id);
    if (!(managesAll && (target.coordinatedNetworkIds.length === 0 || coordinatesThem))) {
      throw new DomainError('FORBIDDEN', 'You do not manage every organisation this person belongs to.');
    }
  },
};

export function notFound(entity: string, id: string): DomainError {
  return new DomainError('NOT_FOUND', `No ${entity} ${id} is visible to you.`, { entity, id });
}
