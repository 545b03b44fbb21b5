import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, newPage } from './browser.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('the app opens in French and switches to English', async () => {
  const page = await newPage(browser, { locale: 'en-CA' });
  await page.goto('/');
  // French by default, whatever the browser's language.
  await page.waitForFunction(() => document.documentElement.lang === 'fr-CA');
  const switchToEnglish = page.getByRole('button', { name: 'English' });
  await switchToEnglish.waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr-CA');

  await switchToEnglish.click();
  await page.waitForFunction(() => document.documentElement.lang === 'en-CA');
  await page.getByRole('button', { name: 'Français' }).waitFor();
  await page.context().close();
});

test('an unknown API route answers JSON 404 NOT_FOUND, not the web app', async () => {
  const page = await newPage(browser);
  const response = await page.request.get('/api/no-such-route');
  assert.equal(response.status(), 404);
  assert.equal((await response.json()).code, 'NOT_FOUND');
  await page.context().close();
});
