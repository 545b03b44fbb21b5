import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { generateSecretToken } from '../../../api/src/modules/credentials/secret-token';
import { SESSION_COOKIE } from '../../../api/src/modules/auth/session-cookie';
import { BookingNotices } from '../../../api/src/modules/bookings/booking-notices';
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { MailTransport } from '../../../api/src/modules/notifications/mail-transport';
import { Outbox } from '../../../api/src/modules/notifications/outbox';
import type { BenchSuite } from '../bench-suite';
import { startBenchEnvironment, type BenchEnvironment } from '../bench-environment';

const DAY_MS = 86_400_000;
const RECIPIENTS = 200;

let env: BenchEnvironment;
/** A local SMTP server that accepts and counts, in its own process (its parsing is not Mutualis's cost). */
let smtp: ChildProcess;
let seriesId: string;
let recipients: string[];
let feedPath: string;
let feedEtag = '';
let networkId: string;
let createRooms: string[];
let cookie: string;
/** The « without » half of the outbox comparison: BookingNotices.record does nothing. */
let outboxOff = false;
let createSlot = 0;

async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  return (await env.pool.query(text, values)).rows as T[];
}

/** A network with one room booked twice a day for 500 days (1,000 occurrences in the feed's window) and 200 people. */
async function setup(): Promise<void> {
  env = await startBenchEnvironment('mutualis_bench_notifications');
  smtp = fork(join(__dirname, '../smtp-sink.mjs'), { stdio: 'inherit' });
  const port = await reply<{ port: number }>();
  env.app.get(MailTransport).useSmtp(`smtp://127.0.0.1:${port.port}`);
  [{ id: networkId }] = await sql<{ id: string }>(`INSERT INTO network (name) VALUES ('Bench') RETURNING id`);
  const [{ id: organisationId }] = await sql<{ id: string }>(`INSERT INTO organisation (name) VALUES ('Bench org') RETURNING id`);
  await sql('INSERT INTO network_membership (network_id, organisation_id) VALUES ($1, $2)', [networkId, organisationId]);
  const [{ id: siteId }] = await sql<{ id: string }>(
    `INSERT INTO site (network_id, name, time_zone) VALUES ($1, 'Site', 'America/Toronto') RETURNING id`,
    [networkId],
  );
  const [{ id: roomId }] = await sql<{ id: string }>(
    `INSERT INTO resource (network_id, type, name, min_lead_minutes) VALUES ($1, 'space', 'Salle', 0) RETURNING id`,
    [networkId],
  );
  await sql('INSERT INTO space (resource_id, site_id, capacity) VALUES ($1, $2, 10)', [roomId, siteId]);
  recipients = (
    await sql<{ id: string }>(
      `INSERT INTO app_user (email, name) SELECT 'bench' || g || '@example.test', 'Bench ' || g FROM generate_series(1, $1) g RETURNING id`,
      [RECIPIENTS],
    )
  ).map((r) => r.id);
  await sql(`INSERT INTO organisation_membership (user_id, organisation_id, role) VALUES ($1, $2, 'admin')`, [
    recipients[0],
    organisationId,
  ]);
  const start = new Date(Date.now() - 60 * DAY_MS);
  for (const hour of [9, 14]) {
    const first = new Date(`${start.toISOString().slice(0, 10)}T${String(hour + 5).padStart(2, '0')}:00:00Z`);
    const [{ id }] = await sql<{ id: string }>(
      `INSERT INTO booking_series (resource_id, organisation_id, requester_user_id, title, start_local, time_zone, duration_minutes, rrule)
       VALUES ($1, $2, $3, 'Atelier', $4::timestamptz AT TIME ZONE 'America/Toronto', 'America/Toronto', 60, 'FREQ=DAILY;COUNT=500') RETURNING id`,
      [roomId, organisationId, recipients[0], first],
    );
    await sql(
      `INSERT INTO booking_occurrence (series_id, resource_id, organisation_id, starts_at, ends_at, period, status)
       SELECT $1, $2, $3, s, s + interval '1 hour', tstzrange(s, s + interval '1 hour'), 'confirmed'
         FROM generate_series($4::timestamptz, $4::timestamptz + interval '499 days', interval '1 day') s`,
      [id, roomId, organisationId, first],
    );
  }
  // A weekly series of 12, the usual size of what people book, for the outbox case.
  // At midnight UTC, so that its 03:00–04:00 UTC never meets the daily series (14:00 and 19:00 UTC)
  // whatever the time the bench runs.
  const weeklyStart = new Date(Math.floor(Date.now() / DAY_MS + 30) * DAY_MS);
  [{ id: seriesId }] = await sql<{ id: string }>(
    `INSERT INTO booking_series (resource_id, organisation_id, requester_user_id, title, start_local, time_zone, duration_minutes, rrule)
     VALUES ($1, $2, $3, 'Weekly', $4::timestamptz AT TIME ZONE 'America/Toronto', 'America/Toronto', 60, 'FREQ=WEEKLY;COUNT=12') RETURNING id`,
    [roomId, organisationId, recipients[1], weeklyStart],
  );
  await sql(
    `INSERT INTO booking_occurrence (series_id, resource_id, organisation_id, starts_at, ends_at, period, status)
     SELECT $1, $2, $3, s, s + interval '1 hour', tstzrange(s, s + interval '1 hour'), 'confirmed'
       FROM generate_series($4::timestamptz + interval '3 hours', $4::timestamptz + interval '3 hours' + interval '77 days', interval '7 days') s`,
    [seriesId, roomId, organisationId, weeklyStart],
  );
  const { token, hash } = generateSecretToken('ics');
  await sql(`INSERT INTO calendar_feed (user_id, kind, target_id, token_hash, created_at) VALUES ($1, 'room', $2, $3, now())`, [
    recipients[0],
    roomId,
    hash,
  ]);
  feedPath = `/ics/${token}.ics`;

  // Rooms kept empty for the create comparison, and a session of the organisation's admin.
  createRooms = (
    await sql<{ id: string }>(
      `INSERT INTO resource (network_id, type, name, min_lead_minutes)
       SELECT $1, 'space', 'Create ' || g, 0 FROM generate_series(1, 40) g RETURNING id`,
      [networkId],
    )
  ).map((r) => r.id);
  await sql('INSERT INTO space (resource_id, site_id, capacity) SELECT unnest($1::uuid[]), $2, 10', [createRooms, siteId]);
  const session = generateSecretToken('ms');
  await sql(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
    session.hash,
    recipients[0],
  ]);
  cookie = `${SESSION_COOKIE}=${session.token}`;
  const notices = env.app.get(BookingNotices);
  const record = notices.record.bind(notices);
  notices.record = (...args) => (outboxOff ? Promise.resolve() : record(...args));
  await sql('ANALYZE');
}

/** The SMTP process's next message. */
function reply<T>(): Promise<T> {
  return new Promise((resolve) => smtp.once('message', (message) => resolve(message as T)));
}

/** A one-hour booking in a free slot (a room and a day no earlier run used), through the API. */
async function createBooking(): Promise<void> {
  const i = createSlot++;
  const day = new Date(Date.now() + (7 + Math.floor(i / createRooms.length)) * DAY_MS).toISOString().slice(0, 10);
  const res = await fetch(`${env.baseUrl}/api/bookings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      resourceId: createRooms[i % createRooms.length],
      title: 'Bench',
      start: `${day}T10:00`,
      durationMinutes: 60,
    }),
  });
  if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
}

export const notificationsSuite: BenchSuite = {
  name: 'notifications',
  setup,
  async teardown() {
    await env.close();
    smtp.send('count');
    const { received } = await reply<{ received: number }>();
    smtp.send('stop');
    console.log(`  (the SMTP server received ${received} messages)`);
  },
  cases: [
    {
      name: 'booking create without the outbox (HTTP)',
      iterations: 300,
      before: () => (outboxOff = true),
      run: createBooking,
    },
    {
      name: 'booking create with the outbox (HTTP)',
      iterations: 300,
      floor: 'booking create without the outbox (HTTP)',
      maxMsOverFloor: 1,
      interleaveWithFloor: true,
      before: () => (outboxOff = false),
      run: createBooking,
    },
    {
      // No target: a change reads its series back (three reads) before the one outbox statement.
      name: 'outbox: the notices of a change of a weekly series, in its transaction',
      iterations: 200,
      // The create cases ran in turns: whichever ran last left the outbox on or off.
      before: () => (outboxOff = false),
      run: () =>
        env.app
          .get(DataSource)
          .transaction((manager) => env.app.get(BookingNotices).record(manager, null, { kind: 'booking.changed', seriesId })),
    },
    {
      name: `delivery: ${RECIPIENTS} e-mails to a local SMTP server`,
      iterations: 5,
      opsPerRun: RECIPIENTS,
      targetOpsPerSecond: 50,
      async run() {
        const eventKey = `bench:${randomUUID()}`;
        await env.app.get(DataSource).transaction((manager) =>
          env.app.get(Outbox).notify(manager, {
            kind: 'account.password-changed',
            category: 'account',
            alwaysEmail: true,
            eventKey,
            recipients,
            networkId,
            link: '/',
            payload: {},
          }),
        );
        for (;;) {
          const [{ left }] = await sql<{ left: number }>(
            `SELECT count(*)::int AS left FROM notification WHERE event_key = $1 AND email_status = 'pending'`,
            [eventKey],
          );
          if (left === 0) return;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      },
    },
    {
      name: 'calendar feed of 1,000 occurrences (HTTP)',
      iterations: 50,
      targetP95Ms: 50,
      async run() {
        const res = await fetch(`${env.baseUrl}${feedPath}`);
        const text = await res.text();
        if (res.status !== 200 || (text.match(/BEGIN:VEVENT/g)?.length ?? 0) < 1000) throw new Error(`feed: ${res.status}`);
        feedEtag = res.headers.get('etag') ?? '';
      },
    },
    {
      name: 'calendar feed of 1,000 occurrences, unchanged (If-None-Match → 304)',
      iterations: 50,
      targetP95Ms: 50,
      async run() {
        const res = await fetch(`${env.baseUrl}${feedPath}`, { headers: { 'if-none-match': feedEtag } });
        await res.arrayBuffer();
        if (res.status !== 304) throw new Error(`feed: ${res.status}`);
      },
    },
  ],
};
