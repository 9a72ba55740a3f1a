/**
 * The user's settings, as typed WXT storage items (browser.storage.local underneath), one doc
 * comment per item. Extension pages and the background read and watch them; a bump of `version`
 * with a migration keeps a setting through a change of its shape.
 */
import { storage } from 'wxt/utils/storage';

/** Placeholder until the project has its own data host; any static host or CDN will do (README). */
export const DEFAULT_SYNC_URL = 'https://data.dialogue-lens.org/v1/';
export const DEFAULT_SYNC_INTERVAL_HOURS = 24;

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
