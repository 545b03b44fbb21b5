import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, newPage, nextWeekDay, signIn } from './browser.mjs';

// The runner starts Mutualis with its mail catcher on a known port (MAIL_CATCHER=true, MAIL_CATCHER_PORT).
const mailUrl = process.env.E2E_MAIL_URL;

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

// Next week's Monday afternoon: the accountant works 08:30–16:30 and the seed books her mornings.
const monday = nextWeekDay(1);
const title = `Budget e2e ${Date.now().toString(36)}`;
let seriesId;

/** What the mail catcher holds for that address and subject, waiting for the queue to deliver it. */
async function caughtMail(to, subject, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const messages = await (await fetch(`${mailUrl}/api/messages`)).json();
    const found = messages.find((m) => m.to.includes(to) && m.subject.includes(subject));
    if (found) return found;
    if (Date.now() > deadline) {
      assert.fail(`no e-mail to ${to} about « ${subject} »; caught: ${messages.map((m) => `${m.to} ${m.subject}`).join(' | ')}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

const bellLabel = (count) =>
  count === 0 ? 'Notifications, aucune non lue' : count === 1 ? 'Notifications, 1 non lue' : `Notifications, ${count} non lues`;

test('a request for the pooled accountant rings her bell and e-mails her an invitation; her approval e-mails the member', async () => {
  assert.ok(mailUrl, 'E2E_MAIL_URL is set by e2e/run-e2e.mjs');

  // The accountant has Mutualis open before the request arrives.
  const accountant = await newPage(browser);
  await signIn(accountant, 'comptable@demo.test');
  await accountant.goto('/staff/my-schedule');
  const unreadBefore = (await (await accountant.request.get('/api/notifications?unread=true')).json()).unreadCount;
  await accountant.getByRole('link', { name: bellLabel(unreadBefore) }).waitFor();

  const member = await newPage(browser);
  await signIn(member, 'membre@famille.demo.test');
  await member.goto('/staff/request');
  await member.getByRole('combobox', { name: 'Ressource partagée' }).click();
  await member.getByRole('option', { name: /Comptable partagé·e/ }).click();
  await member.getByLabel('Titre').fill(title);
  await member.getByLabel('Date', { exact: true }).fill(monday);
  await member.getByLabel('Heure de début').fill('13:00');
  await member.getByLabel('Durée (minutes)').fill('120');
  const sent = member.waitForResponse((r) => r.url().endsWith('/api/bookings') && r.request().method() === 'POST');
  await member.getByRole('button', { name: 'Envoyer la demande' }).click();
  const response = await sent;
  assert.equal(response.status(), 201, await response.text());
  seriesId = (await response.json()).id;

  // The bell counts it without a reload (it polls every 30 s).
  await accountant.getByRole('link', { name: bellLabel(unreadBefore + 1) }).waitFor({ timeout: 45_000 });

  const request = await caughtMail('comptable@demo.test', title);
  assert.match(request.subject, /^Demande à approuver/);
  assert.ok(request.calendar, 'the request carries a text/calendar invitation');
  assert.equal(request.calendar.method, 'REQUEST');
  assert.match(request.calendar.content, new RegExp(`UID:${seriesId}@mutualis`));
  assert.match(request.calendar.content, /STATUS:TENTATIVE/);
  assert.match(request.calendar.content, /BEGIN:VTIMEZONE/);

  // She opens her schedule to decide (the list of requests loads with the page).
  await accountant.goto('/staff/my-schedule');
  const approve = accountant.getByRole('button', { name: `Approuver : ${title}` });
  await approve.waitFor();
  const decided = accountant.waitForResponse((r) => r.url().includes(`/api/bookings/${seriesId}/approve`));
  await approve.click();
  assert.equal((await decided).status(), 200);

  const approved = await caughtMail('membre@famille.demo.test', `approuvée : ${title}`);
  assert.match(approved.subject, /^Demande approuvée/);
  assert.equal(approved.calendar?.method, 'REQUEST');
  assert.match(approved.calendar.content, new RegExp(`UID:${seriesId}@mutualis`));
  assert.match(approved.calendar.content, /STATUS:CONFIRMED/);

  await accountant.context().close();
  await member.context().close();
});
