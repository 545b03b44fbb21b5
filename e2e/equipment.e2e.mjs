import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { baseUrl, launchBrowser, newPage, nextWeekDay, seriousViolations, signIn } from './browser.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const tuesday = nextWeekDay(2);
const wednesday = nextWeekDay(3);

test('a member borrows 2 folding tables from the catalogue for two days', async () => {
  const page = await newPage(browser);
  await signIn(page, 'membre@famille.demo.test');
  await page.goto('/equipment');
  const card = page.locator('li.card', { has: page.getByRole('heading', { name: 'Tables pliantes' }) });
  await card.getByRole('button', { name: 'Emprunter' }).click();
  await card.getByLabel(/Pour quoi/).fill('Assemblée e2e');
  await card.getByLabel(/Quantité/).fill('2');
  await card.getByLabel(/^Du/).fill(tuesday);
  await card.getByLabel(/^Au/).fill(wednesday);
  const created = page.waitForResponse((r) => r.url().endsWith('/api/bookings') && r.request().method() === 'POST');
  await card.getByRole('button', { name: 'Réserver' }).click();
  const response = await created;
  assert.equal(response.status(), 201, await response.text());
  const body = await response.json();
  assert.equal(body.occurrences.length, 1);
  await page.getByRole('status').filter({ hasText: 'Tables pliantes : réservé.' }).waitFor();
  await page.context().close();
});

test('the coordinator records « Emprunt » and « Retour » at the loan desk', async () => {
  const page = await newPage(browser);
  await signIn(page, 'coordination@demo.test');
  await page.goto('/equipment/loans');
  const card = page.locator('li.card', { hasText: 'Tables pliantes × 2' });
  await card.getByRole('button', { name: 'Emprunt' }).click();
  await card.getByLabel(/État, essence, nettoyage/).fill('2 tables propres');
  const out = page.waitForResponse((r) => r.url().endsWith('/checkout'));
  await card.getByRole('button', { name: 'Enregistrer l’emprunt' }).click();
  assert.equal((await out).status(), 200);
  await card.getByText(/Emprunté par Camille Coordination/).waitFor();

  await card.getByRole('button', { name: 'Retour' }).click();
  await card.getByLabel(/État, essence, nettoyage/).fill('Une table égratignée');
  const back = page.waitForResponse((r) => r.url().endsWith('/return'));
  await card.getByRole('button', { name: 'Enregistrer le retour' }).click();
  assert.equal((await back).status(), 200);
  await card.getByText(/Rendu à Camille Coordination/).waitFor();
  await card.getByText('Une table égratignée').waitFor();

  // The demo's late van is flagged.
  await page.locator('li.card', { hasText: 'Camionnette' }).getByText('En retard : à rapporter').first().waitFor();
  await page.context().close();
});

test('a member books « Salle Bouleau » with a folding table, all in one request', async () => {
  const page = await newPage(browser);
  await signIn(page, 'membre@famille.demo.test');
  await page.goto('/calendar');
  await page.getByRole('button', { name: 'Nouvelle réservation' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Titre').fill('Conseil e2e avec matériel');
  await dialog.getByRole('combobox', { name: 'Salle' }).click();
  await page.getByRole('option', { name: 'Salle Bouleau' }).click();
  await dialog.getByLabel('Date').fill(nextWeekDay(5));
  await dialog.getByLabel('Heure de début').fill('19:00');
  await dialog.getByRole('button', { name: '1 h', exact: true }).click();
  await dialog.getByRole('button', { name: 'Ajouter du matériel' }).click();
  await dialog.getByRole('checkbox', { name: /Tables pliantes/ }).check();
  const created = page.waitForResponse((r) => r.url().endsWith('/api/bookings') && r.request().method() === 'POST');
  await dialog.getByRole('button', { name: 'Réserver' }).click();
  const response = await created;
  assert.equal(response.status(), 201, await response.text());
  const body = await response.json();
  assert.deepEqual(
    body.bundle.map((item) => [item.resourceName, item.quantity]),
    [['Tables pliantes', 1]],
  );
  await dialog.getByText(/Avec la salle\s*:\s*Tables pliantes/).waitFor();
  await page.context().close();
});

test('the catalogue and the loan desk fit a 390 px phone and pass axe', async () => {
  for (const locale of ['fr-CA']) {
    // axe is injected as an inline script, which the app's Content-Security-Policy rightly refuses.
    const context = await browser.newContext({
      locale,
      baseURL: baseUrl,
      viewport: { width: 390, height: 844 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await signIn(page, 'coordination@demo.test');
    for (const path of ['/equipment', '/equipment/loans', '/equipment/storage']) {
      await page.goto(path, { waitUntil: 'networkidle' });
      await page
        .locator(path === '/equipment/storage' ? 'h1' : 'li.card')
        .first()
        .waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} (${locale}) scrolls sideways by ${overflow} px`);
      assert.deepEqual(await seriousViolations(page), [], `${path} (${locale})`);
    }
    await context.close();
  }
});
