import { after, afterEach, before, test } from 'node:test';
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { FIREFOX_EXT, launchFirefox, type FirefoxSession } from '../harness/browsers.ts';
import { startFixtureServer, type FixtureServer } from '../harness/server.ts';
import { cases, syncCase, type Driver, type Tab } from './popup-cases.ts';

const OUT = 'test-output/firefox/popup';
let server: FixtureServer;
let session: FirefoxSession;
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
  name: 'firefox',
  out: OUT,
  extensionDir: FIREFOX_EXT,
  canSetLanguages: false,
  get server() {
    return server;
  },
  async openPage(path) {
    const page = await session.browser.newPage();
    open.add(page);
    await page.goto(server.url(path));
    await page.bringToFront();
    return tabOf(page);
  },
  async openExtension(file, options = {}) {
    const page = await session.browser.newPage();
    open.add(page);
    await page.setViewport({ width: options.width ?? 420, height: options.height ?? 640 });
    // BiDi reports no load event for moz-extension documents: wait for the network to settle instead.
    await page.goto(session.extensionUrl(file), { waitUntil: 'networkidle0' });
    await page.bringToFront();
    return tabOf(page);
  },
};

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startFixtureServer();
  session = await launchFirefox();
});
afterEach(async () => {
  for (const page of open) await page.close().catch(() => undefined);
  open.clear();
});
after(async () => {
  await session?.close();
  await server?.close();
});

for (const c of [...cases, syncCase]) {
  if (c.only && c.only !== 'firefox') continue;
  test(`firefox popup: ${c.name}`, () => c.run(driver));
}
