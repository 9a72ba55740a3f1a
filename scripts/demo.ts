/**
 * `npm run demo`: the extension at work on the demo pages, headless, on any machine.
 * Serves the seed page (English) and its Russian and Turkmen counterparts on 127.0.0.1, opens each
 * in Chromium with the built extension, prints what the extension found (the highlighted text, and
 * the entities as the popup's "On this page" lists them), and writes screenshots to demo-output/:
 * each page, an open popover, the popup's search and "On this page", and the options page.
 * The extension syncs from a dataset server on 127.0.0.1 serving the bundle in public/dataset/, as it
 * would from the project's host (the default sync URL is a placeholder until there is one).
 * `npm run demo -- --readme` also refreshes the screenshots the README shows (tests/screenshots/).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { SyncStatus } from '../lib/messaging.ts';
import { developmentSigningKey } from '../lib/sync/test-fixtures.ts';
import { ROOT, launchChromium, type ChromiumSession } from '../tests/harness/browsers.ts';
import { startDataServer } from '../tests/harness/data-server.ts';
import { demoPages } from '../tests/harness/pages.ts';
import { startFixtureServer } from '../tests/harness/server.ts';

const OUT = path.join(ROOT, 'demo-output');
const README_SHOTS = process.argv.includes('--readme') ? path.join(ROOT, 'tests/screenshots') : undefined;
mkdirSync(OUT, { recursive: true });
if (README_SHOTS) mkdirSync(README_SHOTS, { recursive: true });

async function screenshot(page: Page, file: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: path.join(OUT, file), fullPage });
  if (README_SHOTS) copyFileSync(path.join(OUT, file), path.join(README_SHOTS, file));
  console.log(`  screenshot: demo-output/${file}`);
}

/** The highlighted text on a page, read from the CSS Custom Highlight registry (the page's DOM is untouched). */
function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('dialogue-lens');
    if (!highlight) return [];
    return [...highlight]
      .map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range;
      })
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
      .map((range) => range.toString().replace(/\s+/g, ' '));
  });
}

/** Annotation runs in slices after the page is idle: wait until the count stops changing. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => (CSS.highlights.get('dialogue-lens')?.size ?? 0) > 0, null, { timeout: 20_000 });
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const count = await page.evaluate(() => CSS.highlights.get('dialogue-lens')?.size ?? 0);
    if (count === last) return;
    last = count;
    await page.waitForTimeout(300);
  }
}

async function openPopup(session: ChromiumSession, hash = ''): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(session.extensionUrl(`popup.html${hash}`));
  await popup.bringToFront();
  await popup.locator('.sync-footer .dataset-facts').waitFor({ timeout: 15_000 });
  return popup;
}

/** The entities the popup lists under "On this page" for the tab the reader was on. */
async function onThisPage(session: ChromiumSession, shot?: string): Promise<{ name: string; count: string }[]> {
  const popup = await openPopup(session);
  await popup.locator('.mention-list .mention').first().waitFor({ timeout: 15_000 });
  const listed = await popup.$$eval('.mention-list .mention', (items) =>
    items.map((li) => ({ name: li.querySelector('.mention-name')?.textContent ?? '', count: li.querySelector('.count')?.textContent ?? '' })),
  );
  if (shot) await screenshot(popup, shot);
  await popup.close();
  return listed;
}

async function hover(page: Page, text: string): Promise<void> {
  const box = await page.getByText(text, { exact: false }).first().evaluate((el, t) => {
    const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.nodeValue?.includes(t));
    if (!node) return null;
    const range = document.createRange();
    const at = node.nodeValue!.indexOf(t);
    range.setStart(node, at);
    range.setEnd(node, at + t.length);
    const rect = range.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }, text);
  if (!box) throw new Error(`"${text}" is not on the page`);
  await page.mouse.move(box.x - 40, box.y);
  await page.mouse.move(box.x, box.y, { steps: 4 });
}

/** The extension APIs the demo calls inside the browser (no @types/chrome in the project). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> }; storage: { local: { set(items: object): Promise<void> } } };

/** Points the extension at a dataset server, as the options page does, and waits for its check. */
async function syncFrom(session: ChromiumSession, baseUrl: string): Promise<SyncStatus> {
  const since = Date.now();
  await (await session.serviceWorker()).evaluate((url) => chrome.storage.local.set({ syncUrl: url }), baseUrl);
  const page = await session.context.newPage();
  try {
    await page.goto(session.extensionUrl('popup.html'));
    let last: SyncStatus | undefined;
    for (let i = 0; i < 100; i++) {
      // The @webext-core/messaging envelope, as the popup's sendMessage builds it.
      const reply = (await page.evaluate(() => chrome.runtime.sendMessage({ id: Date.now(), type: 'getSyncStatus', timestamp: Date.now() }))) as { res?: SyncStatus };
      const status = reply?.res;
      last = status;
      const checkedAt = Date.parse((status?.lastResult === 'error' ? status.lastError?.at : status?.lastSyncAt) ?? '');
      if (status?.phase === 'idle' && checkedAt >= since) return status;
      await page.waitForTimeout(100);
    }
    throw new Error(`the extension did not sync from ${baseUrl}: ${JSON.stringify(last)}`);
  } finally {
    await page.close();
  }
}

const server = await startFixtureServer();
const dataset = path.join(ROOT, 'public/dataset');
const data = await startDataServer(
  { manifestJson: readFileSync(path.join(dataset, 'manifest.json'), 'utf8'), datasetJson: readFileSync(path.join(dataset, 'dataset.json'), 'utf8') },
  await developmentSigningKey(),
);
const session = await launchChromium();
try {
  const status = await syncFrom(session, data.baseUrl);
  console.log(`sync from ${data.baseUrl}: ${status.lastResult}${status.lastError ? ` (${status.lastError.message})` : ''}, dataset ${status.datasetVersion} as of ${status.asOf}`);
  for (const demo of demoPages()) {
    const name = path.basename(demo.path, '.html');
    const page = await session.context.newPage();
    await page.goto(server.url(demo.path));
    await settle(page);
    const found = await highlightedTexts(page);
    console.log(`\n${demo.title}\n  ${server.url(demo.path)} (${demo.lang}): ${found.length} mention(s) highlighted`);
    for (const text of found) console.log(`  • ${text}`);
    await screenshot(page, `page-${name}.png`, true);

    const entities = await onThisPage(session, demo.lang === 'en' ? 'popup-on-this-page.png' : undefined);
    console.log(`  On this page (${entities.length} entities):`);
    for (const e of entities) console.log(`    ${e.count.padStart(2)} × ${e.name}`);

    if (demo.lang === 'en') {
      await page.bringToFront();
      await page.evaluate(() => window.scrollTo(0, 0));
      await hover(page, 'Ombudswoman of Turkmenistan');
      await page.waitForFunction(() => !!document.querySelector('[data-dialogue-lens-ui]')?.shadowRoot?.querySelector('.dl-card'), null, { timeout: 10_000 });
      await page.waitForTimeout(300);
      console.log('  popover open on “Ombudswoman of Turkmenistan”');
      await screenshot(page, 'popover.png');
    }
    await page.close();
  }

  console.log('\npopup search: “ombudswoman”');
  const popup = await openPopup(session);
  await popup.keyboard.type('ombudswoman');
  await popup.locator('[role="option"] .result-name').first().waitFor({ timeout: 10_000 });
  const results = await popup.$$eval('[role="option"] .result-name', (els) => els.slice(0, 5).map((e) => e.textContent));
  results.forEach((r, i) => console.log(`  ${i + 1}. ${r}`));
  await screenshot(popup, 'popup-search.png');
  await popup.close();

  const options = await session.context.newPage();
  await options.setViewportSize({ width: 900, height: 1000 });
  await options.goto(session.extensionUrl('options.html'));
  await options.getByLabel('Sync URL').waitFor({ timeout: 10_000 });
  console.log('\noptions page');
  await screenshot(options, 'options.png', true);
  await options.close();
} finally {
  await session.close();
  await server.close();
  await data.close();
}
