import type { BoardPostPage, BoardPostView } from '@mutualis/contracts';
import { createTestApp, type TestApp } from '../../../test/test-app';

/** « Babillard de la mutualisation »: search, visibility, conversations, matches (issue #17). */
describe('board', () => {
  let t: TestApp;
  let networkId: string;
  let otherNetworkId: string;
  let siteId: string;
  let famille: string;
  let culture: string;
  let ailleurs: string;
  let memberFamille: string;
  let memberCulture: string;
  let memberAilleurs: string;
  let coordinator: string;
  let otherCoordinator: string;

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.factory;
    networkId = (await f.network()).id;
    otherNetworkId = (await f.network()).id;
    siteId = (await f.site(networkId)).id;
    famille = (await f.organisation(networkId, 'Maison de la famille')).id;
    culture = (await f.organisation(networkId, 'Centre culturel')).id;
    ailleurs = (await f.organisation(otherNetworkId, 'Ailleurs')).id;
    const cookie = async (options: Parameters<typeof f.user>[0]) =>
      f.sessionCookie((await f.user({ ...options, password: null })).id);
    memberFamille = await cookie({ memberOf: [[famille, 'member']] });
    memberCulture = await cookie({ memberOf: [[culture, 'member']] });
    memberAilleurs = await cookie({ memberOf: [[ailleurs, 'member']] });
    coordinator = await cookie({ coordinatorOf: [networkId] });
    otherCoordinator = await cookie({ coordinatorOf: [otherNetworkId] });
  });
  afterAll(() => t.close());

  const post = (cookie: string, body: object) => t.newAgent().post('/api/board/posts').set('Cookie', cookie).send(body);
  const search = async (cookie: string, query: Record<string, string>): Promise<BoardPostPage> =>
    (await t.newAgent().get('/api/board/posts').query(query).set('Cookie', cookie).expect(200)).body;
  const titles = (page: BoardPostPage) => page.items.map((p) => p.title);

  describe('search', () => {
    beforeAll(async () => {
      await post(memberFamille, {
        kind: 'offer',
        category: 'premises',
        title: 'Salle de réunion libre le mardi',
        description: 'Une grande salle avec projecteur',
        municipality: 'Rimouski',
      }).expect(201);
      await post(memberFamille, {
        kind: 'offer',
        category: 'equipment',
        title: 'Équipement de son à prêter',
        description: 'Haut-parleurs et micros',
        municipality: 'Matane',
      }).expect(201);
      await post(memberCulture, {
        kind: 'need',
        category: 'expertise',
        title: 'Besoin d’une comptable',
        description: 'Quatre heures par semaine, pour la tenue de livres',
        hoursPerWeek: 4,
      }).expect(201);
    });

    it('ignores accents both ways and French plurals', async () => {
      expect(titles(await search(memberCulture, { q: 'equipement' }))).toEqual(['Équipement de son à prêter']);
      expect(titles(await search(memberCulture, { q: 'équipement' }))).toEqual(['Équipement de son à prêter']);
      expect(titles(await search(memberCulture, { q: 'salles' }))).toEqual(['Salle de réunion libre le mardi']);
      expect(titles(await search(memberCulture, { q: 'COMPTABLE' }))).toEqual(['Besoin d’une comptable']);
      expect((await search(memberCulture, { q: 'piscine' })).total).toBe(0);
    });

    it('ranks by relevance, then recency', async () => {
      t.clock.advance(60_000);
      await post(memberCulture, {
        kind: 'offer',
        category: 'other',
        title: 'Tables pliantes',
        description: 'Près de la salle',
      }).expect(201);
      expect(titles(await search(memberFamille, { q: 'salle' }))).toEqual(['Salle de réunion libre le mardi', 'Tables pliantes']);
      const all = await search(memberFamille, {});
      expect(all.items[0].title).toBe('Tables pliantes');
    });

    it('filters by category, kind, municipality and « Mes annonces »', async () => {
      expect(titles(await search(memberFamille, { category: 'expertise' }))).toEqual(['Besoin d’une comptable']);
      expect(titles(await search(memberFamille, { kind: 'need' }))).toEqual(['Besoin d’une comptable']);
      expect(titles(await search(memberFamille, { municipality: 'matane' }))).toEqual(['Équipement de son à prêter']);
      const mine = await search(memberFamille, { mine: 'true' });
      expect(mine.items.every((p) => p.isMine && p.organisationName === 'Maison de la famille')).toBe(true);
      expect(mine.total).toBe(2);
    });

    it('treats odd search text as text, never as an error', async () => {
      for (const q of ['!!!', '"', 'salle & | !', "' OR 1=1 --", '<script>alert(1)</script>', 'le la les']) {
        await t.newAgent().get('/api/board/posts').query({ q }).set('Cookie', memberFamille).expect(200);
      }
    });
  });

  it('keeps network-only posts in their network and shows instance-wide ones to every network', async () => {
    const local = (await post(memberFamille, { kind: 'offer', category: 'transport', title: 'Camion local' }).expect(201)).body;
    const wide = (
      await post(memberFamille, { kind: 'offer', category: 'transport', title: 'Camion partagé', visibility: 'instance' }).expect(
        201,
      )
    ).body;
    expect(titles(await search(memberAilleurs, { q: 'camion' }))).toEqual(['Camion partagé']);
    expect(titles(await search(otherCoordinator, { q: 'camion' }))).toEqual(['Camion partagé']);
    await t.newAgent().get(`/api/board/posts/${local.id}`).set('Cookie', memberAilleurs).expect(404);
    await t.newAgent().get(`/api/board/posts/${wide.id}`).set('Cookie', memberAilleurs).expect(200);
    await t.newAgent().patch(`/api/board/posts/${local.id}`).set('Cookie', memberAilleurs).send({ title: 'x' }).expect(404);
    await t.newAgent().patch(`/api/board/posts/${wide.id}`).set('Cookie', memberAilleurs).send({ title: 'x' }).expect(403);
    await t.newAgent().post(`/api/board/posts/${local.id}/conversations`).set('Cookie', memberAilleurs).send({}).expect(404);
  });

  it('expired posts leave the board and stay in « Mes annonces »', async () => {
    const created = (
      await post(memberFamille, {
        kind: 'offer',
        category: 'storage',
        title: 'Entrepôt bientôt expiré',
        expiresOn: '2026-11-20',
      }).expect(201)
    ).body as BoardPostView;
    expect(created.expiresOn).toBe('2026-11-20');
    const defaulted = (await post(memberFamille, { kind: 'need', category: 'storage', title: 'Par défaut' }).expect(201)).body;
    expect(defaulted.expiresOn).toBe('2027-01-15');
    expect(titles(await search(memberCulture, { q: 'entrepot' }))).toEqual(['Entrepôt bientôt expiré']);
    t.clock.advance(5 * 86_400_000);
    try {
      expect(titles(await search(memberCulture, { q: 'entrepot' }))).toEqual([]);
      const mine = await search(memberFamille, { mine: 'true', q: 'entrepot' });
      expect(mine.items).toEqual([expect.objectContaining({ title: 'Entrepôt bientôt expiré', expired: true })]);
    } finally {
      t.clock.advance(-5 * 86_400_000);
    }
    const past = await post(memberFamille, {
      kind: 'offer',
      category: 'storage',
      title: 'Passé',
      expiresOn: '2026-11-01',
    }).expect(400);
    expect(past.body.details.fields[0].field).toBe('expiresOn');
  });

  it('keeps conversations between the two organisations and the network’s coordinators', async () => {
    const offer = (
      await post(memberFamille, { kind: 'offer', category: 'premises', title: 'Bureau le jeudi', visibility: 'instance' }).expect(
        201,
      )
    ).body as BoardPostView;
    await t.newAgent().post(`/api/board/posts/${offer.id}/conversations`).set('Cookie', memberFamille).send({}).expect(409);
    const opened = await t
      .newAgent()
      .post(`/api/board/posts/${offer.id}/conversations`)
      .set('Cookie', memberCulture)
      .send({ message: 'Ça m’intéresse <b>beaucoup</b>' })
      .expect(201);
    const id = opened.body.id;
    expect(opened.body.messages).toEqual([expect.objectContaining({ body: 'Ça m’intéresse <b>beaucoup</b>', mine: true })]);
    await t
      .newAgent()
      .post(`/api/board/conversations/${id}/messages`)
      .set('Cookie', memberFamille)
      .send({ body: 'Avec plaisir' })
      .expect(201);
    const read = await t.newAgent().get(`/api/board/conversations/${id}/messages`).set('Cookie', coordinator).expect(200);
    expect(read.body.map((m: { body: string }) => m.body)).toEqual(['Ça m’intéresse <b>beaucoup</b>', 'Avec plaisir']);
    for (const outsider of [memberAilleurs, otherCoordinator]) {
      await t.newAgent().get(`/api/board/conversations/${id}`).set('Cookie', outsider).expect(404);
      await t.newAgent().get(`/api/board/conversations/${id}/messages`).set('Cookie', outsider).expect(404);
      await t.newAgent().post(`/api/board/conversations/${id}/messages`).set('Cookie', outsider).send({ body: 'x' }).expect(404);
    }
    // A third organisation of the same network does not read it either.
    const third = await t.factory.organisation(networkId);
    const thirdMember = await t.factory.sessionCookie(
      (await t.factory.user({ memberOf: [[third.id, 'member']], password: null })).id,
    );
    await t.newAgent().get(`/api/board/conversations/${id}`).set('Cookie', thirdMember).expect(404);
    const notices = await t.dataSource.query(`SELECT kind FROM notification WHERE kind LIKE 'board.%' ORDER BY created_at`);
    expect(notices.map((n: { kind: string }) => n.kind)).toEqual(expect.arrayContaining(['board.interest', 'board.reply']));
  });

  describe('match', () => {
    it('creates a shared room carried by the offering organisation, which the other one then books', async () => {
      const offer = (
        await post(memberFamille, { kind: 'offer', category: 'premises', title: 'Salle polyvalente', siteId }).expect(201)
      ).body as BoardPostView;
      await t.newAgent().post(`/api/board/posts/${offer.id}/conversations`).set('Cookie', memberCulture).send({}).expect(201);
      await t
        .newAgent()
        .post(`/api/board/posts/${offer.id}/match`)
        .set('Cookie', memberCulture)
        .send({ organisationId: culture, create: 'resource' })
        .expect(403);
      const matched = await t
        .newAgent()
        .post(`/api/board/posts/${offer.id}/match`)
        .set('Cookie', memberFamille)
        .send({ organisationId: culture, create: 'resource' })
        .expect(200);
      expect(matched.body).toMatchObject({
        status: 'matched',
        matchedOrganisationId: culture,
        matchedOrganisationName: 'Centre culturel',
      });
      const resource = await t
        .newAgent()
        .get(`/api/resources/${matched.body.createdResourceId}`)
        .set('Cookie', memberCulture)
        .expect(200);
      expect(resource.body).toMatchObject({ name: 'Salle polyvalente', type: 'space', carrierOrganisationId: famille });
      const booking = await t
        .newAgent()
        .post('/api/bookings')
        .set('Cookie', memberCulture)
        .send({ resourceId: matched.body.createdResourceId, title: 'Atelier', start: '2026-12-01T10:00', durationMinutes: 60 });
      expect(booking.status).toBe(201);
      // Matched: it left the board, the matched organisation heard of it, and a second match is refused.
      expect(titles(await search(memberCulture, { q: 'polyvalente' }))).toEqual([]);
      await t
        .newAgent()
        .post(`/api/board/posts/${offer.id}/match`)
        .set('Cookie', memberFamille)
        .send({ organisationId: culture, create: 'resource' })
        .expect(409);
      const [notice] = await t.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE kind = 'board.matched'`);
      expect(notice.n).toBeGreaterThan(0);
    });

    it('creates an agreement for the hours of a pooled employee', async () => {
      const staff = await t.factory.staffMember(networkId, { name: 'Comptable partagée' });
      const need = (
        await post(memberCulture, { kind: 'need', category: 'expertise', title: 'Tenue de livres', hoursPerWeek: 4 }).expect(201)
      ).body as BoardPostView;
      const matched = await t
        .newAgent()
        .post(`/api/board/posts/${need.id}/match`)
        .set('Cookie', memberCulture)
        .send({ organisationId: famille, create: 'agreement', resourceId: staff.id })
        .expect(200);
      const [agreement] = await t.dataSource.query(
        'SELECT organisation_id, resource_id, minutes_per_period, period_unit, starts_on::text FROM agreement WHERE id = $1',
        [matched.body.createdAgreementId],
      );
      expect(agreement).toEqual({
        organisation_id: culture,
        resource_id: staff.id,
        minutes_per_period: 240,
        period_unit: 'week',
        starts_on: '2026-11-16',
      });
    });

    it('creates a booking of the resource for the receiving organisation', async () => {
      const room = await t.factory.space(networkId, siteId);
      const need = (
        await post(memberCulture, {
          kind: 'need',
          category: 'premises',
          title: 'Salle pour un atelier',
          resourceId: room.id,
        }).expect(201)
      ).body as BoardPostView;
      const noStart = await t
        .newAgent()
        .post(`/api/board/posts/${need.id}/match`)
        .set('Cookie', memberCulture)
        .send({ organisationId: famille, create: 'booking' })
        .expect(400);
      expect(noStart.body.details.fields[0].field).toBe('start');
      const matched = await t
        .newAgent()
        .post(`/api/board/posts/${need.id}/match`)
        .set('Cookie', memberCulture)
        .send({ organisationId: famille, create: 'booking', start: '2026-12-02T13:30', durationMinutes: 90 })
        .expect(200);
      const [series] = await t.dataSource.query('SELECT organisation_id, resource_id, title FROM booking_series WHERE id = $1', [
        matched.body.createdBookingSeriesId,
      ]);
      expect(series).toEqual({ organisation_id: culture, resource_id: room.id, title: 'Salle pour un atelier' });
    });

    it('counts in the impact report: posts, conversations, matches and what they created', async () => {
      const report = await t
        .newAgent()
        .get('/api/impact')
        .query({ networkId, from: '2026-11-01', to: '2026-12-01' })
        .set('Cookie', coordinator)
        .expect(200);
      expect(report.body.reach.boardPosts).toBeGreaterThan(10);
      expect(report.body.reach.boardConversations).toBeGreaterThanOrEqual(2);
      expect(report.body.reach.boardMatches).toBe(3);
      expect(report.body.reach.boardCreations).toBe(3);
    });

    it('refuses an organisation that cannot see a network-only post', async () => {
      const offer = (await post(memberFamille, { kind: 'offer', category: 'other', title: 'Chaises' }).expect(201)).body;
      const res = await t
        .newAgent()
        .post(`/api/board/posts/${offer.id}/match`)
        .set('Cookie', memberFamille)
        .send({ organisationId: ailleurs })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });
  });

  it('lets anyone report a post and coordinators hide it with a reason', async () => {
    const offer = (await post(memberFamille, { kind: 'offer', category: 'other', title: 'Annonce douteuse' }).expect(201)).body;
    await t
      .newAgent()
      .post(`/api/board/posts/${offer.id}/report`)
      .set('Cookie', memberCulture)
      .send({ reason: 'Hors sujet' })
      .expect(204);
    const reported = await search(coordinator, { reported: 'true' });
    expect(reported.items).toEqual([expect.objectContaining({ id: offer.id, reportCount: 1 })]);
    await t
      .newAgent()
      .post(`/api/board/posts/${offer.id}/moderation`)
      .set('Cookie', memberCulture)
      .send({ hidden: true, reason: 'x' })
      .expect(403);
    await t
      .newAgent()
      .post(`/api/board/posts/${offer.id}/moderation`)
      .set('Cookie', coordinator)
      .send({ hidden: true })
      .expect(400);
    const hidden = await t
      .newAgent()
      .post(`/api/board/posts/${offer.id}/moderation`)
      .set('Cookie', coordinator)
      .send({ hidden: true, reason: 'Contenu hors sujet' })
      .expect(200);
    expect(hidden.body).toMatchObject({ hidden: true, hiddenReason: 'Contenu hors sujet' });
    await t.newAgent().get(`/api/board/posts/${offer.id}`).set('Cookie', memberCulture).expect(404);
    await t.newAgent().get(`/api/board/posts/${offer.id}`).set('Cookie', memberFamille).expect(200);
  });

  it('notifies followers of a category of a new post they may read', async () => {
    const follower = await t.factory.user({ memberOf: [[culture, 'member']], password: null });
    const cookie = await t.factory.sessionCookie(follower.id);
    await t
      .newAgent()
      .put('/api/board/follows')
      .set('Cookie', cookie)
      .send({ categories: ['transport'] })
      .expect(200);
    expect((await t.newAgent().get('/api/board/follows').set('Cookie', cookie).expect(200)).body).toEqual({
      categories: ['transport'],
    });
    const created = (await post(memberFamille, { kind: 'offer', category: 'transport', title: 'Fourgonnette' }).expect(201)).body;
    const rows = await t.dataSource.query(
      `SELECT user_id, link FROM notification WHERE kind = 'board.new-post' AND user_id = $1`,
      [follower.id],
    );
    expect(rows).toEqual([{ user_id: follower.id, link: `/board/posts/${created.id}` }]);
  });

  it('changes a post and clears its optional facts with null; a rule that does not parse is refused', async () => {
    const created = (
      await post(memberFamille, {
        kind: 'offer',
        category: 'expertise',
        title: 'Comptable disponible',
        hoursPerWeek: 4,
        startsOn: '2027-01-04',
        endsOn: '2027-03-29',
        rrule: 'FREQ=WEEKLY;BYDAY=MO',
        siteId,
      }).expect(201)
    ).body;
    const change = (body: object) => t.newAgent().patch(`/api/board/posts/${created.id}`).set('Cookie', memberFamille).send(body);
    expect((await change({ rrule: 'FREQ=SOMETIMES' })).status).toBe(400);
    const changed = await change({
      title: 'Comptable, 4 h le lundi',
      hoursPerWeek: null,
      endsOn: null,
      rrule: null,
      siteId: null,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      title: 'Comptable, 4 h le lundi',
      hoursPerWeek: null,
      startsOn: '2027-01-04',
      endsOn: null,
      rrule: null,
      siteId: null,
    });
    // The end gone, a later start is fine.
    expect((await change({ startsOn: '2027-06-07' })).body).toMatchObject({ startsOn: '2027-06-07', endsOn: null });
    expect((await change({ title: null })).status).toBe(400);
  });
});
