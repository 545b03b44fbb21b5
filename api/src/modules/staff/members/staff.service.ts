import { Injectable } from '@nestjs/common';
import type { CreateStaffRequest, StaffInvitation, StaffView, StaffWriteResult, UpdateStaffRequest } from '@mutualis/contracts';
import { resolveTimeZone } from '@mutualis/domain';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../../clock/clock';
import { DomainError } from '../../../errors/domain-error';
import { raceToConflict } from '../../../errors/race-to-conflict';
import { AccessPolicy, notFound } from '../../access/access-policy';
import type { Actor, AuthenticatedUser } from '../../access/authenticated-user';
import { AuditTrail } from '../../audit/audit-trail';
import { generateSecretToken } from '../../credentials/secret-token';
import { StaffRepository } from './staff.repository';
import { AccountNotices } from '../../notifications/account-notices';

const DAY_MS = 86_400_000;
/** As long as an organisation's invitation. */
const INVITATION_LIFETIME_MS = 7 * DAY_MS;

/**
 * Pooled employees as resources: their profile, working hours and account. The other parts of the
 * module (leave, agreements, availability, hour bank) ask it who may see or change an employee.
 */
@Injectable()
export class StaffService {
  constructor(
    private readonly staff: StaffRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly accountNotices: AccountNotices,
  ) {}

  list(user: AuthenticatedUser): Promise<StaffView[]> {
    return this.staff.list(networksOf(user));
  }

  async get(user: AuthenticatedUser, id: string): Promise<StaffView> {
    const member = await this.staff.get(this.staff.manager, id);
    if (!member || !AccessPolicy.canSeeNetwork(user, member.networkId)) throw notFound('staff member', id);
    return member;
  }

  async create(actor: Actor, input: CreateStaffRequest): Promise<StaffWriteResult> {
    AccessPolicy.assertCoordinatorOf(actor.user, input.networkId);
    const timeZone = input.timeZone ?? 'America/Toronto';
    if (!resolveTimeZone(timeZone)) throw new DomainError('INVALID_TIME_ZONE', `Unknown time zone '${timeZone}'.`, { timeZone });
    return this.staff
      .transaction(async (manager) => {
        if (input.carrierOrganisationId) await this.assertMember(manager, input.networkId, input.carrierOrganisationId);
        const id = await this.staff.insert(manager, {
          networkId: input.networkId,
          name: input.name,
          timeZone,
          carrierOrganisationId: input.carrierOrganisationId ?? null,
          hourlyCostCents: input.hourlyCostCents ?? null,
          userId: null,
        });
        const { jobTitle, maxMinutesPerDay, maxMinutesPerWeek, holidaysOff, alternatingWeeksAnchor } = input;
        await this.staff.update(manager, id, {
          jobTitle,
          maxMinutesPerDay,
          maxMinutesPerWeek,
          holidaysOff,
          alternatingWeeksAnchor,
        });
        await this.staff.replaceWorkingHours(manager, id, input.workingHours ?? []);
        const created = (await this.staff.get(manager, id)) as StaffView;
        await this.audit.record(manager, actor, {
          entity: 'staff',
          entityId: id,
          action: 'create',
          networkId: input.networkId,
          after: created,
        });
        const invitation = input.userEmail ? await this.invite(manager, actor, created, input.userEmail) : undefined;
        return { ...created, ...(invitation && { invitation }) };
      })
      .catch(uniqueViolation);
  }

  async update(actor: Actor, id: string, changes: UpdateStaffRequest): Promise<StaffWriteResult> {
    return this.staff
      .transaction(async (manager) => {
        const before = await this.forCoordinator(manager, actor.user, id);
        if (changes.carrierOrganisationId) await this.assertMember(manager, before.networkId, changes.carrierOrganisationId);
        await this.staff.update(manager, id, changes);
        if (changes.workingHours) await this.staff.replaceWorkingHours(manager, id, changes.workingHours);
        const after = (await this.staff.get(manager, id)) as StaffView;
        await this.audit.record(manager, actor, {
          entity: 'staff',
          entityId: id,
          action: 'update',
          networkId: before.networkId,
          before,
          after,
        });
        const invitation = changes.userEmail ? await this.invite(manager, actor, after, changes.userEmail) : undefined;
        return { ...after, ...(invitation && { invitation }) };
      })
      .catch(uniqueViolation);
  }

  assertEmployeeOrCoordinator(user: AuthenticatedUser, member: StaffView): void {
    if (user.staffResourceId !== member.id && !AccessPolicy.isCoordinatorOf(user, member.networkId)) {
      throw new DomainError('FORBIDDEN', 'Only the employee or a coordinator may do this.');
    }
  }

  async forCoordinator(manager: EntityManager, user: AuthenticatedUser, id: string): Promise<StaffView> {
    const member = await this.staff.get(manager, id);
    if (!member || !AccessPolicy.canSeeNetwork(user, member.networkId)) throw notFound('staff member', id);
    AccessPolicy.assertCoordinatorOf(user, member.networkId);
    return member;
  }

  /** Ids of another network do not exist here: an organisation named in a write must be a member of the network. */
  async assertMember(manager: EntityManager, networkId: string, organisationId: string): Promise<void> {
    if (!(await this.staff.isMemberOfNetwork(manager, networkId, organisationId))) throw notFound('organisation', organisationId);
  }

  /**
   * Links an account only with its owner's consent: an invitation (replacing any pending one) that
   * the person accepts, signing in or creating the account (auth's accept flow links it then).
   */
  private async invite(manager: EntityManager, actor: Actor, member: StaffView, email: string): Promise<StaffInvitation> {
    const staffOf = await this.staff.staffResourceOfEmail(manager, email);
    if (staffOf && staffOf !== member.id) {
      throw new DomainError('CONFLICT', 'This account is already the account of another pooled employee.', { email });
    }
    const { token, hash } = generateSecretToken('inv');
    const expiresAt = new Date(this.clock.nowMs() + INVITATION_LIFETIME_MS);
    const invitationId = await this.staff.replaceInvitation(manager, {
      resourceId: member.id,
      email,
      tokenHash: hash,
      invitedBy: actor.user.id,
      now: this.clock.now(),
      expiresAt,
    });
    await this.audit.record(manager, actor, {
      entity: 'invitation',
      entityId: invitationId,
      action: 'create',
      networkId: member.networkId,
      after: { email, staffResourceId: member.id },
    });
    return { email, expiresAt: expiresAt.toISOString(), acceptUrl: `/invitation/${token}` };
  }
}

function networksOf(user: AuthenticatedUser): string[] {
  return [...new Set([...user.coordinatorOf.keys(), ...user.memberNetworkIds])];
}

/** A row that would duplicate a unique one (an account already linked elsewhere, a name taken) is a conflict, never a 500. */
const uniqueViolation = raceToConflict({
  'unique-violation': () => new DomainError('CONFLICT', 'This would duplicate an existing record.'),
});
