import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../errors/domain-error';
import { AccessPolicy, notFound } from '../../access/access-policy';
import type { AuthenticatedUser } from '../../access/authenticated-user';
import type { HourBankView } from '@mutualis/contracts';
import { hourBankLedger, periodContaining } from '@mutualis/domain';
import { AgreementRepository } from '../agreements/agreement.repository';
import { StaffService } from '../members/staff.service';
import { HourBankRepository } from './hour-bank.repository';

const DAY_MS = 86_400_000;

/** An organisation's hour bank with a pooled employee, period by period. */
@Injectable()
export class HourBankService {
  constructor(
    private readonly minutes: HourBankRepository,
    private readonly agreements: AgreementRepository,
    private readonly members: StaffService,
  ) {}

  /** Per period of the agreement: allotted, carried over, booked (pending + confirmed), worked, remaining. */
  async view(
    user: AuthenticatedUser,
    query: { resourceId: string; organisationId: string; from: string; to: string },
  ): Promise<HourBankView> {
    const member = await this.members.get(user, query.resourceId);
    const allowed =
      user.memberships.has(query.organisationId) ||
      user.staffResourceId === member.id ||
      AccessPolicy.isCoordinatorOf(user, member.networkId);
    if (!allowed) throw notFound('organisation', query.organisationId);
    if (!(query.to > query.from) || Date.parse(query.to) - Date.parse(query.from) > 3 * 366 * DAY_MS) {
      throw new DomainError('INVALID_QUERY', 'from must be before to, at most three years apart.');
    }
    const manager = this.minutes.manager;
    const agreement = await this.agreements.agreementOn(manager, member.id, query.organisationId, query.from);
    const terms = {
      minutesPerPeriod: agreement?.minutesPerPeriod ?? 0,
      unit: agreement?.periodUnit ?? 'month',
      rollover: agreement?.rollover ?? 'none',
      rolloverCapMinutes: agreement?.rolloverCapMinutes ?? null,
    } as const;
    const first = periodContaining(query.from, terms.unit);
    // Booked and worked minutes on two pooled connections at once.
    const [bookedByDay, workedByDay] = await Promise.all([
      this.minutes.organisationMinutesByDay(manager, member.id, query.organisationId, member.timeZone, first.start, query.to),
      this.minutes.workedMinutesByDay(manager, member.id, query.organisationId, first.start, query.to),
    ]);
    const lines = hourBankLedger(terms, { from: query.from, to: query.to }, bookedByDay, workedByDay);
    return { resourceId: member.id, organisationId: query.organisationId, agreementId: agreement?.id ?? null, lines };
  }
}
