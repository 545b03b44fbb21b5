import { createTestApp, type TestApp } from '../../../test/test-app';
import { BookingMaintenanceService } from './booking-maintenance.service';

describe('bookings of rooms', () => {
  let t: TestApp;
  let networkId: string;
  let orgA: string;
  let orgB: string;
  let siteId: string;
  let memberA: string;
  let adminA: string;
  let memberB: string;
  let coordinator: string;
  let outsider: string;

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.factory;
    networkId = (await f.network()).id;
    orgA = (await f.organisation(networkId, 'Organisme A')).id;
    orgB = (await f.organisation(networkId, 'Organisme B')).id;
    // Monday–Friday 07:00–22:00, Saturday 09:00–17:00.
    siteId = (
      await f.site(networkId, {
        hours: [
          [1, '07:00', '22:00'],
          [2, '07:00', '22:00'],
          [3, '07:00', '22:00'],
          [4, '07:00', '22:00'],
          [5, '07:00', '22:00'],
          [6, '09:00', '17:00'],
        ],
      })
    ).id;
    const cookie = async (options: Parameters<typeof f.user>[0]) =>
      f.sessionCookie((await f.user({ ...options, password: null })).id);
    memberA = await cookie({ memberOf: [[orgA, 'member']] });
    adminA = await cookie({ memberOf: [[orgA, 'admin']] });
    memberB = await cookie({ memberOf: [[orgB, 'member']] });
    coordinator = await cookie({ coordinatorOf: [networkId] });
    const otherNetwork = await f.network();
    outsider = await cookie({ memberOf: [[(await f.organisation(otherNetwork.id)).id, 'admin']] });
  });
  afterAll(() => t.close());

  const room = (rules: Record<string, unknown> = {}) => t.factory.space(networkId, siteId, rules).then((r) => r.id);
  const book = (cookie: string, body: object) => t.newAgent().post('/api/bookings').set('Cookie', cookie).send(body);

  it('books a room once and shows it in the calendar with its offset', async () => {
    const resourceId = await room();
    const res = await book(memberA, { resourceId, title: 'CA', start: '2027-01-12T09:00', durationMinutes: 90 }).expect(201);
    expect(res.body).toMatchObject({
      status: 'confirmed',
      occurrences: [{ start: '2027-01-12T09:00:00-05:00', end: '2027-01-12T10:30:00-05:00', status: 'confirmed' }],
    });
    const list = await t
      .newAgent()
      .get('/api/bookings')
      .query({ resourceId, from: '2027-01-01T00:00:00-05:00', to: '2027-02-01T00:00:00-05:00' })
      .set('Cookie', memberA)
      .expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({ seriesId: res.body.id, title: 'CA', isMine: true, organisationName: 'Organisme A' }),
    ]);
  });

  it('says in the calendar who may move a booking: its requester, an admin of its organisation, a coordinator', async () => {
    const resourceId = await room();
    await book(memberA, { resourceId, title: 'Atelier', start: '2027-01-13T09:00', durationMinutes: 60 }).expect(201);
    const canEditAs = async (cookie: string) => {
      const list = await t
        .newAgent()
        .get('/api/bookings')
        .query({ resourceId, from: '2027-01-01T00:00:00-05:00', to: '2027-02-01T00:00:00-05:00' })
        .set('Cookie', cookie)
        .expect(200);
      return list.body.map((o: { canEdit: boolean }) => o.canEdit);
    };
    expect(await canEditAs(memberA)).toEqual([true]);
    expect(await canEditAs(adminA)).toEqual([true]);
    expect(await canEditAs(coordinator)).toEqual([true]);
    expect(await canEditAs(memberB)).toEqual([false]);
    const otherMemberOfA = await t.factory.sessionCookie(
      (await t.factory.user({ memberOf: [[orgA, 'member']], password: null })).id,
    );
    expect(await canEditAs(otherMemberOfA)).toEqual([false]);
  });

  it('books a weekly series of 52 and keeps 09:00 across the DST change of March 14, 2027', async () => {
    const resourceId = await room();
    const res = await book(memberA, {
      resourceId,
      title: 'Atelier',
      start: '2026-11-17T09:00',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;COUNT=52',
    }).expect(201);
    expect(res.body.occurrences).toHaveLength(52);
    const starts = res.body.occurrences.map((o: { start: string }) => o.start);
    expect(starts).toContain('2027-03-09T09:00:00-05:00');
    expect(starts).toContain('2027-03-16T09:00:00-04:00');
  });

  it('refuses a series that overlaps existing bookings and lists every conflicting occurrence', async () => {
    const resourceId = await room();
    await book(memberB, { resourceId, title: 'B1', start: '2027-01-19T09:30', durationMinutes: 60 }).expect(201);
    await book(memberB, { resourceId, title: 'B2', start: '2027-02-16T08:00', durationMinutes: 90 }).expect(201);
    const res = await book(memberA, {
      resourceId,
      title: 'A',
      start: '2027-01-05T09:00',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;COUNT=10',
    }).expect(409);
    expect(res.body.code).toBe('BOOKING_CONFLICT');
    expect(res.body.details.conflicts).toEqual([
      { start: '2027-01-19T09:30:00-05:00', end: '2027-01-19T10:30:00-05:00', resourceId, organisationName: 'Organisme B' },
      { start: '2027-02-16T08:00:00-05:00', end: '2027-02-16T09:30:00-05:00', resourceId, organisationName: 'Organisme B' },
    ]);
    const count = await t.dataSource.query('SELECT count(*)::int AS n FROM booking_series WHERE resource_id = $1', [resourceId]);
    expect(count[0].n).toBe(2);
  });

  it('books the free occurrences with skipConflicts and reports the others', async () => {
    const resourceId = await room();
    await book(memberB, { resourceId, title: 'B', start: '2027-01-19T09:00', durationMinutes: 60 }).expect(201);
    const res = await book(memberA, {
      resourceId,
      title: 'A',
      start: '2027-01-05T09:00',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;COUNT=4',
      skipConflicts: true,
    }).expect(201);
    expect(res.body.occurrences).toHaveLength(3);
    expect(res.body.skipped).toEqual([{ start: '2027-01-19T09:00:00-05:00', reason: 'CONFLICT' }]);
  });

  it('skips the closures and the conflicts of one series together, a week with both once, as a closure', async () => {
    const resourceId = await room();
    await book(memberB, { resourceId, title: 'B', start: '2027-01-19T09:00', durationMinutes: 60 }).expect(201);
    await book(memberB, { resourceId, title: 'B', start: '2027-02-02T09:30', durationMinutes: 60 }).expect(201);
    for (const day of ['2027-01-26', '2027-02-02']) {
      await t
        .newAgent()
        .post('/api/blackouts')
        .set('Cookie', coordinator)
        .send({ resourceId, start: `${day}T00:00:00-05:00`, end: `${day}T23:00:00-05:00`, reason: 'Peinture' })
        .expect(201);
    }
    const series = { resourceId, title: 'A', start: '2027-01-05T09:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;COUNT=5' };
    const refused = await book(memberA, series).expect(422);
    expect(refused.body).toMatchObject({
      code: 'BLACKOUT',
      details: { occurrences: [{ start: '2027-01-26T09:00:00-05:00' }, { start: '2027-02-02T09:00:00-05:00' }] },
    });
    const res = await book(memberA, { ...series, skipConflicts: true }).expect(201);
    expect(res.body.occurrences.map((o: { start: string }) => o.start)).toEqual([
      '2027-01-05T09:00:00-05:00',
      '2027-01-12T09:00:00-05:00',
    ]);
    expect(res.body.skipped).toEqual([
      { start: '2027-01-19T09:00:00-05:00', reason: 'CONFLICT' },
      { start: '2027-01-26T09:00:00-05:00', reason: 'BLACKOUT' },
      { start: '2027-02-02T09:00:00-05:00', reason: 'BLACKOUT' },
    ]);
  });

  it('keeps the buffer after a booking free', async () => {
    const resourceId = await room({ buffer_after_minutes: 15 });
    await book(memberA, { resourceId, title: 'First', start: '2027-01-12T09:00', durationMinutes: 60 }).expect(201);
    await book(memberB, { resourceId, title: 'Too soon', start: '2027-01-12T10:00', durationMinutes: 60 }).expect(409);
    await book(memberB, { resourceId, title: 'After cleaning', start: '2027-01-12T10:15', durationMinutes: 60 }).expect(201);
  });

  it('lets exactly one of 40 simultaneous identical requests win, the others get 409 and none a 500', async () => {
    const resourceId = await room();
    const results = await Promise.all(
      Array.from({ length: 40 }, () =>
        book(memberA, { resourceId, title: 'Race', start: '2027-01-13T14:00', durationMinutes: 60 }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(39);
    // They queue on the room (its write lock): each loser is refused by the checks, having seen the
    // winner's booking, never by the exclusion constraint after waiting on the others (deadlocks,
    // retries, seconds of waiting and, past the retries, 503).
    const refusals = results.filter((r) => r.status === 409).map((r) => r.body.message);
    expect(new Set(refusals)).toEqual(new Set(['Some occurrences overlap other bookings of this resource.']));
    const stored = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM booking_occurrence WHERE resource_id = $1 AND status = 'confirmed'`,
      [resourceId],
    );
    expect(stored[0].n).toBe(1);
  });

  it('frees the slot at once when a booking is cancelled', async () => {
    const resourceId = await room();
    const first = await book(memberA, { resourceId, title: 'To cancel', start: '2027-01-14T10:00', durationMinutes: 60 }).expect(
      201,
    );
    await book(memberB, { resourceId, title: 'Blocked', start: '2027-01-14T10:00', durationMinutes: 60 }).expect(409);
    await t.newAgent().delete(`/api/bookings/${first.body.id}`).set('Cookie', memberA).expect(200);
    await book(memberB, { resourceId, title: 'Now free', start: '2027-01-14T10:00', durationMinutes: 60 }).expect(201);
  });

  it('changes one occurrence, this-and-following, or all, never rewriting the past', async () => {
    const resourceId = await room();
    const created = await book(memberA, {
      resourceId,
      title: 'Hebdo',
      start: '2027-01-04T13:00',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;COUNT=6',
    }).expect(201);
    const seriesId = created.body.id;
    const [o1, o2, , o4] = created.body.occurrences;
    // The first occurrence is in the past now (a week before the clock's "now").
    await t.dataSource.query(
      `UPDATE booking_occurrence SET starts_at = $2::timestamptz - interval '7 days', ends_at = $2::timestamptz - interval '7 days' + interval '1 hour',
              period = tstzrange($2::timestamptz - interval '7 days', $2::timestamptz - interval '7 days' + interval '1 hour') WHERE id = $1`,
      [o1.id, t.clock.now()],
    );
    const pastBefore = await t.dataSource.query('SELECT starts_at FROM booking_occurrence WHERE id = $1', [o1.id]);

    const one = await t
      .newAgent()
      .patch(`/api/bookings/${seriesId}`)
      .set('Cookie', memberA)
      .send({ scope: 'one', occurrenceId: o2.id, changes: { start: '2027-01-11T15:00' } })
      .expect(200);
    expect(one.body.occurrences.map((o: { start: string }) => o.start)).toContain('2027-01-11T15:00:00-05:00');

    const following = await t
      .newAgent()
      .patch(`/api/bookings/${seriesId}`)
      .set('Cookie', memberA)
      .send({ scope: 'following', occurrenceId: o4.id, changes: { title: 'Nouveau titre', start: '2027-01-25T14:00' } })
      .expect(200);
    expect(following.body.id).not.toBe(seriesId);
    expect(following.body.title).toBe('Nouveau titre');
    expect(following.body.occurrences.map((o: { start: string }) => o.start)).toEqual([
      '2027-01-25T14:00:00-05:00',
      '2027-02-01T14:00:00-05:00',
      '2027-02-08T14:00:00-05:00',
    ]);
    const original = await t.newAgent().get(`/api/bookings/${seriesId}`).set('Cookie', memberA).expect(200);
    expect(original.body.occurrences).toHaveLength(3);

    await t
      .newAgent()
      .patch(`/api/bookings/${seriesId}`)
      .set('Cookie', memberA)
      .send({ scope: 'all', changes: { title: 'Renommé', durationMinutes: 90 } })
      .expect(200);
    const pastAfter = await t.dataSource.query('SELECT starts_at, ends_at FROM booking_occurrence WHERE id = $1', [o1.id]);
    expect(pastAfter[0].starts_at).toEqual(pastBefore[0].starts_at);
    expect(pastAfter[0].ends_at.getTime() - pastAfter[0].starts_at.getTime()).toBe(60 * 60_000);

    const pastEdit = await t
      .newAgent()
      .patch(`/api/bookings/${seriesId}`)
      .set('Cookie', memberA)
      .send({ scope: 'one', occurrenceId: o1.id, changes: { title: 'x' } })
      .expect(409);
    expect(pastEdit.body.code).toBe('PAST_OCCURRENCE');
  });

  it("shows another organisation's private booking as taken, without its title", async () => {
    const resourceId = await room();
    await book(memberA, {
      resourceId,
      title: 'Rencontre confidentielle',
      start: '2027-01-20T09:00',
      durationMinutes: 60,
      private: true,
    }).expect(201);
    await book(memberA, { resourceId, title: 'Portes ouvertes', start: '2027-01-21T09:00', durationMinutes: 60 }).expect(201);
    const seenByB = await t
      .newAgent()
      .get('/api/bookings')
      .query({ resourceId, from: '2027-01-01T00:00:00Z', to: '2027-02-01T00:00:00Z' })
      .set('Cookie', memberB)
      .expect(200);
    expect(seenByB.body.map((o: { title: string | null; isMine: boolean }) => [o.title, o.isMine])).toEqual([
      [null, false],
      ['Portes ouvertes', false],
    ]);
    const seenByA = await t
      .newAgent()
      .get('/api/bookings')
      .query({ resourceId, from: '2027-01-01T00:00:00Z', to: '2027-02-01T00:00:00Z' })
      .set('Cookie', adminA)
      .expect(200);
    expect(seenByA.body[0].title).toBe('Rencontre confidentielle');

    await t.dataSource.query('UPDATE network SET show_organisation_names = false WHERE id = $1', [networkId]);
    const hidden = await t
      .newAgent()
      .get('/api/bookings')
      .query({ resourceId, from: '2027-01-01T00:00:00Z', to: '2027-02-01T00:00:00Z' })
      .set('Cookie', memberB)
      .expect(200);
    expect(hidden.body[0].organisationName).toBeNull();
    await t.dataSource.query('UPDATE network SET show_organisation_names = true WHERE id = $1', [networkId]);
  });

  it('holds a pending request until the coordinator approves or declines it, and lets it expire', async () => {
    const resourceId = await room({ approval_required: true });
    const pending = await book(memberA, { resourceId, title: 'Cuisine', start: '2027-01-22T10:00', durationMinutes: 120 }).expect(
      201,
    );
    expect(pending.body.occurrences[0].status).toBe('pending');
    await book(memberB, { resourceId, title: 'Same slot', start: '2027-01-22T11:00', durationMinutes: 60 }).expect(409);
    await t.newAgent().post(`/api/bookings/${pending.body.id}/approve`).set('Cookie', adminA).send({}).expect(403);
    const queue = await t.newAgent().get('/api/bookings/approvals').set('Cookie', coordinator).expect(200);
    expect(queue.body.map((o: { seriesId: string }) => o.seriesId)).toContain(pending.body.id);
    const approved = await t
      .newAgent()
      .post(`/api/bookings/${pending.body.id}/approve`)
      .set('Cookie', coordinator)
      .send({})
      .expect(200);
    expect(approved.body.occurrences[0].status).toBe('confirmed');

    const declinedOne = await book(memberB, {
      resourceId,
      title: 'To decline',
      start: '2027-01-23T10:00',
      durationMinutes: 60,
    }).expect(201);
    const declined = await t
      .newAgent()
      .post(`/api/bookings/${declinedOne.body.id}/decline`)
      .set('Cookie', coordinator)
      .send({ reason: 'Fermé' })
      .expect(200);
    expect(declined.body.occurrences[0].status).toBe('declined');

    const expiring = await book(memberB, {
      resourceId,
      title: 'Will expire',
      start: '2027-01-25T10:00',
      durationMinutes: 60,
    }).expect(201);
    const now = t.clock.nowMs();
    t.clock.advance(4 * 86_400_000);
    const report = await t.app.get(BookingMaintenanceService).runOnce();
    t.clock.set(now);
    expect(report?.expired).toBeGreaterThanOrEqual(1);
    const after = await t.newAgent().get(`/api/bookings/${expiring.body.id}`).set('Cookie', memberB).expect(200);
    expect(after.body.occurrences[0].status).toBe('expired');
    await book(memberA, { resourceId, title: 'Free again', start: '2027-01-25T10:00', durationMinutes: 60 }).expect(201);
  });

  it("enforces the room's rules, opening hours and closures with 422 and the rule in details", async () => {
    const resourceId = await room({ min_duration_minutes: 30, granularity_minutes: 15 });
    const short = await book(memberA, { resourceId, title: 'x', start: '2027-01-12T09:00', durationMinutes: 15 }).expect(422);
    expect(short.body).toMatchObject({ code: 'RULE_VIOLATION', details: { violations: [{ rule: 'minDuration', limit: 30 }] } });
    const sunday = await book(memberA, { resourceId, title: 'x', start: '2027-01-10T10:00', durationMinutes: 60 }).expect(422);
    expect(sunday.body.code).toBe('OUTSIDE_OPENING_HOURS');
    const past = await book(memberA, { resourceId, title: 'x', start: '2020-01-07T10:00', durationMinutes: 60 }).expect(422);
    expect(past.body.details.violations[0].rule).toBe('leadTime');
    await t
      .newAgent()
      .post('/api/blackouts')
      .set('Cookie', coordinator)
      .send({ siteId, start: '2027-01-15T00:00:00-05:00', end: '2027-01-16T00:00:00-05:00', reason: 'Entretien' })
      .expect(201);
    const closed = await book(memberA, { resourceId, title: 'x', start: '2027-01-15T10:00', durationMinutes: 60 }).expect(422);
    expect(closed.body).toMatchObject({ code: 'BLACKOUT', details: { occurrences: [{ reason: 'Entretien' }] } });
  });

  it("holds each organisation to the room's weekly hours, week by week", async () => {
    const resourceId = await room({ weekly_minutes_per_organisation: 120 });
    await book(memberA, { resourceId, title: 'a', start: '2027-01-18T09:00', durationMinutes: 60 }).expect(201);
    await book(memberA, { resourceId, title: 'b', start: '2027-01-19T09:00', durationMinutes: 60 }).expect(201);
    const over = await book(memberA, { resourceId, title: 'c', start: '2027-01-22T09:00', durationMinutes: 30 }).expect(422);
    expect(over.body).toMatchObject({
      code: 'RULE_VIOLATION',
      details: { violations: [{ rule: 'weeklyMinutesPerOrganisation', limit: 120, actual: 150, week: '2027-01-18' }] },
    });
    await book(memberB, { resourceId, title: 'd', start: '2027-01-22T09:00', durationMinutes: 60 }).expect(201);
    const weekly = await book(memberA, {
      resourceId,
      title: 'e',
      start: '2027-01-21T11:00',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;COUNT=3',
    }).expect(422);
    expect(weekly.body.details.violations).toEqual([
      { rule: 'weeklyMinutesPerOrganisation', limit: 120, actual: 180, week: '2027-01-18' },
    ]);
    await book(memberA, {
      resourceId,
      title: 'f',
      start: '2027-01-28T11:00',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;COUNT=2',
    }).expect(201);
  });

  it('lets only the requester, their admins and coordinators change a booking, and hides it from other networks', async () => {
    const resourceId = await room();
    const created = await book(memberA, { resourceId, title: 'Mine', start: '2027-01-26T10:00', durationMinutes: 60 }).expect(
      201,
    );
    await t.newAgent().post(`/api/bookings/${created.body.id}/cancel`).set('Cookie', memberB).send({ scope: 'all' }).expect(403);
    await t.newAgent().get(`/api/bookings/${created.body.id}`).set('Cookie', outsider).expect(404);
    await book(outsider, { resourceId, title: 'x', start: '2027-01-27T10:00', durationMinutes: 60 }).expect(404);
    await t
      .newAgent()
      .patch(`/api/bookings/${created.body.id}`)
      .set('Cookie', adminA)
      .send({ scope: 'all', changes: { title: 'By admin' } })
      .expect(200);
    await t
      .newAgent()
      .post(`/api/bookings/${created.body.id}/cancel`)
      .set('Cookie', coordinator)
      .send({ scope: 'all' })
      .expect(200);
  });

  it('refuses a calendar window over 92 days', async () => {
    const res = await t
      .newAgent()
      .get('/api/bookings')
      .query({ from: '2027-01-01T00:00:00Z', to: '2027-06-01T00:00:00Z' })
      .set('Cookie', memberA)
      .expect(400);
    expect(res.body.code).toBe('INVALID_QUERY');
  });
});
