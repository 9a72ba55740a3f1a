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

/**
 * Sites (host names, see `siteKey`; an entry covers its subdomains) where Dialogue Lens neither
 * highlights nor shows cards. The popup's "Highlight on this site" and the options page's deny list
 * both edit it. v2: entries are normalized site keys, unique and sorted — v1 kept whatever was
 * written, and an entry typed as "https://www.Example.org/news" never matched a page.
 */
export const disabledSites = storage.defineItem<string[]>('local:disabledSites', {
  fallback: [],
  version: 2,
  migrations: { 2: (v1: unknown) => normalizeSiteList(v1) },
});

/** When not empty, the only sites (and their subdomains) where Dialogue Lens highlights. */
export const allowedSites = storage.defineItem<string[]>('local:allowedSites', { fallback: [], version: 1 });

/** Kinds of entity whose mentions are not highlighted (`Kind` values from lib/dataset/schema.ts). */
export const disabledKinds = storage.defineItem<Kind[]>('local:disabledKinds', { fallback: [], version: 1 });

/** How mentions are marked: a dotted underline (default) or a marker-pen background. */
export const highlightStyle = storage.defineItem<HighlightStyle>('local:highlightStyle', { fallback: 'underline', version: 1 });

/**
 * The language of the popover's card: the page's (default, so a Russian article gets Russian
 * names), the browser's, or always one of the dataset's languages. Missing text falls back to English.
 */
export type PopoverLanguage = 'page' | 'browser' | 'en' | 'ru' | 'tk';
export const popoverLanguage = storage.defineItem<PopoverLanguage>('local:popoverLanguage', { fallback: 'page', version: 1 });

/**
 * Not a setting: the version of the dataset the background last stored, written after each change
 * of it. Open pages watch it and fetch the new matcher, so a sync reaches tabs that are already
 * open. Content scripts cannot read the extension's IndexedDB, and the background has no `tabs`
 * permission to message every tab, so the storage change is the signal.
 */
export const storedDatasetVersion = storage.defineItem<string>('local:storedDatasetVersion', { fallback: '', version: 1 });

/** Every setting, for "Reset to defaults". */
export const ALL_SETTINGS = [syncUrl, syncIntervalHours, autoSync, disabledSites, allowedSites, disabledKinds, highlightStyle, popoverLanguage] as const;

/** The key a page is switched off under: its host name without `www.` (so the setting covers the whole site). */
export function siteKey(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * What a person typed or pasted as a site — "Example.org", "https://www.example.org/news",
 * "*.gov.tm" — as a site key, or undefined when it is not a host name.
 */
export function normalizeSiteEntry(input: string): string | undefined {
  const text = input.trim().replace(/^\*\./, '');
  if (!text || /\s/.test(text)) return undefined;
  const key = siteKey(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  return /^[a-z0-9.-]+$/.test(key) && /[a-z0-9]/.test(key) && !key.startsWith('.') && !key.endsWith('.') ? key : undefined;
}

/** A site list as stored: normalized entries, no duplicates, sorted; anything else dropped. */
export function normalizeSiteList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const keys = value.map((v) => (typeof v === 'string' ? normalizeSiteEntry(v) : undefined)).filter((k): k is string => !!k);
  return [...new Set(keys)].sort();
}

/** Whether the site key `site` is `entry` or one of its subdomains. */
export function siteMatches(site: string, entry: string): boolean {
  return site === entry || site.endsWith(`.${entry}`);
}

export interface SiteLists {
  allowed: readonly string[];
  disabled: readonly string[];
}

/** Whether Dialogue Lens highlights on `site`: never on a disabled one; when some are allowed, only on those. */
export function highlightsOn(site: string, lists: SiteLists): boolean {
  if (site && lists.disabled.some((e) => siteMatches(site, e))) return false;
  return lists.allowed.length === 0 || lists.allowed.some((e) => siteMatches(site, e));
}

/** The lists after the popup's "Highlight on this site" is switched for `site`. */
export function withSiteHighlighting(site: string, on: boolean, lists: SiteLists): { allowed: string[]; disabled: string[] } {
  const allowed = [...lists.allowed];
  let disabled = [...lists.disabled];
  if (on) {
    disabled = disabled.filter((e) => !siteMatches(site, e));
    if (allowed.length && !allowed.some((e) => siteMatches(site, e))) allowed.push(site);
  } else if (!disabled.some((e) => siteMatches(site, e))) disabled.push(site);
  return { allowed: normalizeSiteList(allowed), disabled: normalizeSiteList(disabled) };
}
