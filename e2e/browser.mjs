// One place that knows how to start Debian's Chromium headless on this kind of machine.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export const baseUrl = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // No network but loopback here: keep Chromium from calling home.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A page in a fresh context (no cookies, no storage), French browser by default like most of our users. */
export async function newPage(browser, { locale = 'fr-CA' } = {}) {
  const context = await browser.newContext({ locale, baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Signs in through the login form, as a person would. */
export async function signIn(page, email, password = 'demo12345') {
  await page.goto('/');
  await page.waitForURL(/\/login/);
  await page.getByLabel('Courriel').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('button', { name: 'Menu du compte' }).waitFor();
}

/** 'YYYY-MM-DD' in Montréal of the given weekday (1 = Monday) of next week. */
export function nextWeekDay(isoWeekday) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  const mondayNextWeek = new Date(date.getTime() + (8 - (((date.getUTCDay() + 6) % 7) + 1)) * 86_400_000);
  return new Date(mondayNextWeek.getTime() + (isoWeekday - 1) * 86_400_000).toISOString().slice(0, 10);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The critical and serious axe violations of the page as it is painted, named for the failure message.
 * Finite animations (a dialog fading in) are let finish first: axe reads colours as they are on screen,
 * and half-way through a fade every label fails its contrast.
 */
export async function seriousViolations(page) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity),
  );
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
