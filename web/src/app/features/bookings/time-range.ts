import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { parseLocalDate } from '@mutualis/domain/wall-clock';

/** The quick durations offered next to the start and end times, in minutes (240 = half a day). */
export const QUICK_DURATIONS = [30, 60, 90, 120, 180, 240] as const;

/** Minutes since midnight of 'HH:mm', or null. */
export function minutesOf(time: string): number | null {
  const match = /^(\d{2}):(\d{2})/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** 'HH:mm' for minutes since midnight, kept within the day (23:59 at most). */
export function timeOf(minutes: number): string {
  const clamped = Math.min(Math.max(minutes, 0), 23 * 60 + 59);
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}

/** Minutes from start to end the same day, or 0 when either is missing or the end is not after the start. */
export function minutesBetween(start: string, end: string): number {
  const from = minutesOf(start);
  const to = minutesOf(end);
  return from === null || to === null || to <= from ? 0 : to - from;
}

/** On the end-time control: the end must come after the start (the sibling `time` control). */
export function endAfterStart(control: AbstractControl<string>): ValidationErrors | null {
  const start = control.parent?.get('time')?.value as string | undefined;
  if (!start || !control.value) return null;
  return minutesBetween(start, control.value) > 0 ? null : { endBeforeStart: true };
}

/**
 * On a date control: a real 'YYYY-MM-DD' date or empty (then `required` speaks). A native date field typed in
 * the wrong order holds a six-digit year (« 61211-02-02 »), which the API would refuse with a
 * generic message after the whole form was sent.
 */
export function wellFormedDate(control: AbstractControl<string>): ValidationErrors | null {
  return !control.value || parseLocalDate(control.value) ? null : { dateInvalid: true };
}
