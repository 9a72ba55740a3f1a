/**
 * What the popup needs from the extension, passed in by entrypoints/popup so the components hold
 * no `browser` calls: the dataset (live), the sync status, the active tab's mentions and site.
 */
import type { Entity } from '../../lib/dataset/schema.ts';
import type { Translator } from '../../lib/i18n/index.ts';
import type { PageMentionSummary, SyncStatus } from '../../lib/messaging.ts';
import type { SearchIndex } from '../../lib/search/index.ts';

export interface DatasetState {
  status: 'loading' | 'ready' | 'error';
  entities: readonly Entity[];
  version: string;
  /** YYYY-MM-DD the data was last reviewed; '' when unknown. */
  asOf: string;
  origin: SyncStatus['origin'];
  /** `version sha256` of a stored dataset (absent for the bundled fallback): what a cached search index is keyed by. */
  key?: string;
  error?: string;
}

/** Undefined: the tab cannot be read (browser pages, the web store, no content script). */
export type PageMentions = PageMentionSummary[] | undefined;

export interface SiteState {
  site: string;
  on: boolean;
}

export interface PopupServices {
  i18n: Translator;
  now(): number;
  /** Calls back now and whenever the stored dataset changes; returns the unsubscribe. */
  watchDataset(cb: (state: DatasetState) => void): () => void;
  /** Calls back with the sync status now, when it changes, and (undefined) when the background does not answer. */
  watchSyncStatus(cb: (status: SyncStatus | undefined) => void): () => void;
  /** Resolves when the sync has finished, with its outcome; rejects when the background does not answer. */
  syncNow(): Promise<SyncStatus>;
  pageMentions(): Promise<PageMentions>;
  /** Scrolls the page to an entity's n-th mention and flashes it. */
  reveal(entityId: string, occurrence: number): Promise<boolean>;
  /** The active tab's site and whether Dialogue Lens highlights there; undefined when the tab has no site. */
  watchSite(cb: (state: SiteState | undefined) => void): () => void;
  setSiteHighlighting(on: boolean): Promise<void>;
  openSettings(): void;
  copy(text: string): Promise<boolean>;
  /** Closes the popup (or the tab it was opened in). */
  close(): void;
  /** What the popup was opened on: `popup.html?entity=<id>`, `#q=<text>`. */
  initial: { entityId?: string; query?: string };
  /** The search index saved by an earlier opening, if it was built from the dataset stored now. */
  cachedSearchIndex(): Promise<{ key: string; index: SearchIndex } | undefined>;
  /** Keeps a full search index for the next opening. */
  saveSearchIndex(key: string, index: SearchIndex): void;
  /** Told once, when the first results (search hits, page mentions or the timeline) are on screen. */
  onFirstResults?(): void;
}
