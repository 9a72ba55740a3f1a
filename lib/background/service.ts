/**
 * What the background does, with the browser passed in. The MV3 service worker is stopped after
 * ~30 s idle and started again by the next event, so nothing here lives only in memory: the store is
 * reopened (and seeded from the bundled dataset if empty) by whichever event comes first, and the
 * in-memory values are caches or the progress of a sync that dies with the worker anyway.
 */
import type { Dataset, Entity, Manifest } from '../dataset/schema.ts';
import type { DatasetRow, SyncErrorRecord } from '../db/rows.ts';
import { MemoryStore, type DatasetStore } from '../db/store.ts';
import type { PageData, SyncStatus } from '../messaging.ts';
import { SyncError, storageError } from '../sync/errors.ts';
import { syncUrlProblem } from '../sync/permissions.ts';
import { runSync, type SyncDeps, type SyncOutcome } from '../sync/run.ts';
import { syncStatus } from '../sync/status.ts';
import { compareVersions } from '../sync/version.ts';

export const PERIODIC_ALARM = 'dialogue-lens:sync';
export const RETRY_ALARM = 'dialogue-lens:sync-retry';

export interface AlarmInfo {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

export interface BackgroundDeps {
  /** Opens IndexedDB; throws when the browser will not give us a database. */
  openStore(): Promise<DatasetStore>;
  /** The copy shipped in the extension (public/dataset/): small manifest first, dataset on demand. */
  bundledManifest(): Promise<Manifest>;
  bundledDataset(): Promise<Dataset>;
  /** `serializeIndex(buildIndex(entities))`. */
  buildIndex(entities: readonly Entity[]): unknown;
  /**
   * The revision `buildIndex` writes into its index (lib/mentions INDEX_REVISION): a stored index of
   * another revision, left by an older version of the extension, is rebuilt from the stored entities.
   */
  indexRevision?: number;
  fetch: typeof fetch;
  now(): number;
  random(): number;
  isOnline(): boolean;
  trustedKeys(): Promise<CryptoKey[]>;
  settings: { syncUrl(): Promise<string>; intervalHours(): Promise<number>; autoSync(): Promise<boolean> };
  alarms: {
    create(name: string, info: { when?: number; periodInMinutes?: number }): Promise<void>;
    clear(name: string): Promise<unknown>;
    get(name: string): Promise<AlarmInfo | undefined>;
  };
  explainNetworkFailure?(url: string): Promise<string | undefined>;
  openSearchPage(query: { entityId?: string; text?: string }): Promise<void>;
  /**
   * Another dataset was stored (a sync, or a newer bundled copy after an update): pages that are
   * open still hold the old matcher and are told to fetch the new one.
   */
  datasetChanged?(version: string): Promise<void>;
  timeoutMs?: number;
}

export type InstallReason = 'install' | 'update' | 'browser_update' | 'chrome_update' | 'shared_module_update';

const MAX_IDS = 1000;

export function createBackground(deps: BackgroundDeps) {
  let ready: Promise<DatasetStore> | undefined;
  /** Why IndexedDB could not be used, when the data lives in memory. */
  let storageProblem: SyncError | undefined;
  let running: Promise<SyncOutcome> | undefined;
  let live: { phase: SyncStatus['phase']; progress?: number } | undefined;
  /** A failure the database was too broken to record; shown until a later attempt is recorded. */
  let unrecorded: { error: SyncErrorRecord; retryAt: string } | undefined;
  let pageData: PageData | undefined;
  let keys: Promise<CryptoKey[]> | undefined;

  function store(): Promise<DatasetStore> {
    ready ??= openAndSeed();
    ready.catch(() => {
      ready = undefined;
    });
    return ready;
  }

  async function openAndSeed(): Promise<DatasetStore> {
    pageData = undefined;
    try {
      const db = await deps.openStore();
      await seed(db);
      // A sync that was running when the worker stopped is over; don't show it as running.
      if ((await db.syncState()).phase !== 'idle') await db.updateSyncState({ phase: 'idle', progress: undefined });
      storageProblem = undefined;
      return db;
    } catch (error) {
      storageProblem = storageError(error);
      const memory = new MemoryStore();
      await seed(memory);
      return memory;
    }
  }

  /** Stores the bundled dataset when the store is empty or holds an older version (never a downgrade). */
  async function seed(s: DatasetStore): Promise<void> {
    const [stored, manifest] = await Promise.all([s.dataset(), deps.bundledManifest()]);
    if (stored && compareVersions(manifest.version, stored.version) <= 0) return refreshIndex(s, stored);
    const dataset = await deps.bundledDataset();
    await s.replace({
      entities: dataset.entities,
      index: deps.buildIndex(dataset.entities),
      dataset: {
        version: dataset.version,
        asOf: dataset.generatedAt.slice(0, 10),
        generatedAt: dataset.generatedAt,
        sha256: manifest.dataset.sha256,
        entityCount: dataset.entities.length,
        source: 'bundled',
        storedAt: new Date(deps.now()).toISOString(),
      },
    });
    await announce(dataset.version);
  }

  /** Rebuilds a stored index that an older engine built, from the stored entities, keeping the dataset as it is. */
  async function refreshIndex(s: DatasetStore, stored: DatasetRow): Promise<void> {
    if (deps.indexRevision === undefined) return;
    const row = await s.mentionIndex();
    if (row && (row.index as { revision?: unknown } | null)?.revision === deps.indexRevision) return;
    const entities = await s.allEntities();
    await s.replace({ entities, index: deps.buildIndex(entities), dataset: stored });
    await announce(stored.version);
  }

  /** Tells open pages about a newly stored dataset; a failure to tell them loses nothing (they reload on their next start). */
  async function announce(version: string): Promise<void> {
    try {
      await deps.datasetChanged?.(version);
    } catch {
      // Nobody listening, or storage refusing a write: pages pick the new data up when they next load.
    }
  }

  async function status(): Promise<SyncStatus> {
    const s = await store();
    const [dataset, stored] = await Promise.all([s.dataset(), s.syncState()]);
    let sync = stored;
    if (unrecorded && (!stored.lastAttemptAt || stored.lastAttemptAt < unrecorded.error.at)) {
      sync = { ...stored, lastResult: 'error', lastError: unrecorded.error, nextRetryAt: unrecorded.retryAt };
    }
    return syncStatus(dataset, sync, s.kind, running ? live : undefined, storageProblem);
  }

  async function isStale(s: DatasetStore): Promise<boolean> {
    const last = (await s.syncState()).lastSuccessAt;
    const hours = await deps.settings.intervalHours();
    return !last || deps.now() - Date.parse(last) >= hours * 3_600_000;
  }

  /** One sync at a time: a second "Sync now" while one runs waits for the same result. */
  function sync(options: { allowDowngrade?: boolean; scheduleRetry: boolean }): Promise<SyncOutcome> {
    running ??= (async () => {
      const s = await store();
      const baseUrl = await deps.settings.syncUrl();
      live = { phase: 'checking' };
      const syncDeps: SyncDeps = {
        fetch: deps.fetch,
        now: deps.now,
        random: deps.random,
        isOnline: deps.isOnline,
        store: s,
        trustedKeys: await (keys ??= deps.trustedKeys()),
        buildIndex: deps.buildIndex,
        onProgress: (phase, progress) => {
          live = { phase, ...(progress === undefined ? {} : { progress }) };
        },
        ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
        ...(deps.explainNetworkFailure ? { explainNetworkFailure: deps.explainNetworkFailure } : {}),
      };
      const problem = syncUrlProblem(baseUrl);
      const outcome = problem
        ? await refuseUrl(s, problem)
        : await runSync(syncDeps, { baseUrl, ...(options.allowDowngrade ? { allowDowngrade: true } : {}) });
      if (outcome.result === 'updated') {
        pageData = undefined;
        await announce(outcome.version);
      }
      if (outcome.result === 'error') {
        // The database went away under us: reopen (or fall back to memory) on next use, and keep
        // the error here, since it could not be written there.
        if (outcome.error.code === 'storage-blocked' && s.kind === 'indexeddb') {
          ready = undefined;
          unrecorded = { error: outcome.error, retryAt: outcome.retryAt };
        }
        if (options.scheduleRetry && (await deps.settings.autoSync())) {
          await deps.alarms.create(RETRY_ALARM, { when: Date.parse(outcome.retryAt) });
        }
      } else {
        await deps.alarms.clear(RETRY_ALARM);
      }
      return outcome;
    })().finally(() => {
      running = undefined;
      live = undefined;
    });
    return running;
  }

  async function refuseUrl(s: DatasetStore, message: string): Promise<SyncOutcome> {
    const at = new Date(deps.now()).toISOString();
    const failures = (await s.syncState()).failures + 1;
    const error = { code: 'network' as const, message: `${message} Nothing was downloaded.`, at };
    await s.updateSyncState({ phase: 'idle', lastAttemptAt: at, lastResult: 'error', lastError: error, failures, nextRetryAt: undefined });
    return { result: 'error', error, retryAt: at, waitForOnline: false };
  }

  /** The periodic alarm: on if auto-sync is, firing `interval` after the last successful check. */
  async function ensureSchedule(): Promise<void> {
    if (!(await deps.settings.autoSync())) {
      await Promise.all([deps.alarms.clear(PERIODIC_ALARM), deps.alarms.clear(RETRY_ALARM)]);
      return;
    }
    const minutes = Math.max(1, Math.round((await deps.settings.intervalHours()) * 60));
    const existing = await deps.alarms.get(PERIODIC_ALARM);
    if (existing?.periodInMinutes === minutes) return;
    const last = (await (await store()).syncState()).lastSuccessAt;
    const due = last ? Date.parse(last) + minutes * 60_000 : deps.now() + minutes * 60_000;
    await deps.alarms.create(PERIODIC_ALARM, { when: Math.max(due, deps.now() + 60_000), periodInMinutes: minutes });
  }

  async function autoSync(): Promise<SyncOutcome | undefined> {
    if (!(await deps.settings.autoSync())) return undefined;
    return sync({ scheduleRetry: true });
  }

  return {
    /** For the first message after a wake-up as much as for the first after install. */
    async getPageData(): Promise<PageData> {
      if (pageData) return pageData;
      const s = await store();
      const [row, dataset] = await Promise.all([s.mentionIndex(), s.dataset()]);
      if (!row || !dataset) throw new Error('The dataset is not loaded yet.');
      pageData = { index: row.index, datasetVersion: dataset.version, asOf: dataset.asOf };
      return pageData;
    },

    async getEntities(ids: unknown): Promise<Entity[]> {
      if (!Array.isArray(ids) || ids.length > MAX_IDS || !ids.every((id) => typeof id === 'string' && id.length <= 80)) {
        throw new Error(`getEntities takes up to ${MAX_IDS} entity ids`);
      }
      return (await store()).entities(ids as string[]);
    },

    /** For the popup when it cannot open IndexedDB itself (the data is then in this worker's memory). */
    async getAllEntities(): Promise<Entity[]> {
      return (await store()).allEntities();
    },

    getSyncStatus: status,

    async syncNow(options?: unknown): Promise<SyncStatus> {
      const allowDowngrade = typeof options === 'object' && options !== null && (options as { allowDowngrade?: unknown }).allowDowngrade === true;
      await sync({ allowDowngrade, scheduleRetry: true });
      return status();
    },

    async openSearch(query: unknown): Promise<void> {
      const q = (typeof query === 'object' && query !== null ? query : {}) as { entityId?: unknown; text?: unknown };
      const clean: { entityId?: string; text?: string } = {};
      if (typeof q.entityId === 'string' && q.entityId.length <= 80) clean.entityId = q.entityId;
      if (typeof q.text === 'string') clean.text = q.text.slice(0, 200);
      await deps.openSearchPage(clean);
    },

    async onInstalled(reason: InstallReason): Promise<void> {
      await store();
      await ensureSchedule();
      if (reason === 'install' || (await isStale(await store()))) await autoSync();
    },

    async onStartup(): Promise<void> {
      const s = await store();
      await ensureSchedule();
      if (await isStale(s)) await autoSync();
    },

    async onAlarm(name: string): Promise<void> {
      if (name === RETRY_ALARM) {
        await autoSync();
      } else if (name === PERIODIC_ALARM) {
        const next = (await (await store()).syncState()).nextRetryAt;
        // A retry is already planned: let the backoff decide, or every period would defeat it.
        if (next && Date.parse(next) > deps.now()) return;
        await autoSync();
      }
    },

    async onOnline(): Promise<void> {
      const state = await (await store()).syncState();
      if (state.waitForOnline) await autoSync();
    },

    async onSettingsChanged(which: 'syncUrl' | 'syncIntervalHours' | 'autoSync'): Promise<void> {
      if (which === 'syncUrl') {
        // A sync of the old URL may be running; the new one starts after it.
        await running?.catch(() => undefined);
        // A new server: its failures say nothing about the old one's, so start the backoff over.
        await (await store()).updateSyncState({ failures: 0, nextRetryAt: undefined, waitForOnline: undefined });
        await deps.alarms.clear(RETRY_ALARM);
        await autoSync();
      } else {
        await deps.alarms.clear(PERIODIC_ALARM);
        await ensureSchedule();
        if (which === 'autoSync' && (await isStale(await store()))) await autoSync();
      }
    },

    /** For tests and the popup: the stored dataset row. */
    async storedDataset(): Promise<DatasetRow | undefined> {
      return (await store()).dataset();
    },
  };
}

export type Background = ReturnType<typeof createBackground>;
