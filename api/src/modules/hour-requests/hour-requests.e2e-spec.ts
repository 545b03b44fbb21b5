import { createTestApp, type TestApp } from '../../../test/test-app';

describe('flexible hour requests', () => {
  let t: TestApp;
  let networkId: string;
  let famille: string;
  let memberFamille: string;
  let coordinator: string;
  let employee: string;
  let resourceId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.factory;
    networkId = (await f.network()).id;
    famille = (await f.organisation(networkId, 'Maison de la famille')).id;
    memberFamille = await f.sessionCookie((await f.user({ memberOf: [[famille, 'member']], password: null })).id);
    coordinator = await f.sessionCookie((await f.user({ coordinatorOf: [networkId], password: null })).id);
    const employeeUser = await f.user({ password: null });
    employee = await f.sessionCookie(employeeUser.id);
    const staff = await t
      .newAgent()
      .post('/api/staff')
      .set('Cookie', coordinator)
      .send({
        networkId,
        name: 'Comptable partagée',
        jobTitle: 'Comptable',
        carrierOrganisationId: famille,
        hourlyCostCents: 4800,
        userEmail: employeeUser.email,
        workingHours: [1, 2, 3, 4, 5].map((weekday) => ({ week: 'every', weekday, start: '08:00', end: '17:00' })),
      })
      .expect(201);
    resourceId = staff.body.id;
    await f.acceptStaffInvitation(resourceId, employeeUser.id);
  });
  afterAll(() => t.close());

  const requestHours = (minutes: number, from: string, to: string) =>
    t
      .newAgent()
      .post('/api/hour-requests')
      .set('Cookie', memberFamille)
      .send({ resourceId, title: 'Rapport', minutes, from, to })
      .expect(201)
      .then((res) => res.body.id as string);
  const schedule = (id: string, start: string, durationMinutes: number) =>
    t.newAgent().post(`/api/hour-requests/${id}/schedule`).set('Cookie', employee).send({ start, durationMinutes });

  it('schedules one slot at a time when the employee books several at once: the first covers the request', async () => {
    const id = await requestHours(120, '2027-03-01', '2027-03-31');
    const days = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-08', '2027-03-09', '2027-03-10'];
    const results = await Promise.all(days.map((day) => schedule(id, `${day}T09:00`, 120)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status !== 201).every((r) => r.status === 409 && r.body.code === 'INVALID_STATE')).toBe(true);
    const booked = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM booking_series s JOIN booking_occurrence o ON o.series_id = s.id WHERE s.hour_request_id = $1`,
      [id],
    );
    expect(booked[0].n).toBe(1);
  });

  it('writes the scheduling into the audit trail with the booking, in one transaction', async () => {
    const id = await requestHours(60, '2027-04-01', '2027-04-30');
    const booked = await schedule(id, '2027-04-06T09:00', 60).expect(201);
    const audit = await t.dataSource.query(
      `SELECT action, after FROM audit_event WHERE entity = 'hour_request' AND entity_id = $1 ORDER BY at`,
      [id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'schedule']);
    expect(audit[1].after).toMatchObject({ seriesId: booked.body.id, status: 'scheduled' });
  });

  it('leaves nothing behind when the slot breaks a rule', async () => {
    const id = await requestHours(60, '2027-05-01', '2027-05-31');
    const refused = await schedule(id, '2027-05-08T09:00', 60).expect(422);
    expect(refused.body.code).toBe('OUTSIDE_WORKING_HOURS');
    const audit = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'schedule'`,
      [id],
    );
    expect(audit[0].n).toBe(0);
  });
});
