import type { ImpactReport } from '@mutualis/contracts';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { createTestApp, type TestApp } from '../../../test/test-app';

/**
 * The impact report reads windows of whole months from what the database keeps (monthly usage,
 * the weekday × hour usage and the reach counts: decision 0013) and other windows from the
 * occurrences. Both must give the figures an oracle works out minute by minute from the raw
 * occurrences, after bookings made, moved, cancelled and declined through the API (a series over
 * the spring DST change, a booking over the DST night itself) and after any mix of raw writes.
 */
describe('impact figures kept by the database', () => {
  let t: TestApp;
  let networkId: string;
  let orgs: string[];
  let users: string[];
  let coordinator: string;
  const cookies: string[] = [];
  let rooms: string[];
  let staffId: string;
  let sites: string[];

  interface Occurrence {
    resource_id: string;
    organisation_id: string;
    series_id: string;
    requester_user_id: string | null;
    status: string;
    starts_at: Date;
    ends_at: Date;
    type: string;
    /** The zone of the room's site (occupancy) or of the resource. */
    zone: string;
    resource_zone: string;
  }

  interface Expected {
    rooms: Record<string, number>;
    heat: number[][];
    planned: number;
    reach: Pick<ImpactReport['reach'], 'organisationsServed' | 'bookings' | 'hourRequests' | 'people'>;
  }

  async function occurrences(): Promise<Occurrence[]> {
    return t.dataSource.query(
      `SELECT o.resource_id, o.organisation_id, o.series_id, s.requester_user_id, o.status, o.starts_at, o.ends_at, r.type,
              COALESCE(si.time_zone, r.time_zone) AS zone, r.time_zone AS resource_zone
         FROM booking_occurrence o JOIN booking_series s ON s.id = o.series_id JOIN resource r ON r.id = o.resource_id
         LEFT JOIN space sp ON sp.resource_id = r.id LEFT JOIN site si ON si.id = sp.site_id
        WHERE r.network_id = $1`,
      [networkId],
    );
  }

  const bounds = (window: { from: string; to: string }, zone: string): [number, number] => [
    DateTime.fromISO(window.from, { zone }).toMillis(),
    DateTime.fromISO(window.to, { zone }).toMillis(),
  ];

  /** The figures, minute by minute, from the occurrences themselves. */
  function oracle(all: Occurrence[], window: { from: string; to: string }, organisationId: string | null): Expected {
    const expected: Expected = {
      rooms: Object.fromEntries(rooms.map((id) => [id, 0])),
      heat: Array.from({ length: 7 }, () => new Array<number>(24).fill(0)),
      planned: 0,
      reach: { organisationsServed: 0, bookings: 0, hourRequests: 0, people: 0 },
    };
    const served = new Set<string>();
    const requests = new Set<string>();
    const people = new Set<string>();
    for (const o of all) {
      if (organisationId && o.organisation_id !== organisationId) continue;
      const [reachStart, reachEnd] = bounds(window, o.resource_zone);
      if (['pending', 'confirmed'].includes(o.status) && o.starts_at.getTime() < reachEnd && o.ends_at.getTime() > reachStart) {
        if (o.status === 'confirmed') served.add(o.organisation_id);
        if (o.status === 'confirmed' && o.type !== 'staff') expected.reach.bookings += 1;
        if (o.type === 'staff') requests.add(o.series_id);
        if (o.requester_user_id) people.add(o.requester_user_id);
      }
      if (o.status !== 'confirmed') continue;
      const [start, end] = bounds(window, o.zone);
      for (let minute = Math.max(start, o.starts_at.getTime()); minute < Math.min(end, o.ends_at.getTime()); minute += 60_000) {
        if (o.type === 'staff') {
          expected.planned += 1;
          continue;
        }
        expected.rooms[o.resource_id] += 1;
        const local = DateTime.fromMillis(minute, { zone: o.zone });
        expected.heat[local.weekday - 1][local.hour] += 1;
      }
    }
    expected.reach.organisationsServed = served.size;
    expected.reach.hourRequests = requests.size;
    expected.reach.people = people.size;
    return expected;
  }

  async function report(window: { from: string; to: string }, organisationId: string | null): Promise<ImpactReport> {
    const res = await t
      .newAgent()
      .get('/api/impact')
      .query({ networkId, ...window, ...(organisationId ? { organisationId } : {}) })
      .set('Cookie', coordinator)
      .expect(200);
    return res.body as ImpactReport;
  }

  function figuresOf(r: ImpactReport): Expected {
    return {
      rooms: Object.fromEntries(r.occupancy.rooms.map((room) => [room.resourceId, room.bookedMinutes])),
      heat: r.occupancy.heatMap.booked,
      planned: r.staff.total.plannedMinutes,
      reach: {
        organisationsServed: r.reach.organisationsServed,
        bookings: r.reach.bookings,
        hourRequests: r.reach.hourRequests,
        people: r.reach.people,
      },
    };
  }

  /** Every window and scope: the report's figures, its comparison's booked minutes, and the oracle's. */
  async function compare(windows: Array<{ from: string; to: string }>): Promise<void> {
    const all = await occurrences();
    for (const window of windows) {
      for (const organisationId of [null, ...orgs]) {
        const r = await report(window, organisationId);
        expect({ window, organisationId, ...figuresOf(r) }).toEqual({
          window,
          organisationId,
          ...oracle(all, window, organisationId),
        });
        const previous = r.comparison.previous;
        const before = oracle(all, previous, organisationId);
        expect({ previous, booked: previous.summary.bookedMinutes, served: previous.summary.organisationsServed }).toEqual({
          previous,
          booked: Object.values(before.rooms).reduce((a, b) => a + b, 0),
          served: before.reach.organisationsServed,
        });
      }
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.factory;
    networkId = (await f.network()).id;
    orgs = [(await f.organisation(networkId, 'A')).id, (await f.organisation(networkId, 'B')).id];
    users = [
      (await f.user({ memberOf: [[orgs[0], 'member']], password: null })).id,
      (await f.user({ memberOf: [[orgs[1], 'member']], password: null })).id,
    ];
    for (const user of users) cookies.push(await f.sessionCookie(user));
    coordinator = await f.sessionCookie((await f.user({ coordinatorOf: [networkId], password: null })).id);
    // A second zone whose rules are the same in Node's and PostgreSQL's time zone data (Vancouver's winters
    // after 2026 differ between them: the bundled PostgreSQL 17 keeps daylight time all year).
    sites = [(await f.site(networkId)).id, (await f.site(networkId, { timeZone: 'America/Halifax' })).id];
    rooms = [
      (await f.space(networkId, sites[0])).id,
      (await f.space(networkId, sites[0], { approval_required: true })).id,
      (await f.space(networkId, sites[1], { time_zone: 'America/Halifax' })).id,
    ];
    staffId = (await f.staffMember(networkId)).id;
  });

  afterAll(() => t.close());

  it('matches the occurrences after bookings made, moved, cancelled and declined through the API', async () => {
    const book = (who: number, body: object) =>
      t
        .newAgent()
        .post('/api/bookings')
        .set('Cookie', cookies[who])
        .send(body)
        .expect(201)
        .then((res) => res.body as { id: string; occurrences: Array<{ id: string; startsAt: string }> });
    // A weekly series of A over the spring DST change (14 March 2027); one moved, one cancelled.
    const weekly = await book(0, {
      resourceId: rooms[0],
      title: 'Conseil',
      start: '2027-03-01T09:00',
      durationMinutes: 120,
      rrule: 'FREQ=WEEKLY;COUNT=5',
    });
    await t
      .newAgent()
      .patch(`/api/bookings/${weekly.id}`)
      .set('Cookie', cookies[0])
      .send({ scope: 'one', occurrenceId: weekly.occurrences[1].id, changes: { start: '2027-03-10T13:30' } })
      .expect(200);
    await t
      .newAgent()
      .post(`/api/bookings/${weekly.id}/cancel`)
      .set('Cookie', cookies[0])
      .send({ scope: 'one', occurrenceId: weekly.occurrences[3].id })
      .expect(200);
    // B over the DST night (00:30 to 04:30 local is three real hours) and over the end of March.
    await book(1, { resourceId: rooms[0], title: 'Nuit', start: '2027-03-14T00:30', durationMinutes: 180 });
    await book(1, { resourceId: rooms[0], title: 'Fin de mois', start: '2027-03-31T22:00', durationMinutes: 240 });
    // B asks for the room that needs approval twice: one declined, one left pending.
    const declined = await book(1, { resourceId: rooms[1], title: 'Refusée', start: '2027-03-16T10:00', durationMinutes: 60 });
    await t
      .newAgent()
      .post(`/api/bookings/${declined.id}/decline`)
      .set('Cookie', coordinator)
      .send({ reason: 'Réservée pour le conseil' })
      .expect(200);
    await book(1, { resourceId: rooms[1], title: 'En attente', start: '2027-03-17T10:00', durationMinutes: 60 });
    // A in Halifax, a series over the month's change.
    await book(0, {
      resourceId: rooms[2],
      title: 'Atelier',
      start: '2027-02-22T15:00',
      durationMinutes: 90,
      rrule: 'FREQ=WEEKLY;COUNT=3',
    });

    const march = await report({ from: '2027-03-01', to: '2027-04-01' }, orgs[1]);
    // Sunday 14 March for B: 00:30–01:00, 01:00–02:00, then 03:00 (there is no 2 h), 04:00–04:30.
    expect(march.occupancy.heatMap.booked[6].slice(0, 5)).toEqual([30, 60, 0, 60, 30]);
    // The end of March: 2 h in March, 2 h in April.
    expect(march.occupancy.rooms.find((room) => room.resourceId === rooms[0])?.bookedMinutes).toBe(180 + 120);
    expect(march.reach).toMatchObject({ organisationsServed: 1, bookings: 2, people: 1 });

    await compare([
      { from: '2027-03-01', to: '2027-04-01' },
      { from: '2027-04-01', to: '2027-05-01' },
      { from: '2027-02-01', to: '2027-05-01' },
      { from: '2027-03-10', to: '2027-04-01' },
      { from: '2027-03-14', to: '2027-03-15' },
    ]);
  });

  // Four slots a day from 1 January to 31 March 2027 (both sides of the DST change and three month ends).
  const BASE = Date.parse('2027-01-01T02:00:00Z');
  const SLOT_MS = 6 * 3_600_000;
  const SLOTS = 4 * 89;
  /** 21:00 in Toronto on 31 December, 31 January and 28 February: long enough, over a month's first midnight. */
  const MONTH_ENDS = [0, 4 * 31, 4 * 59];

  const occurrence = fc.record({
    resource: fc.nat({ max: 3 }),
    org: fc.nat({ max: 1 }),
    requester: fc.nat({ max: 2 }),
    slot: fc.oneof(fc.nat({ max: SLOTS - 1 }), fc.constantFrom(...MONTH_ENDS)),
    minutes: fc.integer({ min: 1, max: 360 }),
    status: fc.constantFrom('pending', 'confirmed', 'confirmed', 'cancelled', 'declined'),
  });
  const change = fc.record({
    kind: fc.constantFrom('move', 'status', 'organisation', 'delete', 'requester', 'series'),
    pick: fc.nat(),
    slot: fc.nat({ max: SLOTS - 1 }),
    status: fc.constantFrom('pending', 'confirmed', 'cancelled', 'declined'),
  });

  it('matches the occurrences after any mix of inserts, moves, status, organisation and requester changes, deletions and a move of zone', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(occurrence, { minLength: 1, maxLength: 30, selector: (o) => `${o.resource}/${o.slot}` }),
        fc.array(change, { maxLength: 12 }),
        fc.constantFrom('none', 'room', 'room and site'),
        async (generated, changes, rezone) => {
          await t.dataSource.query(`UPDATE site SET time_zone = 'America/Halifax' WHERE id = $1`, [sites[1]]);
          await t.dataSource.query(`UPDATE resource SET time_zone = 'America/Halifax' WHERE id = $1`, [rooms[2]]);
          await t.dataSource.query(
            'DELETE FROM booking_series WHERE resource_id IN (SELECT id FROM resource WHERE network_id = $1)',
            [networkId],
          );
          const resources = [...rooms, staffId];
          const taken = new Set(generated.map((o) => `${o.resource}/${o.slot}`));
          // A series per occurrence (its requester is the series'), the occurrences in one statement.
          const series: string[] = [];
          for (const o of generated) {
            const [{ id }] = await t.dataSource.query(
              `INSERT INTO booking_series (resource_id, organisation_id, requester_user_id, title, start_local, time_zone, duration_minutes)
               VALUES ($1, $2, $3, 'Réunion', '2027-01-01T09:00', 'America/Toronto', 60) RETURNING id`,
              [resources[o.resource], orgs[o.org], o.requester < 2 ? users[o.requester] : null],
            );
            series.push(id);
          }
          const values = generated.map((o, i) => {
            const start = new Date(BASE + o.slot * SLOT_MS);
            return [
              series[i],
              resources[o.resource],
              orgs[o.org],
              start,
              new Date(start.getTime() + o.minutes * 60_000),
              o.status,
            ];
          });
          await t.dataSource.query(
            `INSERT INTO booking_occurrence (series_id, resource_id, organisation_id, starts_at, ends_at, period, status)
             SELECT s, r, o, b, e, tstzrange(b, e), st
               FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::timestamptz[], $6::text[]) AS v(s, r, o, b, e, st)`,
            [0, 1, 2, 3, 4, 5].map((c) => values.map((v) => v[c])),
          );
          const ids: Array<{ id: string; series_id: string; resource_id: string; minutes: number }> = await t.dataSource.query(
            `SELECT o.id, o.series_id, o.resource_id, (extract(epoch FROM o.ends_at - o.starts_at) / 60)::int AS minutes
               FROM booking_occurrence o JOIN resource r ON r.id = o.resource_id WHERE r.network_id = $1 ORDER BY o.starts_at, o.resource_id`,
            [networkId],
          );
          for (const c of changes) {
            const target = ids[c.pick % ids.length];
            const resource = resources.indexOf(target.resource_id);
            if (c.kind === 'move') {
              if (taken.has(`${resource}/${c.slot}`)) continue;
              taken.add(`${resource}/${c.slot}`);
              const start = new Date(BASE + c.slot * SLOT_MS);
              const end = new Date(start.getTime() + target.minutes * 60_000);
              await t.dataSource.query(
                'UPDATE booking_occurrence SET starts_at = $2, ends_at = $3, period = tstzrange($2, $3) WHERE id = $1',
                [target.id, start, end],
              );
            } else if (c.kind === 'status') {
              await t.dataSource.query(
                `UPDATE booking_occurrence SET status = $2 WHERE id = $1 AND (status IN ('pending', 'confirmed') OR $2 IN ('cancelled', 'declined'))`,
                [target.id, c.status],
              );
            } else if (c.kind === 'organisation') {
              await t.dataSource.query(
                'UPDATE booking_occurrence SET organisation_id = CASE WHEN organisation_id = $2 THEN $3::uuid ELSE $2::uuid END WHERE id = $1',
                [target.id, orgs[0], orgs[1]],
              );
            } else if (c.kind === 'requester') {
              await t.dataSource.query(
                `UPDATE booking_series SET requester_user_id = CASE WHEN requester_user_id = $2 THEN $3::uuid
                                                                    WHEN requester_user_id = $3 THEN NULL ELSE $2::uuid END WHERE id = $1`,
                [target.series_id, users[0], users[1]],
              );
            } else if (c.kind === 'series') {
              await t.dataSource.query('DELETE FROM booking_series WHERE id = $1', [target.series_id]);
            } else {
              await t.dataSource.query('DELETE FROM booking_occurrence WHERE id = $1', [target.id]);
            }
          }
          if (rezone !== 'none') {
            await t.dataSource.query(`UPDATE resource SET time_zone = 'America/Edmonton' WHERE id = $1`, [rooms[2]]);
            if (rezone === 'room and site') {
              await t.dataSource.query(`UPDATE site SET time_zone = 'America/Edmonton' WHERE id = $1`, [sites[1]]);
            }
          }
          await compare([
            { from: '2027-01-01', to: '2027-04-01' },
            { from: '2027-03-01', to: '2027-04-01' },
            { from: '2027-02-10', to: '2027-03-20' },
          ]);
        },
      ),
      { numRuns: 12 },
    );
  }, 240_000);
});
