import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../errors/domain-error';
import { raceToConflict } from '../../../errors/race-to-conflict';
import { notFound } from '../../access/access-policy';
import type { Actor, AuthenticatedUser } from '../../access/authenticated-user';
import { AuditTrail } from '../../audit/audit-trail';
import type { LeaveView } from '@mutualis/contracts';
import { AccountNotices } from '../../notifications/account-notices';
import { StaffService } from '../members/staff.service';
import { LeaveRepository } from './leave.repository';

/** A pooled employee's leave: the employee or a coordinator records and cancels it. */
@Injectable()
export class LeaveService {
  constructor(
    private readonly leave: LeaveRepository,
    private readonly members: StaffService,
    private readonly audit: AuditTrail,
    private readonly accountNotices: AccountNotices,
  ) {}

  async listLeave(user: AuthenticatedUser, id: string, from: string, to: string): Promise<LeaveView[]> {
    const member = await this.members.get(user, id);
    this.members.assertEmployeeOrCoordinator(user, member);
    return this.leave.leave(id, Date.parse(from), Date.parse(to));
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
    const member = await this.members.get(actor.user, id);
    this.members.assertEmployeeOrCoordinator(actor.user, member);
    return this.leave
      .transaction(async (manager) => {
        const { id: leaveId, flagged } = await this.leave.insertLeave(manager, id, {
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
    const member = await this.members.get(actor.user, id);
    this.members.assertEmployeeOrCoordinator(actor.user, member);
    await this.leave.transaction(async (manager) => {
      if (!(await this.leave.deleteLeave(manager, id, leaveId))) throw notFound('leave', leaveId);
      await this.audit.record(manager, actor, {
        entity: 'staff_leave',
        entityId: leaveId,
        action: 'delete',
        networkId: member.networkId,
      });
    });
  }
}
