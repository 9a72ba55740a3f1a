import { expect, test } from 'vitest';
import { LensDatabase } from '../database.ts';
import { v1 } from './v1.ts';

test('v1: a fresh profile gets the entities, mention index and sync metadata tables', async () => {
  const db = new LensDatabase('v1-fresh', undefined, [v1]);
  await db.open();
  expect(db.verno).toBe(1);
  expect(db.tables.map((t) => t.name).sort()).toEqual(['entities', 'mentionIndex', 'syncMeta']);
  expect(db.entities.schema.indexes.map((i) => i.name)).toEqual(['kind']);
  db.close();
});
