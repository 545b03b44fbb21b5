import type { INestApplication } from '@nestjs/common';
import sharp from 'sharp';
import { createTestApp, type TestApp } from '../../../test/test-app';

/**
 * Every endpoint × every kind of caller. The routes are read from the running router, so an
 * endpoint added without an entry here fails this test.
 */
const ROLES = ['anonymous', 'memberA', 'adminA', 'memberB', 'otherCoordinator', 'coordinator'] as const;
type Role = (typeof ROLES)[number];
const SIGNED_IN: Role[] = ['memberA', 'adminA', 'memberB', 'otherCoordinator', 'coordinator'];
const EVERYONE: Role[] = [...ROLES];
const DENIAL_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'];

interface World {
  t: TestApp;
  networkId: string;
  siteId: string;
  roomId: string;
  approvalRoomId: string;
  staffId: string;
  agreementId: string;
  nextDay: number;
  orgA: string;
  orgB: string;
  users: Record<Exclude<Role, 'anonymous'>, string>;
}

interface RouteCase {
  allow: Role[];
  /** Builds the request; may create fresh targets so that cases never disturb each other. */
  request(w: World, role: Role): Promise<{ path: string; body?: object; image?: Buffer }>;
}

/** A booking of member A's, each on its own day so that cases never conflict. */
const bookingOfA = async (w: World, resourceId = w.roomId): Promise<string> => {
  w.nextDay += 1;
  const day = new Date(Date.UTC(2027, 0, 1) + w.nextDay * 86_400_000).toISOString().slice(0, 10);
  const res = await w.t
    .newAgent()
    .post('/api/bookings')
    .set('Cookie', await w.t.factory.sessionCookie(w.users.memberA))
    .send({ resourceId, title: 'Matrix', start: `${day}T10:00`, durationMinutes: 60 });
  if (res.status !== 201) throw new Error(`could not book: ${JSON.stringify(res.body)}`);
  return res.body.id;
};
/** A day loan of member A's on fresh equipment (each case its own), optionally already checked out. */
const loanOfA = async (w: World, checkedOut: boolean): Promise<{ seriesId: string; occurrenceId: string }> => {
  const coordinator = await w.t.factory.sessionCookie(w.users.coordinator);
  const equipment = await w.t
    .newAgent()
    .post('/api/resources')
    .set('Cookie', coordinator)
    .send({ type: 'equipment', siteId: w.siteId, name: 'Projecteur' });
  const res = await w.t
    .newAgent()
    .post('/api/bookings')
    .set('Cookie', await w.t.factory.sessionCookie(w.users.memberA))
    .send({ resourceId: equipment.body.id, title: 'Matrix', startDate: '2027-01-05', endDate: '2027-01-06' });
  if (res.status !== 201) throw new Error(`could not book: ${JSON.stringify(res.body)}`);
  const loan = { seriesId: res.body.id, occurrenceId: res.body.occurrences[0].id };
  if (checkedOut) {
    await w.t
      .newAgent()
      .post(`/api/bookings/${loan.seriesId}/checkout`)
      .set('Cookie', coordinator)
      .send({ occurrenceId: loan.occurrenceId })
      .expect(200);
  }
  return loan;
};
const blackout = async (w: World) =>
  (await w.t.factory.blackout({ siteId: w.siteId }, '2030-01-01T00:00:00Z', '2030-01-02T00:00:00Z', 'x')).id;

/** An equal-split pool of May 2027: every organisation of the network has a line. */
const costPool = async (w: World): Promise<string> =>
  (await w.t.factory.costPool(w.networkId, { name: 'Matrix', amounts: [{ from: '2027-05-01', to: '2027-06-01', cents: 100 }] }))
    .id;

/** An entered indicator of the network's logic model, fresh for each case. */
const indicator = async (w: World): Promise<string> =>
  (
    await w.t.dataSource.query(
      `INSERT INTO impact_indicator (network_id, stage, name_fr, name_en, metric) VALUES ($1, 'effect', 'x', 'x', 'entered') RETURNING id`,
      [w.networkId],
    )
  )[0].id;

const victimInA = async (w: World) => (await w.t.factory.user({ memberOf: [[w.orgA, 'member']], password: null })).id;

/** A network-only offer of organisation A on the board, fresh for each case. */
const boardPostOfA = async (w: World): Promise<string> =>
  (
    await w.t.dataSource.query(
      `INSERT INTO board_post (network_id, organisation_id, kind, category, title, expires_on, created_at, updated_at)
       VALUES ($1, $2, 'offer', 'premises', 'Matrix', '2099-01-01', now(), now()) RETURNING id`,
      [w.networkId, w.orgA],
    )
  )[0].id;
/** Organisation B's conversation about a post of A's. */
const boardConversation = async (w: World): Promise<string> =>
  (
    await w.t.dataSource.query(
      `INSERT INTO board_conversation (post_id, organisation_id, created_at) VALUES ($1, $2, now()) RETURNING id`,
      [await boardPostOfA(w), w.orgB],
    )
  )[0].id;
/** A post of A's with a (tiny) photo. */
const boardPostWithPhoto = async (w: World): Promise<string> => {
  const id = await boardPostOfA(w);
  await w.t.dataSource.query(`UPDATE board_post SET photo = $2, photo_type = 'image/webp' WHERE id = $1`, [
    id,
    await aPhoto('webp'),
  ]);
  return id;
};
const aPhoto = (format: 'png' | 'webp') =>
  sharp({ create: { width: 8, height: 6, channels: 3, background: '#2a6' } })
    .toFormat(format)
    .toBuffer();
const BOARD_READERS: Role[] = ['memberA', 'adminA', 'memberB', 'coordinator'];
/** Only the post's organisation changes its photo. */
const BOARD_POSTERS: Role[] = ['memberA', 'adminA'];
const BOARD_AUTHORS: Role[] = ['memberA', 'adminA', 'coordinator'];

const MATRIX: Record<string, RouteCase> = {
  'GET /api/health': { allow: EVERYONE, request: async () => ({ path: '/api/health' }) },
  'POST /api/auth/login': {
    allow: EVERYONE,
    request: async () => ({ path: '/api/auth/login', body: { email: 'nobody@example.test', password: 'wrong password' } }),
  },
  'POST /api/auth/logout': { allow: SIGNED_IN, request: async () => ({ path: '/api/auth/logout' }) },
  'GET /api/auth/me': { allow: SIGNED_IN, request: async () => ({ path: '/api/auth/me' }) },
  'PATCH /api/auth/me': { allow: SIGNED_IN, request: async () => ({ path: '/api/auth/me', body: { locale: 'en' } }) },
  'POST /api/auth/password': {
    allow: SIGNED_IN,
    request: async () => ({
      path: '/api/auth/password',
      body: { currentPassword: 'not the password', newPassword: 'something long' },
    }),
  },
  'GET /api/auth/tokens': { allow: SIGNED_IN, request: async () => ({ path: '/api/auth/tokens' }) },
  'POST /api/auth/tokens': { allow: SIGNED_IN, request: async () => ({ path: '/api/auth/tokens', body: { name: 'script' } }) },
  // memberA's token: nobody else may revoke it.
  'DELETE /api/auth/tokens/:id': {
    allow: ['memberA'],
    request: async (w) => ({ path: `/api/auth/tokens/${(await w.t.factory.apiToken(w.users.memberA)).id}` }),
  },
  'GET /api/auth/invitations/:token': { allow: EVERYONE, request: async () => ({ path: '/api/auth/invitations/inv_unknown' }) },
  'POST /api/auth/invitations/:token/accept': {
    allow: EVERYONE,
    request: async () => ({ path: '/api/auth/invitations/inv_unknown/accept', body: { password: 'a long password' } }),
  },
  'GET /api/networks': { allow: SIGNED_IN, request: async () => ({ path: '/api/networks' }) },
  'POST /api/networks': {
    allow: ['otherCoordinator', 'coordinator'],
    request: async () => ({ path: '/api/networks', body: { name: 'New network' } }),
  },
  'PATCH /api/networks/:networkId': {
    allow: ['coordinator'],
    request: async (w) => ({ path: `/api/networks/${w.networkId}`, body: { name: 'Renamed' } }),
  },
  'POST /api/networks/:networkId/coordinators': {
    allow: ['coordinator'],
    request: async (w) => ({
      path: `/api/networks/${w.networkId}/coordinators`,
      body: { email: (await w.t.factory.user({ password: null })).email },
    }),
  },
  'GET /api/networks/:networkId/coordinators': {
    allow: ['coordinator'],
    request: async (w) => ({ path: `/api/networks/${w.networkId}/coordinators` }),
  },
  'DELETE /api/networks/:networkId/coordinators/:userId': {
    allow: ['coordinator'],
    request: async (w) => {
      const extra = await w.t.factory.user({ coordinatorOf: [w.networkId], password: null });
      return { path: `/api/networks/${w.networkId}/coordinators/${extra.id}` };
    },
  },
  'GET /api/organisations/:organisationId': {
    allow: ['memberA', 'adminA', 'memberB', 'coordinator'],
    request: async (w) => ({ path: `/api/organisations/${w.orgA}` }),
  },
  'POST /api/networks/:networkId/organisations': {
    allow: ['coordinator'],
    request: async (w) => ({ path: `/api/networks/${w.networkId}/organisations`, body: { name: 'New organisation' } }),
  },
  // A fresh organisation leaves each time, so that A and B stay members.
  'DELETE /api/networks/:networkId/organisations/:organisationId': {
    allow: ['coordinator'],
    request: async (w) => ({
      path: `/api/networks/${w.networkId}/organisations/${(await w.t.factory.organisation(w.networkId)).id}`,
    }),
  },
  'GET /api/organisations': { allow: SIGNED_IN, request: async () => ({ path: '/api/organisations' }) },
  'PATCH /api/organisations/:organisationId': {
    allow: ['adminA', 'coordinator'],
    request: async (w) => ({ path: `/api/organisations/${w.orgA}`, body: { name: 'Organisation A' } }),
  },
  'GET /api/organisations/:organisationId/members': {
    allow: ['memberA', 'adminA', 'coordinator'],
    request: async (w) => ({ path: `/api/organisations/${w.orgA}/members` }),
  },
  'PATCH /api/organisations/:organisationId/members/:userId': {
    allow: ['adminA', 'coordinator'],
    request: async (w) => ({ path: `/api/organisations/${w.orgA}/members/${await victimInA(w)}`, body: { role: 'admin' } }),
  },
  'DELETE /api/organisations/:organisationId/members/:userId': {
    allow: ['adminA', 'coordinator'],
    request: async (w) => ({ path: `/api/organisations/${w.orgA}/members/${await victimInA(w)}` }),
  },
  'GET /api/organisations/:organisationId/invitations': {
    allow: ['adminA', 'coordinator'],
    request: async (w) => ({ path: `/api/organisations/${w.orgA}/invitations` }),
  },
  'POST /api/organisations/:organisationId/invitations': {
    allow: ['adminA', 'coordinator'],
    request: async (w) => ({
      path: `/api/organisations/${w.orgA}/invitations`,
      body: { email: `x${Math.random()}@example.test`.replace('0.', ''), role: 'member' },
    }),
  },
  'DELETE /api/organisations/:organisationId/invitations/:invitationId': {
    allow: ['adminA', 'coordinator'],
    request: async (w) => ({ path: `/api/organisations/${w.orgA}/invitations/${(await w.t.factory.invitation(w.orgA)).id}` }),
  },
  'POST /api/users/:userId/deactivate': {
    allow: ['adminA', 'coordinator'],
    request: async (w) => ({ path: `/api/users/${await victimInA(w)}/deactivate` }),
  },
  'POST /api/users/:userId/reactivate': {
    allow: ['adminA', 'coordinator'],
    request: async (w) => ({ path: `/api/users/${await victimInA(w)}/reactivate` }),
  },
  'POST /api/users/:userId/temporary-password': {
    allow: ['adminA', 'coordinator'],
    request: async (w) => ({
      path: `/api/users/${await victimInA(w)}/temporary-password`,
      body: { password: 'temporary secret' },
    }),
  },
  'POST /api/recurrence/preview': {
    allow: SIGNED_IN,
    request: async () => ({
      path: '/api/recurrence/preview',
      body: { start: '2026-01-05T10:00', timeZone: 'America/Toronto', durationMinutes: 30 },
    }),
  },
  'GET /api/sites': { allow: SIGNED_IN, request: async () => ({ path: '/api/sites' }) },
  'POST /api/sites': {
    allow: ['coordinator'],
    request: async (w) => ({ path: '/api/sites', body: { networkId: w.networkId, name: 'Annexe' } }),
  },
  'PATCH /api/sites/:siteId': {
    allow: ['coordinator'],
    request: async (w) => ({ path: `/api/sites/${w.siteId}`, body: { address: '1 rue Principale' } }),
  },
  'GET /api/resources': { allow: SIGNED_IN, request: async () => ({ path: '/api/resources?type=space' }) },
  'GET /api/resources/:resourceId': {
    allow: ['memberA', 'adminA', 'memberB', 'coordinator'],
    request: async (w) => ({ path: `/api/resources/${w.roomId}` }),
  },
  'POST /api/resources': {
    allow: ['coordinator'],
    request: async (w) => ({
      path: '/api/resources',
      body: { type: 'equipment', siteId: w.siteId, name: 'Tables', quantity: 40 },
    }),
  },
  'PATCH /api/resources/:resourceId': {
    allow: ['coordinator'],
    request: async (w) => {
      const coordinator = await w.t.factory.sessionCookie(w.users.coordinator);
      const item = await w.t
        .newAgent()
        .post('/api/resources')
        .set('Cookie', coordinator)
        .send({ type: 'equipment', siteId: w.siteId, name: 'Chaises', quantity: 20 });
      return { path: `/api/resources/${item.body.id}`, body: { quantity: 25 } };
    },
  },
  'GET /api/availability': {
    allow: SIGNED_IN,
    request: async () => ({ path: '/api/availability?from=2027-01-01T00:00:00Z&to=2027-01-02T00:00:00Z' }),
  },
  'GET /api/storage-plan': {
    allow: ['memberA', 'adminA', 'memberB', 'coordinator'],
    request: async (w) => ({ path: `/api/storage-plan?siteId=${w.siteId}&from=2027-01-01T00:00:00Z&to=2027-02-01T00:00:00Z` }),
  },
  'POST /api/spaces': {
    allow: ['coordinator'],
    request: async (w) => ({ path: '/api/spaces', body: { siteId: w.siteId, name: 'Salle' } }),
  },
  'PATCH /api/spaces/:resourceId': {
    allow: ['coordinator'],
    request: async (w) => ({ path: `/api/spaces/${w.roomId}`, body: { capacity: 12 } }),
  },
  'GET /api/blackouts': { allow: SIGNED_IN, request: async () => ({ path: '/api/blackouts' }) },
  'POST /api/blackouts': {
    allow: ['coordinator'],
    request: async (w) => ({
      path: '/api/blackouts',
      body: { siteId: w.siteId, start: '2031-01-01T00:00:00Z', end: '2031-01-02T00:00:00Z', reason: 'Fermé' },
    }),
  },
  'DELETE /api/blackouts/:blackoutId': {
    allow: ['coordinator'],
    request: async (w) => ({ path: `/api/blackouts/${await blackout(w)}` }),
  },
  'POST /api/bookings': {
    allow: ['memberA', 'adminA', 'coordinator'],
    request: async (w) => {
      w.nextDay += 1;
      const day = new Date(Date.UTC(2027, 3, 1) + w.nextDay * 86_400_000).toISOString().slice(0, 10);
      return {
        path: '/api/bookings',
        body: { resourceId: w.roomId, organisationId: w.orgA, title: 'x', start: `${day}T10:00`, durationMinutes: 60 },
      };
    },
  },
  'GET /api/bookings': {
    allow: SIGNED_IN,
    request: async () => ({ path: '/api/bookings?from=2027-01-01T00:00:00Z&to=2027-02-01T00:00:00Z' }),
  },
  'GET /api/bookings/approvals': { allow: SIGNED_IN, request: async () => ({ path: '/api/bookings/approvals' }) },
  'GET /api/bookings/:seriesId': {
    allow: ['memberA', 'adminA', 'memberB', 'coordinator'],
    request: async (w) => ({ path: `/api/bookings/${await bookingOfA(w)}` }),
  },
  'PATCH /api/bookings/:seriesId': {
    allow: ['memberA', 'adminA', 'coordinator'],
    request: async (w) => ({
      path: `/api/bookings/${await bookingOfA(w)}`,
      body: { scope: 'all', changes: { title: 'Changed' } },
    }),
  },
  'DELETE /api/bookings/:seriesId': {
    allow: ['memberA', 'adminA', 'coordinator'],
    request: async (w) => ({ path: `/api/bookings/${await bookingOfA(w)}` }),
  },
  'POST /api/bookings/:seriesId/cancel': {
    allow: ['memberA', 'adminA', 'coordinator'],
    request: async (w) => ({ path: `/api/bookings/${await bookingOfA(w)}/cancel`, body: { scope: 'all' } }),
  },
  'POST /api/bookings/:seriesId/checkout': {
    allow: ['memberA', 'adminA', 'coordinator'],
    request: async (w) => {
      const loan = await loanOfA(w, false);
      return { path: `/api/bookings/${loan.seriesId}/checkout`, body: { occurrenceId: loan.occurrenceId, notes: 'Bon état' } };
    },
  },
  'POST /api/bookings/:seriesId/return': {
    allow: ['memberA', 'adminA', 'coordinator'],
    request: async (w) => {
      const loan = await loanOfA(w, true);
      return { path: `/api/bookings/${loan.seriesId}/return`, body: { occurrenceId: loan.occurrenceId } };
    },
  },
  'GET /api/loans': {
    allow: SIGNED_IN,
    request: async () => ({ path: '/api/loans?from=2027-01-01T00:00:00Z&to=2027-02-01T00:00:00Z' }),
  },
  'POST /api/bookings/:seriesId/approve': {
    allow: ['coordinator'],
    request: async (w) => ({ path: `/api/bookings/${await bookingOfA(w, w.approvalRoomId)}/approve`, body: {} }),
  },
  'POST /api/bookings/:seriesId/decline': {
    allow: ['coordinator'],
    request: async (w) => ({ path: `/api/bookings/${await bookingOfA(w, w.approvalRoomId)}/decline`, body: { reason: 'Non' } }),
  },
  'GET /api/staff': { allow: SIGNED_IN, request: async () => ({ path: '/api/staff' }) },
  'POST /api/staff': {
    allow: ['coordinator'],
    request: async (w) => ({ path: '/api/staff', body: { networkId: w.networkId, name: 'Agent·e' } }),
  },
  'GET /api/staff/:resourceId': {
    allow: ['memberA', 'adminA', 'memberB', 'coordinator'],
    request: async (w) => ({ path: `/api/staff/${w.staffId}` }),
  },
  'PATCH /api/staff/:resourceId': {
    allow: ['coordinator'],
    request: async (w) => ({ path: `/api/staff/${w.staffId}`, body: { jobTitle: 'Comptable' } }),
  },
  'GET /api/staff/:resourceId/availability': {
    allow: ['memberA', 'adminA', 'memberB', 'coordinator'],
    request: async (w) => ({ path: `/api/staff/${w.staffId}/availability?from=2027-01-04T00:00:00Z&to=2027-01-11T00:00:00Z` }),
  },
  'GET /api/staff/:resourceId/leave': {
    allow: ['coordinator'],
    request: async (w) => ({ path: `/api/staff/${w.staffId}/leave?from=2027-01-01T00:00:00Z&to=2027-02-01T00:00:00Z` }),
  },
  'POST /api/staff/:resourceId/leave': {
    allow: ['coordinator'],
    request: async (w) => {
      w.nextDay += 1;
      const day = new Date(Date.UTC(2028, 0, 1) + w.nextDay * 86_400_000).toISOString().slice(0, 10);
      return {
        path: `/api/staff/${w.staffId}/leave`,
        body: { kind: 'training', start: `${day}T00:00:00Z`, end: `${day}T12:00:00Z` },
      };
    },
  },
  'DELETE /api/staff/:resourceId/leave/:leaveId': {
    allow: ['coordinator'],
    request: async (w) => {
      w.nextDay += 1;
      const start = Date.UTC(2029, 0, 1) + w.nextDay * 86_400_000;
      const leave = await w.t.factory.leave(w.staffId, new Date(start), new Date(start + 3_600_000), 'other');
      return { path: `/api/staff/${w.staffId}/leave/${leave.id}` };
    },
  },
  'GET /api/agreements': { allow: SIGNED_IN, request: async () => ({ path: '/api/agreements' }) },
  'POST /api/agreements': {
    allow: ['coordinator'],
    request: async (w) => {
      w.nextDay += 1;
      return {
        path: '/api/agreements',
        body: {
          organisationId: w.orgB,
          resourceId: w.staffId,
          minutesPerPeriod: 60,
          startsOn: `${2030 + w.nextDay}-01-01`,
          endsOn: `${2030 + w.nextDay}-06-01`,
        },
      };
    },
  },
  'PATCH /api/agreements/:agreementId': {
    allow: ['coordinator'],
    request: async (w) => ({ path: `/api/agreements/${w.agreementId}`, body: { minutesPerPeriod: 700 } }),
  },
  'DELETE /api/agreements/:agreementId': {
    allow: ['coordinator'],
    request: async (w) => {
      w.nextDay += 1;
      const year = 2100 + w.nextDay;
      const agreement = await w.t.factory.agreement(w.orgB, w.staffId, { startsOn: `${year}-01-01`, endsOn: `${year}-01-11` });
      return { path: `/api/agreements/${agreement.id}` };
    },
  },
  'GET /api/hour-bank': {
    allow: ['memberA', 'adminA', 'coordinator'],
    request: async (w) => ({
      path: `/api/hour-bank?resourceId=${w.staffId}&organisationId=${w.orgA}&from=2027-01-01&to=2027-03-01`,
    }),
  },
  'GET /api/timesheets': {
    allow: ['memberA', 'adminA', 'memberB', 'coordinator'],
    request: async (w) => ({ path: `/api/timesheets?resourceId=${w.staffId}&from=2027-01-04&to=2027-01-11` }),
  },
  // Only the employee records time: here nobody of the six is the employee.
  'PUT /api/timesheets/entries': {
    allow: [],
    request: async (w) => ({
      path: '/api/timesheets/entries',
      body: { resourceId: w.staffId, organisationId: w.orgA, workDate: '2027-01-05', minutes: 60 },
    }),
  },
  'POST /api/timesheets/submit': {
    allow: [],
    request: async (w) => ({ path: '/api/timesheets/submit', body: { resourceId: w.staffId, weekStart: '2027-01-04' } }),
  },
  'POST /api/timesheets/confirm': {
    allow: ['adminA'],
    request: async (w) => ({
      path: '/api/timesheets/confirm',
      body: { resourceId: w.staffId, weekStart: '2027-01-04', organisationId: w.orgA },
    }),
  },
  'POST /api/timesheets/dispute': {
    allow: ['adminA'],
    request: async (w) => ({
      path: '/api/timesheets/dispute',
      body: { resourceId: w.staffId, weekStart: '2027-01-04', organisationId: w.orgA, comment: 'Non' },
    }),
  },
  'POST /api/timesheets/lock': {
    allow: ['coordinator'],
    request: async (w) => ({ path: '/api/timesheets/lock', body: { resourceId: w.staffId, weekStart: '2027-01-04' } }),
  },
  'GET /api/hour-requests': { allow: SIGNED_IN, request: async () => ({ path: '/api/hour-requests' }) },
  'POST /api/hour-requests': {
    allow: ['memberA', 'adminA', 'memberB'],
    request: async (w) => ({
      path: '/api/hour-requests',
      body: { resourceId: w.staffId, title: 'x', minutes: 60, from: '2027-02-01', to: '2027-02-28' },
    }),
  },
  'POST /api/hour-requests/:requestId/schedule': {
    allow: ['coordinator'],
    request: async (w) => {
      const [row] = await w.t.dataSource.query(
        `INSERT INTO hour_request (resource_id, organisation_id, title, minutes, window_period) VALUES ($1, $2, 'x', 60, daterange('2027-01-01', '2100-01-01')) RETURNING id`,
        [w.staffId, w.orgA],
      );
      w.nextDay += 1;
      const monday = new Date(Date.UTC(2027, 0, 4) + w.nextDay * 7 * 86_400_000).toISOString().slice(0, 10);
      return { path: `/api/hour-requests/${row.id}/schedule`, body: { start: `${monday}T10:00`, durationMinutes: 60 } };
    },
  },
  'POST /api/bookings/:seriesId/propose': {
    allow: ['coordinator'],
    request: async (w) => {
      const seriesId = await bookingOfA(w, w.approvalRoomId);
      const [o] = await w.t.dataSource.query(
        "SELECT id, to_char(starts_at + interval '1 hour', 'YYYY-MM-DD\"T\"HH24:MI') AS later FROM booking_occurrence WHERE series_id = $1",
        [seriesId],
      );
      return { path: `/api/bookings/${seriesId}/propose`, body: { occurrenceId: o.id, start: o.later } };
    },
  },
  'POST /api/bookings/:seriesId/accept-proposal': {
    allow: ['memberA', 'adminA', 'coordinator'],
    request: async (w) => {
      const seriesId = await bookingOfA(w, w.approvalRoomId);
      const [o] = await w.t.dataSource.query('SELECT id FROM booking_occurrence WHERE series_id = $1', [seriesId]);
      await w.t.dataSource.query(
        'UPDATE booking_occurrence SET proposed_starts_at = starts_at, proposed_ends_at = ends_at WHERE id = $1',
        [o.id],
      );
      return { path: `/api/bookings/${seriesId}/accept-proposal`, body: { occurrenceId: o.id } };
    },
  },
  'POST /api/bookings/:seriesId/decline-proposal': {
    allow: ['memberA', 'adminA', 'coordinator'],
    request: async (w) => {
      const seriesId = await bookingOfA(w, w.approvalRoomId);
      const [o] = await w.t.dataSource.query('SELECT id FROM booking_occurrence WHERE series_id = $1', [seriesId]);
      await w.t.dataSource.query(
        'UPDATE booking_occurrence SET proposed_starts_at = starts_at, proposed_ends_at = ends_at WHERE id = $1',
        [o.id],
      );
      return { path: `/api/bookings/${seriesId}/decline-proposal`, body: { occurrenceId: o.id } };
    },
  },
  'GET /api/reports/allocation': {
    allow: ['memberA', 'adminA', 'memberB', 'coordinator'],
    request: async (w) => ({ path: `/api/reports/allocation?networkId=${w.networkId}&from=2027-05-01&to=2027-06-01` }),
  },
  'GET /api/reports/allocation.csv': {
    allow: ['memberA', 'adminA', 'memberB', 'coordinator'],
    request: async (w) => ({ path: `/api/reports/allocation.csv?networkId=${w.networkId}&from=2027-05-01&to=2027-06-01` }),
  },
  'GET /api/reports/allocation.xlsx': {
    allow: ['memberA', 'adminA', 'memberB', 'coordinator'],
    request: async (w) => ({ path: `/api/reports/allocation.xlsx?networkId=${w.networkId}&from=2027-05-01&to=2027-06-01` }),
  },
  // A statement of organisation A: member B never sees A's lines.
  'GET /api/reports/allocation.pdf': {
    allow: ['memberA', 'adminA', 'coordinator'],
    request: async (w) => {
      await costPool(w);
      return {
        path: `/api/reports/allocation.pdf?networkId=${w.networkId}&from=2027-05-01&to=2027-06-01&organisationId=${w.orgA}`,
      };
    },
  },
  // Everyone signed in has a home; it only ever holds the caller's own to-dos (see home.e2e-spec.ts).
  'GET /api/home': { allow: SIGNED_IN, request: async () => ({ path: '/api/home' }) },
  // Members get their own organisation's figures (see impact.e2e-spec.ts); another network is 404.
  'GET /api/impact': {
    allow: ['memberA', 'adminA', 'memberB', 'coordinator'],
    request: async (w) => ({ path: `/api/impact?networkId=${w.networkId}&from=2027-05-01&to=2027-06-01` }),
  },
  'GET /api/impact.pdf': {
    allow: ['memberA', 'adminA', 'memberB', 'coordinator'],
    request: async (w) => ({ path: `/api/impact.pdf?networkId=${w.networkId}&from=2027-05-01&to=2027-06-01` }),
  },
  'GET /api/impact.xlsx': {
    allow: ['memberA', 'adminA', 'memberB', 'coordinator'],
    request: async (w) => ({ path: `/api/impact.xlsx?networkId=${w.networkId}&from=2027-05-01&to=2027-06-01` }),
  },
  'POST /api/impact/indicators': {
    allow: ['coordinator'],
    request: async (w) => ({
      path: '/api/impact/indicators',
      body: { networkId: w.networkId, stage: 'effect', nameFr: 'Collaborations', nameEn: 'Collaborations', metric: 'entered' },
    }),
  },
  'PATCH /api/impact/indicators/:indicatorId': {
    allow: ['coordinator'],
    request: async (w) => ({ path: `/api/impact/indicators/${await indicator(w)}`, body: { target: 5 } }),
  },
  'DELETE /api/impact/indicators/:indicatorId': {
    allow: ['coordinator'],
    request: async (w) => ({ path: `/api/impact/indicators/${await indicator(w)}` }),
  },
  'PUT /api/impact/indicators/:indicatorId/values': {
    allow: ['coordinator'],
    request: async (w) => ({
      path: `/api/impact/indicators/${await indicator(w)}/values`,
      body: { from: '2027-05-01', to: '2027-06-01', value: 2 },
    }),
  },
  'DELETE /api/impact/indicators/:indicatorId/values': {
    allow: ['coordinator'],
    request: async (w) => ({ path: `/api/impact/indicators/${await indicator(w)}/values?from=2027-05-01&to=2027-06-01` }),
  },
  'PUT /api/impact/indicators/:indicatorId/targets': {
    allow: ['coordinator'],
    request: async (w) => ({
      path: `/api/impact/indicators/${await indicator(w)}/targets`,
      body: { from: '2027-04-01', to: '2028-04-01', target: 12 },
    }),
  },
  'DELETE /api/impact/indicators/:indicatorId/targets': {
    allow: ['coordinator'],
    request: async (w) => ({ path: `/api/impact/indicators/${await indicator(w)}/targets?from=2027-04-01&to=2028-04-01` }),
  },
  'GET /api/impact/stand-alone-rates': {
    allow: ['coordinator'],
    request: async (w) => ({ path: `/api/impact/stand-alone-rates?networkId=${w.networkId}` }),
  },
  'PUT /api/impact/stand-alone-rates/:resourceId': {
    allow: ['coordinator'],
    request: async (w) => ({ path: `/api/impact/stand-alone-rates/${w.roomId}`, body: { kind: 'per_hour', rateCents: 4500 } }),
  },
  'GET /api/cost-pools': {
    allow: ['memberA', 'adminA', 'memberB', 'coordinator'],
    request: async (w) => ({ path: `/api/cost-pools?networkId=${w.networkId}` }),
  },
  'POST /api/cost-pools': {
    allow: ['coordinator'],
    request: async (w) => ({
      path: '/api/cost-pools',
      body: {
        networkId: w.networkId,
        name: 'Matrix',
        key: { kind: 'equal_split' },
        amounts: [{ from: '2027-05-01', to: '2027-06-01', amountCents: 100 }],
      },
    }),
  },
  'PATCH /api/cost-pools/:poolId': {
    allow: ['coordinator'],
    request: async (w) => ({ path: `/api/cost-pools/${await costPool(w)}`, body: { name: 'Renamed' } }),
  },
  'DELETE /api/cost-pools/:poolId': {
    allow: ['coordinator'],
    request: async (w) => ({ path: `/api/cost-pools/${await costPool(w)}` }),
  },
  'GET /api/periods': {
    allow: ['memberA', 'adminA', 'memberB', 'coordinator'],
    request: async (w) => ({ path: `/api/periods?networkId=${w.networkId}` }),
  },
  // Each case closes a year of its own, far away, so that cases never disturb each other.
  'POST /api/periods/close': {
    allow: ['coordinator'],
    request: async (w) => {
      w.nextDay += 1;
      const year = 2200 + w.nextDay;
      return {
        path: '/api/periods/close',
        body: { networkId: w.networkId, from: `${year}-01-01`, to: `${year + 1}-01-01`, force: true },
      };
    },
  },
  'POST /api/periods/reopen': {
    allow: ['coordinator'],
    request: async (w) => {
      w.nextDay += 1;
      const year = 2200 + w.nextDay;
      await w.t.factory.closedPeriod(w.networkId, `${year}-01-01`, `${year + 1}-01-01`);
      return {
        path: '/api/periods/reopen',
        body: { networkId: w.networkId, from: `${year}-01-01`, to: `${year + 1}-01-01`, reason: 'Matrix' },
      };
    },
  },
  'GET /api/audit': { allow: ['adminA', 'otherCoordinator', 'coordinator'], request: async () => ({ path: '/api/audit' }) },
  'GET /api/notifications': { allow: SIGNED_IN, request: async () => ({ path: '/api/notifications?unread=true' }) },
  'POST /api/notifications/read': {
    allow: SIGNED_IN,
    request: async () => ({ path: '/api/notifications/read', body: { all: true } }),
  },
  'GET /api/notification-preferences': { allow: SIGNED_IN, request: async () => ({ path: '/api/notification-preferences' }) },
  'PUT /api/notification-preferences': {
    allow: SIGNED_IN,
    request: async () => ({
      path: '/api/notification-preferences',
      body: { preferences: [{ category: 'reminder.booking-upcoming', delivery: 'off' }] },
    }),
  },
  'POST /api/auth/password-reset': {
    allow: EVERYONE,
    request: async () => ({ path: '/api/auth/password-reset', body: { email: 'nobody@example.test' } }),
  },
  'POST /api/auth/password-reset/confirm': {
    allow: EVERYONE,
    request: async () => ({
      path: '/api/auth/password-reset/confirm',
      body: { token: 'pwr_not-a-real-token', password: 'a long enough passphrase' },
    }),
  },
  'POST /api/calendar-feeds': { allow: SIGNED_IN, request: async () => ({ path: '/api/calendar-feeds', body: { kind: 'me' } }) },
  'GET /api/calendar-feeds': { allow: SIGNED_IN, request: async () => ({ path: '/api/calendar-feeds' }) },
  'DELETE /api/calendar-feeds/:id': {
    // Each caller revokes a feed of their own (anonymous gets one of member A's).
    allow: SIGNED_IN,
    request: async (w, role) => {
      const owner = role === 'anonymous' ? w.users.memberA : w.users[role];
      const [row] = await w.t.dataSource.query(
        `INSERT INTO calendar_feed (user_id, kind, token_hash, created_at) VALUES ($1, 'me', decode(md5(random()::text), 'hex'), now()) RETURNING id`,
        [owner],
      );
      return { path: `/api/calendar-feeds/${row.id}` };
    },
  },
  'GET /api/notifications/failed': {
    allow: ['otherCoordinator', 'coordinator'],
    request: async () => ({ path: '/api/notifications/failed' }),
  },
  'POST /api/notifications/failed/:id/retry': {
    allow: ['coordinator'],
    request: async (w) => {
      const [row] = await w.t.dataSource.query(
        `INSERT INTO notification (user_id, event_key, kind, category, network_id, created_at, email_status)
         VALUES ($1, gen_random_uuid()::text, 'booking.changed', 'bookings', $2, now(), 'failed') RETURNING id`,
        [w.users.memberA, w.networkId],
      );
      return { path: `/api/notifications/failed/${row.id}/retry` };
    },
  },
  'GET /api/board/posts': { allow: SIGNED_IN, request: async () => ({ path: '/api/board/posts?q=salle' }) },
  'POST /api/board/posts': {
    allow: BOARD_AUTHORS,
    request: async (w) => ({
      path: '/api/board/posts',
      body: { organisationId: w.orgA, kind: 'offer', category: 'premises', title: 'Matrix' },
    }),
  },
  'GET /api/board/posts/:id': {
    allow: BOARD_READERS,
    request: async (w) => ({ path: `/api/board/posts/${await boardPostOfA(w)}` }),
  },
  'PATCH /api/board/posts/:id': {
    allow: BOARD_AUTHORS,
    request: async (w) => ({ path: `/api/board/posts/${await boardPostOfA(w)}`, body: { title: 'Changed' } }),
  },
  'DELETE /api/board/posts/:id': {
    allow: BOARD_AUTHORS,
    request: async (w) => ({ path: `/api/board/posts/${await boardPostOfA(w)}` }),
  },
  'PUT /api/board/posts/:id/photo': {
    allow: BOARD_POSTERS,
    request: async (w) => ({ path: `/api/board/posts/${await boardPostOfA(w)}/photo`, image: await aPhoto('png') }),
  },
  'DELETE /api/board/posts/:id/photo': {
    allow: BOARD_POSTERS,
    request: async (w) => ({ path: `/api/board/posts/${await boardPostWithPhoto(w)}/photo` }),
  },
  'GET /api/board/posts/:id/photo': {
    allow: BOARD_READERS,
    request: async (w) => ({ path: `/api/board/posts/${await boardPostWithPhoto(w)}/photo` }),
  },
  'GET /api/board/posts/:id/thumbnail': {
    allow: BOARD_READERS,
    request: async (w) => ({ path: `/api/board/posts/${await boardPostWithPhoto(w)}/thumbnail` }),
  },
  'POST /api/board/posts/:id/conversations': {
    allow: ['memberB'],
    request: async (w) => ({ path: `/api/board/posts/${await boardPostOfA(w)}/conversations`, body: { organisationId: w.orgB } }),
  },
  'POST /api/board/posts/:id/match': {
    allow: BOARD_AUTHORS,
    request: async (w) => ({ path: `/api/board/posts/${await boardPostOfA(w)}/match`, body: { organisationId: w.orgB } }),
  },
  'POST /api/board/posts/:id/report': {
    allow: BOARD_READERS,
    request: async (w) => ({ path: `/api/board/posts/${await boardPostOfA(w)}/report`, body: { reason: 'Matrix' } }),
  },
  'POST /api/board/posts/:id/moderation': {
    allow: ['coordinator'],
    request: async (w) => ({
      path: `/api/board/posts/${await boardPostOfA(w)}/moderation`,
      body: { hidden: true, reason: 'Matrix' },
    }),
  },
  'GET /api/board/conversations/:id': {
    allow: BOARD_READERS,
    request: async (w) => ({ path: `/api/board/conversations/${await boardConversation(w)}` }),
  },
  'GET /api/board/conversations/:id/messages': {
    allow: BOARD_READERS,
    request: async (w) => ({ path: `/api/board/conversations/${await boardConversation(w)}/messages` }),
  },
  'POST /api/board/conversations/:id/messages': {
    allow: BOARD_READERS,
    request: async (w) => ({ path: `/api/board/conversations/${await boardConversation(w)}/messages`, body: { body: 'Matrix' } }),
  },
  'GET /api/board/follows': { allow: SIGNED_IN, request: async () => ({ path: '/api/board/follows' }) },
  'PUT /api/board/follows': {
    allow: SIGNED_IN,
    request: async () => ({ path: '/api/board/follows', body: { categories: ['premises'] } }),
  },
};

function routesOf(app: INestApplication): string[] {
  const express = app.getHttpAdapter().getInstance();
  const stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> = express.router.stack;
  return (
    stack
      // Not endpoints: the OpenAPI UI/JSON (public documentation) and the request-logging middleware mounted on /api/{*path}.
      .filter(
        (layer) =>
          layer.route?.path.startsWith('/api/') && !layer.route.path.startsWith('/api/docs') && !layer.route.path.includes('{*'),
      )
      .flatMap((layer) =>
        Object.keys(layer.route!.methods)
          .filter((m) => m !== '_all')
          .map((m) => `${m.toUpperCase()} ${layer.route!.path}`),
      )
  );
}

describe('authorization matrix', () => {
  const w = {} as World;

  beforeAll(async () => {
    w.t = await createTestApp();
    const network = await w.t.factory.network();
    const otherNetwork = await w.t.factory.network();
    w.networkId = network.id;
    w.orgA = (await w.t.factory.organisation(network.id)).id;
    w.orgB = (await w.t.factory.organisation(network.id)).id;
    const f = w.t.factory;
    w.users = {
      memberA: (await f.user({ memberOf: [[w.orgA, 'member']], password: null })).id,
      adminA: (await f.user({ memberOf: [[w.orgA, 'admin']], password: null })).id,
      memberB: (await f.user({ memberOf: [[w.orgB, 'member']], password: null })).id,
      otherCoordinator: (await f.user({ coordinatorOf: [otherNetwork.id], password: null })).id,
      coordinator: (await f.user({ coordinatorOf: [network.id], password: null })).id,
    };
    w.siteId = (await f.site(network.id)).id;
    w.roomId = (await f.space(network.id, w.siteId)).id;
    w.approvalRoomId = (await f.space(network.id, w.siteId, { approval_required: true })).id;
    w.nextDay = 0;
    w.staffId = (
      await w.t
        .newAgent()
        .post('/api/staff')
        .set('Cookie', await f.sessionCookie(w.users.coordinator))
        .send({
          networkId: network.id,
          name: 'Comptable',
          workingHours: [{ week: 'every', weekday: 1, start: '09:00', end: '17:00' }],
        })
    ).body.id;
    w.agreementId = (await w.t.factory.agreement(w.orgA, w.staffId, { startsOn: '2026-01-01', minutesPerPeriod: 720 })).id;
  });
  afterAll(() => w.t.close());

  it('has an entry for every route the API serves, and no stale entries', () => {
    const served = routesOf(w.t.app).sort();
    expect(served.length).toBeGreaterThan(10);
    expect(Object.keys(MATRIX).sort()).toEqual(served);
  });

  for (const [route, routeCase] of Object.entries(MATRIX)) {
    const [method, pattern] = route.split(' ');
    for (const role of ROLES) {
      const allowed = routeCase.allow.includes(role);
      it(`${route} is ${allowed ? 'allowed' : 'denied'} for ${role}`, async () => {
        const { path, body, image } = await routeCase.request(w, role);
        expect(path.split('?')[0]).toMatch(new RegExp(`^${pattern.replace(/:\w+/g, '[^/]+')}$`));
        const agent = w.t.newAgent();
        let call = agent[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path);
        if (role !== 'anonymous') call = call.set('Cookie', await w.t.factory.sessionCookie(w.users[role]));
        const res = image ? await call.set('Content-Type', 'image/png').send(image) : body ? await call.send(body) : await call;
        expect(res.status).toBeLessThan(500);
        if (allowed) {
          // A body the route refuses would answer before any access check: that proves nothing.
          expect(DENIAL_CODES).not.toContain(res.body?.code);
          expect(res.body?.code).not.toBe('VALIDATION_FAILED');
        } else if (role === 'anonymous') {
          expect([res.status, res.body.code]).toEqual([401, 'UNAUTHENTICATED']);
        } else {
          // NOT_FOUND (404) for what the caller may not see, FORBIDDEN (403) for what it sees but may not do.
          expect([res.status, res.body.code]).toEqual(res.status === 404 ? [404, 'NOT_FOUND'] : [403, 'FORBIDDEN']);
        }
      });
    }
  }
});
