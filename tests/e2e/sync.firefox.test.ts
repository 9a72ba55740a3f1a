/**
 * Sync in a real Firefox (event-page background rather than a service worker): the extension syncs
 * a newer signed dataset from a loopback server, and a page then highlights an entity only that
 * version has, without the extension being reinstalled.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { Dataset, type Entity } from '../../lib/dataset/schema.ts';
import type { ProtocolMap, SyncStatus } from '../../lib/messaging.ts';
import { buildSignedBundle } from '../../lib/sync/publish.ts';
import { NEW_ENTITY, developmentSigningKey } from '../../lib/sync/test-fixtures.ts';
import { FIREFOX_EXT, launchFirefox, type FirefoxSession } from '../harness/browsers.ts';
import { startDataServer, type DataServer } from '../harness/data-server.ts';
import { highlightedTexts, waitForHighlighted } from '../harness/highlights.ts';
import { renderNewsPage } from '../harness/pages.ts';
import { startFixtureServer, type FixtureServer } from '../harness/server.ts';

/** The extension APIs these tests call inside an extension page. */
declare const browser: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

const OUT = 'test-output/sync-firefox';
const NEWS = `Commission on sync checks meets in Ashgabat

ASHGABAT — The State Commission on Sync Checks of Turkmenistan held its first meeting on Tuesday.

The commission will report to the Mejlis of Turkmenistan.`;

const bundled = Dataset.parse(JSON.parse(readFileSync(path.join(FIREFOX_EXT, 'dataset/dataset.json'), 'utf8')));
const newer = bundled.version.replace(/\d+$/, (p) => String(Number(p) + 1));

let pages: FixtureServer;
let data: DataServer;
let session: FirefoxSession;
let extPage: Page;

async function ask<K extends keyof ProtocolMap>(type: K, payload?: unknown): Promise<ReturnType<ProtocolMap[K]>> {
  const reply = await extPage.evaluate(
    async (type, data) => {
      const r = (await browser.runtime.sendMessage({ id: Math.floor(Math.random() * 1e6), type, data, timestamp: Date.now() })) as { res?: unknown; err?: { message?: string } };
      if (r?.err) throw new Error(r.err.message ?? JSON.stringify(r.err));
      return r?.res;
    },
    type,
    payload,
  );
  return reply as ReturnType<ProtocolMap[K]>;
}

async function waitForStatus(pred: (s: SyncStatus) => boolean, what: string): Promise<SyncStatus> {
  let last: SyncStatus | undefined;
  for (let i = 0; i < 150; i++) {
    last = await ask('getSyncStatus');
    if (pred(last)) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.fail(`${what}; last status: ${JSON.stringify(last)}`);
}

before(async () => {
  mkdirSync(OUT, { recursive: true });
  pages = await startFixtureServer();
  pages.route('/sync-news.html', renderNewsPage(NEWS, 'en').html);
  const key = await developmentSigningKey();
  const entities: Entity[] = [...bundled.entities.filter((e) => e.id !== NEW_ENTITY.id), NEW_ENTITY];
  data = await startDataServer(await buildSignedBundle(entities, { version: newer, asOf: bundled.generatedAt.slice(0, 10) }, key), key);
  session = await launchFirefox();
  extPage = await session.browser.newPage();
  // BiDi reports no load event for moz-extension documents: wait for the network to settle instead.
  await extPage.goto(session.extensionUrl('popup.html'), { waitUntil: 'networkidle0' });
});

after(async () => {
  await session?.close();
  await data?.close();
  await pages?.close();
});

test('firefox sync: a newer dataset from the sync server is highlighted on an already open page, without reinstalling or reloading', async () => {
  const first = await waitForStatus((s) => s.datasetVersion === bundled.version && s.phase === 'idle', 'the bundled dataset is loaded at install');
  assert.equal(first.origin, 'bundled');

  // A tab that is open before the sync: it must pick the new dataset up by itself, without a reload.
  const tab = await session.browser.newPage();
  await tab.goto(pages.url('/sync-news.html'));
  // Known to the bundled dataset: once it is highlighted, the page was read.
  await waitForHighlighted(tab, 'Mejlis of Turkmenistan');
  assert.ok(!(await tab.evaluate(highlightedTexts)).some((t) => t.startsWith('State Commission on Sync Checks')), 'the bundled dataset does not highlight the new entity');

  await extPage.evaluate((url) => browser.storage.local.set({ syncUrl: url }), data.baseUrl);
  const synced = await waitForStatus((s) => s.datasetVersion === newer && s.phase === 'idle', 'the background syncs the newer dataset');
  assert.equal(synced.origin, 'cache');
  assert.equal(synced.lastResult, 'updated');

  // The country written right after the name is part of the mention.
  await waitForHighlighted(tab, 'State Commission on Sync Checks of Turkmenistan');
  await tab.screenshot({ path: `${OUT}/new-entity-highlighted.png` });
  await tab.close();
});
