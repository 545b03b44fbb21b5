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

const thursday = nextWeekDay(4);
const title = `Atelier e2e ${Date.now().toString(36)}`;
let seriesId;

test('a member books « Salle Bouleau » every week from the calendar and sees it', async () => {
  const page = await newPage(browser);
  await signIn(page, 'membre@famille.demo.test');
  await page.goto('/calendar');
  await page.getByRole('button', { name: 'Nouvelle réservation' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Titre').fill(title);
  await dialog.getByRole('combobox', { name: 'Salle' }).click();
  await page.getByRole('option', { name: 'Salle Bouleau' }).click();
  await dialog.getByLabel('Date').fill(thursday);
  await dialog.getByLabel('Heure de début').fill('08:00');
  await dialog.getByRole('button', { name: '1 h', exact: true }).click();
  await dialog.getByRole('combobox', { name: 'Répétition' }).click();
  await page.getByRole('option', { name: /Toutes les semaines/ }).click();
  await dialog.getByRole('radio', { name: 'Après' }).check();
  await dialog.getByLabel('Nombre d’occurrences').fill('3');
  await dialog.getByLabel(/Réservation privée/).check();

  const created = page.waitForResponse((r) => r.url().endsWith('/api/bookings') && r.request().method() === 'POST');
  await dialog.getByRole('button', { name: 'Réserver' }).click();
  const response = await created;
  assert.equal(response.status(), 201, await response.text());
  const body = await response.json();
  seriesId = body.id;
  assert.equal(body.occurrences.length, 3);
  await dialog.getByRole('button', { name: 'Fermer' }).click();

  await page.locator('.fc-next-button').click();
  await page.locator('.fc-event', { hasText: title }).first().waitFor();
  await page.context().close();
});

test('another organisation sees the slot as « Réservé », without the title', async () => {
  assert.ok(seriesId, 'the booking of the previous test exists');
  const page = await newPage(browser);
  await signIn(page, 'admin@culture.demo.test');
  await page.goto('/calendar');
  await page.locator('.fc-next-button').click();
  await page.locator('.fc-event').first().waitFor();
  assert.equal(await page.locator('.fc-event', { hasText: title }).count(), 0);

  const from = `${nextWeekDay(1)}T00:00:00-05:00`;
  const to = `${nextWeekDay(7)}T23:59:00-05:00`;
  const seen = await (
    await page.request.get(`/api/bookings?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`)
  ).json();
  const ours = seen.filter((o) => o.seriesId === seriesId);
  assert.equal(ours.length, 1);
  assert.equal(ours[0].title, null);
  const hiddenInWeek = seen.filter((o) => o.title === null).length;
  await page
    .locator('.fc-event', { hasText: 'Réservé' })
    .nth(hiddenInWeek - 1)
    .waitFor();
  assert.equal(await page.locator('.fc-event', { hasText: 'Réservé' }).count(), hiddenInWeek);
  await page.context().close();
});
