import { Injectable } from '@nestjs/common';
import type {
  AgreementView,
  CreateAgreementRequest,
  CreateStaffRequest,
  HourBankView,
  StaffInvitation,
  LeaveView,
  StaffAvailabilityView,
  StaffView,
  StaffWriteResult,
  UpdateAgreementRequest,
  UpdateStaffRequest,
} from '@mutualis/contracts';
import {
  findFreeSlots,
  hourBankLedger,
  periodContaining,
  resolveTimeZone,
  staffWorkingTime,
  subtractIntervals,
  ZoneClock,
  type Interval,
} from '@mutualis/domain';
import type { IANAZone } from 'luxon';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../clock/clock';
import { DomainError } from '../../errors/domain-error';
import { raceToConflict } from '../../errors/race-to-conflict';
import { AccessPolicy, notFound } from '../access/access-policy';
import type { Actor, AuthenticatedUser } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { generateSecretToken } from '../credentials/secret-token';
import { StaffRepository } from './staff.repository';
import { AccountNotices } from '../notifications/account-notices';

const MAX_WINDOW_DAYS = 92;
const DAY_MS = 86_400_000;
/** As long as an organisation's invitation. */
const INVITATION_LIFETIME_MS = 7 * DAY_MS;

/** Pooled employees as resources: their profile, hours, leave, agreements, availability and hour bank. */
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

  async listLeave(user: AuthenticatedUser, id: string, from: string, to: string): Promise<LeaveView[]> {
    const member = await this.get(user, id);
    this.assertEmployeeOrCoordinator(user, member);
    return this.staff.leave(id, Date.parse(from), Date.parse(to));
  }

  /** The employee or a coordinator records leave; occurrences inside it are flagged for rescheduling, never deleted. */
  async addLeave(
    actor: Actor,
    id: string,
    input: { kind: string; start: string; end: string; note?: string },
  ): Promise<LeaveView> {
    if (!(Date.parse(input.end) > Date.parse(input.start))) {
      throw new DomainError('VALIDATION_FAILED', 'Leave ends after it starts.', {
        fields: [{ field: 'end', messages: ['end must be after start'] }],
      });
    }
    const member = await this.get(actor.user, id);
    this.assertEmployeeOrCoordinator(actor.user, member);
    return this.staff
      .transaction(async (manager) => {
        const { id: leaveId, flagged } = await this.staff.insertLeave(manager, id, {
          ...input,
          note: input.note ?? '',
          createdBy: actor.user.id,
        });
        await this.audit.record(manager, actor, {
          entity: 'staff_leave',
          entityId: leaveId,
          action: 'create',
          networkId: member.networkId,
          after: { ...input, flagged },
        });
        if (flagged > 0)
          await this.accountNotices.leaveConflicts(manager, { resourceId: id, start: input.start, end: input.end });
        return {
          id: leaveId,
          resourceId: id,
          kind: input.kind as LeaveView['kind'],
          start: new Date(input.start).toISOString(),
          end: new Date(input.end).toISOString(),
          note: input.note ?? '',
          flaggedOccurrences: flagged,
        };
      })
      .catch(
        raceToConflict({
          'exclusion-violation': () => new DomainError('CONFLICT', 'This leave overlaps leave already recorded.'),
        }),
      );
  }

  async deleteLeave(actor: Actor, id: string, leaveId: string): Promise<void> {
    const member = await this.get(actor.user, id);
    this.assertEmployeeOrCoordinator(actor.user, member);
    await this.staff.transaction(async (manager) => {
      if (!(await this.staff.deleteLeave(manager, id, leaveId))) throw notFound('leave', leaveId);
      await this.audit.record(manager, actor, {
        entity: 'staff_leave',
        entityId: leaveId,
        action: 'delete',
        networkId: member.networkId,
      });
    });
  }

  /** Free/busy anyone of the network may see: working time, busy and leave intervals, never titles or organisations. */
  async availability(
    user: AuthenticatedUser,
    id: string,
    from: string,
    to: string,
    durationMinutes?: number,
  ): Promise<StaffAvailabilityView> {
    const member = await this.get(user, id);
    const window = { start: Date.parse(from), end: Date.parse(to) };
    if (!(window.end > window.start) || window.end - window.start > MAX_WINDOW_DAYS * DAY_MS) {
      throw new DomainError('INVALID_QUERY', `from must be before to, at most ${MAX_WINDOW_DAYS} days apart.`);
    }
    const working = staffWorkingTime(
      {
        timeZone: member.timeZone,
        hours: member.workingHours,
        alternatingWeeksAnchor: member.alternatingWeeksAnchor,
        holidaysOff: member.holidaysOff,
      },
      window,
    );
    // Two reads on two pooled connections at once: one round trip instead of two.
    const [busy, leave] = await Promise.all([
      this.staff.activeIntervals(id, window.start, window.end),
      this.staff.leaveIntervals(id, window.start, window.end),
    ]);
    // One clock for the whole answer: luxon's toISO per instant cost more than the rest of the request.
    const clock = new ZoneClock(resolveTimeZone(member.timeZone) as IANAZone);
    const view = (list: Interval[]) => list.map((i) => ({ start: clock.format(i.start), end: clock.format(i.end) }));
    return {
      resourceId: id,
      timeZone: member.timeZone,
      workingTime: view(working),
      busy: view(busy),
      leave: view(leave),
      ...(durationMinutes
        ? {
            freeSlots: view(
              findFreeSlots({
                availability: subtractIntervals(working, leave),
                busy,
                durationMinutes,
                window,
                stepMinutes: 30,
              }).slice(0, 200),
            ),
          }
        : {}),
    };
  }

  agreements(user: AuthenticatedUser, filter: { resourceId?: string; organisationId?: string }): Promise<AgreementView[]> {
    // Coordinators see every agreement of their networks; members see their organisations' own.
    if (user.coordinatorOf.size > 0) return this.staff.agreements({ networkIds: [...user.coordinatorOf.keys()], ...filter });
    return this.staff
      .agreements({ networkIds: [...user.memberNetworkIds], ...filter })
      .then((list) => list.filter((a) => user.memberships.has(a.organisationId) || user.staffResourceId === a.resourceId));
  }

  async createAgreement(actor: Actor, input: CreateAgreementRequest): Promise<AgreementView> {
    return this.staff
      .transaction(async (manager) => {
        const member = await this.forCoordinator(manager, actor.user, input.resourceId);
        await this.assertMember(manager, member.networkId, input.organisationId);
        const id = await this.staff.insertAgreement(manager, normalise(input));
        const created = (await this.staff.agreement(manager, id)) as AgreementView;
        await this.audit.record(manager, actor, {
          entity: 'agreement',
          entityId: id,
          action: 'create',
          networkId: member.networkId,
          organisationId: input.organisationId,
          after: created,
        });
        return created;
      })
      .catch(agreementOverlap);
  }

  async updateAgreement(actor: Actor, id: string, changes: UpdateAgreementRequest): Promise<AgreementView> {
    return this.staff
      .transaction(async (manager) => {
        const before = await this.staff.agreement(manager, id);
        if (!before) throw notFound('agreement', id);
        const member = await this.forCoordinator(manager, actor.user, before.resourceId);
        const merged = normalise({ ...before, ...changes });
        // The request may change one end only: the other one comes from the agreement.
        if (merged.endsOn !== null && merged.endsOn <= merged.startsOn) {
          throw new DomainError('VALIDATION_FAILED', 'endsOn must be after startsOn.', {
            fields: [
              { field: changes.endsOn === undefined ? 'startsOn' : 'endsOn', messages: ['endsOn must be after startsOn'] },
            ],
          });
        }
        await this.staff.updateAgreement(manager, id, merged);
        const after = (await this.staff.agreement(manager, id)) as AgreementView;
        await this.audit.record(manager, actor, {
          entity: 'agreement',
          entityId: id,
          action: 'update',
          networkId: member.networkId,
          organisationId: before.organisationId,
          before,
          after,
        });
        return after;
      })
      .catch(agreementOverlap);
  }

  async deleteAgreement(actor: Actor, id: string): Promise<void> {
    await this.staff.transaction(async (manager) => {
      const before = await this.staff.agreement(manager, id);
      if (!before) throw notFound('agreement', id);
      const member = await this.forCoordinator(manager, actor.user, before.resourceId);
      await this.staff.deleteAgreement(manager, id);
      await this.audit.record(manager, actor, {
        entity: 'agreement',
        entityId: id,
        action: 'delete',
        networkId: member.networkId,
        organisationId: before.organisationId,
        before,
      });
    });
  }

  /** Per period of the agreement: allotted, carried over, booked (pending + confirmed), worked, remaining. */
  async hourBank(
    user: AuthenticatedUser,
    query: { resourceId: string; organisationId: string; from: string; to: string },
  ): Promise<HourBankView> {
    const member = await this.get(user, query.resourceId);
    const allowed =
      user.memberships.has(query.organisationId) ||
      user.staffResourceId === member.id ||
      AccessPolicy.isCoordinatorOf(user, member.networkId);
    if (!allowed) throw notFound('organisation', query.organisationId);
    if (!(query.to > query.from) || Date.parse(query.to) - Date.parse(query.from) > 3 * 366 * DAY_MS) {
      throw new DomainError('INVALID_QUERY', 'from must be before to, at most three years apart.');
    }
    const manager = this.staff.manager;
    const agreement = await this.staff.agreementOn(manager, member.id, query.organisationId, query.from);
    const terms = {
      minutesPerPeriod: agreement?.minutesPerPeriod ?? 0,
      unit: agreement?.periodUnit ?? 'month',
      rollover: agreement?.rollover ?? 'none',
      rolloverCapMinutes: agreement?.rolloverCapMinutes ?? null,
    } as const;
    const first = periodContaining(query.from, terms.unit);
    // Booked and worked minutes on two pooled connections at once.
    const [bookedByDay, workedByDay] = await Promise.all([
      this.staff.organisationMinutesByDay(manager, member.id, query.organisationId, member.timeZone, first.start, query.to),
      this.staff.workedMinutesByDay(manager, member.id, query.organisationId, first.start, query.to),
    ]);
    const lines = hourBankLedger(terms, { from: query.from, to: query.to }, bookedByDay, workedByDay);
    return { resourceId: member.id, organisationId: query.organisationId, agreementId: agreement?.id ?? null, lines };
  }

  private assertEmployeeOrCoordinator(user: AuthenticatedUser, member: StaffView): void {
    if (user.staffResourceId !== member.id && !AccessPolicy.isCoordinatorOf(user, member.networkId)) {
      throw new DomainError('FORBIDDEN', 'Only the employee or a coordinator may do this.');
    }
  }

  private async forCoordinator(manager: EntityManager, user: AuthenticatedUser, id: string): Promise<StaffView> {
    const member = await this.staff.get(manager, id);
    if (!member || !AccessPolicy.canSeeNetwork(user, member.networkId)) throw notFound('staff member', id);
    AccessPolicy.assertCoordinatorOf(user, member.networkId);
    return member;
  }

  /** Ids of another network do not exist here: an organisation named in a write must be a member of the network. */
  private async assertMember(manager: EntityManager, networkId: string, organisationId: string): Promise<void> {
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

function normalise(
  a: CreateAgreementRequest | (AgreementView & UpdateAgreementRequest),
): Omit<AgreementView, 'id' | 'organisationName'> {
  return {
    organisationId: a.organisationId,
    resourceId: a.resourceId,
    minutesPerPeriod: a.minutesPerPeriod ?? null,
    periodUnit: a.periodUnit ?? 'month',
    startsOn: a.startsOn,
    endsOn: a.endsOn ?? null,
    overQuota: a.overQuota ?? 'refuse',
    rollover: a.rollover ?? 'none',
    rolloverCapMinutes: a.rolloverCapMinutes ?? null,
    fixedSharePercent: a.fixedSharePercent ?? null,
  };
}

const agreementOverlap = raceToConflict({
  'exclusion-violation': () =>
    new DomainError('CONFLICT', 'This organisation already has an agreement on this resource for these dates.'),
  'check-violation': () =>
    new DomainError('VALIDATION_FAILED', 'The agreement ends before it starts, or a value is out of range.'),
});

/** A row that would duplicate a unique one (an account already linked elsewhere, a name taken) is a conflict, never a 500. */
const uniqueViolation = raceToConflict({
  'unique-violation': () => new DomainError('CONFLICT', 'This would duplicate an existing record.'),
});
