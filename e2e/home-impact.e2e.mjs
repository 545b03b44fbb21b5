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

test('the coordinator’s home counts the approvals waiting, as a card and a badge, and the card leads to them', async () => {
  const page = await newPage(browser);
  await signIn(page, 'coordination@demo.test');
  await page.getByRole('heading', { name: /^Bonjour, Camille/ }).waitFor();
  const card = page.getByRole('link', { name: /réservations? à approuver/ });
  await card.waitFor();
  // The same count on « Réservations » in the navigation, read out with its words.
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Réservations\s*,\s*\d+ à traiter/ })
    .waitFor();
  await card.click();
  await page.waitForURL(/\/bookings\/approvals$/);
  await page.context().close();
});

test('a pooled employee sees the requests waiting for an answer; a member sees the hour bank and what is owed', async () => {
  const employee = await newPage(browser);
  await signIn(employee, 'comptable@demo.test');
  await employee.getByRole('link', { name: /demandes? d’heures en attente de votre réponse/ }).waitFor();
  await employee.getByRole('heading', { name: 'Vos prochaines réservations' }).waitFor();
  await employee.context().close();

  const member = await newPage(browser);
  await signIn(member, 'membre@famille.demo.test');
  await member.getByRole('heading', { name: 'Banques d’heures' }).waitFor();
  await member
    .getByRole('progressbar', { name: /réservées sur/ })
    .first()
    .waitFor();
  await member.getByRole('heading', { name: 'Ce que votre organisme doit ce mois-ci' }).waitFor();
  await member.getByText(/Maison de la famille \(démo\)\s:\s[\d\s,]+\s\$/).waitFor();
  await member.context().close();
});

test('the coordinator’s Impact page shows the figures of the demo network and downloads the funder PDF', async () => {
  const page = await newPage(browser);
  await signIn(page, 'coordination@demo.test');
  await page.getByRole('navigation').getByRole('link', { name: 'Impact' }).click();
  await page.getByRole('heading', { name: 'Impact', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Occupation des locaux' }).waitFor();
  await page.locator('canvas[role="img"]').first().waitFor();
  await page.getByRole('heading', { name: 'Économies par rapport à l’achat en solo' }).waitFor();
  await page.getByRole('heading', { name: 'Modèle logique' }).waitFor();
  await page.getByText('Nouvelles collaborations entre organismes').waitFor();
  // The demo's targets are per fiscal year: a month shows its share, and says so.
  await page
    .getByText(/au prorata de la cible de \d{4}-\d{4}/)
    .first()
    .waitFor();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le rapport (PDF)' }).click();
  const file = await download;
  assert.match(file.suggestedFilename(), /^rapport-impact-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = await readFile(await file.path());
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  await page.context().close();
});
