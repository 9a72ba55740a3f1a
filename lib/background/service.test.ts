/**
 * The background's behaviour across its life: install, wake-ups after the service worker was
 * stopped, alarms, going offline, a blocked database. Each `createBackground` call is a fresh
 * worker; the IndexedDB (fake-indexeddb) and the alarms outlive it, as in a browser.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Bundle } from '../dataset/bundle.ts';
import type { Entity } from '../dataset/schema.ts';
import { openIndexedDbStore, type SyncPatch } from '../db/store.ts';
import { storageError } from '../sync/errors.ts';
import { startDataServer, type DataServer } from '../../tests/harness/data-server.ts';
import { DEVELOPMENT_PUBLIC_KEY } from '../sync/keys.ts';
import { importPublicKey } from '../sync/signature.ts';
import { NEW_ENTITY, baseEntities, developmentSigningKey, fixtureBundle } from '../sync/test-fixtures.ts';
import { PERIODIC_ALARM, RETRY_ALARM, createBackground, type AlarmInfo, type BackgroundDeps } from './service.ts';

const HOUR = 3_600_000;
let n = 0;
let dbName: string;
let server: DataServer;
let bundled: Bundle;
let alarms: Map<string, AlarmInfo>;
let settings: { syncUrl: string; intervalHours: number; autoSync: boolean };
let clock: number;
let online: boolean;
let opened: string[];

const indexOf = (entities: readonly Entity[]) => ({ ids: entities.map((e) => e.id).sort() });

function worker(overrides: Partial<BackgroundDeps> = {}) {
  const deps: BackgroundDeps = {
    openStore: () => openIndexedDbStore(dbName),
    bundledManifest: async () => bundled.manifest,
    bundledDataset: async () => bundled.dataset,
    buildIndex: indexOf,
    fetch: globalThis.fetch,
    now: () => clock,
    random: () => 0,
    isOnline: () => online,
    trustedKeys: async () => [await importPublicKey(DEVELOPMENT_PUBLIC_KEY)],
    settings: {
      syncUrl: async () => settings.syncUrl,
      intervalHours: async () => settings.intervalHours,
      autoSync: async () => settings.autoSync,
    },
    alarms: {
      create: async (name, info) => {
        const a: AlarmInfo = { name, scheduledTime: info.when ?? clock };
        if (info.periodInMinutes !== undefined) a.periodInMinutes = info.periodInMinutes;
        alarms.set(name, a);
      },
      clear: async (name) => alarms.delete(name),
      get: async (name) => alarms.get(name),
    },
    openSearchPage: async (q) => void opened.push(JSON.stringify(q)),
    timeoutMs: 2_000,
    ...overrides,
  };
  return createBackground(deps);
}

beforeEach(async () => {
  dbName = `background-test-${++n}`;
  bundled = await fixtureBundle('1.0.0');
  server = await startDataServer(await fixtureBundle('1.1.0', [...baseEntities(), NEW_ENTITY]), await developmentSigningKey());
  alarms = new Map();
  settings = { syncUrl: server.baseUrl, intervalHours: 24, autoSync: true };
  clock = Date.parse('2026-02-01T08:00:00.000Z');
  online = true;
  opened = [];
});
afterEach(async () => {
  await server.close();
});

describe('first run', () => {
  test('with no network, install still leaves the bundled dataset ready for pages', async () => {
    online = false;
    const bg = worker();
    await bg.onInstalled('install');
    expect(await bg.getPageData()).toEqual({ index: indexOf(baseEntities()), datasetVersion: '1.0.0', asOf: '2026-01-15' });
    expect(await bg.getSyncStatus()).toMatchObject({ origin: 'bundled', datasetVersion: '1.0.0', lastError: { code: 'network' }, waitingForNetwork: true });
    expect(server.requests).toEqual([]);
  });

  test('online, install syncs right away and schedules the daily check', async () => {
    await worker().onInstalled('install');
    const bg = worker();
    expect((await bg.getPageData()).datasetVersion).toBe('1.1.0');
    expect(await bg.getSyncStatus()).toMatchObject({ origin: 'cache', lastResult: 'updated', sourceUrl: `${server.baseUrl}manifest.json` });
    expect(alarms.get(PERIODIC_ALARM)).toMatchObject({ periodInMinutes: 24 * 60, scheduledTime: clock + 24 * HOUR });
  });

  test('a page that asks before the install event is handled still gets data', async () => {
    const bg = worker();
    const [page] = await Promise.all([bg.getPageData(), bg.onInstalled('install')]);
    expect(['1.0.0', '1.1.0']).toContain(page.datasetVersion);
  });
});

describe('a wake-up after the service worker was stopped', () => {
  test('answers the first message from the database, with the synced version', async () => {
    await worker().onInstalled('install');
    const fresh = worker();
    expect((await fresh.getPageData()).datasetVersion).toBe('1.1.0');
    expect((await fresh.getEntities([NEW_ENTITY.id]))[0]?.id).toBe(NEW_ENTITY.id);
    expect(server.requests.filter((r) => r.path.endsWith('dataset.json'))).toHaveLength(1);
  });

  test('a sync the worker died in the middle of is not shown as running', async () => {
    const s = await openIndexedDbStore(dbName);
    await s.updateSyncState({ phase: 'downloading', progress: 0.4 });
    s.db.close();
    expect(await worker().getSyncStatus()).toMatchObject({ phase: 'idle' });
  });
});

describe('schedule', () => {
  test('browser start syncs only when the last check is older than the interval', async () => {
    await worker().onInstalled('install');
    server.requests.length = 0;
    clock += 2 * HOUR;
    await worker().onStartup();
    expect(server.requests).toEqual([]);
    clock += 23 * HOUR;
    await worker().onStartup();
    expect(server.requests.map((r) => r.path)).toEqual(['/v1/manifest.json']);
  });

  test('a failure schedules the retry alarm; the retry that succeeds clears it', async () => {
    await server.fault('status-500');
    await worker().onInstalled('install');
    const retry = alarms.get(RETRY_ALARM);
    expect(retry?.scheduledTime).toBe(clock + 30_000);
    expect(await worker().getSyncStatus()).toMatchObject({ lastError: { code: 'http', status: 500 }, nextRetryAt: new Date(clock + 30_000).toISOString(), datasetVersion: '1.0.0' });
    clock = retry!.scheduledTime;
    await worker().onAlarm(RETRY_ALARM);
    expect(alarms.has(RETRY_ALARM)).toBe(false);
    expect(await worker().getSyncStatus()).toMatchObject({ lastResult: 'updated', datasetVersion: '1.1.0' });
  });

  test('the daily alarm leaves a planned retry to the backoff', async () => {
    await server.fault('status-500');
    await worker().onInstalled('install');
    server.requests.length = 0;
    await worker().onAlarm(PERIODIC_ALARM);
    expect(server.requests).toEqual([]);
  });

  test('offline: the retry waits for the network and runs when the browser is back online', async () => {
    online = false;
    await worker().onInstalled('install');
    expect(await worker().getSyncStatus()).toMatchObject({ waitingForNetwork: true });
    online = true;
    await worker().onOnline();
    expect(await worker().getSyncStatus()).toMatchObject({ datasetVersion: '1.1.0', lastResult: 'updated' });
    expect((await worker().getSyncStatus()).waitingForNetwork).toBeUndefined();
  });

  test('with auto-sync off, nothing is fetched by itself, but "Sync now" works', async () => {
    settings.autoSync = false;
    const bg = worker();
    await bg.onInstalled('install');
    await bg.onStartup();
    await bg.onAlarm(PERIODIC_ALARM);
    expect(server.requests).toEqual([]);
    expect(alarms.size).toBe(0);
    expect(await bg.syncNow()).toMatchObject({ datasetVersion: '1.1.0', lastResult: 'updated', phase: 'idle' });
  });

  test('a new sync URL is synced from at once, with a fresh backoff', async () => {
    const other = await startDataServer(await fixtureBundle('1.3.0', [...baseEntities(), NEW_ENTITY]), await developmentSigningKey());
    try {
      await worker().onInstalled('install');
      settings.syncUrl = other.baseUrl;
      await worker().onSettingsChanged('syncUrl');
      expect(await worker().getSyncStatus()).toMatchObject({ datasetVersion: '1.3.0', sourceUrl: `${other.baseUrl}manifest.json` });
    } finally {
      await other.close();
    }
  });

  test('a changed interval reschedules the periodic alarm', async () => {
    await worker().onInstalled('install');
    settings.intervalHours = 6;
    await worker().onSettingsChanged('syncIntervalHours');
    expect(alarms.get(PERIODIC_ALARM)?.periodInMinutes).toBe(360);
  });

  test('a sync URL that is not https is refused before anything is fetched', async () => {
    settings.syncUrl = 'http://data.example.org/v1/';
    const status = await worker().syncNow();
    expect(status.lastError).toMatchObject({ code: 'network', message: expect.stringMatching(/https/) });
    expect(status.datasetVersion).toBe('1.0.0');
  });

  test('two "Sync now" clicks share one download', async () => {
    const bg = worker();
    await bg.getSyncStatus();
    await Promise.all([bg.syncNow(), bg.syncNow()]);
    expect(server.requests.filter((r) => r.path.endsWith('dataset.json'))).toHaveLength(1);
  });
});

describe('extension updates and downgrades', () => {
  test('an extension update with a newer bundled dataset replaces an older cache', async () => {
    settings.autoSync = false;
    await worker().onInstalled('install');
    bundled = await fixtureBundle('2.0.0');
    await worker().onInstalled('update');
    expect((await worker().getPageData()).datasetVersion).toBe('2.0.0');
  });

  test('a synced dataset newer than the bundled one survives an extension update', async () => {
    await worker().onInstalled('install');
    await worker().onInstalled('update');
    expect((await worker().getPageData()).datasetVersion).toBe('1.1.0');
  });

  test('"Sync now" with allowDowngrade takes an older published version', async () => {
    await worker().onInstalled('install');
    server.publish(await fixtureBundle('1.0.5'));
    expect((await worker().syncNow()).datasetVersion).toBe('1.1.0');
    expect((await worker().syncNow({ allowDowngrade: true })).datasetVersion).toBe('1.0.5');
  });
});

describe('when IndexedDB is not available', () => {
  test('blocked (Firefox never-remember-history): the bundled dataset is served from memory and the status says so', async () => {
    const bg = worker({
      openStore: async () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    });
    await bg.onInstalled('install');
    expect((await bg.getPageData()).datasetVersion).toMatch(/^1\.[01]\.0$/);
    expect(await bg.getSyncStatus()).toMatchObject({ origin: 'memory', storageProblem: { code: 'storage-blocked' } });
    expect((await bg.getEntities(['tm.ombudsman']))[0]?.id).toBe('tm.ombudsman');
    // The popup cannot open IndexedDB either, so it asks for the whole dataset.
    expect((await bg.getAllEntities()).map((e) => e.id).sort()).toContain('dialogue.eu-tm-hrd.2020-06-18');
  });

  test('quota exceeded while storing the bundled dataset: memory too, with a quota message', async () => {
    const bg = worker({
      openStore: async () => {
        const s = await openIndexedDbStore(dbName);
        s.db.entities.hook('creating', () => {
          throw new DOMException('Quota exceeded', 'QuotaExceededError');
        });
        return s;
      },
    });
    settings.autoSync = false;
    await bg.onInstalled('install');
    expect(await bg.getSyncStatus()).toMatchObject({ origin: 'memory', datasetVersion: '1.0.0', storageProblem: { code: 'quota' } });
  });

  test('the database breaking during a sync: data kept, the error shown though it could not be stored, reopened next time', async () => {
    await worker().getSyncStatus();
    let broken = true;
    const bg = worker({
      openStore: async () => {
        const s = await openIndexedDbStore(dbName);
        if (!broken) return s;
        broken = false;
        const fail = () => Promise.reject(new DOMException('The database connection is closing.', 'InvalidStateError'));
        return Object.assign(Object.create(s) as typeof s, {
          replace: () => fail().catch((e: unknown) => Promise.reject(storageError(e))),
          updateSyncState: (patch: SyncPatch) => (patch.lastResult ? fail() : s.updateSyncState(patch)),
        });
      },
    });
    const status = await bg.syncNow();
    expect(status).toMatchObject({ datasetVersion: '1.0.0', origin: 'bundled', lastResult: 'error', lastError: { code: 'storage-blocked' } });
    expect(alarms.has(RETRY_ALARM)).toBe(true);
    expect(await bg.syncNow()).toMatchObject({ datasetVersion: '1.1.0', origin: 'cache', lastResult: 'updated' });
  });
});

describe('messages from content scripts are checked', () => {
  test('getEntities takes a bounded list of ids and returns only the ones that exist', async () => {
    const bg = worker();
    expect((await bg.getEntities(['tm.ombudsman', 'no.such-thing'])).map((e) => e.id)).toEqual(['tm.ombudsman']);
    await expect(bg.getEntities('tm.ombudsman')).rejects.toThrow(/entity ids/);
    await expect(bg.getEntities(Array.from({ length: 1001 }, () => 'x.y'))).rejects.toThrow(/entity ids/);
  });

  test('openSearch passes on only an entity id and a short text', async () => {
    await worker().openSearch({ entityId: 'tm.ombudsman', text: 'x'.repeat(500), evil: '<script>' });
    expect(JSON.parse(opened[0]!)).toEqual({ entityId: 'tm.ombudsman', text: 'x'.repeat(200) });
  });
});

describe('open pages', () => {
  test('are told when another dataset is stored, and only then', async () => {
    const told: string[] = [];
    const datasetChanged = async (version: string) => void told.push(version);
    online = false;
    await worker({ datasetChanged }).onInstalled('install');
    // The bundled copy was stored: pages that loaded before the install (none yet) would be told.
    expect(told).toEqual(['1.0.0']);
    online = true;
    const bg = worker({ datasetChanged });
    await bg.syncNow();
    expect(told).toEqual(['1.0.0', '1.1.0']);
    await bg.syncNow();
    expect(told, 'an up-to-date check changes nothing a page holds').toEqual(['1.0.0', '1.1.0']);
  });

  test('a failure to tell them does not fail the sync', async () => {
    const bg = worker({ datasetChanged: async () => Promise.reject(new Error('no storage')) });
    await bg.onInstalled('install');
    expect(await bg.getSyncStatus()).toMatchObject({ datasetVersion: '1.1.0', lastResult: 'updated' });
  });
});

describe('an update of the extension', () => {
  test('rebuilds an index that an older engine stored, from the stored entities, and keeps the data', async () => {
    online = false;
    const told: string[] = [];
    await worker({ buildIndex: (entities) => ({ revision: 1, ...indexOf(entities) }), indexRevision: 1 }).onInstalled('install');
    const updated = worker({ buildIndex: (entities) => ({ revision: 2, ...indexOf(entities) }), indexRevision: 2, datasetChanged: async (v) => void told.push(v) });
    await updated.onInstalled('update');
    expect(await updated.getPageData()).toEqual({ index: { revision: 2, ...indexOf(baseEntities()) }, datasetVersion: '1.0.0', asOf: '2026-01-15' });
    expect(told, 'open pages fetch the rebuilt index').toEqual(['1.0.0']);
    // Nothing to do the next time.
    let builds = 0;
    await worker({ buildIndex: (entities) => (builds++, { revision: 2, ...indexOf(entities) }), indexRevision: 2 }).onStartup();
    expect(builds).toBe(0);
  });
});
