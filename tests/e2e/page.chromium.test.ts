import { after, afterEach, before, test } from 'node:test';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_EXT as DEFAULT_EXT, launchChromium, type ChromiumSession } from '../harness/browsers.ts';
import { startFixtureServer, type FixtureServer } from '../harness/server.ts';
import { addPages, cases, script, type Driver, type Tab } from './page-cases.ts';

/** Another build can be tested while .output/ is rebuilt by someone else: DIALOGUE_LENS_CHROME_EXT=dir. */
const EXT = process.env.DIALOGUE_LENS_CHROME_EXT ?? DEFAULT_EXT;
const OUT = 'test-output/chromium/page';
let server: FixtureServer;
/** Tabs a case opened: closed after it even when it failed, so the next case starts in a front tab. */
const open = new Set<Page>();
let session: ChromiumSession;

type Chrome = {
  storage: { local: { set(v: object): Promise<void> } };
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, m: object, o: object, cb: (r: unknown) => void): void;
  };
  runtime: { lastError?: unknown };
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
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    screenshot: async (name) => void (await page.screenshot({ path: `${OUT}/${name}.png` })),
    close: async () => {
      open.delete(page);
      await page.close();
    },
  } as Tab;
}

const driver: Driver = {
  name: 'chromium',
  get server() {
    return server;
  },
  async open(p) {
    const page = await session.context.newPage();
    open.add(page);
    await page.goto(server.url(p));
    await page.bringToFront();
    return tabOf(page);
  },
  async setStorage(values) {
    const sw = await session.serviceWorker();
    await sw.evaluate((v) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set(v), values);
  },
  async sendToTabs(type, data) {
    const sw = await session.serviceWorker();
    return sw.evaluate(async ([t, d]) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const tabs = await chrome.tabs.query({});
      const message = { id: Date.now(), type: t, data: d, timestamp: Date.now() };
      return Promise.all(
        tabs.map(
          (tab) =>
            new Promise((resolve) =>
              chrome.tabs.sendMessage(tab.id!, message, { frameId: 0 }, (r) => {
                void chrome.runtime.lastError;
                // @webext-core/messaging answers { res } (or { err }).
                resolve((r as { res?: unknown } | undefined)?.res ?? null);
              }),
            ),
        ),
      );
    }, [type, data] as const);
  },
  async waitForTab(part) {
    const page = await session.context.waitForEvent('page', { predicate: (p) => p.url().includes(part), timeout: 10_000 });
    open.add(page);
    return page.url();
  },
  async reloadExtension() {
    const sw = await session.serviceWorker();
    await sw.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  },
  manifest: () => JSON.parse(readFileSync(path.join(EXT, 'manifest.json'), 'utf8')),
};

before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startFixtureServer();
  await addPages(server);
  session = await launchChromium(EXT);
});
afterEach(async () => {
  for (const page of open) await page.close().catch(() => undefined);
  open.clear();
});
after(async () => {
  await session?.close();
  await server?.close();
});

for (const c of cases) test(`chromium: ${c.name}`, () => c.run(driver));
