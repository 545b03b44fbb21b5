import type { StaffView } from '@mutualis/contracts';
import type { OccurrenceWithProposal } from '../staff-bookings-api';

/** A request of the organisation whose employee proposed another time. */
export interface ProposalToAnswer {
  readonly seriesId: string;
  readonly occurrenceId: string;
  readonly title: string | null;
  readonly staffName: string;
  readonly timeZone: string;
  readonly start: string;
  readonly end: string;
  readonly proposedStart: string;
  readonly proposedEnd: string;
}

/** The pending requests to pooled employees that carry a proposal, the soonest first. */
export function proposalsOf(
  occurrences: readonly OccurrenceWithProposal[],
  staff: readonly Pick<StaffView, 'id' | 'name' | 'timeZone'>[],
): ProposalToAnswer[] {
  const byId = new Map(staff.map((each) => [each.id, each]));
  return occurrences
    .flatMap((occurrence): ProposalToAnswer[] => {
      const member = byId.get(occurrence.resourceId);
      if (!member || occurrence.status !== 'pending' || !occurrence.proposedStart || !occurrence.proposedEnd) return [];
      return [
        {
          seriesId: occurrence.seriesId,
          occurrenceId: occurrence.id,
          title: occurrence.title,
          staffName: member.name,
          timeZone: member.timeZone,
          start: occurrence.start,
          end: occurrence.end,
          proposedStart: occurrence.proposedStart,
          proposedEnd: occurrence.proposedEnd,
        },
      ];
    })
    .sort((a, b) => Date.parse(a.proposedStart) - Date.parse(b.proposedStart));
}
