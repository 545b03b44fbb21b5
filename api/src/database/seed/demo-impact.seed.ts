import { expandSeries } from '@mutualis/domain';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import type { DemoDirectory } from './demo-premises.seed';
import type { Clock } from '../../clock/clock';

/** What each demo resource would cost an organisation alone: market rent per hour or per m²·month, an outside professional's rate. */
const STAND_ALONE: Record<string, { kind: 'per_hour' | 'per_m2_month'; cents: number; note: string }> = {
  'Salle Érable': {
    kind: 'per_hour',
    cents: 8_500,
    note: 'Location d’une salle de réunion de 20 places (tarif horaire du marché)',
  },
  'Salle Bouleau': { kind: 'per_hour', cents: 5_000, note: 'Location d’une petite salle de réunion à l’heure' },
  'Cuisine collective': { kind: 'per_hour', cents: 9_500, note: 'Location d’une cuisine commerciale certifiée à l’heure' },
  Entrepôt: { kind: 'per_m2_month', cents: 1_800, note: 'Entrepôt commercial, loyer au m² par mois' },
  'Bureau 201': { kind: 'per_m2_month', cents: 3_500, note: 'Bureau fermé meublé en centre d’affaires, loyer au m² par mois' },
  'Comptable partagé·e': { kind: 'per_hour', cents: 15_000, note: 'Taux horaire d’un cabinet comptable (CPA)' },
  'Agent·e de communication': { kind: 'per_hour', cents: 12_500, note: 'Taux horaire d’une agence de communication' },
};

type Indicator = [
  stage: 'activity' | 'output' | 'effect',
  fr: string,
  en: string,
  metric: string,
  /** The default target, for any period (rates and counts of organisations), or null. */
  target: number | null,
  /** The target of each fiscal year (figures that add up over the year: a month gets a twelfth), or null. */
  fiscalYearTarget: number | null,
];

/** A logic model of pooling, as the regional hubs draw it: activities → outputs → effects. */
const INDICATORS: Indicator[] = [
  ['activity', 'Heures réservées dans les locaux partagés', 'Hours booked in shared rooms', 'hours_booked', null, 1_440],
  ['activity', 'Heures d’expertise partagée livrées', 'Hours of shared expertise delivered', 'hours_delivered', null, 720],
  ['activity', 'Réservations de salles', 'Room bookings', 'bookings', null, 360],
  ['output', 'Organismes rejoints', 'Organisations reached', 'organisations_served', 3, null],
  ['output', 'Taux d’occupation des salles (%)', 'Room occupancy (%)', 'occupancy_percent', 35, null],
  [
    'output',
    'Heures livrées par rapport aux heures prévues (%)',
    'Hours delivered against planned (%)',
    'delivery_percent',
    90,
    null,
  ],
  ['effect', 'Économies par rapport à l’achat en solo ($)', 'Savings against buying alone ($)', 'savings_cents', null, 1_800_000],
  ['effect', 'Mètres carrés · heures partagés', 'Square metres · hours shared', 'shared_m2_hours', null, 24_000],
  ['effect', 'Nouvelles collaborations entre organismes', 'New collaborations between organisations', 'entered', null, 24],
];

const ZONE = 'America/Toronto';
const PAST_WEEKS = 46;

/** Weekly room bookings of the past 46 weeks (the other demo bookings start this week): occupancy has a history. */
const PAST_BOOKINGS: Array<
  [room: string, organisation: 'famille' | 'culture' | 'banque', weekday: number, time: string, minutes: number, title: string]
> = [
  ['Salle Érable', 'famille', 2, '09:00', 180, 'Atelier parents-enfants'],
  ['Salle Érable', 'culture', 4, '13:00', 180, 'Répétition de théâtre'],
  ['Salle Bouleau', 'banque', 3, '10:00', 120, 'Comité des bénévoles'],
  ['Salle Bouleau', 'famille', 1, '18:30', 90, 'Conseil d’administration'],
  ['Cuisine collective', 'banque', 5, '09:00', 240, 'Cuisine collective du vendredi'],
];

/**
 * The pooled employees' regular weekly work for each organisation over the same weeks, up to the
 * current month (whose hour banks the demo's own requests show), all of it delivered: the staff
 * pools' salaries buy about as many hours as a firm would bill. Days and hours miss the demo's
 * recent requests (the accountant's Monday, Tuesday afternoon and Wednesday).
 */
const PAST_STAFF_WORK: Array<
  [staff: string, organisation: 'famille' | 'culture' | 'banque', weekday: number, time: string, minutes: number, title: string]
> = [
  ['Comptable partagé·e', 'famille', 2, '08:30', 240, 'Tenue de livres'],
  ['Comptable partagé·e', 'banque', 4, '08:30', 240, 'Tenue de livres'],
  ['Comptable partagé·e', 'culture', 5, '13:00', 180, 'Comptes fournisseurs'],
  ['Agent·e de communication', 'culture', 1, '13:00', 180, 'Infolettre et réseaux sociaux'],
  ['Agent·e de communication', 'famille', 5, '08:30', 180, 'Campagne de financement'],
  ['Agent·e de communication', 'banque', 4, '08:30', 120, 'Communiqués'],
];

/**
 * Stand-alone costs for every demo resource and a logic model of nine indicators (targets per fiscal
 * year for the figures that add up, default targets for the rates and reach), with the
 * « nouvelles collaborations » the coordinator entered for each of the last six months, so that
 * « Impact » means something on first start.
 */
export async function seedDemoImpact(manager: EntityManager, directory: DemoDirectory, clock: Clock): Promise<void> {
  const nowMs = clock.nowMs();
  const resources: Array<{ id: string; name: string }> = await manager.query(
    'SELECT id, name FROM resource WHERE network_id = $1',
    [directory.networkId],
  );
  for (const resource of resources) {
    const rate = STAND_ALONE[resource.name];
    if (!rate) continue;
    await manager.query('INSERT INTO stand_alone_rate (resource_id, kind, rate_cents, note) VALUES ($1, $2, $3, $4)', [
      resource.id,
      rate.kind,
      rate.cents,
      rate.note,
    ]);
  }
  let collaborations = '';
  // The fiscal year (April to March) under way and the one before: a month, a quarter or this calendar year has a target.
  const today = DateTime.fromMillis(nowMs, { zone: ZONE });
  const fiscalStart = today.month >= 4 ? today.year : today.year - 1;
  for (const [index, [stage, fr, en, metric, target, fiscalYearTarget]] of INDICATORS.entries()) {
    const [row] = await manager.query(
      `INSERT INTO impact_indicator (network_id, stage, name_fr, name_en, metric, target, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [directory.networkId, stage, fr, en, metric, target, index],
    );
    if (metric === 'entered') collaborations = row.id;
    if (fiscalYearTarget === null) continue;
    for (const year of [fiscalStart - 1, fiscalStart]) {
      await manager.query(
        `INSERT INTO impact_indicator_target (indicator_id, period, target) VALUES ($1, daterange($2::date, $3::date), $4)`,
        [row.id, `${year}-04-01`, `${year + 1}-04-01`, fiscalYearTarget],
      );
    }
  }
  await seedPastBookings(manager, directory, nowMs);
  await seedPastStaffWork(manager, directory, clock);
  const now = new Date(nowMs);
  for (let back = 1; back <= 6; back += 1) {
    const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 10);
    const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back + 1, 1)).toISOString().slice(0, 10);
    await manager.query(
      `INSERT INTO impact_indicator_value (indicator_id, period, value, note) VALUES ($1, daterange($2, $3), $4, $5)`,
      [collaborations, from, to, 1 + (back % 3 === 0 ? 1 : 0), 'Saisi par la coordination'],
    );
  }
}

async function seedPastBookings(manager: EntityManager, directory: DemoDirectory, nowMs: number): Promise<void> {
  const rooms = new Map<string, string>(
    (await manager.query(`SELECT id, name FROM resource WHERE network_id = $1 AND type = 'space'`, [directory.networkId])).map(
      (row: { id: string; name: string }) => [row.name, row.id],
    ),
  );
  const thisMonday = DateTime.fromMillis(nowMs, { zone: ZONE }).startOf('week');
  for (const [room, organisation, weekday, time, minutes, title] of PAST_BOOKINGS) {
    const resourceId = rooms.get(room);
    if (!resourceId) continue;
    const first = thisMonday.minus({ weeks: PAST_WEEKS }).plus({ days: weekday - 1 });
    const start = `${first.toISODate()}T${time}`;
    const { occurrences } = expandSeries({
      start,
      timeZone: ZONE,
      durationMinutes: minutes,
      rrule: `FREQ=WEEKLY;COUNT=${PAST_WEEKS}`,
      window: { from: first.minus({ days: 2 }).toJSDate(), to: thisMonday.toJSDate() },
    });
    const [series] = await manager.query(
      `INSERT INTO booking_series (resource_id, organisation_id, title, start_local, time_zone, duration_minutes, rrule, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'ended') RETURNING id`,
      [resourceId, directory.organisations[organisation], title, start, ZONE, minutes, `FREQ=WEEKLY;COUNT=${PAST_WEEKS}`],
    );
    await manager.query(
      `INSERT INTO booking_occurrence (series_id, resource_id, organisation_id, starts_at, ends_at, period, status)
       SELECT $1, $2, $3, s, e, tstzrange(s, e), 'confirmed' FROM unnest($4::timestamptz[], $5::timestamptz[]) AS t(s, e)`,
      [
        series.id,
        resourceId,
        directory.organisations[organisation],
        occurrences.map((o) => new Date(o.startMs)),
        occurrences.map((o) => new Date(o.endMs)),
      ],
    );
  }
}

/** Past weekly staff bookings, and their timesheets locked by the coordination (see PAST_STAFF_WORK). */
async function seedPastStaffWork(manager: EntityManager, directory: DemoDirectory, clock: Clock): Promise<void> {
  const staff = new Map<string, string>(
    (await manager.query(`SELECT id, name FROM resource WHERE network_id = $1 AND type = 'staff'`, [directory.networkId])).map(
      (row: { id: string; name: string }) => [row.name, row.id],
    ),
  );
  const thisMonday = DateTime.fromMillis(clock.nowMs(), { zone: ZONE }).startOf('week');
  const monthStart = DateTime.fromMillis(clock.nowMs(), { zone: ZONE }).startOf('month');
  const until = monthStart < thisMonday ? monthStart : thisMonday;
  for (const [name, organisation, weekday, time, minutes, title] of PAST_STAFF_WORK) {
    const resourceId = staff.get(name);
    if (!resourceId) continue;
    const first = thisMonday.minus({ weeks: PAST_WEEKS }).plus({ days: weekday - 1 });
    const start = `${first.toISODate()}T${time}`;
    const { occurrences } = expandSeries({
      start,
      timeZone: ZONE,
      durationMinutes: minutes,
      rrule: `FREQ=WEEKLY;COUNT=${PAST_WEEKS}`,
      skipHolidays: 'QC',
      window: { from: first.minus({ days: 2 }).toJSDate(), to: until.toJSDate() },
    });
    const [series] = await manager.query(
      `INSERT INTO booking_series (resource_id, organisation_id, title, start_local, time_zone, duration_minutes, rrule, skip_holidays, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'QC', 'ended') RETURNING id`,
      [resourceId, directory.organisations[organisation], title, start, ZONE, minutes, `FREQ=WEEKLY;COUNT=${PAST_WEEKS}`],
    );
    await manager.query(
      `WITH booked AS (
         INSERT INTO booking_occurrence (series_id, resource_id, organisation_id, starts_at, ends_at, period, status)
         SELECT $1, $2, $3, s, e, tstzrange(s, e), 'confirmed' FROM unnest($4::timestamptz[], $5::timestamptz[]) AS t(s, e)
         RETURNING starts_at
       )
       INSERT INTO timesheet_entry (resource_id, organisation_id, work_date, minutes, status, decided_by, decided_at)
       SELECT $2, $3, (starts_at AT TIME ZONE $6)::date, $7, 'locked', $8, $9 FROM booked`,
      [
        series.id,
        resourceId,
        directory.organisations[organisation],
        occurrences.map((o) => new Date(o.startMs)),
        occurrences.map((o) => new Date(o.endMs)),
        ZONE,
        minutes,
        directory.users['coordination@demo.test'],
        clock.now(),
      ],
    );
  }
}
