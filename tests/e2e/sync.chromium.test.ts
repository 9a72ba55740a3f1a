/**
 * Sync in a real Chromium with the built extension: the background syncs a newer signed dataset
 * from a loopback server, and a page then highlights an entity only that version has — without the
 * extension being reinstalled. A forged manifest is refused with the data kept, and a stopped
 * service worker answers the first message after it wakes with the synced data.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { Dataset, type Entity } from '../../lib/dataset/schema.ts';
import { findMentions, loadIndex, type SerializedIndex } from '../../lib/mentions/index.ts';
import type { PageData, ProtocolMap, SyncStatus } from '../../lib/messaging.ts';
import { buildSignedBundle } from '../../lib/sync/publish.ts';
import { NEW_ENTITY, developmentSigningKey } from '../../lib/sync/test-fixtures.ts';
import { CHROME_EXT, launchChromium, type ChromiumSession } from '../harness/browsers.ts';
import { startDataServer, type DataServer } from '../harness/data-server.ts';
import { highlightedTexts, waitForHighlighted } from '../harness/highlights.ts';
import { renderNewsPage } from '../harness/pages.ts';
import { startFixtureServer, type FixtureServer } from '../harness/server.ts';

/** The few extension APIs these tests call inside the browser (no @types/chrome in the project). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
};

const OUT = 'test-output/sync-chromium';
const NEWS = `Commission on sync checks meets in Ashgabat

ASHGABAT — The State Commission on Sync Checks of Turkmenistan held its first meeting on Tuesday, the Foreign Ministry said.

The commission will report to the Cabinet of Ministers and to the Mejlis of Turkmenistan.`;

const bundled = Dataset.parse(JSON.parse(readFileSync(path.join(CHROME_EXT, 'dataset/dataset.json'), 'utf8')));
const bump = (v: string, by: number) => v.replace(/\d+$/, (p) => String(Number(p) + by));
const newer = bump(bundled.version, 1);

let pages: FixtureServer;
let data: DataServer;
let session: ChromiumSession;
/** An extension page to send messages from, as the popup does. */
let extPage: Page;

async function ask<K extends keyof ProtocolMap>(type: K, payload?: unknown): Promise<ReturnType<ProtocolMap[K]>> {
  const reply = await extPage.evaluate(
    async ([type, data]) => {
      // The @webext-core/messaging envelope, as sendMessage() builds it.
      const r = (await chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e6), type, data, timestamp: Date.now() })) as { res?: unknown; err?: { message?: string } };
      if (r?.err) throw new Error(r.err.message ?? JSON.stringify(r.err));
      return r?.res;
    },
    [type, payload] as const,
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

function mentionedIds(pageData: PageData, text: string): string[] {
  const index = loadIndex(pageData.index as SerializedIndex);
  return findMentions(index, text).map((m) => m.entityId);
}

before(async () => {
  mkdirSync(OUT, { recursive: true });
  pages = await startFixtureServer();
  pages.route('/sync-news.html', renderNewsPage(NEWS, 'en').html);
  const key = await developmentSigningKey();
  const entities: Entity[] = [...bundled.entities.filter((e) => e.id !== NEW_ENTITY.id), NEW_ENTITY];
  data = await startDataServer(await buildSignedBundle(entities, { version: newer, asOf: bundled.generatedAt.slice(0, 10) }, key), key);
  session = await launchChromium();
  extPage = await session.context.newPage();
  await extPage.goto(session.extensionUrl('popup.html'));
});

after(async () => {
  await session?.close();
  await data?.close();
  await pages?.close();
});

test('chromium sync: a newer dataset from the sync server is highlighted on an already open page, without reinstalling or reloading', async () => {
  // Installed with the bundled dataset; the default sync host is unreachable in tests.
  const first = await waitForStatus((s) => s.datasetVersion === bundled.version && s.phase === 'idle', 'the bundled dataset is loaded at install');
  assert.equal(first.origin, 'bundled');
  assert.ok(!mentionedIds(await ask('getPageData'), NEWS).includes(NEW_ENTITY.id), 'the bundled dataset does not know the new entity');

  // A tab that is open before the sync: it must pick the new dataset up by itself, without a reload.
  const tab = await session.context.newPage();
  await tab.goto(pages.url('/sync-news.html'));
  // Known to the bundled dataset: once it is highlighted, the page was read.
  await waitForHighlighted(tab, 'Mejlis of Turkmenistan');
  assert.ok(!(await tab.evaluate(highlightedTexts)).some((t) => t.startsWith('State Commission on Sync Checks')), 'the bundled dataset does not highlight the new entity');

  // What the options page does when the user saves a sync URL.
  const sw = await session.serviceWorker();
  await sw.evaluate((url) => chrome.storage.local.set({ syncUrl: url }), data.baseUrl);
  const synced = await waitForStatus((s) => s.datasetVersion === newer && s.phase === 'idle', 'the background syncs the newer dataset');
  assert.equal(synced.origin, 'cache');
  assert.equal(synced.sourceUrl, `${data.baseUrl}manifest.json`);
  assert.equal(synced.lastResult, 'updated');

  const pageData = await ask('getPageData');
  assert.equal(pageData.datasetVersion, newer);
  assert.ok(mentionedIds(pageData, NEWS).includes(NEW_ENTITY.id), 'the index the pages get finds the new entity');
  assert.deepEqual(
    (await ask('getEntities', [NEW_ENTITY.id])).map((e) => e.names.en),
    ['State Commission on Sync Checks'],
  );

  // The country written right after the name is part of the mention.
  await waitForHighlighted(tab, 'State Commission on Sync Checks of Turkmenistan');
  await tab.screenshot({ path: `${OUT}/new-entity-highlighted.png` });
  await tab.close();
});

test('chromium sync: a forged manifest is refused with the data kept, and "Sync now" recovers once it is fixed', async () => {
  const key = await developmentSigningKey();
  const entities = [...bundled.entities.filter((e) => e.id !== NEW_ENTITY.id), NEW_ENTITY];
  data.publish(await buildSignedBundle(entities, { version: bump(bundled.version, 2), asOf: bundled.generatedAt.slice(0, 10) }, key));
  await data.fault('bad-signature');
  const refused = await ask('syncNow', {});
  assert.equal(refused.lastError?.code, 'signature');
  assert.match(refused.lastError?.message ?? '', /signature/);
  assert.equal(refused.datasetVersion, newer, 'the last good dataset stays');
  assert.ok(refused.nextRetryAt, 'a retry is scheduled');
  const alarm = await (await session.serviceWorker()).evaluate(() => chrome.alarms.get('dialogue-lens:sync-retry'));
  assert.ok(alarm && alarm.scheduledTime > Date.now(), 'the retry alarm is set');

  const fixed = await ask('syncNow', {});
  assert.equal(fixed.datasetVersion, bump(bundled.version, 2));
  assert.equal(fixed.lastError, undefined);
});

test('chromium sync: after the service worker is stopped, the first message is answered with the synced data', async () => {
  // DevTools' ServiceWorker domain sees the extension's worker from one of its pages, and can stop it
  // as the browser does after 30 s idle.
  const cdp = await session.context.newCDPSession(extPage);
  const statuses: string[] = [];
  let versionId: string | undefined;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.endsWith('/background.js')) continue;
      versionId = v.versionId;
      statuses.push(v.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  await until(() => versionId !== undefined && statuses.at(-1) === 'running', 'the worker is seen running');
  await cdp.send('ServiceWorker.stopWorker', { versionId: versionId! });
  await until(() => statuses.at(-1) === 'stopped', 'the worker stops');
  statuses.length = 0;

  const pageData = await ask('getPageData');
  assert.ok(statuses.includes('starting'), `the message woke the worker (${statuses.join(' → ')})`);
  assert.equal(pageData.datasetVersion, bump(bundled.version, 2));
  assert.ok(mentionedIds(pageData, NEWS).includes(NEW_ENTITY.id));
  await cdp.detach();
});

async function until(pred: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !pred(); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(pred(), what);
}
