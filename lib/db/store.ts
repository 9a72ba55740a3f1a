/**
 * Where the background keeps the dataset: IndexedDB normally, memory when the browser will not give
 * us a database. Both replace the whole dataset at once, so a reader sees the old version or the
 * new one, never a mix.
 */
import type { DexieOptions } from 'dexie';
import type { Entity } from '../dataset/schema.ts';
import { storageError } from '../sync/errors.ts';
import { LensDatabase } from './database.ts';
import { DB_NAME, EMPTY_SYNC_ROW, roundRows, type DatasetRow, type MentionIndexRow, type SyncRow } from './rows.ts';

export interface Replacement {
  entities: readonly Entity[];
  /** `serializeIndex(buildIndex(entities))`. */
  index: unknown;
  dataset: Omit<DatasetRow, 'key'>;
}

export type SyncPatch = Partial<Omit<SyncRow, 'key'>>;

export interface DatasetStore {
  readonly kind: 'indexeddb' | 'memory';
  dataset(): Promise<DatasetRow | undefined>;
  syncState(): Promise<SyncRow>;
  /** Merges `patch`; a key set to undefined is removed. */
  updateSyncState(patch: SyncPatch): Promise<SyncRow>;
  /** Replaces entities, rounds, index and the dataset row in one transaction: all or nothing. */
  replace(next: Replacement): Promise<void>;
  entities(ids: readonly string[]): Promise<Entity[]>;
  allEntities(): Promise<Entity[]>;
  mentionIndex(): Promise<MentionIndexRow | undefined>;
}

function merge(row: SyncRow, patch: SyncPatch): SyncRow {
  const next: Record<string, unknown> = { ...row };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete next[k];
    else next[k] = v;
  }
  return next as unknown as SyncRow;
}

export class IndexedDbStore implements DatasetStore {
  readonly kind = 'indexeddb';
  constructor(readonly db: LensDatabase) {}

  async dataset(): Promise<DatasetRow | undefined> {
    const row = await this.db.syncMeta.get('dataset');
    return row?.key === 'dataset' ? row : undefined;
  }

  async syncState(): Promise<SyncRow> {
    const row = await this.db.syncMeta.get('sync');
    return row?.key === 'sync' ? row : { ...EMPTY_SYNC_ROW };
  }

  async updateSyncState(patch: SyncPatch): Promise<SyncRow> {
    try {
      return await this.db.transaction('rw', this.db.syncMeta, async () => {
        const current = await this.syncState();
        const next = merge(current, patch);
        await this.db.syncMeta.put(next);
        return next;
      });
    } catch (error) {
      throw storageError(error);
    }
  }

  async replace(next: Replacement): Promise<void> {
    const { db } = this;
    try {
      // Only IndexedDB work inside: a network call or a timer here would let the transaction
      // commit half-way (IndexedDB auto-commits when it has nothing to do).
      await db.transaction('rw', [db.entities, db.rounds, db.mentionIndex, db.syncMeta], async () => {
        await db.entities.clear();
        await db.entities.bulkAdd([...next.entities]);
        await db.rounds.clear();
        await db.rounds.bulkAdd(roundRows(next.entities));
        await db.mentionIndex.put({ id: 'current', datasetVersion: next.dataset.version, index: next.index });
        await db.syncMeta.put({ key: 'dataset', ...next.dataset });
      });
    } catch (error) {
      throw storageError(error);
    }
  }

  async entities(ids: readonly string[]): Promise<Entity[]> {
    const rows = await this.db.entities.bulkGet([...ids]);
    return rows.filter((e): e is Entity => e !== undefined);
  }

  allEntities(): Promise<Entity[]> {
    return this.db.entities.toArray();
  }

  mentionIndex(): Promise<MentionIndexRow | undefined> {
    return this.db.mentionIndex.get('current');
  }
}

/** Opens (creating or upgrading) the database; throws a SyncError 'storage-blocked' or 'quota'. */
export async function openIndexedDbStore(name: string = DB_NAME, options?: DexieOptions): Promise<IndexedDbStore> {
  const db = new LensDatabase(name, options);
  try {
    await db.open();
  } catch (error) {
    db.close();
    throw storageError(error);
  }
  return new IndexedDbStore(db);
}

/** The fallback when IndexedDB is blocked: same behaviour, gone when the background stops. */
export class MemoryStore implements DatasetStore {
  readonly kind = 'memory';
  private byId = new Map<string, Entity>();
  private index: MentionIndexRow | undefined;
  private datasetRow: DatasetRow | undefined;
  private sync: SyncRow = { ...EMPTY_SYNC_ROW };

  async dataset(): Promise<DatasetRow | undefined> {
    return this.datasetRow;
  }
  async syncState(): Promise<SyncRow> {
    return this.sync;
  }
  async updateSyncState(patch: SyncPatch): Promise<SyncRow> {
    this.sync = merge(this.sync, patch);
    return this.sync;
  }
  async replace(next: Replacement): Promise<void> {
    const byId = new Map<string, Entity>();
    for (const e of next.entities) {
      if (byId.has(e.id)) throw new Error(`duplicate entity id ${e.id}`);
      byId.set(e.id, e);
    }
    this.byId = byId;
    this.index = { id: 'current', datasetVersion: next.dataset.version, index: next.index };
    this.datasetRow = { key: 'dataset', ...next.dataset };
  }
  async entities(ids: readonly string[]): Promise<Entity[]> {
    return ids.map((id) => this.byId.get(id)).filter((e): e is Entity => e !== undefined);
  }
  async allEntities(): Promise<Entity[]> {
    return [...this.byId.values()];
  }
  async mentionIndex(): Promise<MentionIndexRow | undefined> {
    return this.index;
  }
}
