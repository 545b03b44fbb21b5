import type { Locale } from '@mutualis/domain';

export type { Locale } from '@mutualis/domain';
export type OrganisationRole = 'admin' | 'member';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface MembershipView {
  organisationId: string;
  organisationName: string;
  role: OrganisationRole;
}

export interface CoordinatedNetworkView {
  networkId: string;
  networkName: string;
}

/** `GET /api/auth/me` and the body of a successful login. */
export interface MeResponse {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  mustChangePassword: boolean;
  memberships: MembershipView[];
  coordinatorOf: CoordinatedNetworkView[];
  staffResourceId?: string;
}

export interface UpdateMeRequest {
  name?: string;
  locale?: Locale;
}

/** The API's password rule: 10 to 200 characters, not common, not the e-mail nor the name. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** `details.reason` of a WEAK_PASSWORD error (with `details.minLength`). */
export const WEAK_PASSWORD_REASONS = ['too-short', 'too-long', 'contains-email', 'contains-name', 'too-common'] as const;
export type WeakPasswordReason = (typeof WEAK_PASSWORD_REASONS)[number];

export interface WeakPasswordDetails {
  reason: WeakPasswordReason;
  minLength: number;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface ApiTokenView {
  id: string;
  name: string;
  /** The first characters, to recognise a token without revealing it. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** Returned once, at creation: the secret is never shown again. */
export interface CreatedApiToken extends ApiTokenView {
  token: string;
}

export interface CreateApiTokenRequest {
  name: string;
}

export interface NetworkView {
  id: string;
  name: string;
  /** Whether other members see which organisation holds a slot (privacy rule of DOMAIN.md). */
  showOrganisationNames: boolean;
  organisationCount: number;
  isCoordinator: boolean;
}

export interface CreateNetworkRequest {
  name: string;
  showOrganisationNames?: boolean;
}

export type UpdateNetworkRequest = Partial<CreateNetworkRequest>;

export interface OrganisationView {
  id: string;
  name: string;
  networkIds: string[];
  /** The caller's role in it, if a member. */
  myRole: OrganisationRole | null;
  canManage: boolean;
}

export interface CreateOrganisationRequest {
  name: string;
}

export type UpdateOrganisationRequest = Partial<CreateOrganisationRequest>;

export interface MemberView {
  userId: string;
  email: string;
  name: string;
  role: OrganisationRole;
  active: boolean;
}

export interface UpdateMemberRequest {
  role: OrganisationRole;
}

export interface InvitationView {
  id: string;
  organisationId: string;
  email: string;
  role: OrganisationRole;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}

/** Until e-mail delivery exists, the inviter receives the one-time link to pass on. */
export interface CreatedInvitation extends InvitationView {
  acceptUrl: string;
}

export interface CreateInvitationRequest {
  email: string;
  role: OrganisationRole;
  /** The invitee's language (e-mail, then their account); default: the request's Accept-Language, else the inviter's. */
  locale?: Locale;
}

/** `GET /api/auth/invitations/:token` (public): what the invitee is about to accept. */
export interface InvitationPreview {
  /** The organisation to join; for a pooled employee's invitation ('staff'), their network. */
  organisationName: string;
  /** A pooled employee's invitation: the employee record the account will be linked to. */
  staffName?: string;
  email: string;
  role: OrganisationRole | 'staff';
  /** An account with this e-mail exists: accepting only needs its password. */
  existingAccount: boolean;
}

export interface AcceptInvitationRequest {
  /** Required for a new account. */
  name?: string;
  password: string;
}

export interface SetTemporaryPasswordRequest {
  password: string;
}
