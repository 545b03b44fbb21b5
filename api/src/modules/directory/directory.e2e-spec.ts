import { createTestApp, TEST_NOW, type TestApp } from '../../../test/test-app';

/** Networks, organisations and accounts: what a coordinator may do, and when. */
describe('directory', () => {
  let t: TestApp;
  let networkId: string;
  let coordinator: string;
  let otherCoordinator: string;

  beforeAll(async () => {
    t = await createTestApp();
    networkId = (await t.factory.network()).id;
    coordinator = await t.factory.sessionCookie((await t.factory.user({ coordinatorOf: [networkId], password: null })).id);
    const otherNetwork = (await t.factory.network()).id;
    otherCoordinator = await t.factory.sessionCookie(
      (await t.factory.user({ coordinatorOf: [otherNetwork], password: null })).id,
    );
  });
  afterEach(() => t.clock.set(TEST_NOW));
  afterAll(() => t.close());

  describe('a pooled employee who belongs to no organisation', () => {
    it('can be given a temporary password and deactivated by their network’s coordinator', async () => {
      const person = await t.factory.user({ password: null });
      await t.factory.staffMember(networkId, { userId: person.id });
      await t
        .newAgent()
        .post(`/api/users/${person.id}/temporary-password`)
        .set('Cookie', coordinator)
        .send({ password: 'a temporary password' })
        .expect(204);
      await t.newAgent().post(`/api/users/${person.id}/deactivate`).set('Cookie', coordinator).send({}).expect(204);
      const [row] = await t.dataSource.query('SELECT active, must_change_password FROM app_user WHERE id = $1', [person.id]);
      expect(row).toEqual({ active: false, must_change_password: true });
      const [audit] = await t.dataSource.query(
        `SELECT network_id FROM audit_event WHERE entity = 'user' AND entity_id = $1 AND action = 'deactivate'`,
        [person.id],
      );
      expect(audit.network_id).toBe(networkId);
    });

    it('stays out of reach of another network’s coordinator (404)', async () => {
      const person = await t.factory.user({ password: null });
      await t.factory.staffMember(networkId, { userId: person.id });
      const res = await t.newAgent().post(`/api/users/${person.id}/deactivate`).set('Cookie', otherCoordinator).send({});
      expect(res.status).toBe(404);
      const [row] = await t.dataSource.query('SELECT active FROM app_user WHERE id = $1', [person.id]);
      expect(row.active).toBe(true);
    });
  });

  it('dates invitations by the app’s clock: they expire seven days after it', async () => {
    const organisationId = (await t.factory.organisation(networkId)).id;
    const created = await t
      .newAgent()
      .post(`/api/organisations/${organisationId}/invitations`)
      .set('Cookie', coordinator)
      .send({ email: 'nouvelle@example.test', role: 'member' })
      .expect(201);
    expect(created.body.expiresAt).toBe(new Date(TEST_NOW.getTime() + 7 * 86_400_000).toISOString());
    const listed = await t.newAgent().get(`/api/organisations/${organisationId}/invitations`).set('Cookie', coordinator);
    expect(listed.body.map((i: { id: string }) => i.id)).toEqual([created.body.id]);
    // Eight days later by the clock (whatever the machine's date), it is no longer pending nor usable.
    t.clock.advance(8 * 86_400_000);
    const later = await t.newAgent().get(`/api/organisations/${organisationId}/invitations`).set('Cookie', coordinator);
    expect(later.body).toEqual([]);
    await t
      .newAgent()
      .get(`/api/auth/invitations/${created.body.acceptUrl.replace('/invitation/', '')}`)
      .expect(410);
  });

  it('lets an organisation leave the network: it is no longer a member, and its membership keeps its dates', async () => {
    const created = await t
      .newAgent()
      .post(`/api/networks/${networkId}/organisations`)
      .set('Cookie', coordinator)
      .send({ name: 'Partante' })
      .expect(201);
    const organisationId = created.body.id;
    const [joined] = await t.dataSource.query(
      `SELECT to_char(joined_on, 'YYYY-MM-DD') AS joined_on FROM network_membership_period WHERE organisation_id = $1`,
      [organisationId],
    );
    expect(joined.joined_on).toBe('2026-11-16');

    t.clock.set(new Date('2027-02-10T15:00:00Z'));
    await t
      .newAgent()
      .delete(`/api/networks/${networkId}/organisations/${organisationId}`)
      .set('Cookie', otherCoordinator)
      .expect(404);
    await t
      .newAgent()
      .delete(`/api/networks/${networkId}/organisations/${organisationId}`)
      .set('Cookie', coordinator)
      .expect(204);
    const organisations = await t.newAgent().get('/api/organisations').set('Cookie', coordinator).expect(200);
    expect(organisations.body.map((o: { id: string }) => o.id)).not.toContain(organisationId);
    const rows = await t.dataSource.query(
      `SELECT to_char(joined_on, 'YYYY-MM-DD') AS joined_on, to_char(left_on, 'YYYY-MM-DD') AS left_on
         FROM network_membership_period WHERE organisation_id = $1`,
      [organisationId],
    );
    expect(rows).toEqual([{ joined_on: '2026-11-16', left_on: '2027-02-10' }]);
    await t
      .newAgent()
      .delete(`/api/networks/${networkId}/organisations/${organisationId}`)
      .set('Cookie', coordinator)
      .expect(404);
  });
});
