/**
 * The stored dataset's row, read with plain IndexedDB without opening the database through Dexie.
 * The popup needs only this row to decide whether its saved search index is current, and Dexie's
 * open (schema checks, ~40 ms in Chromium) would put itself in front of its first results.
 *
 * Reading never creates or upgrades anything: when the database does not exist yet (the background
 * has not stored the bundled copy) the open is cancelled before it creates one, and the answer is
 * undefined. A database that a newer schema is waiting to upgrade is read as it is.
 */
import { DB_NAME, type DatasetRow } from './rows.ts';

const STORE = 'syncMeta';

export function peekDatasetRow(factory: IDBFactory, name: string = DB_NAME): Promise<DatasetRow | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      return resolve(undefined);
    }
    request.onupgradeneeded = () => {
      // No such database: leave it to the background to create, with its schema.
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const db = request.result;
      try {
        if (!db.objectStoreNames.contains(STORE)) {
          db.close();
          return resolve(undefined);
        }
        const get = db.transaction(STORE, 'readonly').objectStore(STORE).get('dataset');
        get.onsuccess = () => {
          db.close();
          const row = get.result as DatasetRow | undefined;
          resolve(row && typeof row.version === 'string' && typeof row.sha256 === 'string' ? row : undefined);
        };
        get.onerror = () => {
          db.close();
          resolve(undefined);
        };
      } catch {
        db.close();
        resolve(undefined);
      }
    };
  });
}
