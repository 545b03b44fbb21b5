import { createTestApp, type TestApp } from '../../../test/test-app';

describe('pooled staff: requests, rules and hour bank', () => {
  let t: TestApp;
  let networkId: string;
  let famille: string;
  let culture: string;
  let memberFamille: string;
  let memberCulture: string;
  let coordinator: string;
  let employeeCookie: string;
  let employeeEmail: string;

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.factory;
    networkId = (await f.network()).id;
    famille = (await f.organisation(networkId, 'Maison de la famille')).id;
    culture = (await f.organisation(networkId, 'Centre culturel')).id;
    memberFamille = await f.sessionCookie((await f.user({ memberOf: [[famille, 'member']], password: null })).id);
    memberCulture = await f.sessionCookie((await f.user({ memberOf: [[culture, 'member']], password: null })).id);
    coordinator = await f.sessionCookie((await f.user({ coordinatorOf: [networkId], password: null })).id);
    const employee = await f.user();
    employeeEmail = employee.email;
    employeeCookie = await f.sessionCookie(employee.id);
  });
  afterAll(() => t.close());

  /** The shared accountant: Monday–Thursday 08:30–16:30, at most 7 h a day, 12 h a month for famille (refuse), 8 h for culture (warn). */
  async function accountant(extra: object = {}): Promise<string> {
    const res = await t
      .newAgent()
      .post('/api/staff')
      .set('Cookie', coordinator)
      .send({
        networkId,
        name: `Comptable ${Math.random().toString(36).slice(2, 7)}`,
        jobTitle: 'Comptable',
        carrierOrganisationId: famille,
        hourlyCostCents: 4800,
        maxMinutesPerDay: 420,
        workingHours: [1, 2, 3, 4].map((weekday) => ({ week: 'every', weekday, start: '08:30', end: '16:30' })),
        ...extra,
      })
      .expect(201);
    const id = res.body.id;
    if (res.body.invitation) await accept(res.body.invitation.acceptUrl);
    for (const [organisationId, minutes, overQuota] of [
      [famille, 720, 'refuse'],
      [culture, 480, 'warn'],
    ] as const) {
      await t
        .newAgent()
        .post('/api/agreements')
        .set('Cookie', coordinator)
        .send({
          organisationId,
          resourceId: id,
          minutesPerPeriod: minutes,
          periodUnit: 'month',
          startsOn: '2026-01-01',
          overQuota,
        })
        .expect(201);
    }
    return id;
  }

  /** The invited person accepts with their account's password (the factory's default). */
  async function accept(acceptUrl: string, password = 'correct horse battery') {
    const token = acceptUrl.replace('/invitation/', '');
    return t.newAgent().post(`/api/auth/invitations/${token}/accept`).send({ password }).expect(201);
  }

  const request = (cookie: string, body: object) => t.newAgent().post('/api/bookings').set('Cookie', cookie).send(body);

  it('accepts a request exactly at quota and refuses one minute over with the quota in details', async () => {
    const resourceId = await accountant();
    // 12 h in February 2027: 4 × 3 h on Tuesdays.
    await request(memberFamille, {
      resourceId,
      title: 'Tenue de livres',
      start: '2027-02-02T09:00',
      durationMinutes: 180,
      rrule: 'FREQ=WEEKLY;COUNT=4',
    }).expect(201);
    const over = await request(memberFamille, {
      resourceId,
      title: 'Une minute de trop',
      start: '2027-02-25T09:00',
      durationMinutes: 15,
    }).expect(422);
    expect(over.body).toMatchObject({
      code: 'QUOTA_EXCEEDED',
      details: {
        period: { unit: 'month', start: '2027-02-01', end: '2027-03-01' },
        allottedMinutes: 720,
        usedMinutes: 720,
        requestedMinutes: 15,
      },
    });
  });

  it('creates an over-quota request with a visible warning under a warn agreement', async () => {
    const resourceId = await accountant();
    const res = await request(memberCulture, {
      resourceId,
      title: 'Rapport annuel',
      start: '2027-03-01T09:00',
      durationMinutes: 420,
      rrule: 'FREQ=DAILY;COUNT=2',
    }).expect(201);
    expect(res.body.warnings).toEqual([
      expect.objectContaining({ code: 'QUOTA_EXCEEDED', allottedMinutes: 480, requestedMinutes: 840 }),
    ]);
  });

  it('refuses time outside working hours, on leave, over the daily cap', async () => {
    const resourceId = await accountant({ userEmail: employeeEmail });
    const friday = await request(memberFamille, {
      resourceId,
      title: 'x',
      start: '2027-01-08T10:00',
      durationMinutes: 60,
    }).expect(422);
    expect(friday.body.code).toBe('OUTSIDE_WORKING_HOURS');
    const evening = await request(memberFamille, {
      resourceId,
      title: 'x',
      start: '2027-01-07T16:00',
      durationMinutes: 60,
    }).expect(422);
    expect(evening.body.code).toBe('OUTSIDE_WORKING_HOURS');

    await t
      .newAgent()
      .post(`/api/staff/${resourceId}/leave`)
      .set('Cookie', employeeCookie)
      .send({ kind: 'vacation', start: '2027-01-11T00:00:00-05:00', end: '2027-01-16T00:00:00-05:00' })
      .expect(201);
    const onLeave = await request(memberCulture, {
      resourceId,
      title: 'x',
      start: '2027-01-05T10:00',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;COUNT=3',
    }).expect(422);
    expect(onLeave.body).toMatchObject({
      code: 'ON_LEAVE',
      details: { occurrences: [{ start: '2027-01-12T10:00:00-05:00', kind: 'vacation' }] },
    });

    await request(memberFamille, { resourceId, title: 'Matin', start: '2027-01-18T08:30', durationMinutes: 240 }).expect(201);
    const cap = await request(memberCulture, {
      resourceId,
      title: 'Après-midi',
      start: '2027-01-18T12:30',
      durationMinutes: 240,
    }).expect(422);
    expect(cap.body).toMatchObject({
      code: 'STAFF_CAP_EXCEEDED',
      details: { caps: [{ scope: 'day', date: '2027-01-18', limitMinutes: 420, totalMinutes: 480 }] },
    });
  });

  it('flags occurrences inside new leave for rescheduling without deleting them', async () => {
    const resourceId = await accountant({ userEmail: undefined });
    await request(memberFamille, { resourceId, title: 'Paie', start: '2027-04-06T09:00', durationMinutes: 60 }).expect(201);
    const leave = await t
      .newAgent()
      .post(`/api/staff/${resourceId}/leave`)
      .set('Cookie', coordinator)
      .send({ kind: 'sick', start: '2027-04-06T00:00:00-04:00', end: '2027-04-07T00:00:00-04:00' })
      .expect(201);
    expect(leave.body.flaggedOccurrences).toBe(1);
    const rows = await t.dataSource.query(`SELECT status, needs_reschedule FROM booking_occurrence WHERE resource_id = $1`, [
      resourceId,
    ]);
    expect(rows).toEqual([{ status: 'pending', needs_reschedule: true }]);
  });

  it('keeps a request pending until the employee approves it; the requesting organisation cannot approve its own', async () => {
    const employee = await t.factory.user({ memberOf: [[famille, 'member']] });
    const employeeInFamille = await t.factory.sessionCookie(employee.id);
    const resourceId = await accountant({ userEmail: employee.email });
    const famillesRequest = await request(memberFamille, {
      resourceId,
      title: 'Budget',
      start: '2027-05-04T09:00',
      durationMinutes: 120,
    }).expect(201);
    expect(famillesRequest.body.occurrences[0].status).toBe('pending');
    await t
      .newAgent()
      .post(`/api/bookings/${famillesRequest.body.id}/approve`)
      .set('Cookie', employeeInFamille)
      .send({})
      .expect(403);
    const culturesRequest = await request(memberCulture, {
      resourceId,
      title: 'Subvention',
      start: '2027-05-05T09:00',
      durationMinutes: 120,
    }).expect(201);
    const approved = await t
      .newAgent()
      .post(`/api/bookings/${culturesRequest.body.id}/approve`)
      .set('Cookie', employeeInFamille)
      .send({})
      .expect(200);
    expect(approved.body.occurrences[0].status).toBe('confirmed');
    await t.newAgent().post(`/api/bookings/${famillesRequest.body.id}/approve`).set('Cookie', coordinator).send({}).expect(200);
  });

  it('shows free/busy without titles to other organisations, and free slots', async () => {
    const resourceId = await accountant();
    await request(memberFamille, { resourceId, title: 'Secret', start: '2027-06-01T09:00', durationMinutes: 60 }).expect(201);
    const res = await t
      .newAgent()
      .get(`/api/staff/${resourceId}/availability`)
      .query({ from: '2027-06-01T00:00:00-04:00', to: '2027-06-02T00:00:00-04:00', durationMinutes: 60 })
      .set('Cookie', memberCulture)
      .expect(200);
    expect(res.body.busy).toEqual([{ start: '2027-06-01T09:00:00-04:00', end: '2027-06-01T10:00:00-04:00' }]);
    expect(JSON.stringify(res.body)).not.toContain('Secret');
    // 08:30, 09:00 and 09:30 would overlap the 09:00–10:00 request: the first free hour starts at 10:00.
    expect(res.body.freeSlots[0]).toEqual({ start: '2027-06-01T10:00:00-04:00', end: '2027-06-01T11:00:00-04:00' });
    expect(res.body.freeSlots.at(-1)).toEqual({ start: '2027-06-01T15:30:00-04:00', end: '2027-06-01T16:30:00-04:00' });
  });

  it('reports the hour bank per month: allotted, booked and remaining', async () => {
    const resourceId = await accountant();
    await request(memberFamille, {
      resourceId,
      title: 'Paie',
      start: '2027-07-06T09:00',
      durationMinutes: 120,
      rrule: 'FREQ=WEEKLY;COUNT=2',
    }).expect(201);
    const bank = await t
      .newAgent()
      .get('/api/hour-bank')
      .query({ resourceId, organisationId: famille, from: '2027-07-01', to: '2027-09-01' })
      .set('Cookie', memberFamille)
      .expect(200);
    expect(bank.body.lines).toEqual([
      expect.objectContaining({
        period: { unit: 'month', start: '2027-07-01', end: '2027-08-01' },
        allottedMinutes: 720,
        bookedMinutes: 240,
        remainingMinutes: 480,
      }),
      expect.objectContaining({
        period: { unit: 'month', start: '2027-08-01', end: '2027-09-01' },
        allottedMinutes: 720,
        bookedMinutes: 0,
        remainingMinutes: 720,
      }),
    ]);
    await t
      .newAgent()
      .get('/api/hour-bank')
      .query({ resourceId, organisationId: famille, from: '2027-07-01', to: '2027-09-01' })
      .set('Cookie', memberCulture)
      .expect(404);
  });

  describe('changing a staff member (PATCH /api/staff/:id)', () => {
    const patch = (resourceId: string, body: object) =>
      t.newAgent().patch(`/api/staff/${resourceId}`).set('Cookie', coordinator).send(body);
    const filled = {
      maxMinutesPerWeek: 2100,
      alternatingWeeksAnchor: '2027-01-04',
    };

    it('keeps every field the change leaves out', async () => {
      const resourceId = await accountant(filled);
      const res = await patch(resourceId, { jobTitle: 'Comptable principale' }).expect(200);
      expect(res.body).toMatchObject({
        jobTitle: 'Comptable principale',
        hourlyCostCents: 4800,
        maxMinutesPerDay: 420,
        maxMinutesPerWeek: 2100,
        carrierOrganisationId: famille,
        alternatingWeeksAnchor: '2027-01-04',
        holidaysOff: true,
      });
      expect(res.body.workingHours).toHaveLength(4);
    });

    it('clears the cost, the caps, the carrier and the anchor sent as null', async () => {
      const resourceId = await accountant(filled);
      const res = await patch(resourceId, {
        hourlyCostCents: null,
        maxMinutesPerDay: null,
        maxMinutesPerWeek: null,
        carrierOrganisationId: null,
        alternatingWeeksAnchor: null,
      }).expect(200);
      expect(res.body).toMatchObject({
        name: expect.stringMatching(/^Comptable /),
        jobTitle: 'Comptable',
        hourlyCostCents: null,
        maxMinutesPerDay: null,
        maxMinutesPerWeek: null,
        carrierOrganisationId: null,
        alternatingWeeksAnchor: null,
      });
      const reread = await t.newAgent().get(`/api/staff/${resourceId}`).set('Cookie', coordinator).expect(200);
      expect(reread.body).toEqual(res.body);
    });

    it('lets a full working day be booked once the daily cap is cleared', async () => {
      const resourceId = await accountant();
      const fullDay = { resourceId, title: 'Fin d’année', start: '2027-10-05T08:30', durationMinutes: 480 };
      expect((await request(memberFamille, fullDay).expect(422)).body.code).toBe('STAFF_CAP_EXCEEDED');
      await patch(resourceId, { maxMinutesPerDay: null }).expect(200);
      await request(memberFamille, fullDay).expect(201);
    });

    it.each([
      ['maxMinutesPerDay', 0],
      ['maxMinutesPerWeek', 'beaucoup'],
      ['hourlyCostCents', -1],
      ['carrierOrganisationId', 'pas-un-identifiant'],
      ['alternatingWeeksAnchor', '4 janvier'],
    ])('refuses %s = %p with VALIDATION_FAILED and changes nothing', async (field, value) => {
      const resourceId = await accountant(filled);
      const res = await patch(resourceId, { [field]: value, jobTitle: 'Autre' }).expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [expect.objectContaining({ field })] } });
      const reread = await t.newAgent().get(`/api/staff/${resourceId}`).set('Cookie', coordinator).expect(200);
      expect(reread.body).toMatchObject({ jobTitle: 'Comptable', maxMinutesPerDay: 420, ...filled });
    });
  });

  it('lists occurrences flagged by leave and the time an approver proposed', async () => {
    const resourceId = await accountant();
    await request(memberFamille, { resourceId, title: 'Paie', start: '2027-08-03T09:00', durationMinutes: 60 }).expect(201);
    const budget = await request(memberFamille, {
      resourceId,
      title: 'Budget',
      start: '2027-08-04T09:00',
      durationMinutes: 60,
    }).expect(201);
    await t
      .newAgent()
      .post(`/api/staff/${resourceId}/leave`)
      .set('Cookie', coordinator)
      .send({ kind: 'sick', start: '2027-08-03T00:00:00-04:00', end: '2027-08-04T00:00:00-04:00' })
      .expect(201);
    await t
      .newAgent()
      .post(`/api/bookings/${budget.body.id}/propose`)
      .set('Cookie', coordinator)
      .send({ occurrenceId: budget.body.occurrences[0].id, start: '2027-08-05T10:00' })
      .expect(200);
    const list = await t
      .newAgent()
      .get('/api/bookings')
      .query({ resourceId, from: '2027-08-02T00:00:00-04:00', to: '2027-08-07T00:00:00-04:00' })
      .set('Cookie', memberFamille)
      .expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({
        title: 'Paie',
        start: '2027-08-03T09:00:00-04:00',
        needsReschedule: true,
        proposedStart: null,
        proposedEnd: null,
      }),
      expect.objectContaining({
        title: 'Budget',
        start: '2027-08-04T09:00:00-04:00',
        needsReschedule: false,
        proposedStart: '2027-08-05T10:00:00-04:00',
        proposedEnd: '2027-08-05T11:00:00-04:00',
      }),
    ]);
  });

  it('refuses overlapping agreements for one organisation and resource', async () => {
    const resourceId = await accountant();
    const res = await t
      .newAgent()
      .post('/api/agreements')
      .set('Cookie', coordinator)
      .send({ organisationId: famille, resourceId, minutesPerPeriod: 60, startsOn: '2026-06-01' })
      .expect(409);
    expect(res.body.code).toBe('CONFLICT');
  });

  describe('across networks', () => {
    let otherNetwork: string;
    let otherCoordinator: string;
    let elsewhere: { id: string; name: string };

    beforeAll(async () => {
      otherNetwork = (await t.factory.network()).id;
      otherCoordinator = await t.factory.sessionCookie(
        (await t.factory.user({ coordinatorOf: [otherNetwork], password: null })).id,
      );
      elsewhere = await t.factory.organisation(networkId, 'Organisation du premier réseau');
    });

    it('refuses an agreement between a resource of my network and an organisation of another (404, no name leaked)', async () => {
      const mine = await t.factory.staffMember(otherNetwork);
      const res = await t
        .newAgent()
        .post('/api/agreements')
        .set('Cookie', otherCoordinator)
        .send({ organisationId: elsewhere.id, resourceId: mine.id, minutesPerPeriod: 60, startsOn: '2026-06-01' })
        .expect(404);
      expect(res.body.code).toBe('NOT_FOUND');
      expect(JSON.stringify(res.body)).not.toContain(elsewhere.name);
      expect(await t.dataSource.query('SELECT 1 FROM agreement WHERE organisation_id = $1', [elsewhere.id])).toEqual([]);
    });

    it('refuses a carrier organisation of another network, on creation and on change (404)', async () => {
      const created = await t
        .newAgent()
        .post('/api/staff')
        .set('Cookie', otherCoordinator)
        .send({ networkId: otherNetwork, name: 'Agente', carrierOrganisationId: elsewhere.id })
        .expect(404);
      expect(created.body.code).toBe('NOT_FOUND');
      const mine = await t.factory.staffMember(otherNetwork);
      await t
        .newAgent()
        .patch(`/api/staff/${mine.id}`)
        .set('Cookie', otherCoordinator)
        .send({ carrierOrganisationId: elsewhere.id })
        .expect(404);
    });

    it('makes an existing account an employee only once its owner accepts the invitation', async () => {
      const person = await t.factory.user({ memberOf: [[elsewhere.id, 'member']] });
      const created = await t
        .newAgent()
        .post('/api/staff')
        .set('Cookie', otherCoordinator)
        .send({ networkId: otherNetwork, name: 'Animatrice', userEmail: person.email })
        .expect(201);
      expect(created.body).toMatchObject({ userId: null, invitation: { email: person.email } });
      expect(created.body.invitation.acceptUrl).toMatch(/^\/invitation\/inv_/);
      const [before] = await t.dataSource.query('SELECT staff_resource_id FROM app_user WHERE id = $1', [person.id]);
      expect(before.staff_resource_id).toBeNull();

      const token = created.body.invitation.acceptUrl.replace('/invitation/', '');
      const preview = await t.newAgent().get(`/api/auth/invitations/${token}`).expect(200);
      expect(preview.body).toMatchObject({ role: 'staff', staffName: 'Animatrice', existingAccount: true });
      await t.newAgent().post(`/api/auth/invitations/${token}/accept`).send({ password: 'wrong password' }).expect(401);
      await accept(created.body.invitation.acceptUrl);
      const linked = await t.newAgent().get(`/api/staff/${created.body.id}`).set('Cookie', otherCoordinator).expect(200);
      expect(linked.body.userId).toBe(person.id);
    });

    it('answers 409, not 500, when the account is already another employee’s', async () => {
      const person = await t.factory.user({ password: null });
      await t.factory.staffMember(networkId, { userId: person.id });
      const res = await t
        .newAgent()
        .post('/api/staff')
        .set('Cookie', otherCoordinator)
        .send({ networkId: otherNetwork, name: 'Doublon', userEmail: person.email })
        .expect(409);
      expect(res.body.code).toBe('CONFLICT');
    });
  });
});
