import { expect, test } from 'vitest';
import { baseEntities } from '../sync/test-fixtures.ts';
import { LensDatabase } from './database.ts';
import { peekDatasetRow } from './peek.ts';
import { openIndexedDbStore } from './store.ts';

// The test set-up installs fake-indexeddb as the global factory, which Dexie uses too.
const indexedDB = globalThis.indexedDB;

test('reads the stored dataset row that the popup compares its saved search index with', async () => {
  const store = await openIndexedDbStore('peek-stored');
  const dataset = { version: '1.4.0', asOf: '2026-01-15', generatedAt: '2026-01-15T00:00:00.000Z', sha256: 'a'.repeat(64), entityCount: 3, source: 'bundled', storedAt: '2026-01-16T00:00:00.000Z' };
  await store.replace({ entities: baseEntities(), index: {}, dataset });
  expect(await peekDatasetRow(indexedDB, 'peek-stored')).toMatchObject({ version: '1.4.0', sha256: 'a'.repeat(64) });
});

test('answers undefined without creating the database when the background has not made it yet', async () => {
  expect(await peekDatasetRow(indexedDB, 'peek-missing')).toBeUndefined();
  expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('peek-missing');
  // Dexie then creates it with its full schema, as if nobody had looked.
  const db = new LensDatabase('peek-missing');
  await db.open();
  expect(db.tables.map((t) => t.name).sort()).toEqual(['entities', 'mentionIndex', 'rounds', 'syncMeta']);
  db.close();
});

test('answers undefined for an empty database', async () => {
  const db = new LensDatabase('peek-empty');
  await db.open();
  db.close();
  expect(await peekDatasetRow(indexedDB, 'peek-empty')).toBeUndefined();
});
