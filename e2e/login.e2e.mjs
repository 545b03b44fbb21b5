import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, newPage, signIn } from './browser.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('a wrong password is refused on the page, in French', async () => {
  const page = await newPage(browser);
  await page.goto('/login');
  await page.getByLabel('Courriel').fill('membre@famille.demo.test');
  await page.getByLabel('Mot de passe').fill('not the password');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('alert').filter({ hasText: 'Courriel ou mot de passe incorrect.' }).waitFor();
  assert.match(page.url(), /\/login/);
  await page.context().close();
});

test('a member signs in, reaches the shell, stays signed in after a reload, and signs out', async () => {
  const page = await newPage(browser);
  await signIn(page, 'membre@famille.demo.test');
  await page.getByRole('navigation').getByRole('link', { name: 'Calendrier' }).waitFor();
  await page.reload();
  await page.getByRole('button', { name: 'Menu du compte' }).waitFor();

  await page.getByRole('button', { name: 'Menu du compte' }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await page.waitForURL(/\/login/);
  // The session is really over: the API refuses the old cookie.
  const me = await page.request.get('/api/auth/me');
  assert.equal(me.status(), 401);
  await page.context().close();
});
