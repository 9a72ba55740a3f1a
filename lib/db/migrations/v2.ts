/**
 * Version 2: a `rounds` table, so the popup can list dialogue rounds by date and find the rounds
 * that mention an entity without reading every entity. Filled from the entities already stored,
 * so a synced dataset newer than the bundled one survives the upgrade.
 */
import type { Transaction } from 'dexie';
import type { Entity } from '../../dataset/schema.ts';
import { roundRows } from '../rows.ts';

export const v2 = {
  version: 2,
  stores: {
    rounds: 'id, held, *mentions',
  },
  async upgrade(tx: Transaction): Promise<void> {
    const rounds = (await tx.table<Entity, string>('entities').where('kind').equals('dialogue-round').toArray()) as Entity[];
    await tx.table('rounds').bulkPut(roundRows(rounds));
  },
} as const;
