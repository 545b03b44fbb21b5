import { createTestApp, type TestApp } from '../../../test/test-app';

interface Occurrence {
  id: string;
  start: string;
  end: string;
  status: string;
}

describe('changing bookings: every change runs the checks of a create and keeps the exceptions', () => {
  let t: TestApp;
  let networkId: string;
  let siteId: string;
  let orgA: string;
  let orgB: string;
  let memberA: string;
  let memberB: string;
  let coordinator: string;
  let coordinatorInA: string;

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.factory;
    networkId = (await f.network()).id;
    orgA = (await f.organisation(networkId, 'Maison de la famille')).id;
    orgB = (await f.organisation(networkId, 'Centre culturel')).id;
    siteId = (
      await f.site(networkId, {
        hours: [1, 2, 3, 4, 5].map((weekday) => [weekday, '07:00', '22:00'] as [number, string, string]),
      })
    ).id;
    const cookie = async (options: Parameters<typeof f.user>[0]) =>
      f.sessionCookie((await f.user({ ...options, password: null })).id);
    memberA = await cookie({ memberOf: [[orgA, 'member']] });
    memberB = await cookie({ memberOf: [[orgB, 'member']] });
    coordinator = await cookie({ coordinatorOf: [networkId] });
    coordinatorInA = await cookie({ memberOf: [[orgA, 'admin']], coordinatorOf: [networkId] });
  });
  afterAll(() => t.close());

  const room = (rules: Record<string, unknown> = {}) => t.factory.space(networkId, siteId, rules).then((r) => r.id);
  const book = (cookie: string, body: object) => t.newAgent().post('/api/bookings').set('Cookie', cookie).send(body);
  const patch = (cookie: string, id: string, body: object) =>
    t.newAgent().patch(`/api/bookings/${id}`).set('Cookie', cookie).send(body);
  const cancel = (cookie: string, id: string, body: object) =>
    t.newAgent().post(`/api/bookings/${id}/cancel`).set('Cookie', cookie).send(body);
  const approve = (cookie: string, id: string) =>
    t.newAgent().post(`/api/bookings/${id}/approve`).set('Cookie', cookie).send({}).expect(200);
  const occurrencesOf = async (id: string): Promise<Occurrence[]> =>
    (await t.newAgent().get(`/api/bookings/${id}`).set('Cookie', memberA).expect(200)).body.occurrences;
  const summary = (occurrences: Occurrence[]) => occurrences.map((o) => `${o.start} ${o.end} ${o.status}`);

  /**
   * The shared accountant: Monday–Thursday 08:30–16:30, at most 7 h a day, 12 h a month for A (refuse); with
   * the session of the employee's own account.
   */
  async function accountant(): Promise<{ resourceId: string; employee: string }> {
    const employeeUser = await t.factory.user({ password: null });
    const res = await t
      .newAgent()
      .post('/api/staff')
      .set('Cookie', coordinator)
      .send({
        networkId,
        name: `Comptable ${Math.random().toString(36).slice(2, 7)}`,
        jobTitle: 'Comptable',
        carrierOrganisationId: orgA,
        hourlyCostCents: 4800,
        maxMinutesPerDay: 420,
        userEmail: employeeUser.email,
        workingHours: [1, 2, 3, 4].map((weekday) => ({ week: 'every', weekday, start: '08:30', end: '16:30' })),
      })
      .expect(201);
    await t.factory.acceptStaffInvitation(res.body.id, employeeUser.id);
    await t
      .newAgent()
      .post('/api/agreements')
      .set('Cookie', coordinator)
      .send({
        organisationId: orgA,
        resourceId: res.body.id,
        minutesPerPeriod: 720,
        periodUnit: 'month',
        startsOn: '2026-01-01',
        overQuota: 'refuse',
      })
      .expect(201);
    return { resourceId: res.body.id, employee: await t.factory.sessionCookie(employeeUser.id) };
  }

  describe("an approved employee's request", () => {
    it('refuses moving an occurrence to a Sunday for 10 h, over the daily cap, and sends a valid move back to approval', async () => {
      const { resourceId, employee } = await accountant();
      const created = await book(memberA, {
        resourceId,
        title: 'Tenue de livres',
        start: '2027-01-05T09:00',
        durationMinutes: 60,
        rrule: 'FREQ=WEEKLY;COUNT=3',
      }).expect(201);
      expect(created.body.status).toBe('pending');
      await approve(employee, created.body.id);
      const second = created.body.occurrences[1].id;

      const sunday = await patch(memberA, created.body.id, {
        scope: 'one',
        occurrenceId: second,
        changes: { start: '2027-01-10T06:00', durationMinutes: 600 },
      }).expect(422);
      expect(sunday.body.code).toBe('OUTSIDE_WORKING_HOURS');
      const overCap = await patch(memberA, created.body.id, {
        scope: 'one',
        occurrenceId: second,
        changes: { start: '2027-01-12T08:30', durationMinutes: 480 },
      }).expect(422);
      expect(overCap.body.code).toBe('STAFF_CAP_EXCEEDED');
      const all = await patch(memberA, created.body.id, {
        scope: 'all',
        changes: { start: '2027-01-05T08:30', durationMinutes: 480 },
      }).expect(422);
      expect(all.body.code).toBe('STAFF_CAP_EXCEEDED');

      const moved = await patch(memberA, created.body.id, {
        scope: 'one',
        occurrenceId: second,
        changes: { start: '2027-01-13T10:00' },
      }).expect(200);
      expect(summary(moved.body.occurrences)).toEqual([
        '2027-01-05T09:00:00-05:00 2027-01-05T10:00:00-05:00 confirmed',
        '2027-01-13T10:00:00-05:00 2027-01-13T11:00:00-05:00 pending',
        '2027-01-19T09:00:00-05:00 2027-01-19T10:00:00-05:00 confirmed',
      ]);
      expect(moved.body.status).toBe('pending');
    });

    it("refuses a change that goes beyond the organisation's quota, counting the changed occurrence once", async () => {
      const { resourceId } = await accountant();
      const first = await book(memberA, { resourceId, title: 'a', start: '2027-02-02T09:00', durationMinutes: 360 }).expect(201);
      await book(memberA, { resourceId, title: 'b', start: '2027-02-03T09:00', durationMinutes: 360 }).expect(201);
      const over = await patch(memberA, first.body.id, { scope: 'all', changes: { durationMinutes: 390 } }).expect(422);
      expect(over.body.code).toBe('QUOTA_EXCEEDED');
      await patch(memberA, first.body.id, { scope: 'all', changes: { durationMinutes: 300 } }).expect(200);
    });
  });

  describe('a room that needs approval (« Cuisine collective »)', () => {
    it('sends a changed occurrence back to pending unless an approver outside the organisation changes it', async () => {
      const resourceId = await room({ approval_required: true });
      const created = await book(memberA, {
        resourceId,
        title: 'Cuisine collective',
        start: '2027-01-04T10:00',
        durationMinutes: 120,
        rrule: 'FREQ=WEEKLY;COUNT=2',
      }).expect(201);
      await approve(coordinator, created.body.id);
      const [first, second] = created.body.occurrences;
      const byMember = await patch(memberA, created.body.id, {
        scope: 'one',
        occurrenceId: first.id,
        changes: { start: '2027-01-05T10:00' },
      }).expect(200);
      expect(byMember.body.occurrences.map((o: Occurrence) => o.status)).toEqual(['pending', 'confirmed']);
      const byCoordinator = await patch(coordinator, created.body.id, {
        scope: 'one',
        occurrenceId: second.id,
        changes: { start: '2027-01-12T10:00' },
      }).expect(200);
      expect(byCoordinator.body.occurrences.map((o: Occurrence) => o.status)).toEqual(['pending', 'confirmed']);
      const all = await patch(memberA, created.body.id, { scope: 'all', changes: { durationMinutes: 90 } }).expect(200);
      expect(all.body.occurrences.map((o: Occurrence) => o.status)).toEqual(['pending', 'pending']);
    });

    it('never lets an organisation approve its own change, even through a coordinator who belongs to it', async () => {
      const resourceId = await room({ approval_required: true });
      const created = await book(memberA, { resourceId, title: 'x', start: '2027-01-06T10:00', durationMinutes: 60 }).expect(201);
      await approve(coordinator, created.body.id);
      const changed = await patch(coordinatorInA, created.body.id, { scope: 'all', changes: { durationMinutes: 90 } }).expect(
        200,
      );
      expect(changed.body.occurrences.map((o: Occurrence) => o.status)).toEqual(['pending']);
    });
  });

  it("holds a change to the room's weekly hours, counting the changed booking once", async () => {
    const resourceId = await room({ weekly_minutes_per_organisation: 120 });
    await book(memberA, { resourceId, title: 'a', start: '2027-01-18T09:00', durationMinutes: 60 }).expect(201);
    const second = await book(memberA, { resourceId, title: 'b', start: '2027-01-19T09:00', durationMinutes: 60 }).expect(201);
    const over = await patch(memberA, second.body.id, { scope: 'all', changes: { durationMinutes: 90 } }).expect(422);
    expect(over.body.details.violations).toEqual([
      { rule: 'weeklyMinutesPerOrganisation', limit: 120, actual: 150, week: '2027-01-18' },
    ]);
    await patch(memberA, second.body.id, { scope: 'all', changes: { start: '2027-01-20T09:00' } }).expect(200);
  });

  describe('changing a whole series', () => {
    const weekly = (resourceId: string, start: string, count: number, extra: object = {}) =>
      book(memberA, { resourceId, title: 'Hebdo', start, durationMinutes: 60, rrule: `FREQ=WEEKLY;COUNT=${count}`, ...extra });

    it('keeps a cancelled occurrence cancelled', async () => {
      const resourceId = await room();
      const created = await weekly(resourceId, '2027-02-01T10:00', 3).expect(201);
      await cancel(memberA, created.body.id, { scope: 'one', occurrenceId: created.body.occurrences[1].id }).expect(200);
      const changed = await patch(memberA, created.body.id, { scope: 'all', changes: { durationMinutes: 90 } }).expect(200);
      expect(summary(changed.body.occurrences)).toEqual([
        '2027-02-01T10:00:00-05:00 2027-02-01T11:30:00-05:00 confirmed',
        '2027-02-08T10:00:00-05:00 2027-02-08T11:00:00-05:00 cancelled',
        '2027-02-15T10:00:00-05:00 2027-02-15T11:30:00-05:00 confirmed',
      ]);
      expect(changed.body.exdates).toEqual(['2027-02-08T10:00']);
    });

    it('leaves the freed slot to the organisation that took it meanwhile', async () => {
      const resourceId = await room();
      const created = await weekly(resourceId, '2027-02-01T10:00', 3).expect(201);
      await cancel(memberA, created.body.id, { scope: 'one', occurrenceId: created.body.occurrences[1].id }).expect(200);
      const other = await book(memberB, { resourceId, title: 'B', start: '2027-02-08T10:00', durationMinutes: 60 }).expect(201);
      const changed = await patch(memberA, created.body.id, { scope: 'all', changes: { durationMinutes: 90 } }).expect(200);
      expect(changed.body.occurrences.filter((o: Occurrence) => o.status === 'confirmed')).toHaveLength(2);
      const theirs = await t.newAgent().get(`/api/bookings/${other.body.id}`).set('Cookie', memberB).expect(200);
      expect(theirs.body.occurrences[0].status).toBe('confirmed');
    });

    it('keeps the dates skipped at creation out of the series', async () => {
      const resourceId = await room();
      await book(memberB, { resourceId, title: 'B', start: '2027-02-15T10:00', durationMinutes: 60 }).expect(201);
      const created = await weekly(resourceId, '2027-02-08T10:00', 3, { skipConflicts: true }).expect(201);
      expect(created.body.occurrences).toHaveLength(2);
      const changed = await patch(memberA, created.body.id, { scope: 'all', changes: { durationMinutes: 90 } }).expect(200);
      expect(summary(changed.body.occurrences)).toEqual([
        '2027-02-08T10:00:00-05:00 2027-02-08T11:30:00-05:00 confirmed',
        '2027-02-22T10:00:00-05:00 2027-02-22T11:30:00-05:00 confirmed',
      ]);
      expect(changed.body.exdates).toEqual(['2027-02-15T10:00']);
    });

    it('adds no date after a moved occurrence was cancelled with the ones following it', async () => {
      const resourceId = await room();
      const created = await weekly(resourceId, '2027-03-01T10:00', 2).expect(201);
      const first = created.body.occurrences[0].id;
      await patch(memberA, created.body.id, { scope: 'one', occurrenceId: first, changes: { start: '2027-03-22T10:00' } }).expect(
        200,
      );
      await cancel(memberA, created.body.id, { scope: 'following', occurrenceId: first }).expect(200);
      const changed = await patch(memberA, created.body.id, { scope: 'all', changes: { durationMinutes: 90 } }).expect(200);
      expect(summary(changed.body.occurrences)).toEqual([
        '2027-03-08T10:00:00-05:00 2027-03-08T11:30:00-05:00 confirmed',
        '2027-03-22T10:00:00-04:00 2027-03-22T11:00:00-04:00 cancelled',
      ]);
    });

    it('keeps a moved occurrence on its moved date, with the new length', async () => {
      const resourceId = await room();
      const created = await weekly(resourceId, '2027-04-05T10:00', 3).expect(201);
      await patch(memberA, created.body.id, {
        scope: 'one',
        occurrenceId: created.body.occurrences[1].id,
        changes: { start: '2027-04-14T15:00' },
      }).expect(200);
      const changed = await patch(memberA, created.body.id, { scope: 'all', changes: { durationMinutes: 90 } }).expect(200);
      expect(summary(changed.body.occurrences)).toEqual([
        '2027-04-05T10:00:00-04:00 2027-04-05T11:30:00-04:00 confirmed',
        '2027-04-14T15:00:00-04:00 2027-04-14T16:30:00-04:00 confirmed',
        '2027-04-19T10:00:00-04:00 2027-04-19T11:30:00-04:00 confirmed',
      ]);
    });

    it('keeps cancelled occurrences cancelled when changing this and the following ones', async () => {
      const resourceId = await room();
      const created = await weekly(resourceId, '2027-05-03T10:00', 4).expect(201);
      const [, second, third] = created.body.occurrences;
      await cancel(memberA, created.body.id, { scope: 'one', occurrenceId: third.id }).expect(200);
      const changed = await patch(memberA, created.body.id, {
        scope: 'following',
        occurrenceId: second.id,
        changes: { durationMinutes: 90 },
      }).expect(200);
      expect(summary(changed.body.occurrences)).toEqual([
        '2027-05-10T10:00:00-04:00 2027-05-10T11:30:00-04:00 confirmed',
        '2027-05-17T10:00:00-04:00 2027-05-17T11:00:00-04:00 cancelled',
        '2027-05-24T10:00:00-04:00 2027-05-24T11:30:00-04:00 confirmed',
      ]);
      expect(summary(await occurrencesOf(created.body.id))).toEqual([
        '2027-05-03T10:00:00-04:00 2027-05-03T11:00:00-04:00 confirmed',
      ]);
    });
  });

  describe('approvals', () => {
    it("lists for the pooled employee the requests that wait for them, not their own organisation's", async () => {
      const { resourceId, employee } = await accountant();
      const fromB = await book(memberB, {
        resourceId,
        title: 'Subvention',
        start: '2027-06-01T09:00',
        durationMinutes: 60,
      }).expect(201);
      const queue = await t.newAgent().get('/api/bookings/approvals').set('Cookie', employee).expect(200);
      expect(queue.body.map((o: { seriesId: string }) => o.seriesId)).toEqual([fromB.body.id]);
    });

    it('reads "now" from the clock: a request still ahead by the clock waits in the queue', async () => {
      const resourceId = await room({ approval_required: true });
      const soon = await book(memberA, { resourceId, title: 'Bientôt', start: '2026-11-18T10:00', durationMinutes: 60 }).expect(
        201,
      );
      const queue = await t.newAgent().get('/api/bookings/approvals').set('Cookie', coordinator).expect(200);
      expect(queue.body.map((o: { seriesId: string }) => o.seriesId)).toContain(soon.body.id);
      expect((await t.newAgent().get(`/api/bookings/${soon.body.id}`).set('Cookie', memberA)).body.status).toBe('pending');
    });

    it('keeps the notes as they were given, and null when none were', async () => {
      const { resourceId, employee } = await accountant();
      const without = await book(memberB, { resourceId, title: 'x', start: '2027-06-02T09:00', durationMinutes: 60 }).expect(201);
      expect(without.body.notes).toBeNull();
      const withNotes = await book(memberB, {
        resourceId,
        title: 'y',
        notes: 'Apporter les factures',
        start: '2027-06-03T09:00',
        durationMinutes: 60,
      }).expect(201);
      expect(withNotes.body.notes).toBe('Apporter les factures');
      expect((await approve(employee, without.body.id)).body.notes).toBeNull();
      expect((await approve(employee, withNotes.body.id)).body.notes).toBe('Apporter les factures');
    });
  });
});
