import type { OccurrenceStatus, ResourceView } from '@mutualis/contracts';
import type { WorkingHours } from '@mutualis/domain';

export interface BookableResource extends ResourceView {
  openingHours: WorkingHours[];
  siteTimeZone: string | null;
  showOrganisationNames: boolean;
}

/** An occurrence as instants, with the period the exclusion constraint guards (buffers folded in). */
export interface GuardedOccurrence {
  startMs: number;
  endMs: number;
  guardStartMs: number;
  guardEndMs: number;
  localStart: string;
  /** The instant the rule gave this occurrence (RECURRENCE-ID); its own start when absent. */
  recurrenceMs?: number;
}

export interface StoredOccurrence {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: OccurrenceStatus;
  title: string | null;
  /** Moved away from the instant its rule gave it: an override of `recurrenceId`. */
  detached: boolean;
  /** The instant the rule gave this occurrence (RECURRENCE-ID). */
  recurrenceId: Date;
}

export interface SeriesRecord {
  id: string;
  resourceId: string;
  organisationId: string;
  requesterUserId: string | null;
  title: string;
  notes: string;
  private: boolean;
  /** Wall clock 'YYYY-MM-DDTHH:mm' in timeZone. */
  startLocal: string;
  timeZone: string;
  durationMinutes: number;
  rrule: string | null;
  exdates: string[];
  skipHolidays: 'QC' | null;
  status: 'active' | 'ended' | 'cancelled';
  materialisedUntil: Date | null;
  previousSeriesId: string | null;
  createdAt: Date;
  /** Units taken by each occurrence (equipment, vehicles, storage); 1 otherwise. */
  quantity?: number;
  /** Guarded by the quantity trigger instead of the exclusion constraint. */
  pooled?: boolean;
  /** Equipment of a bundle: the room series it follows. */
  bundleOf?: string | null;
}
