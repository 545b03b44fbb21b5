import { createTestApp, type TestApp } from '../../../test/test-app';
import { parseInvitation, to } from '../../../test/mail-testing';
import { MailCatcher, type CaughtMail } from './mail-catcher/mail-catcher';

// Both parsers, as calendar clients would read the invitations (CommonJS builds).
const ICAL: typeof import('ical.js').default = require('ical.js');
const nodeIcal: typeof import('node-ical') = require('node-ical');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The booking journeys, read in a real SMTP server: who gets what, in which language, with which invitation. */
describe('booking e-mails', () => {
  const catcher = new MailCatcher();
  let t: TestApp;
  let networkId: string;
  let siteId: string;
  let orgA: string;
  let member: { email: string; cookie: string };
  let coordinator: { email: string; cookie: string };

  beforeAll(async () => {
    const { smtpUrl } = await catcher.start();
    t = await createTestApp({ QUEUE_WORKERS: 'true', SMTP_URL: smtpUrl, MAIL_RETRY_DELAY_SECONDS: '1' });
    const f = t.factory;
    networkId = (await f.network()).id;
    orgA = (await f.organisation(networkId, 'Maison des jeunes')).id;
    siteId = (await f.site(networkId)).id;
    const memberUser = await f.user({ memberOf: [[orgA, 'member']], password: null, name: 'Léa Member' });
    const coordinatorUser = await f.user({ coordinatorOf: [networkId], password: null, name: 'Chris Coordinator' });
    await t.dataSource.query(`UPDATE app_user SET locale = 'en' WHERE id = $1`, [coordinatorUser.id]);
    member = { email: memberUser.email, cookie: await f.sessionCookie(memberUser.id) };
    coordinator = { email: coordinatorUser.email, cookie: await f.sessionCookie(coordinatorUser.id) };
  });
  afterAll(async () => {
    await t.close();
    await catcher.stop();
  });
  beforeEach(() => catcher.clear());

  const room = (rules: Record<string, unknown> = {}) => t.factory.space(networkId, siteId, rules).then((r) => r.id);
  const book = (body: object) => t.newAgent().post('/api/bookings').set('Cookie', member.cookie).send(body).expect(201);

  it('asks the coordinator (in English) to approve a request, and tells the member (in French) once approved', async () => {
    const resourceId = await room({ approval_required: true });
    const booking = await book({ resourceId, title: 'Conseil', start: '2026-12-08T10:00', durationMinutes: 120 });

    const request = await mail(coordinator.email, 'Conseil');
    expect(request.subject).toMatch(/^Request to approve: Conseil/);
    expect(request.text).toContain('Maison des jeunes requests');
    expect(request.text).toContain('Tuesday, December 8, 2026, 10 a.m. – 12 p.m.');
    expect(request.html).toContain('<h1');
    const pending = parseInvitation(request.calendar!.content);
    expect(pending).toMatchObject({ method: 'REQUEST', uid: `${booking.body.id}@mutualis`, status: 'TENTATIVE', sequence: 0 });
    expect(pending.timezones).toEqual(['America/Toronto']);
    expect(catcher.messages.filter(to(member.email))).toHaveLength(0);

    await t.newAgent().post(`/api/bookings/${booking.body.id}/approve`).set('Cookie', coordinator.cookie).send({}).expect(200);
    const approved = await mail(member.email, 'approuvée : Conseil');
    expect(approved.subject).toBe(`Demande approuvée : Conseil (${await roomName(resourceId)})`);
    expect(approved.text).toContain('Chris Coordinator a approuvé la réservation');
    expect(approved.text).toContain('le mardi 8 décembre 2026, 10 h – 12 h');
    const invitation = parseInvitation(approved.calendar!.content);
    expect(invitation).toMatchObject({ method: 'REQUEST', uid: pending.uid, status: 'CONFIRMED' });
    expect(invitation.sequence).toBeGreaterThan(pending.sequence);
  });

  it('sends the reason of a decline with a cancellation of the invitation', async () => {
    const resourceId = await room({ approval_required: true });
    const booking = await book({ resourceId, title: 'Atelier', start: '2026-12-09T13:00', durationMinutes: 60 });
    await t
      .newAgent()
      .post(`/api/bookings/${booking.body.id}/decline`)
      .set('Cookie', coordinator.cookie)
      .send({ reason: 'Salle en rénovation' })
      .expect(200);
    const declined = await mail(member.email, 'Atelier');
    expect(declined.subject).toMatch(/^Demande refusée : Atelier/);
    expect(declined.text).toContain('Motif : Salle en rénovation');
    expect(parseInvitation(declined.calendar!.content)).toMatchObject({ method: 'CANCEL', status: 'CANCELLED' });
  });

  it('confirms a weekly series with its rule, then cancels one occurrence with its RECURRENCE-ID', async () => {
    const resourceId = await room();
    const booking = await book({
      resourceId,
      title: 'Yoga',
      start: '2026-12-01T18:00',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;COUNT=6',
    });
    const confirmed = await mail(member.email, 'Yoga');
    expect(confirmed.subject).toMatch(/^Réservation confirmée : Yoga/);
    expect(confirmed.text).toContain('(et 5 autres occurrences)');
    const series = parseInvitation(confirmed.calendar!.content);
    expect(series).toMatchObject({ method: 'REQUEST', rrule: 'FREQ=WEEKLY;COUNT=6', exdates: [], sequence: 0 });
    catcher.clear();

    const third = booking.body.occurrences[2];
    await t
      .newAgent()
      .post(`/api/bookings/${booking.body.id}/cancel`)
      .set('Cookie', member.cookie)
      .send({ scope: 'one', occurrenceId: third.id })
      .expect(200);
    const cancelled = await mail(member.email, 'annulée : Yoga');
    expect(cancelled.subject).toMatch(/^Réservation annulée : Yoga/);
    const cancel = parseInvitation(cancelled.calendar!.content);
    expect(cancel).toMatchObject({ method: 'CANCEL', uid: series.uid, sequence: 1 });
    expect(cancel.recurrenceIds).toEqual(['2026-12-15T18:00:00']);
    catcher.clear();

    // A later change of the series carries the cancelled date as an EXDATE.
    await t
      .newAgent()
      .patch(`/api/bookings/${booking.body.id}`)
      .set('Cookie', member.cookie)
      .send({ scope: 'all', changes: { title: 'Yoga doux' } })
      .expect(200);
    const changed = await mail(member.email, 'Yoga doux');
    expect(changed.subject).toMatch(/^Réservation modifiée : Yoga doux/);
    const updated = parseInvitation(changed.calendar!.content);
    expect(updated).toMatchObject({ method: 'REQUEST', uid: series.uid, sequence: 2, summary: 'Yoga doux' });
    expect(updated.exdates).toEqual(['2026-12-15T18:00:00']);
  });

  it('asks the approvers again when a change sends an approved booking back to pending', async () => {
    const resourceId = await room({ approval_required: true });
    const booking = await book({ resourceId, title: 'Reprise', start: '2026-12-10T09:00', durationMinutes: 60 });
    await mail(coordinator.email, 'Request to approve: Reprise');
    await t.newAgent().post(`/api/bookings/${booking.body.id}/approve`).set('Cookie', coordinator.cookie).send({}).expect(200);
    await mail(member.email, 'approuvée : Reprise');
    catcher.clear();

    const moved = await t
      .newAgent()
      .patch(`/api/bookings/${booking.body.id}`)
      .set('Cookie', member.cookie)
      .send({ scope: 'all', changes: { start: '2026-12-10T14:00' } })
      .expect(200);
    expect(moved.body.occurrences[0].status).toBe('pending');

    const again = await mail(coordinator.email, 'Request to approve: Reprise');
    expect(again.text).toContain('Thursday, December 10, 2026, 2 p.m. – 3 p.m.');
    const invitation = parseInvitation(again.calendar!.content);
    expect(invitation).toMatchObject({ method: 'REQUEST', uid: `${booking.body.id}@mutualis`, status: 'TENTATIVE' });
    expect(invitation.sequence).toBeGreaterThan(0);
    expect((await mail(member.email, 'Réservation modifiée : Reprise')).calendar).not.toBeNull();
    const inbox = await t.newAgent().get('/api/notifications?unread=true').set('Cookie', coordinator.cookie).expect(200);
    const asked = inbox.body.items.filter(
      (n: { kind: string; title: string }) => n.kind === 'booking.approval-requested' && n.title.includes('Reprise'),
    );
    expect(asked).toHaveLength(2);
    // The coordinator is asked, not told twice: no « changed » e-mail for them.
    await sleep(1000);
    expect(catcher.messages.filter((m) => to(coordinator.email)(m) && m.subject.includes('changed'))).toEqual([]);
  });

  it('splits a series with « and following »: the earlier part is re-sent ending before the cut, the later part has its own UID', async () => {
    const resourceId = await room();
    const booking = await book({
      resourceId,
      title: 'Chorale',
      start: '2026-12-01T18:00',
      durationMinutes: 60,
      rrule: 'FREQ=WEEKLY;COUNT=6',
    });
    const original = parseInvitation((await mail(member.email, 'Chorale')).calendar!.content);
    catcher.clear();

    const third = booking.body.occurrences[2];
    const split = await t
      .newAgent()
      .patch(`/api/bookings/${booking.body.id}`)
      .set('Cookie', member.cookie)
      .send({ scope: 'following', occurrenceId: third.id, changes: { start: '2026-12-15T19:00' } })
      .expect(200);
    expect(split.body.id).not.toBe(booking.body.id);

    const messages = await catcher.waitFor(
      (all) => all.filter((m) => to(member.email)(m) && m.subject.includes('Chorale')).length >= 2,
    );
    const invitations = messages
      .filter((m) => to(member.email)(m) && m.subject.includes('Chorale'))
      .map((m) => ({ parsed: parseInvitation(m.calendar!.content), content: m.calendar!.content }));
    const earlier = invitations.find((i) => i.parsed.uid === original.uid)!;
    const later = invitations.find((i) => i.parsed.uid === `${split.body.id}@mutualis`)!;
    expect(earlier).toBeDefined();
    expect(later).toBeDefined();

    // The earlier part: same UID, higher SEQUENCE, a rule that ends before the cut (UNTIL), two instances.
    expect(earlier.parsed.method).toBe('REQUEST');
    expect(earlier.parsed.sequence).toBeGreaterThan(original.sequence);
    expect(earlier.parsed.rrule).toMatch(/UNTIL=/);
    expect(expandStarts(earlier.content)).toEqual(['2026-12-01T18:00:00', '2026-12-08T18:00:00']);
    expect(nodeIcalStarts(earlier.content)).toBe(2);

    // The later part: a new event from the cut at the new time, the remaining four instances.
    expect(later.parsed.uid).not.toBe(original.uid);
    expect(expandStarts(later.content)).toEqual([
      '2026-12-15T19:00:00',
      '2026-12-22T19:00:00',
      '2026-12-29T19:00:00',
      '2027-01-05T19:00:00',
    ]);
  });

  it('sends a proposed time to the requester, and its acceptance to the approver', async () => {
    const resourceId = await room({ approval_required: true });
    const booking = await book({ resourceId, title: 'Proposal', start: '2026-12-14T10:00', durationMinutes: 60 });
    const occurrenceId = booking.body.occurrences[0].id;
    await t
      .newAgent()
      .post(`/api/bookings/${booking.body.id}/propose`)
      .set('Cookie', coordinator.cookie)
      .send({ occurrenceId, start: '2026-12-14T14:00' })
      .expect(200);
    const proposed = await mail(member.email, 'Autre plage proposée : Proposal');
    expect(proposed.text).toContain(
      'ne peut pas confirmer le lundi 14 décembre 2026, 10 h – 11 h et propose le lundi 14 décembre 2026, 14 h – 15 h',
    );
    expect(parseInvitation(proposed.calendar!.content)).toMatchObject({ method: 'REQUEST', status: 'TENTATIVE', sequence: 0 });

    await t
      .newAgent()
      .post(`/api/bookings/${booking.body.id}/accept-proposal`)
      .set('Cookie', member.cookie)
      .send({ occurrenceId })
      .expect(200);
    const accepted = await mail(coordinator.email, 'Proposal accepted: Proposal');
    expect(accepted.text).toContain(
      'Maison des jeunes accepted the proposed time: on Monday, December 14, 2026, 2 p.m. – 3 p.m.',
    );
    const invitation = parseInvitation(accepted.calendar!.content);
    expect(invitation).toMatchObject({ method: 'REQUEST', status: 'CONFIRMED', sequence: 1 });
    expect((await mail(member.email, 'Proposition acceptée : Proposal')).subject).toMatch(/^Proposition acceptée/);
  });

  it('puts the same events in the in-app inbox, titled in the reader’s language, each person marking only their own read', async () => {
    const resourceId = await room({ approval_required: true });
    await book({ resourceId, title: 'Inbox', start: '2026-12-10T10:00', durationMinutes: 60 });
    const inbox = await t.newAgent().get('/api/notifications?unread=true').set('Cookie', coordinator.cookie).expect(200);
    const item = inbox.body.items.find((n: { title: string }) => n.title.includes('Inbox'));
    expect(item).toMatchObject({ kind: 'booking.approval-requested', readAt: null, link: '/bookings/approvals' });
    expect(item.title).toMatch(/^Request to approve: Inbox/);
    expect(new Date(item.createdAt).getTime()).toBe(t.clock.nowMs());
    const before = inbox.body.unreadCount;

    // Someone else's id is ignored, not an error that would tell them it exists.
    await t
      .newAgent()
      .post('/api/notifications/read')
      .set('Cookie', member.cookie)
      .send({ ids: [item.id] })
      .expect(200);
    const still = await t.newAgent().get('/api/notifications?unread=true').set('Cookie', coordinator.cookie).expect(200);
    expect(still.body.unreadCount).toBe(before);

    const read = await t
      .newAgent()
      .post('/api/notifications/read')
      .set('Cookie', coordinator.cookie)
      .send({ ids: [item.id] })
      .expect(200);
    expect(read.body).toEqual({ unreadCount: before - 1 });
    await t.newAgent().post('/api/notifications/read').set('Cookie', coordinator.cookie).send({ all: true }).expect(200);
    const after = await t.newAgent().get('/api/notifications').set('Cookie', coordinator.cookie).expect(200);
    expect(after.body.unreadCount).toBe(0);
    expect(after.body.items.length).toBeGreaterThan(0);
    await t.newAgent().post('/api/notifications/read').set('Cookie', coordinator.cookie).send({}).expect(400);
  });

  /** The local starts of every instance of the invitation's master event, as ical.js expands it. */
  function expandStarts(content: string): string[] {
    const component = new ICAL.Component(ICAL.parse(content));
    const master = component.getAllSubcomponents('vevent').find((e) => !e.hasProperty('recurrence-id'))!;
    const iterator = new ICAL.Event(master).iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next && starts.length < 50; next = iterator.next()) starts.push(next.toString());
    return starts;
  }

  /** How many instances node-ical finds for the rule (its rrule object, bounded). */
  function nodeIcalStarts(content: string): number {
    const event = Object.values(nodeIcal.sync.parseICS(content)).find((c) => c?.type === 'VEVENT') as unknown as {
      rrule: { all(iterator: (d: Date, i: number) => boolean): Date[] };
    };
    return event.rrule.all((_d, i) => i < 50).length;
  }

  async function mail(address: string, subject: string) {
    const matches = (m: CaughtMail) => to(address)(m) && m.subject.includes(subject);
    return (await catcher.waitFor((all) => all.some(matches))).find(matches)!;
  }

  async function roomName(resourceId: string): Promise<string> {
    const [row] = await t.dataSource.query('SELECT name FROM resource WHERE id = $1', [resourceId]);
    return row.name;
  }
});
