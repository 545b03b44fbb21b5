import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../errors/domain-error';
import { raceToConflict } from '../../../errors/race-to-conflict';
import { notFound } from '../../access/access-policy';
import type { Actor, AuthenticatedUser } from '../../access/authenticated-user';
import { AuditTrail } from '../../audit/audit-trail';
import type { AgreementView, CreateAgreementRequest, UpdateAgreementRequest } from '@mutualis/contracts';
import { StaffService } from '../members/staff.service';
import { AgreementRepository } from './agreement.repository';

/** Service agreements between an organisation and a pooled employee: quota, rollover, fixed share. */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly agreements: AgreementRepository,
    private readonly members: StaffService,
    private readonly audit: AuditTrail,
  ) {}

  list(user: AuthenticatedUser, filter: { resourceId?: string; organisationId?: string }): Promise<AgreementView[]> {
    // Coordinators see every agreement of their networks; members see their organisations' own.
    if (user.coordinatorOf.size > 0) return this.agreements.agreements({ networkIds: [...user.coordinatorOf.keys()], ...filter });
    return this.agreements
      .agreements({ networkIds: [...user.memberNetworkIds], ...filter })
      .then((list) => list.filter((a) => user.memberships.has(a.organisationId) || user.staffResourceId === a.resourceId));
  }

  async create(actor: Actor, input: CreateAgreementRequest): Promise<AgreementView> {
    return this.agreements
      .transaction(async (manager) => {
        const member = await this.members.forCoordinator(manager, actor.user, input.resourceId);
        await this.members.assertMember(manager, member.networkId, input.organisationId);
        const id = await this.agreements.insertAgreement(manager, normalise(input));
        const created = (await this.agreements.agreement(manager, id)) as AgreementView;
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

  async update(actor: Actor, id: string, changes: UpdateAgreementRequest): Promise<AgreementView> {
    return this.agreements
      .transaction(async (manager) => {
        const before = await this.agreements.agreement(manager, id);
        if (!before) throw notFound('agreement', id);
        const member = await this.members.forCoordinator(manager, actor.user, before.resourceId);
        const merged = normalise({ ...before, ...changes });
        // The request may change one end only: the other one comes from the agreement.
        if (merged.endsOn !== null && merged.endsOn <= merged.startsOn) {
          throw new DomainError('VALIDATION_FAILED', 'endsOn must be after startsOn.', {
            fields: [
              { field: changes.endsOn === undefined ? 'startsOn' : 'endsOn', messages: ['endsOn must be after startsOn'] },
            ],
          });
        }
        await this.agreements.updateAgreement(manager, id, merged);
        const after = (await this.agreements.agreement(manager, id)) as AgreementView;
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

  async delete(actor: Actor, id: string): Promise<void> {
    await this.agreements.transaction(async (manager) => {
      const before = await this.agreements.agreement(manager, id);
      if (!before) throw notFound('agreement', id);
      const member = await this.members.forCoordinator(manager, actor.user, before.resourceId);
      await this.agreements.deleteAgreement(manager, id);
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
