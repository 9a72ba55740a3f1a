/**
 * Every message between the extension's contexts, typed in one place. Content scripts run in the
 * page's origin and cannot open our IndexedDB, so they ask the background for what they need.
 * Whoever answers validates what it receives: a content script lives next to a hostile page.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Entity } from './dataset/schema.ts';
import type { SyncErrorCode } from './sync/errors.ts';

/** What a content script needs to annotate a page, prebuilt by the background. */
export interface PageData {
  /** Serialized mention index (`serializeIndex` in lib/mentions); opaque to the transport. */
  index: unknown;
  datasetVersion: string;
  asOf: string;
}

export type SyncPhase = 'idle' | 'checking' | 'downloading' | 'verifying' | 'writing';

export interface SyncStatus {
  phase: SyncPhase;
  /** 0..1 while a sync runs. */
  progress?: number;
  datasetVersion: string;
  asOf: string;
  /** Where the data comes from: the bundled copy, the IndexedDB cache, or memory when storage is blocked. */
  origin: 'bundled' | 'cache' | 'memory';
  /** When a sync server last answered usefully (a newer dataset, or "nothing newer"). */
  lastSyncAt?: string;
  lastResult?: 'updated' | 'up-to-date' | 'error';
  /** The last failed attempt; cleared by the next success. `status` is the HTTP status for 'http'. */
  lastError?: { code: SyncErrorCode; message: string; at: string; status?: number };
  /** When the background will try again after a failure (automatic sync only). */
  nextRetryAt?: string;
  /** Offline at the last failure: the retry waits for the network. */
  waitingForNetwork?: boolean;
  /** The manifest URL the stored dataset came from; absent for the bundled copy. */
  sourceUrl?: string;
  /** Why the data lives in memory when origin is 'memory' (the popup says so). */
  storageProblem?: { code: SyncErrorCode; message: string };
}

/** A mention as the popup's "On this page" lists it. */
export interface PageMentionSummary {
  entityId: string;
  name: string;
  count: number;
}

export interface ProtocolMap {
  /** content → background */
  getPageData(): PageData;
  /** content/popup → background: entity details for a popover or a list. */
  getEntities(ids: string[]): Entity[];
  /** popup → background: the whole dataset, when the popup cannot open IndexedDB itself (storage blocked: the background's copy is in memory). */
  getAllEntities(): Entity[];
  /** popup/options → background */
  getSyncStatus(): SyncStatus;
  /** "Sync now": checks at once, whatever the schedule; resolves when done. `allowDowngrade` accepts an older version. */
  syncNow(options?: { allowDowngrade?: boolean }): SyncStatus;
  /** content → background: open the extension's search on an entity (popover's "Search in Dialogue Lens"). */
  openSearch(query: { entityId?: string; text?: string }): void;
  /** popup → content (to one tab) */
  getPageMentions(): PageMentionSummary[];
  /**
   * popup → content (top frame): the page's site key (`siteKey(location.href)`), for "Highlight on
   * this site" — without the tabs permission the popup cannot read a tab's URL itself.
   */
  getPageSite(): string;
  /** popup → content: scroll to the n-th mention of an entity and flash it. */
  revealMention(target: { entityId: string; occurrence?: number }): boolean;
  /** background → content (top frame), from the `next-mention` keyboard command: open the next mention's popover, focused. */
  focusNextMention(): boolean;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
