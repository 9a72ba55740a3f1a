import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { launchFirefox, type FirefoxSession } from '../harness/browsers.ts';
import { startFixtureServer, type FixtureServer } from '../harness/server.ts';

const OUT = 'test-output/firefox';
let server: FixtureServer;
let session: FirefoxSession;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startFixtureServer();
  session = await launchFirefox();
});
after(async () => {
  await session?.close();
  await server?.close();
});

test('firefox: the content script runs on the seed page', async () => {
  const page = await session.browser.newPage();
  await page.goto(server.url('/human-rights-dialogue-2020.html'));
  await page.waitForFunction(() => CSS.highlights.has('dialogue-lens'), { timeout: 10_000 });
  await page.screenshot({ path: `${OUT}/seed-page.png` });
  await page.close();
});

test('firefox: the popup opens and renders', async () => {
  const popup = await session.browser.newPage();
  // BiDi reports no load event for moz-extension documents: wait for the network to settle instead.
  await popup.goto(session.extensionUrl('popup.html'), { waitUntil: 'networkidle0' });
  const title = await popup.waitForSelector('h1', { timeout: 10_000 });
  assert.equal(await title?.evaluate((h) => h.textContent), 'Dialogue Lens');
  await popup.screenshot({ path: `${OUT}/popup.png` });
  await popup.close();
});
