import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { ApiTokenEntity, LoginAttemptEntity, UserSessionEntity } from '../modules/auth/auth.entities';
import {
  InvitationEntity,
  NetworkCoordinatorEntity,
  NetworkEntity,
  NetworkMembershipEntity,
  OrganisationEntity,
  OrganisationMembershipEntity,
  UserEntity,
} from '../modules/directory/directory.entities';

/** Every TypeORM entity of the API, listed once (webpack bundles them; no globbing at run time). */
export const ENTITIES = [
  NetworkEntity,
  OrganisationEntity,
  NetworkMembershipEntity,
  UserEntity,
  OrganisationMembershipEntity,
  NetworkCoordinatorEntity,
  InvitationEntity,
  UserSessionEntity,
  ApiTokenEntity,
  LoginAttemptEntity,
  AuditEventEntity,
];
