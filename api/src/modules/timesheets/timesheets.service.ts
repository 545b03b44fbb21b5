import { Injectable } from '@nestjs/common';
import type { SaveTimesheetEntryRequest, TimesheetEntryView } from '@mutualis/contracts';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../clock/clock';
import { todayIn } from '../../clock/zone-day';
import { DomainError } from '../../errors/domain-error';
import { AccessPolicy, notFound } from '../access/access-policy';
import type { Actor, AuthenticatedUser } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { AccountNotices } from '../notifications/account-notices';
import { type StaffScope, TimesheetRepository } from './timesheets.repository';

const MAX_DAYS = 92;

/**
 * Hours actually worked: the employee records them per organisation and day (prefilled from
 * confirmed requests) and submits a week; the receiving organisation's admin confirms or disputes;
 * a coordinator locks, after which a database trigger refuses any change.
 */
@Injectable()
export class TimesheetsService {
  constructor(
    private readonly timesheets: TimesheetRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly accountNotices: AccountNotices,
  ) {}

  async list(user: AuthenticatedUser, resourceId: string, from: string, to: string): Promise<TimesheetEntryView[]> {
    if (!(to > from) || (Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_DAYS) {
      throw new DomainError('INVALID_QUERY', `from must be before to, at most ${MAX_DAYS} days apart.`);
    }
    const staff = await this.staff(this.timesheets.manager, user, resourceId);
    const everything = user.staffResourceId === resourceId || AccessPolicy.isCoordinatorOf(user, staff.networkId);
    const organisations = everything ? null : [...user.memberships.keys()];
    return this.timesheets.list(staff, from, to, organisations);
  }

  /** The employee saves a day's time for an organisation (a draft, or a disputed entry corrected). */
  async save(actor: Actor, input: SaveTimesheetEntryRequest): Promise<void> {
    await this.timesheets.transaction(async (manager) => {
      const staff = await this.staff(manager, actor.user, input.resourceId);
      this.assertEmployee(actor.user, staff);
      this.assertNotFuture(staff, input.workDate);
      await this.assertOrganisationOfNetwork(manager, staff, input.organisationId);
      const row = await this.timesheets.saveEntry(manager, input, this.clock.now());
      if (!row)
        throw new DomainError(
          'INVALID_STATE',
          'This day was already submitted: it changes only if the organisation disputes it.',
        );
      await this.audit.record(manager, actor, {
        entity: 'timesheet_entry',
        entityId: row.id,
        action: 'save',
        organisationId: input.organisationId,
        networkId: staff.networkId,
        after: input,
      });
    });
  }

  /** Only days that have happened (in the employee's zone) are submitted; a week that has not begun is refused. */
  async submitWeek(actor: Actor, resourceId: string, weekStart: string): Promise<number> {
    return this.transition(actor, resourceId, weekStart, null, 'draft', 'submitted', (user, staff) => {
      this.assertEmployee(user, staff);
      this.assertNotFuture(staff, weekStart);
      return this.todayOf(staff);
    });
  }

  async confirmWeek(actor: Actor, resourceId: string, weekStart: string, organisationId: string): Promise<number> {
    return this.transition(actor, resourceId, weekStart, organisationId, 'submitted', 'confirmed', (user) =>
      this.assertAdminOf(user, organisationId),
    );
  }

  async disputeWeek(
    actor: Actor,
    resourceId: string,
    weekStart: string,
    organisationId: string,
    comment: string,
  ): Promise<number> {
    if (!comment.trim()) {
      throw new DomainError('VALIDATION_FAILED', 'Say what is disputed.', {
        fields: [{ field: 'comment', messages: ['comment should not be empty'] }],
      });
    }
    return this.transition(
      actor,
      resourceId,
      weekStart,
      organisationId,
      'submitted',
      'disputed',
      (user) => this.assertAdminOf(user, organisationId),
      comment,
    );
  }

  async lockWeek(actor: Actor, resourceId: string, weekStart: string): Promise<number> {
    return this.transition(actor, resourceId, weekStart, null, 'confirmed', 'locked', (user, staff) =>
      AccessPolicy.assertCoordinatorOf(user, staff.networkId),
    );
  }

  private async transition(
    actor: Actor,
    resourceId: string,
    weekStart: string,
    organisationId: string | null,
    from: string,
    to: string,
    /** Throws when the actor may not; may return the last day (inclusive) the transition applies to. */
    authorise: (user: AuthenticatedUser, staff: StaffScope) => string | void,
    comment: string | null = null,
  ): Promise<number> {
    if (new Date(`${weekStart}T00:00:00Z`).getUTCDay() !== 1) {
      throw new DomainError('VALIDATION_FAILED', 'A week starts on a Monday.', {
        fields: [{ field: 'weekStart', messages: ['must be a Monday'] }],
      });
    }
    return this.timesheets.transaction(async (manager) => {
      const staff = await this.staff(manager, actor.user, resourceId);
      const lastDay = authorise(actor.user, staff) ?? null;
      const ids = await this.timesheets.transitionWeek(manager, {
        resourceId,
        weekStart,
        organisationId,
        from,
        to,
        comment,
        decidedBy: actor.user.id,
        decidedAt: this.clock.now(),
        lastDay,
      });
      if (ids.length === 0)
        throw new DomainError('INVALID_STATE', `Nothing in this week is ${from}.`, { weekStart, status: from });
      await this.audit.record(manager, actor, {
        entity: 'timesheet_week',
        entityId: `${resourceId}:${weekStart}`,
        action: to,
        organisationId,
        networkId: staff.networkId,
        after: { entries: ids.length, comment },
      });
      await this.accountNotices.timesheetWeek(manager, {
        entryIds: ids,
        weekStart,
        status: to,
        comment,
        networkId: staff.networkId,
      });
      return ids.length;
    });
  }

  private async staff(manager: EntityManager, user: AuthenticatedUser, resourceId: string): Promise<StaffScope> {
    const staff = await this.timesheets.findStaff(manager, resourceId);
    if (!staff || !AccessPolicy.canSeeNetwork(user, staff.networkId)) throw notFound('staff member', resourceId);
    return staff;
  }

  /** Today in the employee's zone, from the injected clock. */
  private todayOf(staff: StaffScope): string {
    return todayIn(this.clock, staff.timeZone);
  }

  private assertNotFuture(staff: StaffScope, day: string): void {
    const today = this.todayOf(staff);
    if (day > today) {
      throw new DomainError('FUTURE_WORK_DATE', 'Hours are recorded for days that have happened.', { day, today });
    }
  }

  /** The entry's organisation must belong to the employee's network: ids of other networks do not exist here. */
  private async assertOrganisationOfNetwork(manager: EntityManager, staff: StaffScope, organisationId: string): Promise<void> {
    if (!(await this.timesheets.isOrganisationOfNetwork(manager, staff.networkId, organisationId))) {
      throw notFound('organisation', organisationId);
    }
  }

  private assertEmployee(user: AuthenticatedUser, staff: StaffScope): void {
    if (user.staffResourceId !== staff.id) throw new DomainError('FORBIDDEN', 'Only the employee records their own time.');
  }

  private assertAdminOf(user: AuthenticatedUser, organisationId: string): void {
    if (user.memberships.get(organisationId)?.role !== 'admin') {
      throw new DomainError('FORBIDDEN', "Only the receiving organisation's admins confirm or dispute its hours.", {
        organisationId,
      });
    }
  }
}
