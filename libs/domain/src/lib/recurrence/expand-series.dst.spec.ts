import { expandSeries } from './expand-series';

/** America/Toronto, 2026: DST starts Sunday March 8 at 02:00 and ends Sunday November 1 at 02:00. */
function toronto(start: string, rrule: string | undefined, from: string, to: string, durationMinutes = 60) {
  return expandSeries({
    start,
    timeZone: 'America/Toronto',
    durationMinutes,
    rrule,
    window: { from, to },
  }).occurrences;
}

describe('expandSeries across daylight saving time in Montréal (America/Toronto, 2026)', () => {
  it('keeps a weekly Sunday 09:00 at 09:00 on the clock while the offset goes -05:00 → -04:00 → -05:00', () => {
    const starts = [
      ...toronto('2026-03-01T09:00', 'FREQ=WEEKLY;COUNT=3', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'),
      ...toronto('2026-10-25T09:00', 'FREQ=WEEKLY;COUNT=3', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'),
    ].map((occurrence) => occurrence.start);
    expect(starts).toEqual([
      '2026-03-01T09:00:00-05:00',
      '2026-03-08T09:00:00-04:00',
      '2026-03-15T09:00:00-04:00',
      '2026-10-25T09:00:00-04:00',
      '2026-11-01T09:00:00-05:00',
      '2026-11-08T09:00:00-05:00',
    ]);
  });

  it('keeps the same weekly rule at 09:00 through a whole year and one hour apart in UTC across changes', () => {
    const occurrences = toronto('2026-01-04T09:00', 'FREQ=WEEKLY;BYDAY=SU', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(occurrences).toHaveLength(52);
    expect(occurrences.every((occurrence) => occurrence.localStart.endsWith('T09:00'))).toBe(true);
    const utcHours = new Set(occurrences.map((occurrence) => new Date(occurrence.startMs).getUTCHours()));
    expect([...utcHours].sort()).toEqual([13, 14]);
  });

  it('moves a daily 02:30 to 03:30 EDT on March 8 only, when 02:30 does not exist', () => {
    const occurrences = toronto('2026-03-06T02:30', 'FREQ=DAILY;COUNT=5', '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z');
    expect(occurrences.map((occurrence) => occurrence.start)).toEqual([
      '2026-03-06T02:30:00-05:00',
      '2026-03-07T02:30:00-05:00',
      '2026-03-08T03:30:00-04:00',
      '2026-03-09T02:30:00-04:00',
      '2026-03-10T02:30:00-04:00',
    ]);
    expect(occurrences[2].localStart).toBe('2026-03-08T03:30');
    expect(new Date(occurrences[2].startMs).toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('gives a daily 01:30 its first (EDT, -04:00) instance on November 1, when 01:30 happens twice', () => {
    const occurrences = toronto('2026-10-31T01:30', 'FREQ=DAILY;COUNT=3', '2026-10-01T00:00:00Z', '2026-12-01T00:00:00Z');
    expect(occurrences.map((occurrence) => occurrence.start)).toEqual([
      '2026-10-31T01:30:00-04:00',
      '2026-11-01T01:30:00-04:00',
      '2026-11-02T01:30:00-05:00',
    ]);
    expect(new Date(occurrences[1].startMs).toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('lets a 60-minute meeting at 01:30 on November 1 end at 01:30 EST: duration is elapsed time', () => {
    const [meeting] = toronto('2026-11-01T01:30', undefined, '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z');
    expect(meeting.start).toBe('2026-11-01T01:30:00-04:00');
    expect(meeting.end).toBe('2026-11-01T01:30:00-05:00');
    expect(meeting.endMs - meeting.startMs).toBe(60 * 60_000);
  });

  it('makes a 3-hour evening on the night of March 8 end at 03:00 EDT, three elapsed hours later', () => {
    const [evening] = toronto('2026-03-07T23:00', undefined, '2026-03-07T00:00:00Z', '2026-03-09T00:00:00Z', 180);
    expect(evening.end).toBe('2026-03-08T03:00:00-04:00');
  });

  it('also resolves a single (non-recurring) start in the spring gap as the RFC says', () => {
    const [single] = toronto('2026-03-08T02:15', undefined, '2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z');
    expect(single.start).toBe('2026-03-08T03:15:00-04:00');
  });
});
