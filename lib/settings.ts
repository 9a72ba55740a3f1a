/**
 * The user's settings, as typed WXT storage items (browser.storage.local underneath), one doc
 * comment per item. Extension pages and the background read and watch them; a bump of `version`
 * with a migration keeps a setting through a change of its shape.
 */
import { storage } from 'wxt/utils/storage';
import type { Kind } from './dataset/schema.ts';
import type { HighlightStyle } from './page/annotator.ts';
import { DEFAULT_SYNC_INTERVAL_HOURS, DEFAULT_SYNC_URL } from './sync/defaults.ts';

export { DEFAULT_SYNC_INTERVAL_HOURS, DEFAULT_SYNC_URL };

/**
 * Folder URL serving manifest.json and the dataset it names. A custom host needs its optional host
 * permission, which the options page requests when the user saves it (lib/sync/permissions.ts).
 */
export const syncUrl = storage.defineItem<string>('local:syncUrl', { fallback: DEFAULT_SYNC_URL, version: 1 });

/** Hours between automatic checks for a newer dataset. */
export const syncIntervalHours = storage.defineItem<number>('local:syncIntervalHours', {
  fallback: DEFAULT_SYNC_INTERVAL_HOURS,
  version: 1,
});

/** Check for a newer dataset by itself (at install, at browser start when stale, and on the interval). Off: only "Sync now". */
export const autoSync = storage.defineItem<boolean>('local:autoSync', { fallback: true, version: 1 });

// Page settings (issue 5: on the page). Content scripts watch these and apply them live.

/** Sites (host names, see `siteKey`) where Dialogue Lens neither highlights nor shows cards. */
export const disabledSites = storage.defineItem<string[]>('local:disabledSites', { fallback: [], version: 1 });

/** Kinds of entity whose mentions are not highlighted (`Kind` values from lib/dataset/schema.ts). */
export const disabledKinds = storage.defineItem<Kind[]>('local:disabledKinds', { fallback: [], version: 1 });

/** How mentions are marked: a dotted underline (default) or a marker-pen background. */
export const highlightStyle = storage.defineItem<HighlightStyle>('local:highlightStyle', { fallback: 'underline', version: 1 });

/** The key a page is switched off under: its host name without `www.` (so the setting covers the whole site). */
export function siteKey(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
