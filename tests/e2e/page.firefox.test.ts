import { after, afterEach, before, test } from 'node:test';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { FIREFOX_EXT as DEFAULT_EXT, launchFirefox, type FirefoxSession } from '../harness/browsers.ts';
import { startFixtureServer, type FixtureServer } from '../harness/server.ts';
import { addPages, cases, script, type Driver, type Tab } from './page-cases.ts';

/** Another build can be tested while .output/ is rebuilt by someone else: DIALOGUE_LENS_FIREFOX_EXT=dir. */
const EXT = process.env.DIALOGUE_LENS_FIREFOX_EXT ?? DEFAULT_EXT;
const OUT = 'test-output/firefox/page';
let server: FixtureServer;
/** Tabs a case opened: closed after it even when it failed, so the next case starts in a front tab. */
const open = new Set<Page>();
let session: FirefoxSession;
let extensionPage: Page | undefined;

type Browser = {
  storage: { local: { set(v: object): Promise<void> } };
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object, o: object): Promise<unknown> };
};

function tabOf(page: Page): Tab {
  return {
    run: (fn, arg) => page.evaluate(script(fn, arg)),
    runInFrame: (part, fn, arg) => {
      const frame = page.frames().find((f) => f.url().includes(part));
      if (!frame) throw new Error(`no frame ${part}`);
      return frame.evaluate(script(fn, arg));
    },
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    type: (text) => page.keyboard.type(text),
    screenshot: async (name) => void (await page.screenshot({ path: `${OUT}/${name}.png` })),
    close: async () => {
      open.delete(page);
      await page.close();
    },
  } as Tab;
}

/** An extension page to call extension APIs from (Puppeteer does not expose Firefox's background). */
async function extension(): Promise<Page> {
  if (!extensionPage) {
    extensionPage = await session.browser.newPage();
    await extensionPage.goto(session.extensionUrl('popup.html'), { waitUntil: 'networkidle0' });
  }
  return extensionPage;
}

const driver: Driver = {
  name: 'firefox',
  get server() {
    return server;
  },
  async open(p) {
    const page = await session.browser.newPage();
    open.add(page);
    await page.goto(server.url(p));
    await page.bringToFront();
    return tabOf(page);
  },
  async setStorage(values) {
    const page = await extension();
    await page.evaluate((v) => (globalThis as unknown as { browser: Browser }).browser.storage.local.set(v), values);
  },
  async sendToTabs(type, data) {
    const page = await extension();
    return page.evaluate(async ([t, d]) => {
      const browser = (globalThis as unknown as { browser: Browser }).browser;
      const tabs = await browser.tabs.query({});
      const message = { id: Date.now(), type: t, data: d, timestamp: Date.now() };
      // @webext-core/messaging answers { res } (or { err }).
      const answers = await Promise.all(tabs.map((tab) => browser.tabs.sendMessage(tab.id!, message, { frameId: 0 }).catch(() => null)));
      return answers.map((a) => (a as { res?: unknown } | null)?.res ?? null);
    }, [type, data] as const);
  },
  async waitForTab(part) {
    // BiDi reports moz-extension tabs as about:blank (see the e2e recipe): ask each tab where it is.
    const until = Date.now() + 10_000;
    while (Date.now() < until) {
      for (const page of await session.browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.includes(part)) {
          open.add(page);
          return href;
        }
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`no tab opened at …${part}`);
  },
  async reloadExtension() {
    const page = await extension();
    extensionPage = undefined;
    await page.evaluate(() => (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload()).catch(() => undefined);
  },
  manifest: () => JSON.parse(readFileSync(path.join(EXT, 'manifest.json'), 'utf8')),
};

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startFixtureServer();
  await addPages(server);
  session = await launchFirefox(EXT);
});
afterEach(async () => {
  for (const page of open) await page.close().catch(() => undefined);
  open.clear();
});
after(async () => {
  await session?.close();
  await server?.close();
});

for (const c of cases) test(`firefox: ${c.name}`, () => c.run(driver));
