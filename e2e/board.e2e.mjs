// « Babillard de la mutualisation » (issue #17): a member posts an offer with a photo, another
// organisation answers, the match creates a shared room, and the room can then be booked. Axe and a
// phone width too.
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

const title = `Salle de réunion e2e ${Date.now().toString(36)}`;
/** A 4 × 4 PNG, as a file a person picks; the API stores it re-encoded as WebP. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR42mPQSjsDRwzEcQArshXBHW73+wAAAABJRU5ErkJggg==',
  'base64',
);

/** Waits until the post's photo is drawn (fetched with the session, decoded by the browser). */
async function photoShown(page) {
  const photo = page.locator(`img.photo[alt="${title}"]`);
  await photo.waitFor();
  await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await photo.elementHandle());
}
let postId;

test('a member posts an offer of a room on the board', async () => {
  const page = await newPage(browser);
  await signIn(page, 'admin@famille.demo.test');
  await page.goto('/board');
  await page.getByRole('heading', { name: 'Babillard de la mutualisation' }).waitFor();
  await page.getByRole('link', { name: 'Publier une annonce' }).first().click();
  await page.getByLabel('Titre').fill(title);
  await page.getByLabel('Description').fill('Une salle de 12 places, libre le mercredi. Plan : https://exemple.org/plan');
  await page.getByRole('combobox', { name: 'Site' }).click();
  await page.getByRole('option').nth(1).click();
  await page.getByLabel('Municipalité').fill('Saint-Jérôme');
  await page.locator('input[type=file]').setInputFiles({ name: 'salle.png', mimeType: 'image/png', buffer: PNG });
  await page.locator('img.preview').waitFor();
  const created = page.waitForResponse((r) => r.url().endsWith('/api/board/posts') && r.request().method() === 'POST');
  const photoSaved = page.waitForResponse((r) => r.url().endsWith('/photo') && r.request().method() === 'PUT');
  await page.getByRole('button', { name: 'Publier' }).click();
  const response = await created;
  assert.equal(response.status(), 201, await response.text());
  postId = (await response.json()).id;
  const photo = await photoSaved;
  assert.equal(photo.status(), 200, await photo.text());
  await page.getByRole('heading', { name: title }).waitFor();
  await photoShown(page);
  // « Modifier » opens the same form, filled in; the photo stays.
  await page.getByRole('link', { name: 'Modifier', exact: true }).click();
  await page.getByRole('heading', { name: 'Modifier l’annonce' }).waitFor();
  await page.getByLabel('Quantité').fill('12 places');
  const changed = page.waitForResponse((r) => r.url().endsWith(`/api/board/posts/${postId}`) && r.request().method() === 'PATCH');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  assert.equal((await changed).status(), 200);
  await page.getByText('12 places', { exact: true }).waitFor();
  await photoShown(page);
  // The link in the text is shown, not followed.
  assert.equal(await page.locator('article a[href*="exemple.org"]').count(), 0);
  await page.getByText('https://exemple.org/plan').waitFor();
  await page.context().close();
});

test('another organisation finds it without accents and says « Ça m’intéresse »', async () => {
  assert.ok(postId, 'the post of the previous test exists');
  // axe is injected as an inline script, which the app's Content-Security-Policy rightly refuses.
  const context = await browser.newContext({
    locale: 'fr-CA',
    baseURL: baseUrl,
    viewport: { width: 1280, height: 800 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await signIn(page, 'admin@culture.demo.test');
  await page.goto('/board');
  await page.getByLabel(/Rechercher \(/).fill('reunion mercredi');
  await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
  // The list shows the photo's thumbnail (the API's small square), described by the post's title.
  const thumbnail = page.locator(`li.post img.thumbnail[alt="${title}"]`);
  await thumbnail.waitFor();
  await page.waitForFunction((img) => img.complete && img.naturalWidth === 192, await thumbnail.elementHandle());
  await page.getByRole('link', { name: title }).click();
  await photoShown(page);
  await page.getByLabel('Premier message (facultatif)').fill('Nous aimerions l’utiliser pour nos ateliers.');
  await page.getByRole('button', { name: 'Ça m’intéresse' }).click();
  await page.getByText('Nous aimerions l’utiliser pour nos ateliers.').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.context().close();
});

test('the author matches it with that organisation, which creates a shared room that can be booked', async () => {
  assert.ok(postId, 'the post exists');
  const page = await newPage(browser);
  await signIn(page, 'admin@famille.demo.test');
  await page.goto(`/board/posts/${postId}`);
  await page.getByRole('link', { name: 'Centre culturel (démo)' }).waitFor();
  const matched = page.waitForResponse((r) => r.url().endsWith(`/api/board/posts/${postId}/match`));
  await page.getByRole('button', { name: 'Jumeler', exact: true }).click();
  const response = await matched;
  assert.equal(response.status(), 200, await response.text());
  const post = await response.json();
  assert.ok(post.createdResourceId);
  await page.getByRole('heading', { name: /Jumelée avec Centre culturel/ }).waitFor();
  await page.context().close();

  const other = await newPage(browser);
  await signIn(other, 'admin@culture.demo.test');
  const booking = await other.request.post('/api/bookings', {
    data: { resourceId: post.createdResourceId, title: 'Atelier', start: `${nextWeekDay(3)}T10:00`, durationMinutes: 60 },
  });
  assert.equal(booking.status(), 201, await booking.text());
  await other.context().close();
});

test('the board reads on a 390 px phone without sideways scrolling, and passes axe', async () => {
  const context = await browser.newContext({
    locale: 'fr-CA',
    baseURL: baseUrl,
    viewport: { width: 390, height: 844 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signIn(page, 'membre@famille.demo.test');
  await page.goto('/board');
  await page.locator('.post').first().waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow} px`);
  assert.deepEqual(await seriousViolations(page), []);
  // « Mes annonces » keeps the matched post, with its thumbnail: small beside the text, the card still fits.
  await page.getByRole('radio', { name: 'Mes annonces' }).click();
  const thumbnail = page.locator(`li.post img.thumbnail[alt="${title}"]`);
  await thumbnail.waitFor();
  await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await thumbnail.elementHandle());
  const box = await thumbnail.boundingBox();
  assert.ok(box && box.width === 72 && box.height === 72, `thumbnail drawn at ${box?.width} × ${box?.height}`);
  const wider = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(wider <= 0, `scrolls sideways by ${wider} px`);
  await context.close();
});
