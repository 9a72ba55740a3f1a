/**
 * Every message between the extension's contexts, typed in one place. Content scripts run in the
 * page's origin and cannot open our IndexedDB, so they ask the background for what they need.
 * Whoever answers validates what it receives: a content script lives next to a hostile page.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Entity } from './dataset/schema.ts';

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
  lastSyncAt?: string;
  lastResult?: 'updated' | 'up-to-date' | 'error';
  lastError?: { code: string; message: string; at: string };
  nextRetryAt?: string;
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
  /** popup/options → background */
  getSyncStatus(): SyncStatus;
  syncNow(): SyncStatus;
  /** content → background: open the extension's search on an entity (popover's "Search in Dialogue Lens"). */
  openSearch(query: { entityId?: string; text?: string }): void;
  /** popup → content (to one tab) */
  getPageMentions(): PageMentionSummary[];
  /** popup → content: scroll to the n-th mention of an entity and flash it. */
  revealMention(target: { entityId: string; occurrence?: number }): boolean;
  /** background → content (top frame), from the `next-mention` keyboard command: open the next mention's popover, focused. */
  focusNextMention(): boolean;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
