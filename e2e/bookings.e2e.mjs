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

test('a member drags their booking to another hour; it stays there after a reload, and « Annuler » is offered', async () => {
  const page = await newPage(browser);
  await signIn(page, 'membre@famille.demo.test');
  const friday = nextWeekDay(5);
  const rooms = await (await page.request.get('/api/resources?type=space')).json();
  const bouleau = rooms.find((room) => room.name === 'Salle Bouleau');
  // Two free hours of that Friday, two hours apart: where it starts and where it is dragged to.
  const taken = await (
    await page.request.get(
      `/api/bookings?resourceId=${bouleau.id}&from=${encodeURIComponent(`${friday}T00:00:00-05:00`)}&to=${encodeURIComponent(`${friday}T23:59:00-05:00`)}`,
    )
  ).json();
  const isFree = (hour) =>
    !taken.some(
      (o) =>
        Date.parse(o.start) < Date.parse(`${friday}T${hour + 1}:00:00-05:00`) &&
        Date.parse(o.end) > Date.parse(`${friday}T${hour}:00:00-05:00`),
    );
  const hour = [10, 11, 12, 13, 14, 15].find((h) => isFree(h) && isFree(h + 2));
  assert.ok(hour, 'two free hours in Salle Bouleau next Friday');
  const moved = `Déplacement e2e ${Date.now().toString(36)}`;
  const booking = await page.request.post('/api/bookings', {
    data: { resourceId: bouleau.id, title: moved, start: `${friday}T${hour}:00`, durationMinutes: 60 },
  });
  assert.equal(booking.status(), 201, await booking.text());
  const { id } = await booking.json();

  await page.goto('/calendar');
  await page.getByRole('combobox', { name: 'Salle' }).click();
  await page.getByRole('option', { name: 'Salle Bouleau' }).click();
  await page.locator('.fc-next-button').click();
  const event = page.locator('.fc-event', { hasText: moved });
  await event.waitFor();
  const from = await event.boundingBox();
  const target = await page
    .locator(`.fc-timegrid-slot-lane[data-time="${String(hour + 2).padStart(2, '0')}:00:00"]`)
    .boundingBox();
  const x = from.x + from.width / 2;
  const grab = from.y + Math.min(10, from.height / 3);
  const patched = page.waitForResponse((r) => r.url().endsWith(`/api/bookings/${id}`) && r.request().method() === 'PATCH');
  await page.mouse.move(x, grab);
  await page.mouse.down();
  await page.mouse.move(x, grab + 20, { steps: 5 });
  await page.mouse.move(x, target.y + (grab - from.y) + 1, { steps: 10 });
  await page.mouse.up();
  const response = await patched;
  assert.equal(response.status(), 200, await response.text());
  await page.getByRole('button', { name: 'Annuler' }).waitFor();

  await page.reload();
  await page.getByRole('combobox', { name: 'Salle' }).waitFor();
  await page.locator('.fc-next-button').click();
  const after = page.locator('.fc-event', { hasText: moved });
  await after.waitFor();
  assert.match(await after.locator('.fc-event-time').innerText(), new RegExp(`^${hour + 2}\\s*h`));
  await page.context().close();
});
