import { createTestApp, type TestApp } from '../../../test/test-app';

/**
 * Model-based: seeded random sequences of creates (with and without skipConflicts), moves, cancellations and
 * changes of whole series, run against the real API and database, checked after every step against a plain
 * model of the room: a list of occurrences with their times and whether they are still active. A change of
 * the whole series applies to what is active and ahead, keeps moved occurrences on their dates, and never
 * brings back a cancelled or skipped date.
 */

const SEQUENCES = 25;
const STEPS = 10;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Monday 2027-02-01, 00:00 in Montréal; every date of the model stays before the DST change of March 14. */
const FIRST_MONDAY_MS = Date.parse('2027-02-01T00:00:00-05:00');
const OFFSET_MS = -5 * HOUR_MS;

interface ModelOccurrence {
  id: string;
  startMs: number;
  endMs: number;
  active: boolean;
}

interface ModelSeries {
  id: string;
  cookie: 'A' | 'B';
  recurring: boolean;
  occurrences: ModelOccurrence[];
}

interface ApiOccurrence {
  id: string;
  start: string;
  end: string;
  status: string;
}

/** mulberry32: small, seeded, reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function localWallClock(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 16);
}

const overlaps = (a: { startMs: number; endMs: number }, b: { startMs: number; endMs: number }) =>
  a.startMs < b.endMs && b.startMs < a.endMs;

describe('series against a model of the room', () => {
  let t: TestApp;
  let networkId: string;
  let siteId: string;
  const cookies: Record<'A' | 'B', string> = { A: '', B: '' };

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.factory;
    networkId = (await f.network()).id;
    siteId = (
      await f.site(networkId, {
        hours: [1, 2, 3, 4, 5].map((weekday) => [weekday, '07:00', '22:00'] as [number, string, string]),
      })
    ).id;
    const orgA = (await f.organisation(networkId, 'A')).id;
    const orgB = (await f.organisation(networkId, 'B')).id;
    cookies.A = await f.sessionCookie((await f.user({ memberOf: [[orgA, 'member']], password: null })).id);
    cookies.B = await f.sessionCookie((await f.user({ memberOf: [[orgB, 'member']], password: null })).id);
  });
  afterAll(() => t.close());

  async function runSequence(seed: number): Promise<void> {
    const next = random(seed);
    const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
    const resourceId = (await t.factory.space(networkId, siteId)).id;
    const series: ModelSeries[] = [];
    const log: string[] = [];
    const fail = (message: string) => {
      throw new Error(`seed ${seed}: ${message}\n${log.join('\n')}`);
    };
    const slot = (weeks: number) =>
      FIRST_MONDAY_MS + Math.floor(next() * weeks) * 7 * DAY_MS + Math.floor(next() * 5) * DAY_MS + pick([9, 10, 11]) * HOUR_MS;
    const active = () => series.flatMap((s) => s.occurrences.filter((o) => o.active).map((o) => ({ ...o, seriesId: s.id })));
    const agent = (who: 'A' | 'B') => ({
      post: (path: string, body: object) => t.newAgent().post(path).set('Cookie', cookies[who]).send(body),
      patch: (path: string, body: object) => t.newAgent().patch(path).set('Cookie', cookies[who]).send(body),
    });
    const expectStatus = (res: { status: number; body: unknown }, status: number, what: string) => {
      if (res.status !== status) fail(`${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
    };

    async function check(s: ModelSeries): Promise<void> {
      const res = await t.newAgent().get(`/api/bookings/${s.id}`).set('Cookie', cookies[s.cookie]);
      const actual = (res.body.occurrences as ApiOccurrence[])
        .map((o) => `${Date.parse(o.start)}-${Date.parse(o.end)} ${o.status === 'cancelled' ? 'cancelled' : o.status}`)
        .sort();
      const expected = s.occurrences.map((o) => `${o.startMs}-${o.endMs} ${o.active ? 'confirmed' : 'cancelled'}`).sort();
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        fail(`series ${s.id}\n  expected ${expected.join(', ')}\n  actual   ${actual.join(', ')}`);
      }
    }

    const operations: Array<() => Promise<ModelSeries | null>> = [
      // A books a weekly series, sometimes skipping what is taken.
      async () => {
        const startMs = slot(3);
        const count = 2 + Math.floor(next() * 3);
        const minutes = pick([60, 90]);
        const skipConflicts = next() < 0.5;
        const wanted = Array.from({ length: count }, (_, i) => ({
          startMs: startMs + i * 7 * DAY_MS,
          endMs: startMs + i * 7 * DAY_MS + minutes * 60_000,
        }));
        const taken = active();
        const free = wanted.filter((w) => !taken.some((o) => overlaps(o, w)));
        log.push(`A weekly ${localWallClock(startMs)} x${count} ${minutes}min skip=${skipConflicts}`);
        const res = await agent('A').post('/api/bookings', {
          resourceId,
          title: 'Série',
          start: localWallClock(startMs),
          durationMinutes: minutes,
          rrule: `FREQ=WEEKLY;COUNT=${count}`,
          skipConflicts,
        });
        if (free.length === 0 || (!skipConflicts && free.length < wanted.length)) {
          expectStatus(res, 409, 'create');
          return null;
        }
        expectStatus(res, 201, 'create');
        const stored = res.body.occurrences as ApiOccurrence[];
        const created: ModelSeries = {
          id: res.body.id,
          cookie: 'A',
          recurring: true,
          occurrences: free.map((w) => ({
            ...w,
            active: true,
            id: stored.find((o) => Date.parse(o.start) === w.startMs)?.id ?? '',
          })),
        };
        series.push(created);
        return created;
      },
      // B books one slot.
      async () => {
        const startMs = slot(6);
        const wanted = { startMs, endMs: startMs + 60 * 60_000 };
        log.push(`B once ${localWallClock(startMs)}`);
        const res = await agent('B').post('/api/bookings', {
          resourceId,
          title: 'Ponctuel',
          start: localWallClock(startMs),
          durationMinutes: 60,
        });
        if (active().some((o) => overlaps(o, wanted))) {
          expectStatus(res, 409, 'book once');
          return null;
        }
        expectStatus(res, 201, 'book once');
        const created: ModelSeries = {
          id: res.body.id,
          cookie: 'B',
          recurring: false,
          occurrences: [{ ...wanted, active: true, id: res.body.occurrences[0].id }],
        };
        series.push(created);
        return created;
      },
      // A moves one occurrence of a series.
      async () => {
        const s = pick(series.filter((x) => x.recurring && x.occurrences.some((o) => o.active)));
        if (!s) return null;
        const o = pick(s.occurrences.filter((x) => x.active));
        const startMs = slot(6);
        const moved = { startMs, endMs: startMs + (o.endMs - o.startMs) };
        log.push(`A move ${localWallClock(o.startMs)} -> ${localWallClock(startMs)}`);
        const res = await agent('A').patch(`/api/bookings/${s.id}`, {
          scope: 'one',
          occurrenceId: o.id,
          changes: { start: localWallClock(startMs) },
        });
        if (active().some((x) => x.id !== o.id && overlaps(x, moved))) {
          expectStatus(res, 409, 'move');
          return s;
        }
        expectStatus(res, 200, 'move');
        Object.assign(o, moved);
        return s;
      },
      // A cancels one occurrence, or it and the ones after it.
      async () => {
        const s = pick(series.filter((x) => x.recurring && x.occurrences.some((o) => o.active)));
        if (!s) return null;
        const o = pick(s.occurrences.filter((x) => x.active));
        const scope = next() < 0.6 ? 'one' : 'following';
        log.push(`A cancel ${scope} ${localWallClock(o.startMs)}`);
        const res = await agent('A').post(`/api/bookings/${s.id}/cancel`, { scope, occurrenceId: o.id });
        expectStatus(res, 200, 'cancel');
        for (const x of s.occurrences) {
          if (x === o || (scope === 'following' && x.active && x.startMs >= o.startMs)) x.active = false;
        }
        return s;
      },
      // B cancels its booking: the slot is free again.
      async () => {
        const s = pick(series.filter((x) => !x.recurring && x.occurrences[0].active));
        if (!s) return null;
        log.push(`B cancel ${localWallClock(s.occurrences[0].startMs)}`);
        expectStatus(await agent('B').post(`/api/bookings/${s.id}/cancel`, { scope: 'all' }), 200, 'cancel once');
        s.occurrences[0].active = false;
        return s;
      },
      // A changes the length of a whole series.
      async () => {
        const s = pick(series.filter((x) => x.recurring));
        if (!s) return null;
        const minutes = pick([60, 90, 120]);
        log.push(`A all ${minutes}min on ${s.id}`);
        const res = await agent('A').patch(`/api/bookings/${s.id}`, { scope: 'all', changes: { durationMinutes: minutes } });
        const changed = s.occurrences
          .filter((o) => o.active)
          .map((o) => ({ o, startMs: o.startMs, endMs: o.startMs + minutes * 60_000 }));
        if (changed.length === 0) {
          expectStatus(res, 400, 'change all');
          return s;
        }
        const others = active().filter((x) => x.seriesId !== s.id);
        const clash =
          changed.some((c) => others.some((x) => overlaps(x, c))) ||
          changed.some((c, i) => changed.some((d, j) => i !== j && overlaps(c, d)));
        if (clash) {
          expectStatus(res, 409, 'change all');
          return s;
        }
        expectStatus(res, 200, 'change all');
        // The instances were replaced: their ids are new.
        const stored = res.body.occurrences as ApiOccurrence[];
        for (const c of changed) {
          c.o.endMs = c.endMs;
          c.o.id = stored.find((x) => Date.parse(x.start) === c.startMs)?.id ?? '';
        }
        return s;
      },
    ];

    for (let step = 0; step < STEPS; step++) {
      const touched = await pick(operations)();
      if (touched) await check(touched);
    }
    for (const s of series) await check(s);
  }

  it(`keeps ${SEQUENCES} random sequences of creates, skips, moves, cancellations and changes in line with the model`, async () => {
    for (let seed = 1; seed <= SEQUENCES; seed++) await runSequence(seed);
  }, 120_000);
});
