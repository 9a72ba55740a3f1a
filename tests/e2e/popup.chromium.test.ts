import { after, afterEach, before, test } from 'node:test';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { CHROME_EXT, launchChromium, type ChromiumSession } from '../harness/browsers.ts';
import { startFixtureServer, type FixtureServer } from '../harness/server.ts';
import { cases, languageCase, screenshotCase, syncCase, type Driver, type Tab } from './popup-cases.ts';

const OUT = 'test-output/chromium/popup';
let server: FixtureServer;
let session: ChromiumSession;
/** Tabs a case opened: closed after it even when it failed. */
const open = new Set<Page>();

/** Functions are sent as source text: esbuild's name helper does not exist in the page. */
const source = (fn: (arg: never) => unknown, arg: unknown) => `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg ?? null)}); })()`;

function tabOf(page: Page): Tab {
  return {
    run: (fn, arg) => page.evaluate(source(fn, arg)),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    click: (selector) => page.click(selector),
    screenshot: async (file) => void (await page.screenshot({ path: `${OUT}/${file}` })),
    reload: async () => void (await page.reload()),
    bringToFront: () => page.bringToFront(),
    close: async () => {
      open.delete(page);
      await page.close();
    },
  } as Tab;
}

const driver: Driver = {
  name: 'chromium',
  out: OUT,
  extensionDir: CHROME_EXT,
  canSetLanguages: true,
  get server() {
    return server;
  },
  async openPage(path) {
    const page = await session.context.newPage();
    open.add(page);
    await page.goto(server.url(path));
    await page.bringToFront();
    return tabOf(page);
  },
  async openExtension(file, options = {}) {
    const page = await session.context.newPage();
    open.add(page);
    await page.setViewportSize({ width: options.width ?? 420, height: options.height ?? 640 });
    await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
    if (options.languages) {
      // What the browser's language setting changes for a page: Accept-Language and navigator.languages.
      const cdp = await session.context.newCDPSession(page);
      const userAgent = await page.evaluate(() => navigator.userAgent);
      await cdp.send('Network.setUserAgentOverride', { userAgent, acceptLanguage: options.languages.join(',') });
    }
    await page.goto(session.extensionUrl(file));
    await page.bringToFront();
    return tabOf(page);
  },
};

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startFixtureServer();
  session = await launchChromium();
});
afterEach(async () => {
  for (const page of open) await page.close().catch(() => undefined);
  open.clear();
});
after(async () => {
  await session?.close();
  await server?.close();
});

// The screenshots come last, so the README shows a popup that has just synced from the loopback server.
for (const c of [...cases, languageCase, syncCase, screenshotCase]) {
  if (c.only && c.only !== 'chromium') continue;
  test(`chromium popup: ${c.name}`, () => c.run(driver));
}
