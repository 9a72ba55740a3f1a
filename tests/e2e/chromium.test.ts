import { after, before, test } from 'node:test';
import { mkdirSync } from 'node:fs';
import { launchChromium, type ChromiumSession } from '../harness/browsers.ts';
import { startFixtureServer, type FixtureServer } from '../harness/server.ts';

const OUT = 'test-output/chromium';
let server: FixtureServer;
let session: ChromiumSession;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startFixtureServer();
  session = await launchChromium();
});
after(async () => {
  await session?.close();
  await server?.close();
});

test('chromium: the content script runs on the seed page', async () => {
  const page = await session.context.newPage();
  await page.goto(server.url('/human-rights-dialogue-2020.html'));
  await page.waitForFunction(() => CSS.highlights.has('dialogue-lens'), null, { timeout: 10_000 });
  await page.screenshot({ path: `${OUT}/seed-page.png` });
  await page.close();
});

test('chromium: the popup opens and renders', async () => {
  const popup = await session.context.newPage();
  await popup.goto(session.extensionUrl('popup.html'));
  await popup.getByRole('heading', { name: 'Dialogue Lens' }).waitFor({ timeout: 10_000 });
  await popup.screenshot({ path: `${OUT}/popup.png` });
  await popup.close();
});
