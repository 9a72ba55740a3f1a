/**
 * What the extension's IndexedDB holds. The background writes it; the popup and the options page
 * read it directly (Dexie live queries); content scripts ask the background (lib/messaging.ts).
 */
import type { Entity } from '../dataset/schema.ts';
import type { SyncPhase } from '../messaging.ts';
import type { SyncErrorCode } from '../sync/errors.ts';

export type { SyncPhase };

export const DB_NAME = 'dialogue-lens';

/** The one row of `mentionIndex`: `serializeIndex(buildIndex(entities))`, prebuilt so pages don't. */
export interface MentionIndexRow {
  id: 'current';
  datasetVersion: string;
  index: unknown;
}

/** A dialogue round, by date, with the entities its official texts mention. */
export interface RoundRow {
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; absent when the round has no date yet (planned). */
  held?: string;
  ordinal?: number;
  /** The dialogue the round belongs to. */
  dialogue?: string;
  mentions: string[];
}

/** `syncMeta` row 'dataset': the dataset that is stored, written in the same transaction as the data. */
export interface DatasetRow {
  key: 'dataset';
  version: string;
  /** The day the data was last reviewed (YYYY-MM-DD). */
  asOf: string;
  generatedAt: string;
  /** sha256 of dataset.json as published. */
  sha256: string;
  entityCount: number;
  /** 'bundled' for the copy shipped in the extension, else the manifest URL it was synced from. */
  source: 'bundled' | string;
  storedAt: string;
}


export interface SyncErrorRecord {
  code: SyncErrorCode;
  message: string;
  /** HTTP status for code 'http'. */
  status?: number;
  at: string;
}

/** `syncMeta` row 'sync': the last attempts and what comes next. Written outside the data transaction. */
export interface SyncRow {
  key: 'sync';
  phase: SyncPhase;
  /** 0..1 while downloading. */
  progress?: number;
  /** When a server was last asked, successfully or not. */
  lastAttemptAt?: string;
  /** When the server last answered with a usable manifest (updated or already current). */
  lastSuccessAt?: string;
  lastResult?: 'updated' | 'up-to-date' | 'error';
  lastError?: SyncErrorRecord;
  /** Failures in a row; 0 after any success. */
  failures: number;
  nextRetryAt?: string;
  /** Offline at the last failure: retry as soon as the browser is online again. */
  waitForOnline?: boolean;
  /** ETag of the last manifest seen, for If-None-Match, valid only for that URL. */
  manifestEtag?: { url: string; etag: string };
}

export type MetaRow = DatasetRow | SyncRow;

export const EMPTY_SYNC_ROW: SyncRow = { key: 'sync', phase: 'idle', failures: 0 };

export function roundRow(entity: Entity): RoundRow {
  const row: RoundRow = { id: entity.id, mentions: [...(entity.round?.mentions ?? [])] };
  if (entity.dates?.held) row.held = entity.dates.held;
  if (entity.round?.ordinal !== undefined) row.ordinal = entity.round.ordinal;
  if (entity.relations?.parent) row.dialogue = entity.relations.parent;
  return row;
}

export function roundRows(entities: readonly Entity[]): RoundRow[] {
  return entities.filter((e) => e.kind === 'dialogue-round').map(roundRow);
}
