/**
 * The popup's search index, kept between openings in an IndexedDB database of the popup's own (a
 * cache: deleting it costs one rebuild). Read back in one piece, it spares the popup reading every
 * entity and rebuilding the index before it can answer — at 2,000 entities most of its opening time.
 * It is used only for the exact dataset it was built from (version and sha256) and index format.
 */
import { SEARCH_INDEX_FORMAT, type SearchIndex } from '../../lib/search/index.ts';

const DB_NAME = 'dialogue-lens-popup';
const STORE = 'cache';
const KEY = 'search-index';

interface CachedIndex {
  format: number;
  /** `version sha256` of the dataset it was built from. */
  dataset: string;
  index: SearchIndex;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('blocked'));
  });
}

/**
 * The saved index, if it was built from exactly the dataset `current` names (`version sha256`).
 * The read starts at once, next to whatever finds the current dataset, and the two are compared
 * when both are there: one after the other, they cost the 2,000-entity popup ~50 ms.
 */
export async function readCachedIndex(current: Promise<string | undefined>): Promise<SearchIndex | undefined> {
  const saved = readSaved();
  const [dataset, value] = await Promise.all([current, saved]);
  return value && dataset !== undefined && value.dataset === dataset ? value.index : undefined;
}

async function readSaved(): Promise<CachedIndex | undefined> {
  const db = await open();
  try {
    const value = await new Promise<CachedIndex | undefined>((resolve, reject) => {
      const request = db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY);
      request.onsuccess = () => resolve(request.result as CachedIndex | undefined);
      request.onerror = () => reject(request.error);
    });
    return value?.format === SEARCH_INDEX_FORMAT ? value : undefined;
  } finally {
    db.close();
  }
}

export async function writeCachedIndex(dataset: string, index: SearchIndex): Promise<void> {
  const db = await open();
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      const value: CachedIndex = { format: SEARCH_INDEX_FORMAT, dataset, index };
      tx.objectStore(STORE).put(value, KEY);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}
