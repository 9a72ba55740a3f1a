/**
 * The Dexie database in the extension's own origin. Each schema version is one step in
 * ./migrations, applied in order, so a browser with any older version upgrades in place.
 */
import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import type { Entity } from '../dataset/schema.ts';
import { v1 } from './migrations/v1.ts';
import { v2 } from './migrations/v2.ts';
import { DB_NAME, type MentionIndexRow, type MetaRow, type RoundRow } from './rows.ts';

interface Migration {
  version: number;
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [v1, v2];
export const DB_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export class LensDatabase extends Dexie {
  declare entities: Table<Entity, string>;
  declare mentionIndex: Table<MentionIndexRow, string>;
  declare rounds: Table<RoundRow, string>;
  declare syncMeta: Table<MetaRow, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions, migrations: readonly Migration[] = MIGRATIONS) {
    super(name, options);
    for (const m of migrations) {
      const version = this.version(m.version).stores({ ...m.stores });
      if (m.upgrade) version.upgrade(m.upgrade);
    }
  }
}
