import fc from 'fast-check';
import { createTestApp, type TestApp } from '../../test/test-app';
import { arbitraryRequest, type FuzzWorld, type Operation, operationsOf, type OpenApiDocument } from '../../test/openapi-fuzz';

/**
 * Hostile input never gets a 5xx: a seeded fuzz of every operation of the OpenAPI document, for
 * every kind of caller. A failure lists the requests that broke, and the seed replays them.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261116);
const REQUESTS = Number(process.env['FUZZ_REQUESTS'] ?? 3000);
const CONCURRENCY = 4;
const SLOW_MS = 2000;

const ROLES = ['anonymous', 'member', 'orgAdmin', 'coordinator', 'pooledEmployee'] as const;
type Role = (typeof ROLES)[number];
/** Anonymous callers mostly meet the auth guard: fewer of them, more requests that reach the services. */
const ROLE = fc.oneof(
  { arbitrary: fc.constant<Role>('anonymous'), weight: 1 },
  ...ROLES.slice(1).map((role) => ({ arbitrary: fc.constant<Role>(role), weight: role === 'coordinator' ? 3 : 2 })),
);

describe('hostile input', () => {
  let t: TestApp;
  let world: FuzzWorld;
  let operations: Operation[];
  let staffId: string;
  let siteId: string;
  let networkId: string;
  let agreementId: string;
  const users = {} as Record<Exclude<Role, 'anonymous'>, string>;

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.factory;
    const network = await f.network();
    const orgA = await f.organisation(network.id);
    const orgB = await f.organisation(network.id);
    users.member = (await f.user({ memberOf: [[orgA.id, 'member']], password: null })).id;
    users.orgAdmin = (await f.user({ memberOf: [[orgA.id, 'admin']], password: null })).id;
    users.coordinator = (await f.user({ coordinatorOf: [network.id], password: null })).id;
    const employee = await f.user({ password: null });
    users.pooledEmployee = employee.id;
    const victim = await f.user({ memberOf: [[orgB.id, 'member']], password: null });
    const site = await f.site(network.id);
    const room = await f.space(network.id, site.id);
    const coordinator = await f.sessionCookie(users.coordinator);
    const staff = await t
      .newAgent()
      .post('/api/staff')
      .set('Cookie', coordinator)
      .send({
        networkId: network.id,
        name: 'Comptable',
        userEmail: employee.email,
        workingHours: [1, 2, 3, 4, 5].map((weekday) => ({ week: 'every', weekday, start: '08:00', end: '17:00' })),
      })
      .expect(201);
    const booking = await t
      .newAgent()
      .post('/api/bookings')
      .set('Cookie', await f.sessionCookie(users.member))
      .send({ resourceId: room.id, title: 'Fuzz', start: '2027-01-05T10:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;COUNT=3' })
      .expect(201);
    staffId = staff.body.id;
    siteId = site.id;
    networkId = network.id;
    const invitation = await f.invitation(orgA.id);
    const token = await f.apiToken(victim.id);
    const one = async (sql: string, params: unknown[]): Promise<string> => (await t.dataSource.query(sql, params))[0].id;
    const blackout = (await f.blackout({ siteId: site.id }, '2030-01-01T00:00:00Z', '2030-01-02T00:00:00Z', 'x')).id;
    const agreement = (await f.agreement(orgA.id, staff.body.id, { startsOn: '2026-01-01', minutesPerPeriod: 720 })).id;
    agreementId = agreement;
    const leave = (await f.leave(staff.body.id, '2030-01-01T00:00:00Z', '2030-01-02T00:00:00Z', 'other')).id;
    const pool = (await f.costPool(network.id, { name: 'Fuzz' })).id;
    const hourRequest = await one(
      `INSERT INTO hour_request (resource_id, organisation_id, requester_user_id, title, minutes, window_period)
       VALUES ($1, $2, $3, 'Fuzz', 600, daterange('2027-03-01', '2027-04-01')) RETURNING id`,
      [staff.body.id, orgA.id, users.member],
    );
    const ids = {
      networkid: [network.id],
      organisationid: [orgA.id, orgB.id],
      carrierorganisationid: [orgA.id, orgB.id],
      bookableorganisationid: [orgA.id, orgB.id],
      userid: [victim.id],
      actorid: [users.coordinator],
      siteid: [site.id],
      resourceid: [room.id, staff.body.id],
      seriesid: [booking.body.id],
      occurrenceid: booking.body.occurrences.map((o: { id: string }) => o.id),
      blackoutid: [blackout],
      agreementid: [agreement],
      leaveid: [leave],
      poolid: [pool],
      requestid: [hourRequest],
      invitationid: [invitation.id],
      id: [token.id],
    };
    world = {
      ids: { ...ids, '*': Object.values(ids).flat() },
      emails: [victim.email, employee.email, 'nobody@example.test'],
      tokens: [invitation.token],
    };
    operations = operationsOf((await t.http.get('/api/docs-json').expect(200)).body as OpenApiDocument);
  });
  afterAll(() => t.close());

  const as = async (role: Exclude<Role, 'anonymous'>) => {
    const cookie = await t.factory.sessionCookie(users[role]);
    const agent = t.newAgent();
    return {
      get: (path: string) => agent.get(path).set('Cookie', cookie),
      send: (method: 'post' | 'patch' | 'put', path: string, raw: string) =>
        agent[method](path).set('Cookie', cookie).set('Content-Type', 'application/json').send(raw),
    };
  };
  const expectFieldRefused = (res: { status: number; body: { code: string; details?: unknown } }, field: string) => {
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect((res.body.details as { fields: Array<{ field: string }> }).fields.map((f) => f.field)).toContain(field);
  };

  it('refuses JSON nested deeper than 32 levels before validation, even on the unauthenticated login', async () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    const res = await t.newAgent().post('/api/auth/login').set('Content-Type', 'application/json').send(`{"email":${deep}}`);
    expectFieldRefused(res, 'email.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0');
    const deepObject = '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000);
    expect((await t.newAgent().post('/api/auth/login').set('Content-Type', 'application/json').send(deepObject)).status).toBe(
      400,
    );
  });

  it('refuses a NUL character or an unpaired surrogate in any text, naming the field', async () => {
    const member = await as('member');
    expectFieldRefused(await member.send('patch', '/api/auth/me', '{"name":"\\u0000"}'), 'name');
    expectFieldRefused(await member.send('patch', '/api/auth/me', '{"name":"Ren\\ud800e"}'), 'name');
    expectFieldRefused(await member.send('post', '/api/auth/tokens', '{"name":"x\\udc00"}'), 'name');
    expectFieldRefused(await member.get('/api/audit?entity=%00'), 'entity');
    expectFieldRefused(await member.get('/api/auth/invitations/inv%00x'), 'token');
  });

  it('refuses null for an optional field that null does not clear, and an array as the body', async () => {
    const member = await as('member');
    expectFieldRefused(await member.send('patch', '/api/auth/me', '{"locale":null}'), 'locale');
    expectFieldRefused(await member.send('patch', '/api/auth/me', '[{"locale":"en"}]'), 'body');
  });

  it('refuses dates that match the pattern but do not exist, naming the field', async () => {
    const employee = await as('pooledEmployee');
    expectFieldRefused(await employee.get(`/api/timesheets?resourceId=${staffId}&from=2026-02-30&to=2026-03-05`), 'from');
    const coordinator = await as('coordinator');
    expectFieldRefused(
      await coordinator.send('patch', `/api/agreements/${agreementId}`, '{"startsOn":"2027-04-31"}'),
      'startsOn',
    );
  });

  it('refuses a window whose end comes before its start, naming the end', async () => {
    const coordinator = await as('coordinator');
    expectFieldRefused(await coordinator.get('/api/blackouts?from=2027-02-01T00:00:00Z&to=2027-01-01T00:00:00Z'), 'to');
    expectFieldRefused(
      await coordinator.send(
        'post',
        `/api/staff/${staffId}/leave`,
        '{"kind":"vacation","start":"2027-02-01T00:00:00Z","end":"2027-01-01T00:00:00Z"}',
      ),
      'end',
    );
    expectFieldRefused(await coordinator.send('patch', `/api/agreements/${agreementId}`, '{"endsOn":"2025-01-01"}'), 'endsOn');
  });

  it('refuses a number written in exponent notation where decimals are counted', async () => {
    const coordinator = await as('coordinator');
    expectFieldRefused(
      await coordinator.send('patch', `/api/agreements/${agreementId}`, '{"fixedSharePercent":1e-7}'),
      'fixedSharePercent',
    );
  });

  it('refuses an audit page past any real trail', async () => {
    expectFieldRefused(await (await as('coordinator')).get('/api/audit?page=1e21'), 'page');
  });

  it('answers time recorded for an organisation outside the network with 404', async () => {
    const employee = await as('pooledEmployee');
    const res = await employee.send(
      'put',
      '/api/timesheets/entries',
      JSON.stringify({
        resourceId: staffId,
        organisationId: '77a16268-8701-67d1-a8c3-72cfe3f18956',
        workDate: '2027-01-05',
        minutes: 60,
      }),
    );
    expect(res.status).toBe(404);
  });

  it('answers an organisation that is not in the network with a 4xx wherever one is named', async () => {
    const stranger = (await t.factory.organisation((await t.factory.network()).id)).id;
    const unknown = '3f0e6a6c-1d4b-4c1e-9a57-0b7d2f3c9e11';
    const coordinator = await as('coordinator');
    const member = await as('member');
    const statuses = [];
    for (const organisationId of [stranger, unknown]) {
      statuses.push(
        (
          await coordinator.send(
            'post',
            '/api/spaces',
            JSON.stringify({ siteId, name: 'Salle', carrierOrganisationId: organisationId }),
          )
        ).status,
        (
          await coordinator.send(
            'post',
            '/api/staff',
            JSON.stringify({ networkId, name: 'Agent', carrierOrganisationId: organisationId }),
          )
        ).status,
        (
          await coordinator.send(
            'post',
            '/api/agreements',
            JSON.stringify({ organisationId, resourceId: staffId, minutesPerPeriod: 60, startsOn: '2027-01-01' }),
          )
        ).status,
        (
          await member.send(
            'post',
            '/api/hour-requests',
            JSON.stringify({
              resourceId: staffId,
              organisationId,
              title: 'x',
              minutes: 60,
              from: '2027-03-01',
              to: '2027-03-31',
            }),
          )
        ).status,
      );
    }
    expect(statuses.filter((status) => status < 400 || status >= 500)).toEqual([]);
  });

  it(
    `answers ${REQUESTS} hostile requests over every operation and role without a 5xx or a slow answer`,
    async () => {
      const cases = fc.sample(
        fc
          .tuple(ROLE, fc.constantFrom(...operations))
          .chain(([role, operation]) => arbitraryRequest(operation, world).map((request) => ({ role, request }))),
        { seed: SEED, numRuns: REQUESTS },
      );
      expect(new Set(cases.map((c) => c.request.operation)).size).toBe(operations.length);

      const failures: string[] = [];
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < cases.length) {
          const { role, request } = cases[next++];
          const agent = t.newAgent();
          let call = agent[request.method](request.path);
          if (role !== 'anonymous') call = call.set('Cookie', await t.factory.sessionCookie(users[role]));
          if (request.rawBody !== undefined) call = call.set('Content-Type', 'application/json').send(request.rawBody);
          const started = performance.now();
          const res = await call.ok(() => true);
          const ms = Math.round(performance.now() - started);
          if (res.status >= 500 || ms > SLOW_MS) {
            failures.push(
              `${res.status} in ${ms} ms: ${role} ${request.method.toUpperCase()} ${request.path} ${request.rawBody ?? ''}`.slice(
                0,
                300,
              ),
            );
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));

      // The seed (FUZZ_SEED) replays exactly these requests.
      expect(failures).toEqual([]);
      const health = await t.newAgent().get('/api/health');
      expect(health.status).toBe(200);
    },
    Math.max(120_000, REQUESTS * 60),
  );
});
