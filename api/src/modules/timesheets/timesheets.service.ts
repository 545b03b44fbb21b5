import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SaveTimesheetEntryRequest, TimesheetEntryView } from '@mutualis/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../clock/clock';
import { todayIn } from '../../clock/zone-day';
import { DomainError } from '../../errors/domain-error';
import { AccessPolicy, notFound } from '../access/access-policy';
import type { Actor, AuthenticatedUser } from '../access/authenticated-user';
import { AuditTrail } from '../audit/audit-trail';
import { AccountNotices } from '../notifications/account-notices';

interface StaffScope {
  id: string;
  networkId: string;
  timeZone: string;
}

const MAX_DAYS = 92;

/**
 * Hours actually worked: the employee records them per organisation and day (prefilled from
 * confirmed requests) and submits a week; the receiving organisation's admin confirms or disputes;
 * a coordinator locks, after which a database trigger refuses any change.
 */
@Injectable()
export class TimesheetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly accountNotices: AccountNotices,
  ) {}

  async list(user: AuthenticatedUser, resourceId: string, from: string, to: string): Promise<TimesheetEntryView[]> {
    if (!(to > from) || (Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_DAYS) {
      throw new DomainError('INVALID_QUERY', `from must be before to, at most ${MAX_DAYS} days apart.`);
    }
    const staff = await this.staff(this.dataSource.manager, user, resourceId);
    const everything = user.staffResourceId === resourceId || AccessPolicy.isCoordinatorOf(user, staff.networkId);
    const organisations = everything ? null : [...user.memberships.keys()];
    const rows = await this.dataSource.query(
      `WITH planned AS (
         SELECT o.organisation_id, (o.starts_at AT TIME ZONE $4)::date AS work_date,
                sum(extract(epoch FROM o.ends_at - o.starts_at) / 60)::int AS minutes
           FROM booking_occurrence o
          WHERE o.resource_id = $1 AND o.status = 'confirmed'
            AND o.starts_at >= ($2::date)::timestamp AT TIME ZONE $4 AND o.starts_at < ($3::date)::timestamp AT TIME ZONE $4
          GROUP BY 1, 2)
       SELECT e.id, COALESCE(e.organisation_id, p.organisation_id) AS organisation_id, org.name AS organisation_name,
              to_char(COALESCE(e.work_date, p.work_date), 'YYYY-MM-DD') AS work_date,
              COALESCE(e.minutes, p.minutes) AS minutes, COALESCE(e.note, '') AS note, COALESCE(e.status, 'suggested') AS status,
              e.dispute_comment, COALESCE(p.minutes, 0) AS planned_minutes
         FROM (SELECT * FROM timesheet_entry WHERE resource_id = $1 AND work_date >= $2::date AND work_date < $3::date) e
         FULL JOIN planned p ON p.organisation_id = e.organisation_id AND p.work_date = e.work_date
         JOIN organisation org ON org.id = COALESCE(e.organisation_id, p.organisation_id)
        WHERE ($5::uuid[] IS NULL OR COALESCE(e.organisation_id, p.organisation_id) = ANY($5::uuid[]))
        ORDER BY 4, org.name`,
      [resourceId, from, to, staff.timeZone, organisations],
    );
    return rows.map(
      (r: Record<string, unknown>): TimesheetEntryView => ({
        id: (r['id'] as string | null) ?? null,
        resourceId,
        organisationId: r['organisation_id'] as string,
        organisationName: r['organisation_name'] as string,
        workDate: r['work_date'] as string,
        minutes: r['minutes'] as number,
        note: r['note'] as string,
        status: r['status'] as TimesheetEntryView['status'],
        disputeComment: (r['dispute_comment'] as string | null) ?? null,
        plannedMinutes: r['planned_minutes'] as number,
      }),
    );
  }

  /** The employee saves a day's time for an organisation (a draft, or a disputed entry corrected). */
  async save(actor: Actor, input: SaveTimesheetEntryRequest): Promise<void> {
    await this.write(actor, async (manager) => {
      const staff = await this.staff(manager, actor.user, input.resourceId);
      this.assertEmployee(actor.user, staff);
      this.assertNotFuture(staff, input.workDate);
      await this.assertOrganisationOfNetwork(manager, staff, input.organisationId);
      const [row] = await manager.query(
        `INSERT INTO timesheet_entry (resource_id, organisation_id, work_date, minutes, note, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (resource_id, organisation_id, work_date) DO UPDATE
            SET minutes = EXCLUDED.minutes, note = EXCLUDED.note, status = 'draft', dispute_comment = NULL,
                updated_at = EXCLUDED.updated_at
          WHERE timesheet_entry.status IN ('draft', 'disputed')
         RETURNING id`,
        [input.resourceId, input.organisationId, input.workDate, input.minutes, input.note ?? '', this.clock.now()],
      );
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
    return this.write(actor, async (manager) => {
      const staff = await this.staff(manager, actor.user, resourceId);
      const lastDay = authorise(actor.user, staff) ?? null;
      const rows = await manager.query(
        `WITH changed AS (
           UPDATE timesheet_entry SET status = $5, dispute_comment = $6, decided_by = $7, decided_at = $8, updated_at = $8
            WHERE resource_id = $1 AND work_date >= $2::date AND work_date < $2::date + 7 AND status = $4
              AND ($3::uuid IS NULL OR organisation_id = $3) AND ($9::date IS NULL OR work_date <= $9::date)
            RETURNING id)
         SELECT id FROM changed`,
        [resourceId, weekStart, organisationId, from, to, comment, actor.user.id, this.clock.now(), lastDay],
      );
      if (rows.length === 0)
        throw new DomainError('INVALID_STATE', `Nothing in this week is ${from}.`, { weekStart, status: from });
      await this.audit.record(manager, actor, {
        entity: 'timesheet_week',
        entityId: `${resourceId}:${weekStart}`,
        action: to,
        organisationId,
        networkId: staff.networkId,
        after: { entries: rows.length, comment },
      });
      await this.accountNotices.timesheetWeek(manager, {
        entryIds: rows.map((row: { id: string }) => row.id),
        weekStart,
        status: to,
        comment,
        networkId: staff.networkId,
      });
      return rows.length;
    });
  }

  private async write<T>(actor: Actor, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work).catch((error: unknown) => {
      if ((error as { driverError?: { hint?: string } }).driverError?.hint === 'TIMESHEET_LOCKED') {
        throw new DomainError('TIMESHEET_LOCKED', 'This timesheet is locked.');
      }
      throw error;
    });
  }

  private async staff(manager: EntityManager, user: AuthenticatedUser, resourceId: string): Promise<StaffScope> {
    const rows = await manager.query(
      `SELECT r.id, r.network_id, r.time_zone FROM resource r JOIN staff_member s ON s.resource_id = r.id WHERE r.id = $1`,
      [resourceId],
    );
    const row = rows[0];
    if (!row || !AccessPolicy.canSeeNetwork(user, row.network_id)) throw notFound('staff member', resourceId);
    return { id: row.id, networkId: row.network_id, timeZone: row.time_zone };
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
    const rows = await manager.query('SELECT 1 FROM network_membership WHERE network_id = $1 AND organisation_id = $2', [
      staff.networkId,
      organisationId,
    ]);
    if (rows.length === 0) throw notFound('organisation', organisationId);
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
