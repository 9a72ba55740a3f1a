/**
 * Why a sync did not change the data, as a code a person can be shown and a test can assert.
 * Every one of them leaves the last good dataset in place.
 */
export const SYNC_ERROR_CODES = [
  /** The request never got an answer: offline, DNS, refused connection, CORS refusal. */
  'network',
  /** The server took longer than the timeout to answer or stalled mid-body. */
  'timeout',
  /** The server answered with a status other than 200 or 304. */
  'http',
  /** The dataset's size or sha256 differs from what the manifest promises (truncated, swapped, corrupted). */
  'integrity',
  /** The manifest or dataset is not valid JSON or does not fit the dataset schema. */
  'schema',
  /** The manifest is unsigned or its signature does not verify with a key the extension ships. */
  'signature',
  /** The browser refused to store the dataset: out of disk or over the origin's quota. */
  'quota',
  /** IndexedDB cannot be opened or written at all (e.g. Firefox set to never remember history). */
  'storage-blocked',
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

export class SyncError extends Error {
  override name = 'SyncError';
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The DOMException names IndexedDB uses when the disk or the origin's quota is full. */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** Names Dexie and the browsers use when IndexedDB cannot be opened or used at all. */
const BLOCKED_NAMES = new Set(['InvalidStateError', 'SecurityError', 'OpenFailedError', 'DatabaseClosedError', 'MissingAPIError', 'UnknownError', 'VersionError']);

/** Walks an error and the errors it wraps (Dexie nests the IndexedDB cause in `inner`). */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current && chain.length < 6 && !chain.includes(current)) {
    chain.push(current);
    const e = current as { inner?: unknown; cause?: unknown };
    current = e.inner ?? e.cause;
  }
  return chain;
}

/** Classifies a failure of the local database as quota or blocked storage. */
export function storageError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const names = causes(error).map((e) => (e as { name?: string })?.name ?? '');
  const detail = causes(error)
    .map((e) => (e as { message?: string })?.message)
    .filter(Boolean)[0];
  if (names.some((n) => QUOTA_NAMES.has(n))) {
    return new SyncError('quota', `The browser has no room to store the dataset${detail ? ` (${detail})` : ''}.`, undefined, { cause: error });
  }
  const known = names.find((n) => BLOCKED_NAMES.has(n));
  return new SyncError(
    'storage-blocked',
    `The browser's database is not available${known ? ` (${known}${detail ? `: ${detail}` : ''})` : detail ? ` (${detail})` : ''}.`,
    undefined,
    { cause: error },
  );
}
