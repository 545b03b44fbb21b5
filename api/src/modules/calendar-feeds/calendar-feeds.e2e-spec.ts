import { createTestApp, type TestApp } from '../../../test/test-app';
import { parseFeedWithBothParsers } from '../../../test/mail-testing';

const ICAL: typeof import('ical.js').default = require('ical.js');

describe('calendar feeds', () => {
  let t: TestApp;
  let networkId: string;
  let roomId: string;
  let orgA: string;
  let memberA: string;
  let memberB: string;
  let outsider: string;

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.factory;
    networkId = (await f.network()).id;
    orgA = (await f.organisation(networkId, 'Maison des jeunes')).id;
    const orgB = (await f.organisation(networkId, 'Centre culturel')).id;
    roomId = (await f.space(networkId, (await f.site(networkId)).id)).id;
    memberA = await f.sessionCookie((await f.user({ memberOf: [[orgA, 'member']], password: null })).id);
    memberB = await f.sessionCookie((await f.user({ memberOf: [[orgB, 'member']], password: null })).id);
    outsider = await f.sessionCookie(
      (await f.user({ memberOf: [[(await f.organisation((await f.network()).id)).id, 'admin']], password: null })).id,
    );
    const book = (cookie: string, body: object) =>
      t
        .newAgent()
        .post('/api/bookings')
        .set('Cookie', cookie)
        .send({ resourceId: roomId, ...body })
        .expect(201);
    await book(memberA, { title: 'Conseil', start: '2026-12-01T09:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;COUNT=10' });
    await book(memberB, { title: 'Secret', private: true, start: '2026-12-02T13:00', durationMinutes: 90 });
    await book(memberB, { title: 'Expo', start: '2026-12-03T13:00', durationMinutes: 60 });
  });
  afterAll(() => t.close());

  const create = (cookie: string, body: object) => t.newAgent().post('/api/calendar-feeds').set('Cookie', cookie).send(body);
  const read = (url: string) =>
    t
      .newAgent()
      .get(new URL(url).pathname)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      });

  it('publishes a room as an ICS feed at a secret address, private bookings of others as « Réservé »', async () => {
    const created = await create(memberA, { kind: 'room', targetId: roomId }).expect(201);
    expect(created.body.url).toMatch(/^http:\/\/localhost:3000\/ics\/ics_[\w-]{40,}\.ics$/);
    const res = await read(created.body.url).expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const text = res.body as string;
    expect(parseFeedWithBothParsers(text).uids).toHaveLength(12);
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((e) => String(e.getFirstPropertyValue('summary')));
    expect(events.filter((s) => s === 'Conseil — Maison des jeunes')).toHaveLength(10);
    expect(events).toContain('Expo — Centre culturel');
    expect(events).toContain('Réservé — Centre culturel');
    expect(text).not.toContain('Secret');
  });

  it('gives the same occurrences as the API', async () => {
    const created = await create(memberA, { kind: 'room', targetId: roomId }).expect(201);
    const text = (await read(created.body.url).expect(200)).body as string;
    const calendar = new ICAL.Component(ICAL.parse(text));
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    ICAL.TimezoneService.register(zone, 'America/Toronto');
    const fromFeed = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((e) => new ICAL.Event(e).startDate.toJSDate().getTime())
      .sort();
    ICAL.TimezoneService.remove('America/Toronto');
    const api = await t
      .newAgent()
      .get('/api/bookings')
      .query({ resourceId: roomId, from: '2026-11-16T00:00:00Z', to: '2027-02-15T00:00:00Z' })
      .set('Cookie', memberA)
      .expect(200);
    expect(fromFeed).toEqual(api.body.map((o: { start: string }) => Date.parse(o.start)).sort());
  });

  it('answers 304 to a calendar that already has this version (ETag)', async () => {
    const created = await create(memberA, { kind: 'me' }).expect(201);
    const first = await read(created.body.url).expect(200);
    expect(first.headers['etag']).toMatch(/^"[\w-]+"$/);
    await t.newAgent().get(new URL(created.body.url).pathname).set('If-None-Match', first.headers['etag']).expect(304);
    expect((first.body as string).match(/BEGIN:VEVENT/g)).toHaveLength(10); // only my own bookings
  });

  it('lists the feeds without their secret, and a revoked feed answers 404', async () => {
    const created = await create(memberB, { kind: 'organisation', targetId: await orgOf(memberB) }).expect(201);
    const list = await t.newAgent().get('/api/calendar-feeds').set('Cookie', memberB).expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({ id: created.body.id, kind: 'organisation', targetName: 'Centre culturel' }),
    ]);
    expect(JSON.stringify(list.body)).not.toContain('ics_');
    await t.newAgent().delete(`/api/calendar-feeds/${created.body.id}`).set('Cookie', memberA).expect(404);
    await t.newAgent().delete(`/api/calendar-feeds/${created.body.id}`).set('Cookie', memberB).expect(204);
    await read(created.body.url).expect(404);
    await t.newAgent().get('/ics/ics_not-a-real-token-at-all-000000.ics').expect(404);
  });

  it('refuses to follow what the caller cannot see, or a target of the wrong kind', async () => {
    await create(outsider, { kind: 'room', targetId: roomId }).expect(404);
    await create(memberA, { kind: 'staff', targetId: roomId }).expect(404);
    await create(memberA, { kind: 'organisation', targetId: roomId }).expect(404);
    await create(memberA, { kind: 'room' }).expect(400);
  });

  async function orgOf(cookie: string): Promise<string> {
    const me = await t.newAgent().get('/api/auth/me').set('Cookie', cookie).expect(200);
    return me.body.memberships[0].organisationId;
  }
});
