import { DateTime } from 'luxon';
import type { BenchCase, BenchSuite } from '../bench-suite';
import { startBenchEnvironment, type BenchEnvironment } from '../bench-environment';
import { generateStaffDataset, STAFF_ZONE, type StaffDataset } from '../staff-dataset';

let env: BenchEnvironment;
let data: StaffDataset;

/** The searched month: from next Monday, 30 days (the training Friday and six bookings a day inside it). */
let window: { from: string; to: string };
/** The hour bank's year: the dataset's, from its first Monday. */
let year: { from: string; to: string };
/** Every Wednesday 15:30–16:30 from next week on, 52 times: free, inside working hours, caps and quota. */
let weekly: { start: string; instants: Array<{ s: Date; e: Date }> };

async function call(method: 'GET' | 'POST', path: string, body?: object): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${env.baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie: data.cookie },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: await res.json() };
}

async function expectStatus<T>(promise: Promise<{ status: number; body: unknown }>, status: number): Promise<T> {
  const res = await promise;
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** The request each create run makes, removed (untimed) before the next run so that every run sees the same year. */
let createdSeriesId: string | null = null;
async function removeCreatedSeries(): Promise<void> {
  if (createdSeriesId) await env.pool.query('DELETE FROM booking_series WHERE id = $1', [createdSeriesId]);
  createdSeriesId = null;
}

/** What the API reads and writes for the weekly request, as plain SQL in one transaction, without the domain logic. */
async function rawWeeklyRequest(): Promise<void> {
  const client = await env.pool.connect();
  const starts = weekly.instants.map((i) => i.s);
  const ends = weekly.instants.map((i) => i.e);
  const [resourceId, organisationId] = [data.resourceId, data.organisationIds[0]];
  try {
    await client.query('BEGIN');
    await client.query(
      `SELECT r.time_zone, sm.max_minutes_per_day, sm.max_minutes_per_week, sm.holidays_off,
              (SELECT json_agg(h) FROM staff_working_hours h WHERE h.resource_id = r.id) AS hours
         FROM resource r JOIN staff_member sm ON sm.resource_id = r.id WHERE r.id = $1`,
      [resourceId],
    );
    await client.query(
      `SELECT p.ord FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS p(s, e, ord)
         JOIN booking_occurrence o ON o.resource_id = $1 AND o.status IN ('pending', 'confirmed') AND o.period && tstzrange(p.s, p.e)`,
      [resourceId, starts, ends],
    );
    await client.query(
      `SELECT p.ord FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS p(s, e, ord)
         JOIN staff_leave l ON l.resource_id = $1 AND l.period && tstzrange(p.s, p.e)`,
      [resourceId, starts, ends],
    );
    await client.query(
      `SELECT (starts_at AT TIME ZONE $2)::date, sum(extract(epoch FROM ends_at - starts_at) / 60)::int FROM booking_occurrence
        WHERE resource_id = $1 AND status IN ('pending', 'confirmed') AND starts_at >= $3 AND starts_at < $4 GROUP BY 1`,
      [
        resourceId,
        STAFF_ZONE,
        new Date(starts[0].getTime() - 8 * 86_400_000),
        new Date(ends[ends.length - 1].getTime() + 8 * 86_400_000),
      ],
    );
    await client.query(
      `SELECT minutes_per_period, period_unit, over_quota FROM agreement
        WHERE resource_id = $1 AND organisation_id = $2 AND starts_on <= $3::date AND (ends_on IS NULL OR ends_on > $3::date)`,
      [resourceId, organisationId, weekly.start.slice(0, 10)],
    );
    await client.query(
      `SELECT date_trunc('month', starts_at AT TIME ZONE $3), sum(extract(epoch FROM ends_at - starts_at) / 60)::int FROM booking_occurrence
        WHERE resource_id = $1 AND organisation_id = $2 AND status IN ('pending', 'confirmed') AND starts_at >= $4 AND starts_at < $5 GROUP BY 1`,
      [resourceId, organisationId, STAFF_ZONE, new Date(starts[0].getTime() - 62 * 86_400_000), ends.at(-1)],
    );
    const [{ id }] = (
      await client.query(
        `INSERT INTO booking_series (resource_id, organisation_id, title, start_local, time_zone, duration_minutes, rrule)
         VALUES ($1, $2, 'Floor', $3, $4, 60, 'FREQ=WEEKLY;COUNT=52') RETURNING id`,
        [resourceId, organisationId, weekly.start, STAFF_ZONE],
      )
    ).rows;
    createdSeriesId = id;
    await client.query(
      `INSERT INTO booking_occurrence (series_id, resource_id, organisation_id, starts_at, ends_at, period, status)
       SELECT $1, $2, $3, s, e, tstzrange(s, e), 'pending' FROM unnest($4::timestamptz[], $5::timestamptz[]) AS t(s, e)`,
      [id, resourceId, organisationId, starts, ends],
    );
    await client.query(`INSERT INTO audit_event (entity, entity_id, action) VALUES ('booking_series', $1, 'create')`, [id]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const cases: BenchCase[] = [
  {
    name: 'free slots, one person × 30 days (HTTP)',
    iterations: 300,
    targetP95Ms: 20,
    floor: 'free slots reads (raw SQL floor)',
    run: async () => {
      const query = new URLSearchParams({ ...window, durationMinutes: '60' });
      const view = await expectStatus<{ freeSlots: unknown[] }>(
        call('GET', `/api/staff/${data.resourceId}/availability?${query}`),
        200,
      );
      if (view.freeSlots.length === 0) throw new Error('no free slot found');
    },
  },
  {
    name: 'free slots reads (raw SQL floor)',
    iterations: 300,
    run: async () => {
      await env.pool.query(
        `SELECT r.time_zone, sm.holidays_off, sm.alternating_weeks_anchor,
                (SELECT json_agg(h) FROM staff_working_hours h WHERE h.resource_id = r.id) AS hours
           FROM resource r JOIN staff_member sm ON sm.resource_id = r.id WHERE r.id = $1`,
        [data.resourceId],
      );
      await env.pool.query(
        `SELECT lower(period), upper(period) FROM booking_occurrence
          WHERE resource_id = $1 AND status IN ('pending', 'confirmed') AND period && tstzrange($2, $3) ORDER BY 1`,
        [data.resourceId, window.from, window.to],
      );
      await env.pool.query(
        `SELECT lower(period), upper(period) FROM staff_leave WHERE resource_id = $1 AND period && tstzrange($2, $3) ORDER BY 1`,
        [data.resourceId, window.from, window.to],
      );
    },
  },
  {
    name: 'hour bank, one organisation × 1 year (HTTP)',
    iterations: 300,
    targetP95Ms: 20,
    floor: 'hour bank (raw SQL floor)',
    run: async () => {
      const query = new URLSearchParams({ resourceId: data.resourceId, organisationId: data.organisationIds[0], ...year });
      const bank = await expectStatus<{ lines: unknown[] }>(call('GET', `/api/hour-bank?${query}`), 200);
      if (bank.lines.length < 12) throw new Error(`expected a year of lines, got ${bank.lines.length}`);
    },
  },
  {
    name: 'hour bank (raw SQL floor)',
    iterations: 300,
    run: async () => {
      const [resourceId, organisationId] = [data.resourceId, data.organisationIds[0]];
      await env.pool.query('SELECT time_zone FROM resource WHERE id = $1', [resourceId]);
      await env.pool.query(
        `SELECT minutes_per_period, period_unit, rollover, rollover_cap_minutes FROM agreement
          WHERE resource_id = $1 AND organisation_id = $2 AND starts_on <= $3::date AND (ends_on IS NULL OR ends_on > $3::date)`,
        [resourceId, organisationId, year.from],
      );
      await env.pool.query(
        `SELECT date_trunc('month', starts_at AT TIME ZONE $3), sum(extract(epoch FROM ends_at - starts_at) / 60)::int FROM booking_occurrence
          WHERE resource_id = $1 AND organisation_id = $2 AND status IN ('pending', 'confirmed')
            AND starts_at >= ($4::date)::timestamp AT TIME ZONE $3 AND starts_at < ($5::date)::timestamp AT TIME ZONE $3 GROUP BY 1`,
        [resourceId, organisationId, STAFF_ZONE, year.from, year.to],
      );
      await env.pool.query(
        `SELECT date_trunc('month', work_date), sum(minutes)::int FROM timesheet_entry
          WHERE resource_id = $1 AND organisation_id = $2 AND status IN ('confirmed', 'locked') AND work_date >= $3::date AND work_date < $4::date
          GROUP BY 1`,
        [resourceId, organisationId, year.from, year.to],
      );
    },
  },
  {
    name: 'weekly × 52 request, every staff check (HTTP)',
    iterations: 100,
    targetP95Ms: 40,
    floor: 'weekly × 52 request (raw SQL floor)',
    before: removeCreatedSeries,
    run: async () => {
      const series = await expectStatus<{ id: string; occurrences: unknown[] }>(
        call('POST', '/api/bookings', {
          resourceId: data.resourceId,
          organisationId: data.organisationIds[0],
          title: 'Tenue de livres',
          start: weekly.start,
          durationMinutes: 60,
          rrule: 'FREQ=WEEKLY;COUNT=52',
        }),
        201,
      );
      createdSeriesId = series.id;
      if (series.occurrences.length !== 52) throw new Error(`expected 52 occurrences, got ${series.occurrences.length}`);
    },
  },
  {
    name: 'weekly × 52 request (raw SQL floor)',
    iterations: 100,
    before: removeCreatedSeries,
    run: rawWeeklyRequest,
  },
];

export const staffSuite: BenchSuite = {
  name: 'staff',
  async setup() {
    env = await startBenchEnvironment('mutualis_bench_staff');
    const started = Date.now();
    data = await generateStaffDataset(env.pool);
    const monday = DateTime.now().setZone(STAFF_ZONE).startOf('week');
    const iso = (d: DateTime) => d.toISO({ suppressMilliseconds: true }) as string;
    window = { from: iso(monday.plus({ weeks: 1 })), to: iso(monday.plus({ weeks: 1, days: 30 })) };
    const firstDay = DateTime.fromISO(data.firstDay, { zone: STAFF_ZONE });
    year = { from: data.firstDay, to: firstDay.plus({ years: 1 }).toISODate() as string };
    const wednesday = monday.plus({ weeks: 1, days: 2, hours: 15, minutes: 30 });
    weekly = {
      start: wednesday.toFormat("yyyy-MM-dd'T'HH:mm"),
      instants: Array.from({ length: 52 }, (_, w) => {
        const s = wednesday.plus({ weeks: w });
        return { s: s.toJSDate(), e: s.plus({ hours: 1 }).toJSDate() };
      }),
    };
    console.log(
      `  dataset: 1 person, 3 agreements, ${data.occurrences.toLocaleString('en')} occurrences and ${data.timesheetEntries} timesheet entries in ${Date.now() - started} ms`,
    );
  },
  async teardown() {
    await removeCreatedSeries().catch(() => undefined);
    await env?.close();
  },
  cases,
};
