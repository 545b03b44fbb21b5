import type { AuditQuery } from './audit-api';

/** What the journal's filter form holds: an entity (or all) and a range of days, `YYYY-MM-DD`, both included. */
export interface JournalFilters {
  readonly entity: string;
  readonly fromDay: string;
  readonly toDay: string;
}

/** A day of the date field as the instant it starts in the browser's zone, `days` later. */
export function startOfDay(day: string, days = 0): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + days).toISOString();
}

/** The API takes instants, `to` exclusive: the last day chosen is included up to its end. */
export function toAuditQuery(filters: JournalFilters, pageIndex: number, pageSize: number): AuditQuery {
  return {
    entity: filters.entity || undefined,
    from: filters.fromDay ? startOfDay(filters.fromDay) : undefined,
    to: filters.toDay ? startOfDay(filters.toDay, 1) : undefined,
    page: pageIndex + 1,
    pageSize,
  };
}

/** A range whose end comes before its start finds nothing: the form says so instead. */
export function isBackwardsRange(filters: JournalFilters): boolean {
  return !!filters.fromDay && !!filters.toDay && filters.toDay < filters.fromDay;
}

/** A before/after state as indented JSON; null when absent. */
export function prettyJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value, null, 2);
}
