import { expect, test } from 'vitest';
import type { Entity } from '../dataset/schema.ts';
import { baseEntities, NEW_ENTITY } from '../sync/test-fixtures.ts';
import { MemoryStore, openIndexedDbStore, type DatasetStore, type Replacement } from './store.ts';

let n = 0;
const replacement = (version: string, entities: Entity[]): Replacement => ({
  entities,
  index: { version },
  dataset: { version, asOf: '2026-01-15', generatedAt: '2026-01-15T00:00:00.000Z', sha256: '0'.repeat(64), entityCount: entities.length, source: 'bundled', storedAt: '2026-01-16T00:00:00.000Z' },
});

async function contents(store: DatasetStore) {
  return {
    dataset: await store.dataset(),
    entities: (await store.allEntities()).map((e) => e.id).sort(),
    index: await store.mentionIndex(),
  };
}

for (const kind of ['indexeddb', 'memory'] as const) {
  const open = async () => (kind === 'memory' ? new MemoryStore() : openIndexedDbStore(`store-test-${++n}`));

  test(`${kind}: a replacement swaps entities, index and version together`, async () => {
    const store = await open();
    await store.replace(replacement('1.0.0', baseEntities()));
    await store.replace(replacement('1.1.0', [NEW_ENTITY]));
    expect(await contents(store)).toMatchObject({ dataset: { version: '1.1.0' }, entities: [NEW_ENTITY.id], index: { datasetVersion: '1.1.0', index: { version: '1.1.0' } } });
    expect(await store.entities([NEW_ENTITY.id, 'tm.ombudsman', 'no.such'])).toEqual([NEW_ENTITY]);
  });

  test(`${kind}: a write that fails half-way leaves the previous dataset whole`, async () => {
    const store = await open();
    await store.replace(replacement('1.0.0', baseEntities()));
    const before = await contents(store);
    // The duplicate id fails after the old rows were cleared and the first new one written.
    await expect(store.replace(replacement('1.1.0', [NEW_ENTITY, ...baseEntities(), NEW_ENTITY]))).rejects.toThrow();
    expect(await contents(store)).toEqual(before);
  });

  test(`${kind}: sync state merges patches and forgets keys set to undefined`, async () => {
    const store = await open();
    expect(await store.syncState()).toEqual({ key: 'sync', phase: 'idle', failures: 0 });
    await store.updateSyncState({ failures: 2, nextRetryAt: '2026-01-01T00:00:00.000Z' });
    await store.updateSyncState({ failures: 0, nextRetryAt: undefined });
    expect(await store.syncState()).toEqual({ key: 'sync', phase: 'idle', failures: 0 });
  });
}

test('indexeddb: an aborted transaction mid-write keeps rounds, index and metadata too', async () => {
  const store = await openIndexedDbStore(`store-test-${++n}`);
  await store.replace(replacement('1.0.0', baseEntities()));
  const rounds = await store.db.rounds.toArray();
  let created = 0;
  store.db.entities.hook('creating', () => {
    if (++created === 3) throw new Error('power cut');
  });
  await expect(store.replace(replacement('2.0.0', [...baseEntities(), NEW_ENTITY]))).rejects.toThrow();
  expect(await store.db.rounds.toArray()).toEqual(rounds);
  expect((await store.dataset())?.version).toBe('1.0.0');
  expect((await store.mentionIndex())?.datasetVersion).toBe('1.0.0');
  expect(await store.db.entities.count()).toBe(3);
});

test('indexeddb: a browser without IndexedDB → storage-blocked', async () => {
  const broken = {
    open() {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    },
  } as unknown as IDBFactory;
  await expect(openIndexedDbStore('blocked', { indexedDB: broken, IDBKeyRange })).rejects.toMatchObject({ code: 'storage-blocked' });
});
