/**
 * The SyncStatus the popup and options page show, computed the same way from the database rows
 * whether the background answers `getSyncStatus` or a page reads the rows with a live query.
 */
import type { DatasetRow, SyncRow } from '../db/rows.ts';
import type { SyncStatus } from '../messaging.ts';
import type { SyncError } from './errors.ts';

export function syncStatus(
  dataset: DatasetRow | undefined,
  sync: SyncRow,
  storeKind: 'indexeddb' | 'memory',
  live?: { phase: SyncStatus['phase']; progress?: number },
  storageProblem?: SyncError,
): SyncStatus {
  const status: SyncStatus = {
    phase: live?.phase ?? sync.phase,
    datasetVersion: dataset?.version ?? '',
    asOf: dataset?.asOf ?? '',
    origin: storeKind === 'memory' ? 'memory' : !dataset || dataset.source === 'bundled' ? 'bundled' : 'cache',
  };
  const progress = live ? live.progress : sync.progress;
  if (progress !== undefined && status.phase !== 'idle') status.progress = progress;
  if (sync.lastSuccessAt) status.lastSyncAt = sync.lastSuccessAt;
  if (sync.lastResult) status.lastResult = sync.lastResult;
  if (sync.lastError) status.lastError = { ...sync.lastError };
  if (sync.nextRetryAt) status.nextRetryAt = sync.nextRetryAt;
  if (sync.waitForOnline) status.waitingForNetwork = true;
  if (dataset && dataset.source !== 'bundled') status.sourceUrl = dataset.source;
  if (storeKind === 'memory' && storageProblem) status.storageProblem = { code: storageProblem.code, message: storageProblem.message };
  return status;
}
