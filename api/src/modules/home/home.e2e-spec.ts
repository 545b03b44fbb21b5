import type { HomeView } from '@mutualis/contracts';
import { createTestApp, type TestApp } from '../../../test/test-app';

/**
 * « Accueil » per persona, against a fixed clock (TEST_NOW = Monday 16 November 2026, 9 h in
 * Montréal): each count is what that person has to do, and nobody else's.
 */
describe('GET /api/home', () => {
  let t: TestApp;
  let networkId: string;
  let orgA: string;
  let orgB: string;
  let staffId: string;
  let roomId: string;
  const cookies = {} as Record<'coordinator' | 'adminA' | 'memberA' | 'memberB' | 'employee' | 'outsider', string>;

  async function occurrence(
    resourceId: string,
    organisationId: string,
    startsAt: string,
    minutes: number,
    status: 'pending' | 'confirmed',
    options: { title?: string; private?: boolean; seriesId?: string } = {},
  ): Promise<string> {
    let seriesId = options.seriesId;
    if (!seriesId) {
      [{ id: seriesId }] = await t.dataSource.query(
        `INSERT INTO booking_series (resource_id, organisation_id, title, private, start_local, time_zone, duration_minutes)
         VALUES ($1, $2, $3, $4, ($5::timestamptz AT TIME ZONE 'America/Toronto'), 'America/Toronto', $6) RETURNING id`,
        [resourceId, organisationId, options.title ?? 'Réunion', options.private ?? false, startsAt, minutes],
      );
    }
    const ends = new Date(Date.parse(startsAt) + minutes * 60_000).toISOString();
    await t.dataSource.query(
      `INSERT INTO booking_occurrence (series_id, resource_id, organisation_id, starts_at, ends_at, period, status)
       VALUES ($1, $2, $3, $4, $5, tstzrange($4, $5), $6)`,
      [seriesId, resourceId, organisationId, startsAt, ends, status],
    );
    return seriesId as string;
  }

  async function entry(organisationId: string, workDate: string, minutes: number, status: string): Promise<void> {
    await t.dataSource.query(
      `INSERT INTO timesheet_entry (resource_id, organisation_id, work_date, minutes, status) VALUES ($1, $2, $3, $4, $5)`,
      [staffId, organisationId, workDate, minutes, status],
    );
  }

  async function home(who: keyof typeof cookies): Promise<HomeView> {
    const res = await t.newAgent().get('/api/home').set('Cookie', cookies[who]).expect(200);
    return res.body;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.factory;
    networkId = (await f.network()).id;
    orgA = (await f.organisation(networkId, 'A — Maison de la famille')).id;
    orgB = (await f.organisation(networkId, 'B — Centre culturel')).id;
    const otherNetwork = (await f.network()).id;
    const otherOrg = (await f.organisation(otherNetwork)).id;
    const cookie = async (options: Parameters<typeof f.user>[0]) =>
      f.sessionCookie((await f.user({ password: null, ...options })).id);
    cookies.coordinator = await cookie({ coordinatorOf: [networkId] });
    cookies.adminA = await cookie({ memberOf: [[orgA, 'admin']] });
    cookies.memberA = await cookie({ memberOf: [[orgA, 'member']] });
    cookies.memberB = await cookie({ memberOf: [[orgB, 'member']] });
    cookies.outsider = await cookie({ memberOf: [[otherOrg, 'admin']], coordinatorOf: [otherNetwork] });
    const person = await f.user({ password: null });
    cookies.employee = await f.sessionCookie(person.id);
    staffId = (
      await t
        .newAgent()
        .post('/api/staff')
        .set('Cookie', cookies.coordinator)
        .send({
          networkId,
          name: 'Comptable partagée',
          userEmail: person.email,
          workingHours: [1, 2, 3, 4, 5].map((weekday) => ({ week: 'every', weekday, start: '08:00', end: '17:00' })),
        })
        .expect(201)
    ).body.id;
    await f.acceptStaffInvitation(staffId, person.id);
    const siteId = (await f.site(networkId)).id;
    roomId = (await f.space(networkId, siteId, { approval_required: true })).id;
    const otherRoom = (await f.space(otherNetwork, (await f.site(otherNetwork)).id, { approval_required: true })).id;

    // Approvals: one pending room booking ahead counts; one in the past and one of another network do not.
    await occurrence(roomId, orgB, '2026-11-20T15:00:00Z', 60, 'pending');
    await occurrence(roomId, orgB, '2026-11-10T15:00:00Z', 60, 'pending');
    await occurrence(otherRoom, otherOrg, '2026-11-20T15:00:00Z', 60, 'pending');
    // Requests for the employee: one series with two pending occurrences.
    const request = await occurrence(staffId, orgA, '2026-11-18T15:00:00Z', 60, 'pending', { title: 'Paie' });
    await occurrence(staffId, orgA, '2026-11-25T15:00:00Z', 60, 'pending', { seriesId: request });
    // Worked time: October booked for the carry-over; in November one day with no entry yet, one this week.
    await occurrence(staffId, orgA, '2026-10-14T14:00:00Z', 120, 'confirmed');
    await occurrence(staffId, orgA, '2026-11-11T15:00:00Z', 60, 'confirmed');
    await occurrence(staffId, orgA, '2026-11-16T15:00:00Z', 60, 'confirmed', { title: 'Tenue de livres' });
    await occurrence(staffId, orgB, '2026-11-19T15:00:00Z', 60, 'confirmed', { title: 'Dossier confidentiel', private: true });
    // A's room bookings, one a day this week and next: the five soonest are listed.
    for (let day = 17; day <= 23; day += 1) await occurrence(roomId, orgA, `2026-11-${day}T18:00:00Z`, 60, 'confirmed');
    await occurrence(roomId, orgA, '2026-11-12T18:00:00Z', 60, 'confirmed');

    await entry(orgA, '2026-11-03', 60, 'draft'); // week of 2 November: to submit
    await entry(orgA, '2026-08-03', 60, 'draft'); // too old to be "now"
    await entry(orgA, '2026-11-05', 90, 'confirmed');
    await entry(orgA, '2026-10-27', 60, 'submitted'); // one week to confirm for A…
    await entry(orgA, '2026-10-28', 60, 'submitted');
    await entry(orgB, '2026-10-27', 60, 'submitted'); // …and one for B
    await entry(orgA, '2026-10-20', 60, 'disputed');

    await f.invitation(orgA);
    const expired = await f.invitation(orgA);
    await t.dataSource.query(`UPDATE invitation SET expires_at = '2026-11-01' WHERE id = $1`, [expired.id]);

    await t.dataSource.query(
      `INSERT INTO agreement (organisation_id, resource_id, minutes_per_period, period_unit, rollover, starts_on)
       VALUES ($1, $2, 600, 'month', 'next', '2026-01-01')`,
      [orgA, staffId],
    );
    const [pool] = await t.dataSource.query(
      `INSERT INTO cost_pool (network_id, name, allocation_key) VALUES ($1, 'Loyer', '{"kind": "equal_split"}') RETURNING id`,
      [networkId],
    );
    await t.dataSource.query(
      `INSERT INTO cost_pool_amount (pool_id, period, amount_cents) VALUES ($1, daterange('2026-11-01', '2026-12-01'), 100000)`,
      [pool.id],
    );
    // August is closed; October (timesheets) is not.
    await t.dataSource.query(
      `INSERT INTO accounting_period (network_id, period, snapshot) VALUES ($1, daterange('2026-08-01', '2026-09-01'), '{}')`,
      [networkId],
    );
  });
  afterAll(() => t.close());

  it('asks a signed-out visitor to sign in', async () => {
    await t.newAgent().get('/api/home').expect(401);
  });

  it("shows the coordinator the approvals waiting, the network's disputes and the months to close", async () => {
    const view = await home('coordinator');
    expect(view.now).toBe('2026-11-16T14:00:00.000Z');
    // The room's future pending booking and the employee's two pending occurrences (coordinators approve both).
    expect(view.counts).toEqual({
      approvalsWaiting: 3,
      hourRequestsWaiting: 0,
      timesheetsToSubmit: 0,
      timesheetsToConfirm: 0,
      disputes: 1,
      invitationsPending: 0,
      periodsToClose: 1,
    });
    // The count is what the approvals page lists.
    const queue = await t.newAgent().get('/api/bookings/approvals').set('Cookie', cookies.coordinator).expect(200);
    expect(queue.body).toHaveLength(view.counts.approvalsWaiting);
    expect(view.nextBookings).toEqual([]);
    expect(view.owedThisMonth).toEqual([]);
  });

  it('shows the pooled employee the requests for their time, the weeks to submit, their disputes and their schedule', async () => {
    const view = await home('employee');
    // Weeks to submit: 12 October and 9 November (booked, no time entered), 2 November (a draft).
    expect(view.counts).toEqual(
      expect.objectContaining({
        approvalsWaiting: 0,
        hourRequestsWaiting: 1,
        timesheetsToSubmit: 3,
        disputes: 1,
        periodsToClose: 0,
      }),
    );
    expect(view.nextBookings.map((b) => [b.start, b.title, b.status])).toEqual([
      ['2026-11-16T15:00:00.000Z', 'Tenue de livres', 'confirmed'],
      ['2026-11-18T15:00:00.000Z', 'Paie', 'pending'],
      ['2026-11-19T15:00:00.000Z', null, 'confirmed'],
      ['2026-11-25T15:00:00.000Z', 'Paie', 'pending'],
    ]);
    expect(view.nextBookings[2]).toEqual(
      expect.objectContaining({ resourceId: staffId, organisationId: orgB, resourceType: 'staff' }),
    );
  });

  it("shows an organisation's admin the weeks to confirm, disputes and pending invitations of their organisation only", async () => {
    const view = await home('adminA');
    expect(view.counts).toEqual({
      approvalsWaiting: 0,
      hourRequestsWaiting: 0,
      timesheetsToSubmit: 0,
      timesheetsToConfirm: 1,
      disputes: 1,
      invitationsPending: 1,
      periodsToClose: 0,
    });
  });

  it("shows a member their organisation's next five bookings, its hour bank and what it owes this month", async () => {
    const view = await home('memberA');
    expect(Object.values(view.counts).every((count) => count === 0)).toBe(true);
    expect(view.nextBookings).toHaveLength(5);
    expect(view.nextBookings.map((b) => b.start)).toEqual([
      '2026-11-16T15:00:00.000Z',
      '2026-11-17T18:00:00.000Z',
      '2026-11-18T15:00:00.000Z',
      '2026-11-18T18:00:00.000Z',
      '2026-11-19T18:00:00.000Z',
    ]);
    expect(view.nextBookings.every((b) => b.organisationId === orgA)).toBe(true);
    // 600 allotted + 480 unused in October; booked in November: 60 + 60 + 2 × 60 pending; worked 90.
    expect(view.hourBanks).toEqual([
      expect.objectContaining({
        resourceId: staffId,
        organisationId: orgA,
        period: { unit: 'month', start: '2026-11-01', end: '2026-12-01' },
        allottedMinutes: 600,
        carriedOverMinutes: 480,
        bookedMinutes: 240,
        workedMinutes: 90,
        remainingMinutes: 840,
      }),
    ]);
    expect(view.owedThisMonth).toEqual([
      {
        organisationId: orgA,
        organisationName: 'A — Maison de la famille',
        networkId,
        from: '2026-11-01',
        to: '2026-12-01',
        amountCents: 50_000,
      },
    ]);
  });

  it("never shows a member another organisation's to-dos or bookings", async () => {
    const view = await home('memberB');
    expect(Object.values(view.counts).every((count) => count === 0)).toBe(true);
    expect(view.nextBookings.every((b) => b.organisationId === orgB)).toBe(true);
    expect(view.hourBanks).toEqual([]);
    expect(view.owedThisMonth).toEqual([expect.objectContaining({ organisationId: orgB, amountCents: 50_000 })]);
  });

  it('shows someone of another network nothing of this one', async () => {
    const view = await home('outsider');
    // Their own organisation's pending booking is not theirs to approve: the approvals queue leaves it out, so does the count.
    expect(view.counts.approvalsWaiting).toBe(0);
    const queue = await t.newAgent().get('/api/bookings/approvals').set('Cookie', cookies.outsider).expect(200);
    expect(queue.body).toHaveLength(view.counts.approvalsWaiting);
    expect(view.counts.disputes).toBe(0);
    expect(view.nextBookings.every((b) => b.resourceId !== roomId && b.resourceId !== staffId)).toBe(true);
    expect(view.owedThisMonth.every((o) => o.networkId !== networkId)).toBe(true);
  });

  it('follows the clock: a week later, the first bookings have passed', async () => {
    t.clock.set(new Date('2026-11-23T14:00:00Z'));
    try {
      const view = await home('memberA');
      expect(view.nextBookings.map((b) => b.start)).toEqual(['2026-11-23T18:00:00.000Z', '2026-11-25T15:00:00.000Z']);
      expect(view.counts.timesheetsToSubmit).toBe(0);
    } finally {
      t.clock.set(new Date('2026-11-16T14:00:00Z'));
    }
  });
});
