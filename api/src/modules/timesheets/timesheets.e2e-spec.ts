import { createTestApp, TEST_NOW, type TestApp } from '../../../test/test-app';

describe('timesheets, proposals and flexible requests', () => {
  let t: TestApp;
  let networkId: string;
  let famille: string;
  let adminFamille: string;
  let memberFamille: string;
  let coordinator: string;
  let employee: string;
  let resourceId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.factory;
    networkId = (await f.network()).id;
    famille = (await f.organisation(networkId, 'Maison de la famille')).id;
    adminFamille = await f.sessionCookie((await f.user({ memberOf: [[famille, 'admin']], password: null })).id);
    memberFamille = await f.sessionCookie((await f.user({ memberOf: [[famille, 'member']], password: null })).id);
    coordinator = await f.sessionCookie((await f.user({ coordinatorOf: [networkId], password: null })).id);
    const person = await f.user({ password: null });
    employee = await f.sessionCookie(person.id);
    resourceId = (await f.staffMember(networkId, { userId: person.id, name: 'Comptable' })).id;
  });
  afterEach(() => t.clock.set(TEST_NOW));
  afterAll(() => t.close());

  /** Hours are recorded once the day has happened: move the clock to that evening (Toronto). */
  const dayHasPassed = (day: string) => t.clock.set(new Date(`${day}T23:00:00Z`));

  it('prefills the week from confirmed requests; the employee submits, the admin confirms, a coordinator locks, and then nothing changes', async () => {
    const booking = await t
      .newAgent()
      .post('/api/bookings')
      .set('Cookie', memberFamille)
      .send({ resourceId, title: 'Paie', start: '2027-01-12T09:00', durationMinutes: 180 })
      .expect(201);
    await t.newAgent().post(`/api/bookings/${booking.body.id}/approve`).set('Cookie', employee).send({}).expect(200);
    dayHasPassed('2027-01-15');
    const week = await t
      .newAgent()
      .get('/api/timesheets')
      .query({ resourceId, from: '2027-01-11', to: '2027-01-18' })
      .set('Cookie', employee)
      .expect(200);
    expect(week.body).toEqual([
      expect.objectContaining({ id: null, workDate: '2027-01-12', minutes: 180, plannedMinutes: 180, status: 'suggested' }),
    ]);

    await t
      .newAgent()
      .put('/api/timesheets/entries')
      .set('Cookie', memberFamille)
      .send({ resourceId, organisationId: famille, workDate: '2027-01-12', minutes: 200 })
      .expect(403);
    await t
      .newAgent()
      .put('/api/timesheets/entries')
      .set('Cookie', employee)
      .send({ resourceId, organisationId: famille, workDate: '2027-01-12', minutes: 200, note: 'Fin de mois' })
      .expect(204);
    await t
      .newAgent()
      .post('/api/timesheets/submit')
      .set('Cookie', employee)
      .send({ resourceId, weekStart: '2027-01-11' })
      .expect(201);
    await t
      .newAgent()
      .post('/api/timesheets/confirm')
      .set('Cookie', memberFamille)
      .send({ resourceId, weekStart: '2027-01-11', organisationId: famille })
      .expect(403);
    await t
      .newAgent()
      .post('/api/timesheets/confirm')
      .set('Cookie', adminFamille)
      .send({ resourceId, weekStart: '2027-01-11', organisationId: famille })
      .expect(201);

    const bank = await t
      .newAgent()
      .get('/api/hour-bank')
      .query({ resourceId, organisationId: famille, from: '2027-01-01', to: '2027-02-01' })
      .set('Cookie', memberFamille)
      .expect(200);
    expect(bank.body.lines[0]).toMatchObject({ bookedMinutes: 180, workedMinutes: 200 });

    await t
      .newAgent()
      .post('/api/timesheets/lock')
      .set('Cookie', coordinator)
      .send({ resourceId, weekStart: '2027-01-11' })
      .expect(201);
    const locked = await t
      .newAgent()
      .put('/api/timesheets/entries')
      .set('Cookie', employee)
      .send({ resourceId, organisationId: famille, workDate: '2027-01-12', minutes: 1 });
    expect(locked.status).toBe(409);
    await expect(
      t.dataSource.query(`UPDATE timesheet_entry SET minutes = 1 WHERE resource_id = $1`, [resourceId]),
    ).rejects.toThrow(/locked/);
  });

  it('lets the organisation dispute a week, and the employee correct it', async () => {
    dayHasPassed('2027-02-05');
    await t
      .newAgent()
      .put('/api/timesheets/entries')
      .set('Cookie', employee)
      .send({ resourceId, organisationId: famille, workDate: '2027-02-02', minutes: 120 })
      .expect(204);
    await t
      .newAgent()
      .post('/api/timesheets/submit')
      .set('Cookie', employee)
      .send({ resourceId, weekStart: '2027-02-01' })
      .expect(201);
    await t
      .newAgent()
      .post('/api/timesheets/dispute')
      .set('Cookie', adminFamille)
      .send({ resourceId, weekStart: '2027-02-01', organisationId: famille, comment: 'Plutôt 90 min' })
      .expect(201);
    const disputed = await t
      .newAgent()
      .get('/api/timesheets')
      .query({ resourceId, from: '2027-02-01', to: '2027-02-08' })
      .set('Cookie', employee)
      .expect(200);
    expect(disputed.body[0]).toMatchObject({ status: 'disputed', disputeComment: 'Plutôt 90 min' });
    await t
      .newAgent()
      .put('/api/timesheets/entries')
      .set('Cookie', employee)
      .send({ resourceId, organisationId: famille, workDate: '2027-02-02', minutes: 90 })
      .expect(204);
  });

  it('lets the employee propose another time, and the requester accept it', async () => {
    const booking = await t
      .newAgent()
      .post('/api/bookings')
      .set('Cookie', memberFamille)
      .send({ resourceId, title: 'Budget', start: '2027-03-02T09:00', durationMinutes: 60 })
      .expect(201);
    const occurrenceId = booking.body.occurrences[0].id;
    await t
      .newAgent()
      .post(`/api/bookings/${booking.body.id}/propose`)
      .set('Cookie', employee)
      .send({ occurrenceId, start: '2027-03-03T14:00' })
      .expect(200);
    const accepted = await t
      .newAgent()
      .post(`/api/bookings/${booking.body.id}/accept-proposal`)
      .set('Cookie', memberFamille)
      .send({ occurrenceId })
      .expect(200);
    expect(accepted.body.occurrences[0]).toMatchObject({ start: '2027-03-03T14:00:00-05:00', status: 'confirmed' });
  });

  it('turns « 3 h in March » into time the employee schedules inside the window', async () => {
    const request = await t
      .newAgent()
      .post('/api/hour-requests')
      .set('Cookie', memberFamille)
      .send({ resourceId, title: 'Rapport annuel', minutes: 180, from: '2027-04-01', to: '2027-04-30' })
      .expect(201);
    expect(request.body).toMatchObject({ status: 'open', scheduledMinutes: 0 });
    await t
      .newAgent()
      .post(`/api/hour-requests/${request.body.id}/schedule`)
      .set('Cookie', employee)
      .send({ start: '2027-05-04T09:00', durationMinutes: 60 })
      .expect(400);
    await t
      .newAgent()
      .post(`/api/hour-requests/${request.body.id}/schedule`)
      .set('Cookie', memberFamille)
      .send({ start: '2027-04-06T09:00', durationMinutes: 60 })
      .expect(403);
    const first = await t
      .newAgent()
      .post(`/api/hour-requests/${request.body.id}/schedule`)
      .set('Cookie', employee)
      .send({ start: '2027-04-06T09:00', durationMinutes: 120 })
      .expect(201);
    expect(first.body.occurrences[0].status).toBe('confirmed');
    await t
      .newAgent()
      .post(`/api/hour-requests/${request.body.id}/schedule`)
      .set('Cookie', employee)
      .send({ start: '2027-04-08T09:00', durationMinutes: 60 })
      .expect(201);
    const list = await t.newAgent().get('/api/hour-requests').query({ resourceId }).set('Cookie', memberFamille).expect(200);
    expect(list.body[0]).toMatchObject({ id: request.body.id, status: 'scheduled', scheduledMinutes: 180 });
  });

  it('refuses hours for a day that has not happened yet in the employee’s zone, and a week that has not begun', async () => {
    // 2026-11-16T14:00Z is 09:00 on Monday 16 in Toronto: the 16th has begun, the 17th has not.
    const future = await t
      .newAgent()
      .put('/api/timesheets/entries')
      .set('Cookie', employee)
      .send({ resourceId, organisationId: famille, workDate: '2026-11-17', minutes: 60 })
      .expect(422);
    expect(future.body).toMatchObject({ code: 'FUTURE_WORK_DATE', details: { day: '2026-11-17', today: '2026-11-16' } });
    await t
      .newAgent()
      .put('/api/timesheets/entries')
      .set('Cookie', employee)
      .send({ resourceId, organisationId: famille, workDate: '2026-11-16', minutes: 60 })
      .expect(204);
    const notBegun = await t
      .newAgent()
      .post('/api/timesheets/submit')
      .set('Cookie', employee)
      .send({ resourceId, weekStart: '2026-11-23' })
      .expect(422);
    expect(notBegun.body.code).toBe('FUTURE_WORK_DATE');
    // The current week is submitted up to today only: a draft written for later days (before this rule) stays a draft.
    await t.dataSource.query(
      `INSERT INTO timesheet_entry (resource_id, organisation_id, work_date, minutes) VALUES ($1, $2, '2026-11-18', 30)`,
      [resourceId, famille],
    );
    const submitted = await t
      .newAgent()
      .post('/api/timesheets/submit')
      .set('Cookie', employee)
      .send({ resourceId, weekStart: '2026-11-16' })
      .expect(201);
    expect(submitted.body).toEqual({ entries: 1 });
  });

  it('asks for the organisation when confirming or disputing a week (400 naming the field)', async () => {
    for (const path of ['/api/timesheets/confirm', '/api/timesheets/dispute']) {
      const response = await t
        .newAgent()
        .post(path)
        .set('Cookie', adminFamille)
        .send({ resourceId, weekStart: '2026-11-09', comment: 'Non' })
        .expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details.fields).toEqual([expect.objectContaining({ field: 'organisationId' })]);
    }
  });

  it('does not record hours for an organisation of another network (404)', async () => {
    const elsewhere = await t.factory.organisation((await t.factory.network()).id);
    const response = await t
      .newAgent()
      .put('/api/timesheets/entries')
      .set('Cookie', employee)
      .send({ resourceId, organisationId: elsewhere.id, workDate: '2026-11-16', minutes: 60 })
      .expect(404);
    expect(response.body.code).toBe('NOT_FOUND');
  });
});
