import { addDaysToDate, expandSeries, formatLocalDate, instantToWallClock, mondayOf, resolveTimeZone } from '@mutualis/domain';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../../clock/clock';
import type { DemoDirectory } from './demo-premises.seed';

const ZONE = 'America/Toronto';
const DAY_MS = 86_400_000;

interface DemoStaff {
  key: 'comptable' | 'communications';
  email: string;
  name: string;
  jobTitle: string;
  rateCents: number;
  maxPerDay: number;
  hours: Array<[number, string, string]>;
}

const STAFF: DemoStaff[] = [
  {
    key: 'comptable',
    email: 'comptable@demo.test',
    name: 'Comptable partagé·e',
    jobTitle: 'Comptable',
    rateCents: 4800,
    maxPerDay: 420,
    hours: [1, 2, 3, 4].map((d) => [d, '08:30', '16:30']),
  },
  {
    key: 'communications',
    email: 'communications@demo.test',
    name: 'Agent·e de communication',
    jobTitle: 'Agent·e de communication',
    rateCents: 4200,
    maxPerDay: 480,
    hours: [2, 3, 4, 5].map((d) => [d, '09:00', '17:00']),
  },
];

/** The two pooled employees, their agreements, and requests around today (confirmed and pending). */
export async function seedDemoStaff(manager: EntityManager, directory: DemoDirectory, clock: Clock): Promise<void> {
  const nowMs = clock.nowMs();
  const { famille, culture, banque } = directory.organisations;
  const ids: Record<string, string> = {};
  for (const s of STAFF) {
    const [row] = await manager.query(
      `INSERT INTO resource (network_id, type, name, carrier_organisation_id, time_zone, hourly_rate_cents, approval_required, min_lead_minutes, max_advance_days)
       VALUES ($1, 'staff', $2, $3, $4, $5, true, 0, 365) RETURNING id`,
      [directory.networkId, s.name, famille, ZONE, s.rateCents],
    );
    const userId = directory.users[s.email];
    await manager.query(
      'INSERT INTO staff_member (resource_id, user_id, job_title, max_minutes_per_day) VALUES ($1, $2, $3, $4)',
      [row.id, userId, s.jobTitle, s.maxPerDay],
    );
    await manager.query('UPDATE app_user SET staff_resource_id = $1 WHERE id = $2', [row.id, userId]);
    for (const [weekday, start, end] of s.hours) {
      await manager.query(
        `INSERT INTO staff_working_hours (resource_id, week, weekday, starts, ends) VALUES ($1, 'every', $2, $3, $4)`,
        [row.id, weekday, start, end],
      );
    }
    ids[s.key] = row.id;
  }
  const year = new Date(nowMs).getUTCFullYear();
  const agreements: Array<[string, string, number | null, 'refuse' | 'warn', number | null]> = [
    [famille, ids['comptable'], 720, 'refuse', null],
    [culture, ids['comptable'], 480, 'warn', null],
    [banque, ids['comptable'], 360, 'refuse', null],
    [famille, ids['communications'], null, 'refuse', 40],
    [culture, ids['communications'], null, 'refuse', 35],
    [banque, ids['communications'], null, 'refuse', 25],
  ];
  for (const [organisationId, resourceId, minutes, overQuota, share] of agreements) {
    await manager.query(
      `INSERT INTO agreement (organisation_id, resource_id, minutes_per_period, period_unit, starts_on, over_quota, fixed_share_percent)
       VALUES ($1, $2, $3, 'month', $4, $5, $6)`,
      [organisationId, resourceId, minutes, `${year - 1}-01-01`, overQuota, share],
    );
  }
  const monday = mondayOfToday(nowMs);
  const requests: Array<{
    staff: string;
    organisationId: string;
    requester: string;
    title: string;
    day: number;
    time: string;
    minutes: number;
    rrule?: string;
    status: 'confirmed' | 'pending';
  }> = [
    {
      staff: 'comptable',
      organisationId: famille,
      requester: 'admin@famille.demo.test',
      title: 'Tenue de livres',
      day: 1,
      time: '09:00',
      minutes: 180,
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=6',
      status: 'confirmed',
    },
    {
      staff: 'comptable',
      organisationId: culture,
      requester: 'admin@culture.demo.test',
      title: 'Conciliation bancaire',
      day: 3,
      time: '13:00',
      minutes: 120,
      rrule: 'FREQ=WEEKLY;BYDAY=TH;COUNT=4',
      status: 'confirmed',
    },
    {
      staff: 'comptable',
      organisationId: banque,
      requester: 'coordination@demo.test',
      title: 'Rapport aux bailleurs de fonds',
      day: 9,
      time: '09:30',
      minutes: 120,
      status: 'pending',
    },
    {
      staff: 'communications',
      organisationId: culture,
      requester: 'admin@culture.demo.test',
      title: 'Infolettre mensuelle',
      day: 2,
      time: '10:00',
      minutes: 180,
      rrule: 'FREQ=MONTHLY;BYDAY=1WE;COUNT=3',
      status: 'confirmed',
    },
    {
      staff: 'communications',
      organisationId: famille,
      requester: 'membre@famille.demo.test',
      title: 'Affiche de la fête de quartier',
      day: 10,
      time: '13:00',
      minutes: 120,
      status: 'pending',
    },
    // The past four weeks: confirmed work that the accountant has recorded (see seedDemoTimesheets).
    {
      staff: 'comptable',
      organisationId: famille,
      requester: 'admin@famille.demo.test',
      title: 'Suivi budgétaire',
      day: -28,
      time: '09:00',
      minutes: 90,
      rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=4',
      status: 'confirmed',
    },
    {
      staff: 'comptable',
      organisationId: culture,
      requester: 'admin@culture.demo.test',
      title: 'Paie',
      day: -26,
      time: '10:00',
      minutes: 120,
      rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=4',
      status: 'confirmed',
    },
    {
      staff: 'comptable',
      organisationId: banque,
      requester: 'coordination@demo.test',
      title: 'Saisie des dons',
      day: -20,
      time: '13:30',
      minutes: 120,
      rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3',
      status: 'confirmed',
    },
  ];
  for (const r of requests) {
    const start = `${addDaysToDate(monday, r.day)}T${r.time}`;
    const approx = Date.parse(`${start}:00Z`);
    const { occurrences } = expandSeries({
      start,
      timeZone: ZONE,
      durationMinutes: r.minutes,
      rrule: r.rrule,
      skipHolidays: 'QC',
      window: { from: new Date(approx - 2 * DAY_MS), to: new Date(approx + 200 * DAY_MS) },
    });
    const [series] = await manager.query(
      `INSERT INTO booking_series (resource_id, organisation_id, requester_user_id, title, start_local, time_zone, duration_minutes, rrule, skip_holidays)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'QC') RETURNING id`,
      [ids[r.staff], r.organisationId, directory.users[r.requester], r.title, start, ZONE, r.minutes, r.rrule ?? null],
    );
    await manager.query(
      `INSERT INTO booking_occurrence (series_id, resource_id, organisation_id, starts_at, ends_at, period, status)
       SELECT $1, $2, $3, s, e, tstzrange(s, e), $6 FROM unnest($4::timestamptz[], $5::timestamptz[]) AS t(s, e)`,
      [
        series.id,
        ids[r.staff],
        r.organisationId,
        occurrences.map((o) => new Date(o.startMs)),
        occurrences.map((o) => new Date(o.endMs)),
        r.status,
      ],
    );
  }
  await seedDemoTimesheets(manager, ids['comptable'], monday, directory, clock.now());
}

/**
 * What the accountant recorded for the past four weeks, from the confirmed requests: the two oldest
 * weeks locked by the coordinator, the next one confirmed by the organisations, last week submitted
 * and waiting for them. One day took longer than planned, with a note.
 */
async function seedDemoTimesheets(
  manager: EntityManager,
  resourceId: string,
  monday: string,
  directory: DemoDirectory,
  now: Date,
): Promise<void> {
  await manager.query(
    `INSERT INTO timesheet_entry (resource_id, organisation_id, work_date, minutes, note, status, decided_by, decided_at)
     SELECT o.resource_id, o.organisation_id, d.work_date, d.minutes + CASE WHEN d.week = 2 AND s.title = 'Paie' THEN 15 ELSE 0 END,
            CASE WHEN d.week = 2 AND s.title = 'Paie' THEN 'Questions de la vérification' ELSE '' END,
            CASE WHEN d.week >= 3 THEN 'locked' WHEN d.week = 2 THEN 'confirmed' ELSE 'submitted' END,
            CASE WHEN d.week >= 2 THEN $3::uuid END, CASE WHEN d.week >= 2 THEN $5::timestamptz END
       FROM booking_occurrence o JOIN booking_series s ON s.id = o.series_id
       CROSS JOIN LATERAL (
         SELECT (o.starts_at AT TIME ZONE $4)::date AS work_date,
                (extract(epoch FROM o.ends_at - o.starts_at) / 60)::int AS minutes,
                ($2::date - date_trunc('week', (o.starts_at AT TIME ZONE $4))::date) / 7 AS week) d
      WHERE o.resource_id = $1 AND o.status = 'confirmed' AND o.starts_at < ($2::date::timestamp AT TIME ZONE $4)`,
    [resourceId, monday, directory.users['coordination@demo.test'], ZONE, now],
  );
}

function mondayOfToday(nowMs: number): string {
  const zone = resolveTimeZone(ZONE);
  if (!zone) throw new Error(`${ZONE} is not known to this runtime`);
  return mondayOf(formatLocalDate(instantToWallClock(nowMs, zone)));
}
