import { previewSeries } from './preview-series';

const BASE = { timeZone: 'America/Toronto', durationMinutes: 90, skipHolidays: false } as const;

describe('previewSeries', () => {
  it('shows a one-off as its single occurrence, in the series’ zone', () => {
    const preview = previewSeries({ ...BASE, start: '2026-06-17T10:00', rrule: null });

    expect(preview).toEqual({
      kind: 'occurrences',
      occurrences: [{ start: '2026-06-17T10:00:00-04:00', end: '2026-06-17T11:30:00-04:00' }],
      skipped: [],
      lines: [{ kind: 'occurrence', start: '2026-06-17T10:00:00-04:00', end: '2026-06-17T11:30:00-04:00' }],
      truncated: false,
    });
  });

  it('skips Quebec holidays with their names in both languages, counting them in COUNT', () => {
    const preview = previewSeries({
      ...BASE,
      start: '2026-06-17T10:00',
      rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=4',
      skipHolidays: true,
    });

    expect(preview.kind).toBe('occurrences');
    if (preview.kind !== 'occurrences') return;
    expect(preview.occurrences.map((each) => each.start)).toEqual(['2026-06-17T10:00:00-04:00', '2026-07-08T10:00:00-04:00']);
    expect(preview.skipped).toEqual([
      {
        start: '2026-06-24T10:00:00-04:00',
        reason: 'HOLIDAY',
        holiday: { fr: 'Fête nationale du Québec', en: "Quebec's National Holiday" },
      },
      { start: '2026-07-01T10:00:00-04:00', reason: 'HOLIDAY', holiday: { fr: 'Fête du Canada', en: 'Canada Day' } },
    ]);
    expect(preview.lines.map((line) => line.kind)).toEqual(['occurrence', 'skipped', 'skipped', 'occurrence']);
  });

  it('keeps the wall-clock time across the change to standard time', () => {
    const preview = previewSeries({ ...BASE, start: '2026-10-28T09:00', rrule: 'FREQ=WEEKLY;COUNT=2' });

    expect(preview.kind === 'occurrences' && preview.occurrences.map((each) => each.start)).toEqual([
      '2026-10-28T09:00:00-04:00',
      '2026-11-04T09:00:00-05:00',
    ]);
  });

  it('shows the first occurrences of an endless rule and says that more follow', () => {
    const preview = previewSeries({ ...BASE, start: '2026-06-17T10:00', rrule: 'FREQ=DAILY', limit: 5 });

    expect(preview.kind === 'occurrences' && preview.occurrences).toHaveLength(5);
    expect(preview.kind === 'occurrences' && preview.truncated).toBe(true);
  });

  it('reports an invalid rule with its code and the part at fault', () => {
    expect(previewSeries({ ...BASE, start: '2026-06-17T10:00', rrule: 'FREQ=WEEKLY;BYDAY=XX' })).toEqual({
      kind: 'error',
      code: 'RRULE_INVALID',
      part: 'BYDAY',
      value: 'XX',
    });
  });

  it('reports an unsupported rule and a missing start', () => {
    expect(previewSeries({ ...BASE, start: '2026-06-17T10:00', rrule: 'FREQ=HOURLY' })).toMatchObject({
      kind: 'error',
      code: 'RRULE_UNSUPPORTED',
      part: 'FREQ',
    });
    expect(previewSeries({ ...BASE, start: '2026-06-17T', rrule: null })).toMatchObject({ kind: 'error', code: 'INVALID_START' });
  });
});
