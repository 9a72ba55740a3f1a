/**
 * Upgrading a profile that has version 1 (fixture: a synced dataset newer than any bundle) to
 * version 2 keeps every row and derives the rounds table from the stored entities.
 */
import Dexie from 'dexie';
import { expect, test } from 'vitest';
import { LensDatabase, DB_VERSION } from '../database.ts';
import { baseEntities, NEW_ENTITY } from '../../sync/test-fixtures.ts';
import { v1 } from './v1.ts';

test('v1 → v2: a synced dataset survives, and its dialogue rounds are listed by date', async () => {
  const name = 'v1-to-v2';
  const old = new Dexie(name);
  old.version(1).stores({ ...v1.stores });
  await old.open();
  const entities = [...baseEntities(), NEW_ENTITY];
  await old.table('entities').bulkAdd(entities);
  await old.table('mentionIndex').put({ id: 'current', datasetVersion: '1.1.0', index: { fixture: true } });
  await old.table('syncMeta').bulkPut([
    { key: 'dataset', version: '1.1.0', asOf: '2026-01-15', generatedAt: '2026-01-15T00:00:00.000Z', sha256: 'a'.repeat(64), entityCount: 4, source: 'https://data.example/v1/manifest.json', storedAt: '2026-01-20T00:00:00.000Z' },
    { key: 'sync', phase: 'idle', failures: 0, manifestEtag: { url: 'https://data.example/v1/manifest.json', etag: '"abc"' } },
  ]);
  old.close();

  const db = new LensDatabase(name);
  await db.open();
  expect(db.verno).toBe(DB_VERSION);
  expect(await db.entities.count()).toBe(4);
  expect(await db.entities.get(NEW_ENTITY.id)).toEqual(NEW_ENTITY);
  expect(await db.mentionIndex.get('current')).toEqual({ id: 'current', datasetVersion: '1.1.0', index: { fixture: true } });
  expect(await db.syncMeta.get('dataset')).toMatchObject({ version: '1.1.0', source: 'https://data.example/v1/manifest.json' });
  expect(await db.syncMeta.get('sync')).toMatchObject({ manifestEtag: { etag: '"abc"' } });
  expect(await db.rounds.orderBy('held').toArray()).toEqual([
    { id: 'dialogue.eu-tm-hrd.2020-06-18', held: '2020-06-18', ordinal: 12, dialogue: 'dialogue.eu-tm-hrd', mentions: ['tm.ombudsman'] },
  ]);
  expect(await db.rounds.where('mentions').equals('tm.ombudsman').primaryKeys()).toEqual(['dialogue.eu-tm-hrd.2020-06-18']);
  db.close();
});
