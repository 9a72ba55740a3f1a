/**
 * Wires the popup to the extension: the dataset from IndexedDB (a Dexie live query, so a sync
 * that lands while the popup is open shows at once), else from the background (storage blocked),
 * else the copy bundled with the extension; the search index an earlier opening saved; the sync
 * status from the background; the active tab's mentions from its content script; the site switch
 * from settings.
 */
import { liveQuery } from 'dexie';
import type { Browser } from 'wxt/browser';
import type { DatasetState, PageMentions, PopupServices, SiteState } from '../../components/popup/services.ts';
import type { Entity } from '../../lib/dataset/schema.ts';
import { LensDatabase } from '../../lib/db/database.ts';
import { peekDatasetRow } from '../../lib/db/peek.ts';
import type { DatasetRow } from '../../lib/db/rows.ts';
import type { Translator } from '../../lib/i18n/index.ts';
import { sendMessage, type SyncStatus } from '../../lib/messaging.ts';
import { storableSearchIndex } from '../../lib/search/index.ts';
import { allowedSites, disabledSites, highlightsOn, siteKey, withSiteHighlighting } from '../../lib/settings.ts';
import { readCachedIndex, writeCachedIndex } from './search-cache.ts';

export interface OpenedWith {
  entityId?: string;
  query?: string;
  /** The tab whose page "On this page" is about, when the background opened us from that page. */
  tabId?: number;
}

/** `popup.html?entity=tm.mejlis`, `popup.html#q=меджлис&tab=12`: both forms, so any caller works. */
export function openedWith(location: Location): OpenedWith {
  const params = new URLSearchParams(location.search);
  for (const [k, v] of new URLSearchParams(location.hash.replace(/^#/, ''))) params.set(k, v);
  const out: OpenedWith = {};
  const entity = params.get('entity');
  const q = params.get('q');
  const tab = Number(params.get('tab'));
  if (entity) out.entityId = entity;
  if (q) out.query = q;
  if (Number.isInteger(tab) && tab > 0) out.tabId = tab;
  return out;
}

async function bundledDataset(): Promise<DatasetState> {
  // The schema (and zod with it) is loaded only for this fallback, not on every popup open.
  const { Dataset } = await import('../../lib/dataset/schema.ts');
  const response = await fetch(browser.runtime.getURL('/dataset/dataset.json'));
  const parsed = Dataset.safeParse(await response.json());
  if (!parsed.success) throw new Error('The bundled dataset does not fit the schema.');
  return { status: 'ready', entities: parsed.data.entities, version: parsed.data.version, asOf: parsed.data.generatedAt.slice(0, 10), origin: 'bundled' };
}

/** From the background, which holds the data in memory when IndexedDB is blocked. */
async function backgroundDataset(): Promise<DatasetState> {
  const [entities, status] = await Promise.all([sendMessage('getAllEntities'), sendMessage('getSyncStatus')]);
  if (!Array.isArray(entities) || !entities.length) throw new Error('The background has no dataset.');
  return { status: 'ready', entities, version: status.datasetVersion, asOf: status.asOf, origin: status.origin };
}

/** The extension's database, opened once per popup; undefined when the browser will not open it. */
function openDatabase(): Promise<LensDatabase | undefined> {
  const db = new LensDatabase();
  return db.open().then(
    () => {
      performance.mark('dl:db-open');
      return db;
    },
    () => undefined,
  );
}

const keyOf = (meta: DatasetRow) => `${meta.version} ${meta.sha256}`;

/** Starts reading the dataset at once (before the first render) and replays the latest state to each watcher. */
function datasetFeed(database: Promise<LensDatabase | undefined>): (cb: (state: DatasetState) => void) => () => void {
  let latest: DatasetState | undefined;
  const listeners = new Set<(state: DatasetState) => void>();
  readDataset(database, (state) => {
    latest = state;
    listeners.forEach((l) => l(state));
  });
  return (cb) => {
    if (latest) cb(latest);
    listeners.add(cb);
    return () => void listeners.delete(cb);
  };
}

function readDataset(database: Promise<LensDatabase | undefined>, cb: (state: DatasetState) => void): () => void {
  let stopped = false;
  let unsubscribe: (() => void) | undefined;
  let showing: 'db' | 'fallback' | undefined;
  const emit = (state: DatasetState, from: 'db' | 'fallback') => {
    if (stopped || (from === 'fallback' && showing === 'db')) return;
    if (!showing) performance.mark('dl:dataset');
    showing = from;
    cb(state);
  };
  const fallback = async () => {
    try {
      emit(await backgroundDataset(), 'fallback');
    } catch {
      try {
        emit(await bundledDataset(), 'fallback');
      } catch (error) {
        emit({ status: 'error', entities: [], version: '', asOf: '', origin: 'bundled', error: String((error as Error).message ?? error) }, 'fallback');
      }
    }
  };

  void database.then((db) => {
    if (!db) return void fallback();
    if (stopped) return;
    const query = liveQuery(async () => {
      const meta = (await db.syncMeta.get('dataset')) as DatasetRow | undefined;
      return { meta, entities: meta ? ((await db.entities.toArray()) as Entity[]) : [] };
    });
    const sub = query.subscribe({
      next: ({ meta, entities }) => {
        // Nothing stored yet (the background is still importing the bundled copy): show that copy meanwhile.
        if (!meta) return void fallback();
        const origin = meta.source === 'bundled' ? 'bundled' : 'cache';
        emit({ status: 'ready', entities, version: meta.version, asOf: meta.asOf, origin, key: keyOf(meta) }, 'db');
      },
      error: () => void fallback(),
    });
    unsubscribe = () => sub.unsubscribe();
  });
  return () => {
    stopped = true;
    unsubscribe?.();
  };
}

function watchSyncStatus(cb: (status: SyncStatus | undefined) => void): () => void {
  let stopped = false;
  const ask = () =>
    sendMessage('getSyncStatus').then(
      (s) => !stopped && cb(s),
      () => !stopped && cb(undefined),
    );
  void ask();
  // The background keeps a running sync's phase in memory: ask while one runs, rarely otherwise.
  let timer: ReturnType<typeof setTimeout>;
  const tick = async () => {
    if (stopped) return;
    let running = false;
    try {
      const s = await sendMessage('getSyncStatus');
      running = s.phase !== 'idle';
      if (!stopped) cb(s);
    } catch {
      // The background is restarting; the next tick asks again.
    }
    timer = setTimeout(tick, running ? 300 : 5000);
  };
  timer = setTimeout(tick, 1000);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/** The tab the popup is about: the active one, or, when we are a tab ourselves, the one the reader came from. */
type Tab = Browser.tabs.Tab;

async function targetTab(opened: OpenedWith): Promise<Tab | undefined> {
  if (opened.tabId !== undefined) {
    try {
      return await browser.tabs.get(opened.tabId);
    } catch {
      // Closed since; fall through.
    }
  }
  const self = await browser.tabs.getCurrent();
  if (!self) return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const tabs = await browser.tabs.query({ currentWindow: true });
  // Never one of our own pages (another search tab, the options): they are not what the reader was reading.
  const ours = browser.runtime.getURL('/');
  return tabs
    .filter((t) => t.id !== self.id && !t.url?.startsWith(ours))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

async function pageMentions(tab: Promise<Tab | undefined>): Promise<PageMentions> {
  const t = await tab;
  if (t?.id === undefined) return undefined;
  try {
    const mentions = await sendMessage('getPageMentions', undefined, { tabId: t.id, frameId: 0 });
    performance.mark('dl:mentions');
    return Array.isArray(mentions) ? mentions.filter((m) => typeof m?.entityId === 'string' && Number.isFinite(m.count)) : undefined;
  } catch {
    return undefined;
  }
}

export function createServices(i18n: Translator, opened: OpenedWith): PopupServices {
  // Everything the first screen needs is asked for now, in parallel, not after the first render.
  const database = openDatabase();
  // The saved search index and the stored dataset's row are read at once, with plain IndexedDB,
  // next to Dexie's open rather than after it: the index is used only if it was built from the
  // dataset that is stored.
  const currentKey = peekDatasetRow(indexedDB).then((meta) => (meta ? keyOf(meta) : undefined), () => undefined);
  const cachedIndex = readCachedIndex(currentKey).then(
    async (index) => {
      if (!index) return undefined;
      performance.mark('dl:cached-index');
      return { key: (await currentKey)!, index };
    },
    () => undefined,
  );
  // The entities are read after the cached index: both are large IndexedDB reads that slow each
  // other down, and the index is what the first search results need (2,000 entities: ~3× sooner).
  const watchDataset = datasetFeed(cachedIndex.then(() => database));
  const tab = targetTab(opened).catch(() => undefined);
  const mentions = pageMentions(tab);
  const site = tab.then(async (t) => {
    if (t?.url) return /^https?:/.test(t.url) ? siteKey(t.url) : '';
    if (t?.id === undefined) return '';
    // No URL without the tabs permission: the page's content script knows its own site.
    const key = await sendMessage('getPageSite', undefined, { tabId: t.id, frameId: 0 }).catch(() => '');
    return typeof key === 'string' && /^[a-z0-9.-]+$/.test(key) ? key : '';
  });

  return {
    i18n,
    now: () => Date.now(),
    watchDataset,
    watchSyncStatus,
    syncNow: () => sendMessage('syncNow', {}),
    pageMentions: () => mentions,
    async reveal(entityId, occurrence) {
      const t = await tab;
      if (t?.id === undefined) return false;
      return sendMessage('revealMention', { entityId, occurrence }, { tabId: t.id, frameId: 0 }).catch(() => false);
    },
    watchSite(cb: (state: SiteState | undefined) => void) {
      let stopped = false;
      const update = async () => {
        const s = await site;
        if (stopped) return;
        if (!s) return cb(undefined);
        const [allowed, disabled] = await Promise.all([allowedSites.getValue(), disabledSites.getValue()]);
        if (!stopped) cb({ site: s, on: highlightsOn(s, { allowed, disabled }) });
      };
      void update();
      const unwatch = [allowedSites.watch(() => void update()), disabledSites.watch(() => void update())];
      return () => {
        stopped = true;
        unwatch.forEach((u) => u());
      };
    },
    async setSiteHighlighting(on) {
      const s = await site;
      if (!s) return;
      const [allowed, disabled] = await Promise.all([allowedSites.getValue(), disabledSites.getValue()]);
      const next = withSiteHighlighting(s, on, { allowed, disabled });
      await Promise.all([allowedSites.setValue(next.allowed), disabledSites.setValue(next.disabled)]);
    },
    openSettings() {
      void browser.runtime.openOptionsPage();
      window.close();
    },
    async copy(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
    close: () => window.close(),
    cachedSearchIndex: () => cachedIndex,
    saveSearchIndex(key, index) {
      void writeCachedIndex(key, storableSearchIndex(index)).then(
        () => performance.mark('dl:index-saved'),
        () => undefined,
      );
    },
    initial: { ...(opened.entityId ? { entityId: opened.entityId } : {}), ...(opened.query ? { query: opened.query } : {}) },
    onFirstResults() {
      performance.mark('dl:first-results');
      // Read by scripts/bench-popup.ts: milliseconds from the popup's navigation start to its first results.
      document.documentElement.dataset.firstResultsMs = String(Math.round(performance.now()));
    },
  };
}
