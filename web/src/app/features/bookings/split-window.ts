/** The longest window `GET /api/bookings` accepts. */
export const MAX_WINDOW_DAYS = 92;
const DAY_MS = 86_400_000;

export interface QueryWindow {
  /** ISO instants (UTC). */
  readonly from: string;
  readonly to: string;
}

/**
 * [from, to) cut into consecutive windows of at most `maxDays` (a year view, a long series),
 * in order; none when the window is empty or invalid.
 */
export function splitWindow(fromMs: number, toMs: number, maxDays = MAX_WINDOW_DAYS): QueryWindow[] {
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs) || toMs <= fromMs) return [];
  const step = maxDays * DAY_MS;
  const windows: QueryWindow[] = [];
  for (let start = fromMs; start < toMs; start += step) {
    windows.push({ from: new Date(start).toISOString(), to: new Date(Math.min(start + step, toMs)).toISOString() });
  }
  return windows;
}
