import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the impact report read from every occurrence of its window, kept by the database as the
 * monthly usage is (decision 0010): a year's report sums a few thousand rows per month instead of
 * scanning the year's occurrences three times.
 *
 * - `booking_hour_usage`: confirmed seconds of each room per organisation, local month, ISO weekday
 *   and local hour (the room's zone). Each occurrence is spread over the real hours it covers: a
 *   night that falls back counts 1 h twice, a night that springs forward has no 2 h.
 * - `booking_month_reach`: pending and confirmed occurrences per network, zone, local month,
 *   organisation, requester, staff or not, confirmed or not: how many start in the month and how
 *   many span its first midnight. The occurrences overlapping months [m₁, mₙ] are those starting
 *   in them plus those spanning m₁'s first midnight, so counts and distinct requesters are exact
 *   for any range of whole months.
 *
 * Like `booking_month_usage`, each statement appends its net change (never an update in place, so
 * concurrent bookings never wait on one another's summary row); reads sum the rows of their months.
 */

/** The changes of a transition table (`new_rows` or `old_rows`), signed. */
function hourChanges(rows: string, sign: 1 | -1): string {
  return `SELECT o.resource_id, o.organisation_id, h.month, h.weekday, h.hour, ${sign} * h.seconds AS seconds
            FROM ${rows} o JOIN resource r ON r.id = o.resource_id AND r.type = 'space'
            CROSS JOIN LATERAL booking_hours(o.starts_at, o.ends_at, r.time_zone) h
           WHERE o.status = 'confirmed'`;
}

/**
 * Reach changes of occurrences `o` (with their resource `r`'s network and `zone`) whose series
 * still exists: an occurrence deleted with its series was counted out by the series' deletion.
 */
function reachChanges(rows: string, sign: 1 | -1, zone = 'r.time_zone', requester = 's.requester_user_id'): string {
  return `SELECT r.network_id, ${zone} AS time_zone, m.month, o.organisation_id, ${requester} AS requester_user_id,
                 r.type = 'staff' AS staff, o.status = 'confirmed' AS confirmed,
                 ${sign} * (m.month_start <= o.starts_at)::int AS starts, ${sign} * (m.month_start > o.starts_at)::int AS crossings
            FROM ${rows} o JOIN resource r ON r.id = o.resource_id JOIN booking_series s ON s.id = o.series_id
            CROSS JOIN LATERAL booking_months(o.starts_at, o.ends_at, ${zone}) m
           WHERE o.status IN ('pending', 'confirmed')`;
}

const HOUR_KEY = 'resource_id, organisation_id, month, weekday, hour';
const REACH_KEY = 'network_id, time_zone, month, organisation_id, requester_user_id, staff, confirmed';

function appendHours(changes: string[]): string {
  return `INSERT INTO booking_hour_usage (${HOUR_KEY}, seconds)
          SELECT ${HOUR_KEY}, sum(seconds) FROM (${changes.join(' UNION ALL ')}) d
           GROUP BY ${HOUR_KEY} HAVING sum(seconds) <> 0`;
}

function appendReach(changes: string[]): string {
  return `INSERT INTO booking_month_reach (${REACH_KEY}, starts, crossings)
          SELECT ${REACH_KEY}, sum(starts), sum(crossings) FROM (${changes.join(' UNION ALL ')}) d
           GROUP BY ${REACH_KEY} HAVING sum(starts) <> 0 OR sum(crossings) <> 0`;
}

export class BookingImpactUsage1764322000000 implements MigrationInterface {
  name = 'BookingImpactUsage1764322000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE booking_hour_usage (
        resource_id uuid NOT NULL,
        organisation_id uuid NOT NULL,
        month date NOT NULL,
        weekday smallint NOT NULL,
        hour smallint NOT NULL,
        seconds numeric NOT NULL
      )`);
    await q.query(
      'CREATE INDEX booking_hour_usage_month_idx ON booking_hour_usage (month, resource_id) INCLUDE (organisation_id, weekday, hour, seconds)',
    );
    await q.query('CREATE INDEX booking_hour_usage_resource_idx ON booking_hour_usage (resource_id)');
    await q.query(`
      CREATE TABLE booking_month_reach (
        network_id uuid NOT NULL,
        time_zone text NOT NULL,
        month date NOT NULL,
        organisation_id uuid NOT NULL,
        requester_user_id uuid,
        staff boolean NOT NULL,
        confirmed boolean NOT NULL,
        starts integer NOT NULL,
        crossings integer NOT NULL
      )`);
    await q.query('CREATE INDEX booking_month_reach_network_idx ON booking_month_reach (network_id, month)');
    await q.query('CREATE INDEX booking_month_reach_requester_idx ON booking_month_reach (requester_user_id)');
    // The local hours [start, end) covers in the zone, each with its month, ISO weekday and the real
    // seconds of [start, end) in it. Hours step in real time from the local hour starting the span.
    await q.query(`
      CREATE FUNCTION booking_hours(s timestamptz, e timestamptz, zone text)
        RETURNS TABLE (month date, weekday smallint, hour smallint, seconds numeric) LANGUAGE sql STABLE AS $$
        SELECT date_trunc('month', h AT TIME ZONE zone)::date, extract(isodow FROM h AT TIME ZONE zone)::smallint,
               extract(hour FROM h AT TIME ZONE zone)::smallint,
               extract(epoch FROM least(h + interval '1 hour', e) - greatest(h, s))
          FROM generate_series(date_trunc('hour', s, zone), e - interval '1 microsecond', interval '1 hour') h
      $$`);
    await q.query(`
      CREATE FUNCTION booking_impact_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${appendHours([hourChanges('new_rows', 1)])};
          ${appendReach([reachChanges('new_rows', 1)])};
        ELSIF TG_OP = 'DELETE' THEN
          ${appendHours([hourChanges('old_rows', -1)])};
          ${appendReach([reachChanges('old_rows', -1)])};
        ELSE
          ${appendHours([hourChanges('new_rows', 1), hourChanges('old_rows', -1)])};
          ${appendReach([reachChanges('new_rows', 1), reachChanges('old_rows', -1)])};
        END IF;
        RETURN NULL;
      END $$`);
    for (const [event, referencing] of [
      ['INSERT', 'NEW TABLE AS new_rows'],
      ['UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
      ['DELETE', 'OLD TABLE AS old_rows'],
    ]) {
      await q.query(`
        CREATE TRIGGER booking_impact_${event.toLowerCase()} AFTER ${event} ON booking_occurrence
          REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION booking_impact_track()`);
    }
    await q.query(`
      CREATE FUNCTION booking_impact_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE booking_hour_usage, booking_month_reach;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER booking_impact_truncate AFTER TRUNCATE ON booking_occurrence
        FOR EACH STATEMENT EXECUTE FUNCTION booking_impact_truncate()`);
    // A series deleted takes its occurrences with it, after it is gone (its requester with it):
    // they are counted out while it is still there, and the occurrences' trigger skips them.
    await q.query(`
      CREATE FUNCTION booking_impact_series_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${appendReach([reachChanges('(SELECT * FROM booking_occurrence WHERE series_id = OLD.id)', -1)])};
        RETURN OLD;
      END $$`);
    await q.query(`
      CREATE TRIGGER booking_impact_series_deleted BEFORE DELETE ON booking_series
        FOR EACH ROW EXECUTE FUNCTION booking_impact_series_deleted()`);
    // A series whose requester changes (or is deleted: ON DELETE SET NULL) moves its occurrences.
    await q.query(`
      CREATE FUNCTION booking_impact_requester_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${appendReach([
          reachChanges('(SELECT * FROM booking_occurrence WHERE series_id = NEW.id)', 1, 'r.time_zone', 'NEW.requester_user_id'),
          reachChanges('(SELECT * FROM booking_occurrence WHERE series_id = NEW.id)', -1, 'r.time_zone', 'OLD.requester_user_id'),
        ])};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER booking_impact_requester_changed AFTER UPDATE OF requester_user_id ON booking_series
        FOR EACH ROW WHEN (OLD.requester_user_id IS DISTINCT FROM NEW.requester_user_id)
        EXECUTE FUNCTION booking_impact_requester_changed()`);
    // A resource that moves to another zone has other months, weekdays and hours.
    await q.query(`
      CREATE FUNCTION booking_impact_rezone() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM booking_hour_usage WHERE resource_id = NEW.id;
        ${appendHours([hourChanges('(SELECT * FROM booking_occurrence WHERE resource_id = NEW.id)', 1)])};
        ${appendReach([
          reachChanges('(SELECT * FROM booking_occurrence WHERE resource_id = NEW.id)', 1, 'NEW.time_zone'),
          reachChanges('(SELECT * FROM booking_occurrence WHERE resource_id = NEW.id)', -1, 'OLD.time_zone'),
        ])};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER booking_impact_rezone AFTER UPDATE OF time_zone ON resource
        FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone) EXECUTE FUNCTION booking_impact_rezone()`);
    // The occurrences already there.
    await q.query(appendHours([hourChanges('booking_occurrence', 1)]));
    await q.query(appendReach([reachChanges('booking_occurrence', 1)]));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER booking_impact_rezone ON resource');
    await q.query('DROP TRIGGER booking_impact_requester_changed ON booking_series');
    await q.query('DROP TRIGGER booking_impact_series_deleted ON booking_series');
    await q.query('DROP TRIGGER booking_impact_truncate ON booking_occurrence');
    for (const event of ['insert', 'update', 'delete'])
      await q.query(`DROP TRIGGER booking_impact_${event} ON booking_occurrence`);
    await q.query('DROP FUNCTION booking_impact_rezone()');
    await q.query('DROP FUNCTION booking_impact_requester_changed()');
    await q.query('DROP FUNCTION booking_impact_series_deleted()');
    await q.query('DROP FUNCTION booking_impact_truncate()');
    await q.query('DROP FUNCTION booking_impact_track()');
    await q.query('DROP FUNCTION booking_hours(timestamptz, timestamptz, text)');
    await q.query('DROP TABLE booking_month_reach');
    await q.query('DROP TABLE booking_hour_usage');
  }
}
