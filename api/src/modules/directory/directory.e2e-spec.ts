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

  describe('an organisation keeps at least one admin', () => {
    const members = (organisationId: string, cookie: string) =>
      t.newAgent().get(`/api/organisations/${organisationId}/members`).set('Cookie', cookie).expect(200);
    const setRole = (organisationId: string, userId: string, cookie: string, role: 'admin' | 'member') =>
      t.newAgent().patch(`/api/organisations/${organisationId}/members/${userId}`).set('Cookie', cookie).send({ role });
    const remove = (organisationId: string, userId: string, cookie: string) =>
      t.newAgent().delete(`/api/organisations/${organisationId}/members/${userId}`).set('Cookie', cookie);
    const rolesIn = async (organisationId: string): Promise<Record<string, string>> =>
      Object.fromEntries(
        (
          await t.dataSource.query('SELECT user_id, role FROM organisation_membership WHERE organisation_id = $1', [
            organisationId,
          ])
        ).map((r: { user_id: string; role: string }) => [r.user_id, r.role]),
      );

    async function organisationWithAdmins(
      count: number,
    ): Promise<{ organisationId: string; admins: Array<{ id: string; cookie: string }> }> {
      const organisationId = (await t.factory.organisation(networkId)).id;
      const admins = [];
      for (let i = 0; i < count; i++) {
        const admin = await t.factory.user({ memberOf: [[organisationId, 'admin']], password: null });
        admins.push({ id: admin.id, cookie: await t.factory.sessionCookie(admin.id) });
      }
      return { organisationId, admins };
    }

    it('refuses that its only admin steps down or leaves (409 LAST_ADMIN), and changes nothing', async () => {
      const { organisationId, admins } = await organisationWithAdmins(1);
      const [admin] = admins;
      const member = await t.factory.user({ password: null });
      await t.factory.membership(organisationId, member.id, 'member');

      const demoted = await setRole(organisationId, admin.id, admin.cookie, 'member').expect(409);
      expect(demoted.body.code).toBe('LAST_ADMIN');
      const left = await remove(organisationId, admin.id, admin.cookie).expect(409);
      expect(left.body.code).toBe('LAST_ADMIN');
      expect(await rolesIn(organisationId)).toEqual({ [admin.id]: 'admin', [member.id]: 'member' });
      const [audit] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM audit_event WHERE entity = 'organisation_membership' AND organisation_id = $1`,
        [organisationId],
      );
      expect(audit.count).toBe(0);
    });

    it('lets an admin step down once another admin is named', async () => {
      const { organisationId, admins } = await organisationWithAdmins(1);
      const [first] = admins;
      const second = await t.factory.user({ password: null });
      await t.factory.membership(organisationId, second.id, 'member');

      await setRole(organisationId, second.id, first.cookie, 'admin').expect(200);
      const after = await setRole(organisationId, first.id, first.cookie, 'member').expect(200);
      expect(after.body).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ userId: first.id, role: 'member' }),
          expect.objectContaining({ userId: second.id, role: 'admin' }),
        ]),
      );
    });

    it('does not count a deactivated admin', async () => {
      const { organisationId, admins } = await organisationWithAdmins(2);
      const [active, inactive] = admins;
      await t.dataSource.query('UPDATE app_user SET active = false WHERE id = $1', [inactive.id]);
      expect((await remove(organisationId, active.id, active.cookie).expect(409)).body.code).toBe('LAST_ADMIN');
    });

    it('keeps one admin when two admins demote or remove each other at the same moment', async () => {
      for (const act of ['demote', 'remove'] as const) {
        const { organisationId, admins } = await organisationWithAdmins(2);
        const [a, b] = admins;
        const answers = await Promise.all([
          act === 'demote' ? setRole(organisationId, b.id, a.cookie, 'member') : remove(organisationId, b.id, a.cookie),
          act === 'demote' ? setRole(organisationId, a.id, b.cookie, 'member') : remove(organisationId, a.id, b.cookie),
        ]);
        // The loser is refused: LAST_ADMIN when both were signed in as admins, else no longer allowed at all.
        const [won, lost] = [...answers].sort((x, y) => x.status - y.status);
        expect(won.status).toBe(act === 'demote' ? 200 : 204);
        expect([409, 403, 404]).toContain(lost.status);
        if (lost.status === 409) expect(lost.body.code).toBe('LAST_ADMIN');
        const roles = Object.values(await rolesIn(organisationId));
        expect(roles.filter((role) => role === 'admin')).toHaveLength(1);
      }
    });

    it('lets the network’s coordinator demote the last admin: a coordinator can always step in', async () => {
      const { organisationId, admins } = await organisationWithAdmins(1);
      await setRole(organisationId, admins[0].id, coordinator, 'member').expect(200);
      const listed = await members(organisationId, coordinator);
      expect(listed.body).toEqual([expect.objectContaining({ userId: admins[0].id, role: 'member' })]);
    });
  });
});
