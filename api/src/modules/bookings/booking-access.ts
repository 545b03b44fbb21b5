import { DomainError } from '../../errors/domain-error';
import { AccessPolicy, notFound } from '../access/access-policy';
import type { AuthenticatedUser } from '../access/authenticated-user';
import type { BookableResource, SeriesRecord } from './booking.types';

/** Booking-specific access rules, on top of AccessPolicy. */
export const BookingAccess = {
  /** Coordinators of the network approve bookings; for a pooled employee, the employee too. */
  isApprover(user: AuthenticatedUser, resource: { id: string; networkId: string; type?: string }): boolean {
    return (
      AccessPolicy.isCoordinatorOf(user, resource.networkId) ||
      (resource.type === 'staff' && user.staffResourceId === resource.id)
    );
  },

  /** The requesting organisation never approves its own request, so its members cannot either. */
  assertMayDecide(
    user: AuthenticatedUser,
    resource: { id: string; networkId: string; type?: string },
    organisationId: string,
  ): void {
    if (!BookingAccess.isApprover(user, resource)) {
      throw new DomainError('FORBIDDEN', "Only the resource's approver may approve or decline its bookings.");
    }
    if (user.memberships.has(organisationId)) {
      throw new DomainError('FORBIDDEN', 'A request cannot be approved by its own organisation.', { organisationId });
    }
  },

  /** Pending until approved, unless the resource needs no approval or an approver outside the organisation books. */
  needsApproval(user: AuthenticatedUser, resource: BookableResource, organisationId: string): boolean {
    return (
      resource.rules.approvalRequired && !(BookingAccess.isApprover(user, resource) && !user.memberships.has(organisationId))
    );
  },

  /** Members of the organisation (or the network's coordinators on its behalf), if the resource lets it book. */
  assertMayBookFor(
    user: AuthenticatedUser,
    resource: BookableResource,
    organisationId: string,
    organisationNetworks: string[],
  ): void {
    if (!AccessPolicy.isMemberOf(user, organisationId) && !AccessPolicy.isCoordinatorOf(user, resource.networkId)) {
      throw new DomainError('FORBIDDEN', 'You can only book for an organisation you belong to.', { organisationId });
    }
    if (!organisationNetworks.includes(resource.networkId)) {
      throw new DomainError('FORBIDDEN', "This organisation is not a member of the resource's network.", { organisationId });
    }
    if (resource.rules.bookableBy === 'list' && !resource.rules.bookableOrganisationIds.includes(organisationId)) {
      throw new DomainError('FORBIDDEN', 'This resource is reserved to other organisations.', { organisationId });
    }
    if (!resource.active)
      throw new DomainError('FORBIDDEN', 'This resource is not bookable at the moment.', { resourceId: resource.id });
  },

  /** Requesters edit their own bookings, organisation admins any of theirs, coordinators all of the network. */
  canEdit(
    user: AuthenticatedUser,
    series: Pick<SeriesRecord, 'organisationId' | 'requesterUserId'>,
    resource: { networkId: string },
  ): boolean {
    if (AccessPolicy.isCoordinatorOf(user, resource.networkId)) return true;
    const membership = user.memberships.get(series.organisationId);
    return membership?.role === 'admin' || (membership !== undefined && series.requesterUserId === user.id);
  },
};

/** Who may see a series at all: anyone of the network (privacy trims what they see). */
export function assertCanSeeBooking<R extends { networkId: string }>(
  user: AuthenticatedUser,
  series: SeriesRecord | null,
  resource: R | null,
  id: string,
): { series: SeriesRecord; resource: R } {
  if (!series || !resource || !AccessPolicy.canSeeNetwork(user, resource.networkId)) throw notFound('booking', id);
  return { series, resource };
}
