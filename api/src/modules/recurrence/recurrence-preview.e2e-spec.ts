import { createTestApp, type TestApp } from '../../../test/test-app';

describe('POST /api/recurrence/preview', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    cookie = await t.factory.sessionCookie((await t.factory.user({ password: null })).id);
  });
  afterAll(() => t.close());

  const preview = (body: object) => t.newAgent().post('/api/recurrence/preview').set('Cookie', cookie).send(body);

  it('keeps a weekly 09:00 at 09:00 across both DST changes of 2026 in Montréal', async () => {
    const res = await preview({
      start: '2026-03-01T09:00',
      timeZone: 'America/Toronto',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;COUNT=3',
    }).expect(200);
    expect(res.body.occurrences).toEqual([
      { start: '2026-03-01T09:00:00-05:00', end: '2026-03-01T10:00:00-05:00' },
      { start: '2026-03-08T09:00:00-04:00', end: '2026-03-08T10:00:00-04:00' },
      { start: '2026-03-15T09:00:00-04:00', end: '2026-03-15T10:00:00-04:00' },
    ]);
    const autumn = await preview({
      start: '2026-10-25T09:00',
      timeZone: 'America/Toronto',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;COUNT=2',
    }).expect(200);
    expect(autumn.body.occurrences.map((o: { start: string }) => o.start)).toEqual([
      '2026-10-25T09:00:00-04:00',
      '2026-11-01T09:00:00-05:00',
    ]);
  });

  it('resolves the nonexistent 02:30 of March 8 and the ambiguous 01:30 of November 1 as RFC 5545 says', async () => {
    const spring = await preview({ start: '2026-03-08T02:30', timeZone: 'America/Toronto', durationMinutes: 30 }).expect(200);
    expect(spring.body.occurrences[0].start).toBe('2026-03-08T03:30:00-04:00');
    const fall = await preview({ start: '2026-11-01T01:30', timeZone: 'America/Toronto', durationMinutes: 60 }).expect(200);
    expect(fall.body.occurrences[0]).toEqual({ start: '2026-11-01T01:30:00-04:00', end: '2026-11-01T01:30:00-05:00' });
  });

  it('gives the RFC 5545 "monthly on the first Friday" example', async () => {
    const res = await preview({
      start: '1997-09-05T09:00',
      timeZone: 'America/New_York',
      durationMinutes: 60,
      rrule: 'FREQ=MONTHLY;COUNT=10;BYDAY=1FR',
    }).expect(200);
    expect(res.body.occurrences.map((o: { start: string }) => o.start.slice(0, 10))).toEqual([
      '1997-09-05',
      '1997-10-03',
      '1997-11-07',
      '1997-12-05',
      '1998-01-02',
      '1998-02-06',
      '1998-03-06',
      '1998-04-03',
      '1998-05-01',
      '1998-06-05',
    ]);
  });

  it('returns an unbounded rule promptly, cut at the limit', async () => {
    const started = Date.now();
    const res = await preview({
      start: '2026-01-05T10:00',
      timeZone: 'America/Toronto',
      durationMinutes: 30,
      rrule: 'FREQ=DAILY',
      limit: 7,
    }).expect(200);
    expect(res.body.occurrences).toHaveLength(7);
    expect(res.body.truncated).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports Quebec holidays it skipped instead of dropping them silently', async () => {
    const res = await preview({
      start: '2026-06-17T10:00',
      timeZone: 'America/Toronto',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;COUNT=3',
      skipHolidays: 'QC',
    }).expect(200);
    // Wednesdays June 24 (Fête nationale) and July 1 (Fête du Canada) are both holidays in 2026.
    expect(res.body.occurrences.map((o: { start: string }) => o.start.slice(0, 10))).toEqual(['2026-06-17']);
    expect(res.body.skipped).toEqual([
      expect.objectContaining({ start: '2026-06-24T10:00:00-04:00', reason: 'HOLIDAY' }),
      expect.objectContaining({ start: '2026-07-01T10:00:00-04:00', reason: 'HOLIDAY' }),
    ]);
  });

  it.each([
    ['FREQ=WEEKLY;COUNT=abc', 'RRULE_INVALID', 'COUNT'],
    ['FREQ=WEEKLY;BYDAY=XX', 'RRULE_INVALID', 'BYDAY'],
    ['FREQ=HOURLY;COUNT=3', 'RRULE_UNSUPPORTED', 'FREQ'],
  ])('refuses %s with 400 %s naming the part', async (rrule, code, part) => {
    const res = await preview({ start: '2026-01-05T10:00', timeZone: 'America/Toronto', durationMinutes: 30, rrule }).expect(400);
    expect(res.body.code).toBe(code);
    expect(res.body.details.part).toBe(part);
  });

  it('refuses an unknown time zone with INVALID_TIME_ZONE', async () => {
    const res = await preview({ start: '2026-01-05T10:00', timeZone: 'Mars/Olympus', durationMinutes: 30 }).expect(400);
    expect(res.body.code).toBe('INVALID_TIME_ZONE');
  });

  it('refuses a bounded series of more than 2,000 occurrences with TOO_MANY_OCCURRENCES', async () => {
    const res = await preview({
      start: '2026-01-05T10:00',
      timeZone: 'America/Toronto',
      durationMinutes: 30,
      rrule: 'FREQ=DAILY;UNTIL=20400101T000000Z',
    }).expect(400);
    expect(res.body.code).toBe('TOO_MANY_OCCURRENCES');
  });

  it('requires a signed-in user', async () => {
    await t
      .newAgent()
      .post('/api/recurrence/preview')
      .send({ start: '2026-01-05T10:00', timeZone: 'UTC', durationMinutes: 30 })
      .expect(401);
  });
});
