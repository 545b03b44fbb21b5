import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { launchBrowser, newPage, signIn } from './browser.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('the coordinator opens this month’s allocation, sees the charts and downloads the CSV', async () => {
  const page = await newPage(browser);
  await signIn(page, 'coordination@demo.test');
  await page.goto('/reports');
  await page.getByRole('heading', { name: 'Répartition des coûts' }).waitFor();

  // The demo pools are split among the three organisations: one row each, and the charts.
  await page.getByRole('heading', { name: 'Totaux par organisme' }).waitFor();
  for (const organisation of ['Maison de la famille (démo)', 'Centre culturel (démo)', 'Banque alimentaire (démo)']) {
    await page.getByRole('button', { name: organisation, exact: true }).first().waitFor();
  }
  const bars = page.locator('canvas[role="img"][aria-label^="Diagramme à barres empilées"]');
  const donut = page.locator('canvas[role="img"][aria-label^="Diagramme en anneau"]');
  await bars.waitFor();
  await donut.waitFor();
  assert.match((await donut.getAttribute('aria-label')) ?? '', /Maison de la famille/);

  // A row opens on its lines and their explanations.
  const famille = page.getByRole('button', { name: 'Maison de la famille (démo)', exact: true }).first();
  await famille.click();
  await page.locator('button[aria-expanded="true"]', { hasText: 'Maison de la famille (démo)' }).waitFor();
  await page
    .getByText(/Part fixe de 40,00\s%/)
    .first()
    .waitFor();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger CSV' }).click();
  const file = await download;
  assert.match(file.suggestedFilename(), /^repartition-\d{4}-\d{2}\.csv$/);
  const csv = await readFile(await file.path(), 'utf8');
  assert.equal(csv.charCodeAt(0), 0xfeff, 'UTF-8 with a BOM, for Excel');
  assert.match(csv, /Salaire et charges — communications/);
  assert.match(csv, /;/);
  await page.context().close();
});

test('a member sees only what their organisation owes', async () => {
  const page = await newPage(browser);
  await signIn(page, 'admin@culture.demo.test');
  await page.goto('/reports');
  await page.getByRole('heading', { name: 'Ce que nous devons' }).waitFor();
  await page
    .getByText(/Part fixe de 35,00\s%/)
    .first()
    .waitFor();
  assert.equal(await page.getByText('Maison de la famille (démo)').count(), 0);
  await page.context().close();
});
