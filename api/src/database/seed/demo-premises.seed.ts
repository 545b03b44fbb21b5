import { addDaysToDate, expandSeries, formatLocalDate, instantToWallClock, mondayOf, resolveTimeZone } from '@mutualis/domain';
import type { IANAZone } from 'luxon';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../../clock/clock';

const ZONE = 'America/Toronto';
const DAY_MS = 86_400_000;

export interface DemoDirectory {
  networkId: string;
  organisations: { famille: string; culture: string; banque: string };
  users: Record<string, string>;
}

interface DemoBooking {
  room: string;
  organisation: keyof DemoDirectory['organisations'];
  requester: string;
  title: string;
  /** Days from the Monday of the current week, and local time. */
  day: number;
  time: string;
  minutes: number;
  rrule?: string;
  private?: boolean;
  status?: 'pending';
}

const ROOMS = [
  { name: 'Salle Érable', capacity: 20, area: 45, rate: 2500, equipment: ['projecteur', 'tableau blanc'], approval: false },
  { name: 'Salle Bouleau', capacity: 8, area: 18, rate: 1200, equipment: ['écran'], approval: false },
  { name: 'Cuisine collective', capacity: 12, area: 30, rate: 3000, equipment: ['cuisinière', 'lave-vaisselle'], approval: true },
  { name: 'Entrepôt', capacity: null, area: 60, rate: null, equipment: [], approval: false },
] as const;

const BOOKINGS: DemoBooking[] = [
  {
    room: 'Salle Érable',
    organisation: 'famille',
    requester: 'membre@famille.demo.test',
    title: 'Café-rencontre des parents',
    day: 1,
    time: '09:30',
    minutes: 120,
    rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=12',
  },
  {
    room: 'Salle Érable',
    organisation: 'culture',
    requester: 'admin@culture.demo.test',
    title: 'Atelier de théâtre',
    day: 3,
    time: '18:30',
    minutes: 150,
    rrule: 'FREQ=WEEKLY;BYDAY=TH;COUNT=10',
  },
  {
    room: 'Salle Bouleau',
    organisation: 'famille',
    requester: 'admin@famille.demo.test',
    title: 'Conseil d’administration',
    day: 8,
    time: '19:00',
    minutes: 120,
    private: true,
  },
  {
    room: 'Salle Bouleau',
    organisation: 'banque',
    requester: 'coordination@demo.test',
    title: 'Tri des bénévoles',
    day: 2,
    time: '13:00',
    minutes: 90,
    rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=8',
  },
  {
    room: 'Salle Érable',
    organisation: 'culture',
    requester: 'admin@culture.demo.test',
    title: 'Assemblée générale annuelle',
    day: 12,
    time: '18:00',
    minutes: 180,
  },
  {
    room: 'Cuisine collective',
    organisation: 'banque',
    requester: 'coordination@demo.test',
    title: 'Cuisine collective du samedi',
    day: 5,
    time: '09:00',
    minutes: 240,
    rrule: 'FREQ=WEEKLY;BYDAY=SA;COUNT=6',
  },
  {
    room: 'Cuisine collective',
    organisation: 'famille',
    requester: 'membre@famille.demo.test',
    title: 'Popote roulante',
    day: 10,
    time: '10:00',
    minutes: 180,
    status: 'pending',
  },
];

/** The Carrefour's rooms and a few weeks of bookings around today, so the calendar is alive on first start. */
export async function seedDemoPremises(manager: EntityManager, directory: DemoDirectory, clock: Clock): Promise<void> {
  const nowMs = clock.nowMs();
  const [site] = await manager.query(
    `INSERT INTO site (network_id, name, address, time_zone) VALUES ($1, 'Carrefour communautaire (démo)', '123, rue Principale, Saint-Jérôme (Québec)', $2) RETURNING id`,
    [directory.networkId, ZONE],
  );
  await manager.query(
    `INSERT INTO site_opening_hours (site_id, weekday, opens, closes)
     SELECT $1::uuid, d, time '07:00', time '22:00' FROM generate_series(1, 5) d UNION ALL SELECT $1::uuid, 6, time '09:00', time '17:00'`,
    [site.id],
  );
  const rooms: Record<string, string> = {};
  for (const room of ROOMS) {
    const [row] = await manager.query(
      `INSERT INTO resource (network_id, type, name, carrier_organisation_id, time_zone, hourly_rate_cents, approval_required,
                             max_advance_days, min_lead_minutes, buffer_after_minutes)
       VALUES ($1, 'space', $2, $3, $4, $5, $6, 365, 0, $7) RETURNING id`,
      [
        directory.networkId,
        room.name,
        directory.organisations.famille,
        ZONE,
        room.rate,
        room.approval,
        room.name === 'Cuisine collective' ? 30 : 0,
      ],
    );
    await manager.query(
      'INSERT INTO space (resource_id, site_id, capacity, floor_area_m2, equipment) VALUES ($1, $2, $3, $4, $5)',
      [row.id, site.id, room.capacity, room.area, room.equipment],
    );
    rooms[room.name] = row.id;
  }
  const zone = resolveTimeZone(ZONE) as IANAZone;
  const monday = mondayOf(formatLocalDate(instantToWallClock(nowMs, zone)));
  for (const booking of BOOKINGS) {
    const start = `${addDaysToDate(monday, booking.day)}T${booking.time}`;
    await insertDemoBooking(manager, {
      ...booking,
      start,
      resourceId: rooms[booking.room],
      organisationId: directory.organisations[booking.organisation],
      requesterId: directory.users[booking.requester],
      bufferAfter: booking.room === 'Cuisine collective' ? 30 : 0,
    });
  }
}

async function insertDemoBooking(
  manager: EntityManager,
  b: DemoBooking & { start: string; resourceId: string; organisationId: string; requesterId: string; bufferAfter: number },
): Promise<void> {
  const { occurrences } = expandSeries({
    start: b.start,
    timeZone: ZONE,
    durationMinutes: b.minutes,
    rrule: b.rrule,
    window: {
      from: new Date(Date.parse(`${b.start}:00Z`) - 2 * DAY_MS),
      to: new Date(Date.parse(`${b.start}:00Z`) + 400 * DAY_MS),
    },
  });
  const [series] = await manager.query(
    `INSERT INTO booking_series (resource_id, organisation_id, requester_user_id, title, private, start_local, time_zone, duration_minutes, rrule)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [b.resourceId, b.organisationId, b.requesterId, b.title, b.private ?? false, b.start, ZONE, b.minutes, b.rrule ?? null],
  );
  await manager.query(
    `INSERT INTO booking_occurrence (series_id, resource_id, organisation_id, starts_at, ends_at, period, status)
     SELECT $1, $2, $3, s, e, tstzrange(s, e + make_interval(mins => $6)), $7 FROM unnest($4::timestamptz[], $5::timestamptz[]) AS t(s, e)`,
    [
      series.id,
      b.resourceId,
      b.organisationId,
      occurrences.map((o) => new Date(o.startMs)),
      occurrences.map((o) => new Date(o.endMs)),
      b.bufferAfter,
      b.status ?? 'confirmed',
    ],
  );
}
