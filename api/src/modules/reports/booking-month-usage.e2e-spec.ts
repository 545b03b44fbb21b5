import fc from 'fast-check';
import { DateTime } from 'luxon';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { AllocationInputsRepository, type UsageRow } from './allocation-inputs.repository';

/**
 * The per-month usage the database keeps (`booking_month_usage`) against the aggregate of the
 * occurrences themselves: after any mix of inserts, moves, status changes, organisation changes,
 * deletions and a room changing zone, every window of whole months gives the same minutes to the
 * minute — so the allocation (and « Accueil »'s amount owed) is the same to the cent either way.
 */
describe('booking_month_usage', () => {
  let t: TestApp;
  let inputs: AllocationInputsRepository;
  let rooms: string[];
  let orgs: string[];
  let seriesByOrg: Map<string, string>;

  const BASE = Date.parse('2026-09-29T00:00:00Z');
  const SLOT_MS = 6 * 3_600_000;
  const SLOTS = 4 * 31 * 4;
  const MONTHS = ['2026-09-01', '2026-10-01', '2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01'];

  beforeAll(async () => {
    t = await createTestApp();
    inputs = t.app.get(AllocationInputsRepository);
    const networkId = (await t.factory.network()).id;
    const site = (await t.factory.site(networkId)).id;
    // The second room in another zone with DST. Not Vancouver: the embedded PostgreSQL 17's time zone data
    // keeps British Columbia on UTC−7 from November 2026 while Node 20's ICU still says UTC−8, and the
    // reference below is computed with luxon, the kept rows by PostgreSQL.
    rooms = [
      (await t.factory.space(networkId, site)).id,
      (await t.factory.space(networkId, site, { time_zone: 'America/Winnipeg' })).id,
    ];
    orgs = [(await t.factory.organisation(networkId)).id, (await t.factory.organisation(networkId)).id];
    seriesByOrg = new Map();
    for (const org of orgs) {
      for (const room of rooms) {
        const [{ id }] = await t.dataSource.query(
          `INSERT INTO booking_series (resource_id, organisation_id, title, start_local, time_zone, duration_minutes)
           VALUES ($1, $2, 'Réunion', '2026-10-01T09:00', 'America/Toronto', 60) RETURNING id`,
          [room, org],
        );
        seriesByOrg.set(`${org}/${room}`, id);
      }
    }
  });

  afterAll(() => t.close());

  async function compare(): Promise<void> {
    const zones: Array<{ time_zone: string }> = await t.dataSource.query(
      'SELECT time_zone FROM resource WHERE id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], id)',
      [rooms],
    );
    const m = t.dataSource.manager;
    const sorted = (rows: UsageRow[]) =>
      rows.map((r) => `${r.resource_id}/${r.organisation_id}/${r.minutes}`).sort((a, b) => a.localeCompare(b));
    for (let i = 0; i < MONTHS.length - 1; i++) {
      for (let j = i + 1; j < MONTHS.length; j++) {
        const from = MONTHS[i];
        const to = MONTHS[j];
        const aggregated = (
          await Promise.all(
            rooms.map((room, k) => {
              const zone = zones[k].time_zone;
              return inputs.booked(
                m,
                [room],
                DateTime.fromISO(from, { zone }).toJSDate(),
                DateTime.fromISO(to, { zone }).toJSDate(),
              );
            }),
          )
        ).flat();
        expect(sorted(await inputs.bookedInMonths(m, rooms, from, to))).toEqual(sorted(aggregated));
      }
    }
  }

  const occurrence = fc.record({
    room: fc.nat({ max: 1 }),
    org: fc.nat({ max: 1 }),
    slot: fc.nat({ max: SLOTS - 1 }),
    minutes: fc.integer({ min: 1, max: 360 }),
    status: fc.constantFrom('pending', 'confirmed', 'confirmed', 'cancelled'),
  });
  const change = fc.record({
    kind: fc.constantFrom('move', 'status', 'organisation', 'delete'),
    pick: fc.nat(),
    slot: fc.nat({ max: SLOTS - 1 }),
    status: fc.constantFrom('pending', 'confirmed', 'cancelled', 'declined'),
  });

  it('gives every window of whole months the minutes the occurrences add up to', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(occurrence, { minLength: 1, maxLength: 40, selector: (o) => `${o.room}/${o.slot}` }),
        fc.array(change, { maxLength: 15 }),
        fc.boolean(),
        async (occurrences, changes, rezone) => {
          await t.dataSource.query('DELETE FROM booking_occurrence WHERE resource_id = ANY($1::uuid[])', [rooms]);
          await t.dataSource.query(`UPDATE resource SET time_zone = 'America/Winnipeg' WHERE id = $1`, [rooms[1]]);
          const taken = new Set(occurrences.map((o) => `${o.room}/${o.slot}`));
          // One statement for the lot, like a series' occurrences.
          const values = occurrences.map((o) => {
            const start = new Date(BASE + o.slot * SLOT_MS);
            return [
              seriesByOrg.get(`${orgs[o.org]}/${rooms[o.room]}`),
              rooms[o.room],
              orgs[o.org],
              start.toISOString(),
              new Date(start.getTime() + o.minutes * 60_000).toISOString(),
              o.status,
            ];
          });
          await t.dataSource.query(
            `INSERT INTO booking_occurrence (series_id, resource_id, organisation_id, starts_at, ends_at, period, status)
             SELECT s, r, o, b, e, tstzrange(b, e), st
               FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::timestamptz[], $6::text[]) AS v(s, r, o, b, e, st)`,
            [0, 1, 2, 3, 4, 5].map((c) => values.map((v) => v[c])),
          );
          const ids: Array<{ id: string; resource_id: string; minutes: number }> = await t.dataSource.query(
            `SELECT id, resource_id, (extract(epoch FROM ends_at - starts_at) / 60)::int AS minutes FROM booking_occurrence ORDER BY starts_at, resource_id`,
          );
          for (const c of changes) {
            const target = ids[c.pick % ids.length];
            const room = rooms.indexOf(target.resource_id);
            if (c.kind === 'move') {
              if (taken.has(`${room}/${c.slot}`)) continue;
              taken.add(`${room}/${c.slot}`);
              const start = new Date(BASE + c.slot * SLOT_MS);
              const end = new Date(start.getTime() + target.minutes * 60_000);
              await t.dataSource.query(
                'UPDATE booking_occurrence SET starts_at = $2, ends_at = $3, period = tstzrange($2, $3) WHERE id = $1',
                [target.id, start, end],
              );
            } else if (c.kind === 'status') {
              // Back to pending or confirmed could collide with a moved occurrence: only leave those states.
              await t.dataSource.query(
                `UPDATE booking_occurrence SET status = $2 WHERE id = $1 AND (status IN ('pending', 'confirmed') OR $2 IN ('cancelled', 'declined'))`,
                [target.id, c.status],
              );
            } else if (c.kind === 'organisation') {
              await t.dataSource.query(
                'UPDATE booking_occurrence SET organisation_id = CASE WHEN organisation_id = $2 THEN $3::uuid ELSE $2::uuid END WHERE id = $1',
                [target.id, orgs[0], orgs[1]],
              );
            } else {
              await t.dataSource.query('DELETE FROM booking_occurrence WHERE id = $1', [target.id]);
            }
          }
          // A statement that changes many rows at once.
          await t.dataSource.query(
            `UPDATE booking_occurrence SET status = 'cancelled' WHERE status = 'pending' AND starts_at < $1 AND resource_id = ANY($2::uuid[])`,
            [new Date(BASE + 30 * 86_400_000), rooms],
          );
          if (rezone) await t.dataSource.query(`UPDATE resource SET time_zone = 'America/Halifax' WHERE id = $1`, [rooms[1]]);
          await compare();
        },
      ),
      { numRuns: 20 },
    );
  }, 180_000);

  it("keeps « Accueil »'s amount owed equal to the allocation report's, to the cent, after every change", async () => {
    const networkId = (await t.factory.network()).id;
    const site = (await t.factory.site(networkId)).id;
    const room = (await t.factory.space(networkId, site)).id;
    const [a, b] = [(await t.factory.organisation(networkId)).id, (await t.factory.organisation(networkId)).id];
    const member = await t.factory.sessionCookie((await t.factory.user({ password: null, memberOf: [[a, 'member']] })).id);
    const coordinator = await t.factory.sessionCookie((await t.factory.user({ password: null, coordinatorOf: [networkId] })).id);
    const pool = (
      await t.factory.costPool(networkId, {
        name: 'Salle',
        allocationKey: { kind: 'usage_share', fallback: 'equal_split' },
        resourceIds: [room],
        amounts: [{ from: '2026-11-01', to: '2026-12-01', cents: 100_000 }],
      })
    ).id;
    const book = async (organisationId: string, start: string, minutes: number) =>
      (await t.factory.booking(room, organisationId, start, minutes)).occurrenceId;
    const agree = async (expected: number) => {
      const home = (await t.newAgent().get('/api/home').set('Cookie', member).expect(200)).body;
      const report = (
        await t
          .newAgent()
          .get(`/api/reports/allocation?networkId=${networkId}&from=2026-11-01&to=2026-12-01&basis=planned`)
          .set('Cookie', coordinator)
          .expect(200)
      ).body;
      const fromReport = report.lines
        .filter((line: { organisationId: string }) => line.organisationId === a)
        .reduce((sum: number, line: { amountCents: number }) => sum + line.amountCents, 0);
      expect(home.owedThisMonth).toEqual([expect.objectContaining({ organisationId: a, amountCents: fromReport })]);
      expect(fromReport).toBe(expected);
    };

    await agree(50_000); // no usage: the equal split's fallback
    await agree(50_000); // the same, remembered
    const first = await book(a, '2026-11-03T14:00:00Z', 60);
    await agree(100_000);
    await book(b, '2026-11-04T14:00:00Z', 120);
    await agree(33_333);
    await t.dataSource.query(
      `UPDATE booking_occurrence SET ends_at = starts_at + interval '2 hours', period = tstzrange(starts_at, starts_at + interval '2 hours') WHERE id = $1`,
      [first],
    );
    await agree(50_000);
    await t.dataSource.query(`UPDATE cost_pool_amount SET amount_cents = 90000 WHERE pool_id = $1`, [pool]);
    await agree(45_000);
    await t.dataSource.query(`UPDATE booking_occurrence SET status = 'cancelled' WHERE id = $1`, [first]);
    await agree(0);
    await t.dataSource.query(`UPDATE booking_occurrence SET organisation_id = $2 WHERE organisation_id = $1`, [b, a]);
    await agree(90_000);
    await t.dataSource.query(`UPDATE cost_pool SET allocation_key = '{"kind": "equal_split"}' WHERE id = $1`, [pool]);
    await agree(45_000);
  });

  it('is emptied with the occurrences', async () => {
    await t.dataSource.query('DELETE FROM booking_occurrence');
    const [{ seconds }] = await t.dataSource.query('SELECT COALESCE(sum(seconds), 0)::float AS seconds FROM booking_month_usage');
    expect(seconds).toBe(0);
  });
});
