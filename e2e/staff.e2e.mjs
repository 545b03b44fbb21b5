import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, newPage, nextWeekDay, signIn } from './browser.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const wednesday = nextWeekDay(3);
const title = `Conciliation e2e ${Date.now().toString(36)}`;
let seriesId;
let accountantId;
let familleId;
let bookedBefore;

async function bookedMinutes(page) {
  const month = `${wednesday.slice(0, 7)}-01`;
  const next = new Date(Date.UTC(Number(wednesday.slice(0, 4)), Number(wednesday.slice(5, 7)), 1)).toISOString().slice(0, 10);
  const bank = await (
    await page.request.get(`/api/hour-bank?resourceId=${accountantId}&organisationId=${familleId}&from=${month}&to=${next}`)
  ).json();
  return bank.lines[0].bookedMinutes;
}

test('a member requests 2 h from the shared accountant', async () => {
  const page = await newPage(browser);
  await signIn(page, 'membre@famille.demo.test');
  const me = await (await page.request.get('/api/auth/me')).json();
  familleId = me.memberships[0].organisationId;
  const staff = await (await page.request.get('/api/staff')).json();
  accountantId = staff.find((s) => s.name === 'Comptable partagé·e').id;
  bookedBefore = await bookedMinutes(page);

  await page.goto('/staff/request');
  await page.getByRole('combobox', { name: 'Ressource partagée' }).click();
  await page.getByRole('option', { name: /Comptable partagé·e/ }).click();
  await page.getByLabel('Titre').fill(title);
  await page.getByLabel('Date', { exact: true }).fill(wednesday);
  // The seed has the food bank's request on Wednesday morning: the afternoon is free.
  await page.getByLabel('Heure de début').fill('14:00');
  await page.getByLabel('Durée (minutes)').fill('120');
  const sent = page.waitForResponse((r) => r.url().endsWith('/api/bookings') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  const response = await sent;
  assert.equal(response.status(), 201, await response.text());
  const body = await response.json();
  seriesId = body.id;
  assert.equal(body.occurrences[0].status, 'pending');
  await page.getByText('Banque d’heures').first().waitFor();
  await page.context().close();
});

test('the accountant approves it from « Mon horaire »', async () => {
  assert.ok(seriesId);
  const page = await newPage(browser);
  await signIn(page, 'comptable@demo.test');
  await page.goto('/staff/my-schedule');
  const approve = page.getByRole('button', { name: `Approuver : ${title}` });
  await approve.waitFor();
  const decided = page.waitForResponse((r) => r.url().includes(`/api/bookings/${seriesId}/approve`));
  await approve.click();
  assert.equal((await decided).status(), 200);
  await page.context().close();
});

test('the member sees it confirmed and the hour bank moved by 2 h', async () => {
  const page = await newPage(browser);
  await signIn(page, 'membre@famille.demo.test');
  const series = await (await page.request.get(`/api/bookings/${seriesId}`)).json();
  assert.equal(series.occurrences[0].status, 'confirmed');
  assert.equal((await bookedMinutes(page)) - bookedBefore, 120);
  await page.context().close();
});

/** Today in Montréal, at noon UTC (only its date and weekday matter). */
function todayInMontreal() {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date());
  return new Date(`${today}T12:00:00Z`);
}

/** The Monday of this week in Montréal, and a day of it as « mardi 24 novembre ». */
function thisWeek(isoWeekday) {
  const date = todayInMontreal();
  const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000);
  const day = new Date(monday.getTime() + (isoWeekday - 1) * 86_400_000);
  const label = (d, options) => new Intl.DateTimeFormat('fr-CA', { timeZone: 'UTC', ...options }).format(d);
  const iso = (d) => d.toISOString().slice(0, 10);
  return {
    monday: iso(monday),
    nextMonday: iso(new Date(monday.getTime() + 7 * 86_400_000)),
    day: label(day, { weekday: 'long', day: 'numeric', month: 'long' }),
    week: label(monday, { day: 'numeric', month: 'short', year: 'numeric' }),
  };
}

test('the accountant records this week’s hours and submits them; the organisation confirms', async () => {
  // Hours are recorded for days already begun: Tuesday, or Monday when today is Monday.
  const tuesday = thisWeek(todayInMontreal().getUTCDay() === 1 ? 1 : 2);
  const page = await newPage(browser);
  await signIn(page, 'comptable@demo.test');
  await page.goto('/staff/my-schedule');
  const hours = page.getByRole('textbox', { name: `Heures, Maison de la famille (démo), ${tuesday.day}` });
  await hours.fill('2 h 45');
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/timesheets/entries') && r.request().method() === 'PUT');
  const submitted = page.waitForResponse((r) => r.url().endsWith('/api/timesheets/submit'));
  await page.getByRole('button', { name: 'Soumettre la semaine' }).click();
  // Submitting is irreversible for the employee: it is confirmed first.
  await page.getByRole('alertdialog').getByRole('button', { name: 'Soumettre', exact: true }).click();
  assert.equal((await saved).status(), 204);
  assert.equal((await submitted).status(), 201);
  await page.context().close();

  const admin = await newPage(browser);
  await signIn(admin, 'admin@famille.demo.test');
  await admin.goto('/staff/timesheets');
  const confirm = admin.getByRole('button', {
    name: `Confirmer : Maison de la famille (démo), Comptable partagé·e, semaine du ${tuesday.week}`,
  });
  const confirmed = admin.waitForResponse((r) => r.url().endsWith('/api/timesheets/confirm'));
  await confirm.click();
  assert.equal((await confirmed).status(), 201);
  const me = await (await admin.request.get('/api/auth/me')).json();
  const entries = await (
    await admin.request.get(`/api/timesheets?resourceId=${accountantId}&from=${tuesday.monday}&to=${tuesday.nextMonday}`)
  ).json();
  const entry = entries.find((e) => e.organisationId === me.memberships[0].organisationId && e.minutes === 165);
  assert.equal(entry?.status, 'confirmed');
  await admin.context().close();
});
