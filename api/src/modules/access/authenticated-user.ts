import type { Locale, OrganisationRole } from '@mutualis/contracts';

/** Who is calling, with everything access decisions need, loaded once per request. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  mustChangePassword: boolean;
  staffResourceId: string | null;
  /** organisation id → role and name */
  memberships: Map<string, { role: OrganisationRole; organisationName: string }>;
  /** network id → name */
  coordinatorOf: Map<string, string>;
  /** Organisations in the networks this user coordinates. */
  coordinatedOrganisationIds: Set<string>;
  /** Networks that the user's organisations belong to. */
  memberNetworkIds: Set<string>;
  credential: { kind: 'session'; tokenHash: Buffer } | { kind: 'api-token'; tokenId: string };
}

/** The author of a write, as recorded in the audit trail. */
export interface Actor {
  user: AuthenticatedUser;
  requestId: string | null;
}
