import type { EntityManager } from 'typeorm';

/** Another time an approver proposes for a pending occurrence, kept on the occurrence until answered. */
export interface ProposedTime {
  startsAt: Date;
  endsAt: Date;
}

export async function saveProposal(manager: EntityManager, occurrenceId: string, proposal: ProposedTime): Promise<void> {
  await manager.query(
    'UPDATE booking_occurrence SET proposed_starts_at = $2, proposed_ends_at = $3, updated_at = now() WHERE id = $1',
    [occurrenceId, proposal.startsAt, proposal.endsAt],
  );
}

export async function findProposal(manager: EntityManager, occurrenceId: string): Promise<ProposedTime | null> {
  const [row] = await manager.query(
    'SELECT proposed_starts_at AS s, proposed_ends_at AS e FROM booking_occurrence WHERE id = $1',
    [occurrenceId],
  );
  return row?.s ? { startsAt: row.s, endsAt: row.e } : null;
}

export async function clearProposal(manager: EntityManager, occurrenceId: string): Promise<void> {
  await manager.query('UPDATE booking_occurrence SET proposed_starts_at = NULL, proposed_ends_at = NULL WHERE id = $1', [
    occurrenceId,
  ]);
}
