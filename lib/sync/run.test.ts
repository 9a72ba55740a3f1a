/**
 * The sync against a real HTTP server on loopback (tests/harness/data-server.ts) and a real
 * IndexedDB (fake-indexeddb): each way the server or the browser can fail must leave the last good
 * dataset untouched, record a typed error and schedule a retry.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Entity } from '../dataset/schema.ts';
import { openIndexedDbStore, type IndexedDbStore } from '../db/store.ts';
import type { SyncPhase } from '../db/rows.ts';
import { startDataServer, type DataServer, type Fault, type Target } from '../../tests/harness/data-server.ts';
import { FIRST_RETRY_MS } from './backoff.ts';
import type { SyncErrorCode } from './errors.ts';
import { DEVELOPMENT_PUBLIC_KEY } from './keys.ts';
import { contentAddressed } from './publish.ts';
import { runSync, type SyncDeps } from './run.ts';
import { importPublicKey } from './signature.ts';
import { NEW_ENTITY, baseEntities, developmentSigningKey, fixtureBundle } from './test-fixtures.ts';

const NOW = Date.parse('2026-02-01T12:00:00.000Z');
let dbCounter = 0;
let server: DataServer;
let store: IndexedDbStore;
let clock: number;
let online: boolean;
let phases: SyncPhase[];

/** A stand-in for lib/mentions' index: the sync stores whatever the index builder returns. */
const indexOf = (entities: readonly Entity[]) => ({ names: entities.map((e) => e.names.en).sort() });

async function deps(overrides: Partial<SyncDeps> = {}): Promise<SyncDeps> {
  return {
    fetch: globalThis.fetch,
    now: () => clock,
    random: () => 0.5,
    isOnline: () => online,
    store,
    trustedKeys: [await importPublicKey(DEVELOPMENT_PUBLIC_KEY)],
    buildIndex: indexOf,
    timeoutMs: 2_000,
    onProgress: (phase) => void phases.push(phase),
    ...overrides,
  };
}

async function seed(version: string, entities = baseEntities()) {
  const b = await fixtureBundle(version, entities);
  await store.replace({
    entities: b.dataset.entities,
    index: indexOf(b.dataset.entities),
    dataset: {
      version,
      asOf: b.dataset.generatedAt.slice(0, 10),
      generatedAt: b.dataset.generatedAt,
      sha256: b.manifest.dataset.sha256,
      entityCount: b.dataset.entities.length,
      source: 'bundled',
      storedAt: new Date(NOW - 86_400_000).toISOString(),
    },
  });
}

/** Everything a reader of the cache could see, to compare before and after a failed sync. */
async function snapshot() {
  const db = store.db;
  return {
    dataset: await store.dataset(),
    entities: await db.entities.orderBy('id').toArray(),
    rounds: await db.rounds.orderBy('id').toArray(),
    index: await store.mentionIndex(),
  };
}

beforeEach(async () => {
  clock = NOW;
  online = true;
  phases = [];
  store = await openIndexedDbStore(`sync-test-${++dbCounter}`);
  await seed('1.0.0');
  const newer = await fixtureBundle('1.1.0', [...baseEntities(), NEW_ENTITY]);
  server = await startDataServer(newer, await developmentSigningKey());
});

afterEach(async () => {
  store.db.close();
  await server.close();
});

describe('a sync that succeeds', () => {
  test('replaces the dataset with the newer signed version, reporting each phase', async () => {
    const outcome = await runSync(await deps(), { baseUrl: server.baseUrl });
    expect(outcome).toEqual({ result: 'updated', version: '1.1.0', previousVersion: '1.0.0' });
    expect((await store.entities([NEW_ENTITY.id]))[0]?.names.en).toBe('State Commission on Sync Checks');
    expect(await store.dataset()).toMatchObject({ version: '1.1.0', source: `${server.baseUrl}manifest.json`, entityCount: 4 });
    expect((await store.mentionIndex())?.index).toEqual(indexOf([...baseEntities(), NEW_ENTITY]));
    expect(await store.syncState()).toMatchObject({ phase: 'idle', lastResult: 'updated', failures: 0 });
    expect((await store.syncState()).lastError).toBeUndefined();
    expect(phases.filter((p, i) => p !== phases[i - 1])).toEqual(['checking', 'downloading', 'verifying', 'writing', 'idle']);
  });

  test('whoever sees the phase return to idle also sees the stored result', async () => {
    const seen: Promise<string | undefined>[] = [];
    const onProgress = (phase: SyncPhase) => {
      if (phase === 'idle') seen.push(store.syncState().then((s) => s.lastResult));
    };
    await runSync(await deps({ onProgress }), { baseUrl: server.baseUrl });
    await server.fault('status-500');
    await runSync(await deps({ onProgress }), { baseUrl: server.baseUrl });
    expect(await Promise.all(seen)).toEqual(['updated', 'error']);
  });

  test('the next check sends If-None-Match and downloads nothing when the server answers 304', async () => {
    await runSync(await deps(), { baseUrl: server.baseUrl });
    server.requests.length = 0;
    const outcome = await runSync(await deps(), { baseUrl: server.baseUrl });
    expect(outcome.result).toBe('up-to-date');
    expect(server.requests).toEqual([{ path: '/v1/manifest.json', status: 304, ifNoneMatch: expect.stringMatching(/^"/) }]);
  });

  test('a manifest with the same version is not followed by a download', async () => {
    server.publish(await fixtureBundle('1.0.0'));
    const outcome = await runSync(await deps(), { baseUrl: server.baseUrl });
    expect(outcome).toMatchObject({ result: 'up-to-date', version: '1.0.0', offered: '1.0.0' });
    expect(server.requests.map((r) => r.path)).toEqual(['/v1/manifest.json']);
  });

  test('never downgrades to an older version unless asked', async () => {
    const before = await snapshot();
    server.publish(await fixtureBundle('0.9.0'));
    expect(await runSync(await deps(), { baseUrl: server.baseUrl })).toMatchObject({ result: 'up-to-date', version: '1.0.0', offered: '0.9.0' });
    expect(await snapshot()).toEqual(before);
    expect(await runSync(await deps(), { baseUrl: server.baseUrl, allowDowngrade: true })).toMatchObject({ result: 'updated', version: '0.9.0' });
    expect((await store.dataset())?.version).toBe('0.9.0');
  });

  test('a 304 from a confused cache keeps the data and counts as up to date', async () => {
    const before = await snapshot();
    await server.fault('not-modified');
    expect((await runSync(await deps(), { baseUrl: server.baseUrl })).result).toBe('up-to-date');
    expect(await snapshot()).toEqual(before);
  });

  test('follows a content-addressed dataset file named by the manifest', async () => {
    const b = await fixtureBundle('1.2.0', [...baseEntities(), NEW_ENTITY]);
    const { datasetFile, manifestJson } = await contentAddressed(b.manifest, (await developmentSigningKey()).privateKey);
    server.publish({ manifestJson, datasetJson: b.datasetJson });
    expect(await runSync(await deps(), { baseUrl: server.baseUrl })).toMatchObject({ result: 'updated', version: '1.2.0' });
    expect(server.requests.map((r) => r.path)).toEqual(['/v1/manifest.json', `/v1/${datasetFile}`]);
    expect(datasetFile).toMatch(/^dataset\.[0-9a-f]{16}\.json$/);
  });

  test('the base URL may be given without its trailing slash', async () => {
    const outcome = await runSync(await deps(), { baseUrl: server.baseUrl.replace(/\/$/, '') });
    expect(outcome.result).toBe('updated');
  });
});

describe('every failure keeps the last good data, records a typed error and schedules a retry', () => {
  const cases: { name: string; fault?: Fault; target?: Target; code: SyncErrorCode; status?: number; message: RegExp }[] = [
    { name: 'the server answers 500 for the manifest', fault: 'status-500', target: 'manifest', code: 'http', status: 500, message: /answered 500/ },
    { name: 'the server answers 500 for the dataset', fault: 'status-500', target: 'dataset', code: 'http', status: 500, message: /answered 500/ },
    { name: 'the dataset arrives truncated', fault: 'truncated', code: 'integrity', message: /truncated/ },
    { name: 'the connection drops mid-download', fault: 'connection-reset', code: 'network', message: /broke off|Could not reach/ },
    { name: 'the dataset has the wrong sha256', fault: 'wrong-hash', code: 'integrity', message: /sha256/ },
    { name: 'the dataset is not JSON', fault: 'invalid-json', target: 'dataset', code: 'schema', message: /not valid JSON/ },
    { name: 'the manifest is not JSON', fault: 'invalid-json', target: 'manifest', code: 'schema', message: /manifest.json is not valid JSON/ },
    { name: 'the dataset breaks the schema', fault: 'schema-violation', target: 'dataset', code: 'schema', message: /does not fit the schema: .*https/ },
    { name: 'the manifest breaks the schema', fault: 'schema-violation', target: 'manifest', code: 'schema', message: /manifest.json does not fit the schema: version/ },
    { name: 'the manifest was changed after signing', fault: 'bad-signature', code: 'signature', message: /signature does not match any key/ },
    { name: 'the manifest is unsigned', fault: 'unsigned', code: 'signature', message: /not signed/ },
    { name: 'the server is slower than the timeout', fault: 'slow', target: 'manifest', code: 'timeout', message: /No answer .* within/ },
  ];

  for (const c of cases) {
    test(`${c.name} → ${c.code}`, async () => {
      const before = await snapshot();
      if (c.fault) await server.fault(c.fault, { ...(c.target ? { target: c.target } : {}), delayMs: 4_000 });
      // The slow server answers after 4 s; half a second is enough to give up on it.
      const outcome = await runSync(await deps(c.fault === 'slow' ? { timeoutMs: 500 } : {}), { baseUrl: server.baseUrl });

      expect(await snapshot()).toEqual(before);
      expect(outcome).toMatchObject({ result: 'error', error: { code: c.code } });
      const state = await store.syncState();
      expect(state.lastError?.code).toBe(c.code);
      expect(state.lastError?.message).toMatch(c.message);
      if (c.status) expect(state.lastError?.status).toBe(c.status);
      expect(state).toMatchObject({ phase: 'idle', lastResult: 'error', failures: 1 });
      const wait = Date.parse(state.nextRetryAt ?? '') - NOW;
      expect(wait).toBeGreaterThanOrEqual(FIRST_RETRY_MS / 2);
      expect(wait).toBeLessThanOrEqual(FIRST_RETRY_MS);

      // The fault was one-shot: the retry succeeds.
      clock = Date.parse(state.nextRetryAt ?? '');
      expect(await runSync(await deps(), { baseUrl: server.baseUrl })).toMatchObject({ result: 'updated', version: '1.1.0' });
      expect(await store.syncState()).toMatchObject({ failures: 0, lastResult: 'updated' });
    }, 15_000);
  }

  test('nothing listening on the port → network', async () => {
    const before = await snapshot();
    const origin = server.origin;
    await server.close();
    const outcome = await runSync(await deps(), { baseUrl: `${origin}/v1/` });
    expect(outcome).toMatchObject({ result: 'error', error: { code: 'network' }, waitForOnline: false });
    expect(await snapshot()).toEqual(before);
    expect((await store.syncState()).nextRetryAt).toBeDefined();
    server = await startDataServer(await fixtureBundle('1.1.0'), await developmentSigningKey());
  });

  test('offline → network, asks nothing of the server, and waits for the browser to be online', async () => {
    online = false;
    const before = await snapshot();
    const outcome = await runSync(await deps(), { baseUrl: server.baseUrl });
    expect(outcome).toMatchObject({ result: 'error', error: { code: 'network', message: 'The browser is offline.' }, waitForOnline: true });
    expect(server.requests).toEqual([]);
    expect(await snapshot()).toEqual(before);
    expect(await store.syncState()).toMatchObject({ waitForOnline: true, failures: 1 });
  });

  test('the disk is full → quota', async () => {
    const before = await snapshot();
    store.db.entities.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const outcome = await runSync(await deps(), { baseUrl: server.baseUrl });
    expect(outcome).toMatchObject({ result: 'error', error: { code: 'quota', message: expect.stringMatching(/no room/) } });
    expect(await snapshot()).toEqual(before);
    expect(await store.syncState()).toMatchObject({ lastError: { code: 'quota' }, failures: 1, nextRetryAt: expect.any(String) });
  });

  test('the browser closes the database just before the write → storage-blocked', async () => {
    const before = await snapshot();
    const name = store.db.name;
    const outcome = await runSync(
      await deps({
        onProgress: (phase) => {
          if (phase === 'writing') store.db.close();
        },
      }),
      { baseUrl: server.baseUrl },
    );
    // The error cannot be stored in a closed database; the outcome carries it and the retry time.
    expect(outcome).toMatchObject({ result: 'error', error: { code: 'storage-blocked', message: expect.stringMatching(/database is not available/) }, retryAt: expect.any(String) });
    store = await openIndexedDbStore(name);
    expect(await snapshot()).toEqual(before);
  });

  test('consecutive failures wait longer each time; a success resets the count', async () => {
    await server.fault('status-500', { times: 3 });
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const outcome = await runSync(await deps(), { baseUrl: server.baseUrl });
      expect(outcome.result).toBe('error');
      const next = Date.parse((await store.syncState()).nextRetryAt ?? '');
      waits.push(next - clock);
      clock = next;
    }
    expect(waits[1]).toBe(2 * waits[0]!);
    expect(waits[2]).toBe(2 * waits[1]!);
    expect((await store.syncState()).failures).toBe(3);
    expect((await runSync(await deps(), { baseUrl: server.baseUrl })).result).toBe('updated');
    expect(await store.syncState()).toMatchObject({ failures: 0 });
    expect((await store.syncState()).nextRetryAt).toBeUndefined();
  });

  test('a newer version published between the manifest and the dataset request is refused, then taken on retry', async () => {
    const v12 = await fixtureBundle('1.2.0', [...baseEntities(), NEW_ENTITY]);
    // Same file name, new content: what a server that overwrites dataset.json in place does.
    server.publishAfterNextManifest(v12);
    const before = await snapshot();
    const outcome = await runSync(await deps(), { baseUrl: server.baseUrl });
    expect(outcome).toMatchObject({ result: 'error', error: { code: 'integrity' } });
    expect(await snapshot()).toEqual(before);
    expect(await runSync(await deps(), { baseUrl: server.baseUrl })).toMatchObject({ result: 'updated', version: '1.2.0' });
  });

  test('a manifest that points the dataset at another site is refused', async () => {
    const b = await fixtureBundle('1.1.0', [...baseEntities(), NEW_ENTITY]);
    const { signManifest } = await import('./signature.ts');
    const { signature: _s, ...unsigned } = b.manifest;
    const evil = await signManifest({ ...unsigned, dataset: { ...unsigned.dataset, path: 'https://elsewhere.example/dataset.json' } }, (await developmentSigningKey()).privateKey);
    server.publish({ manifestJson: JSON.stringify(evil), datasetJson: b.datasetJson });
    expect(await runSync(await deps(), { baseUrl: server.baseUrl })).toMatchObject({ result: 'error', error: { code: 'schema', message: expect.stringMatching(/another site/) } });
  });
});
