import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ALL_SETTINGS,
  allowedSites,
  disabledSites,
  highlightsOn,
  normalizeSiteEntry,
  popoverLanguage,
  withSiteHighlighting,
} from './settings.ts';

function fixture(name: string): { storage: Record<string, unknown>; expected: unknown } {
  return JSON.parse(readFileSync(new URL(`../tests/fixtures/settings/${name}`, import.meta.url), 'utf8'));
}

describe('settings migrations', () => {
  it('disabledSites v1 → v2: entries as typed become site keys, unique and sorted', async () => {
    const { storage, expected } = fixture('disabled-sites.v1.json');
    await fakeBrowser.storage.local.set(storage);
    await disabledSites.migrate();
    expect(await disabledSites.getValue()).toEqual(expected);
    expect((await fakeBrowser.storage.local.get('disabledSites$'))['disabledSites$']).toEqual({ v: 2 });
  });

  it('disabledSites written without a version (by an older build) is migrated too', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: ['www.example.com'] });
    await disabledSites.migrate();
    expect(await disabledSites.getValue()).toEqual(['example.com']);
  });

  it('a fresh install has every setting at its default', async () => {
    for (const item of ALL_SETTINGS) expect(await item.getValue()).toEqual(item.fallback);
    expect(await popoverLanguage.getValue()).toBe('page');
    expect(await allowedSites.getValue()).toEqual([]);
  });
});

describe('site entries', () => {
  it('accepts host names, URLs and wildcards as a person types them', () => {
    expect(normalizeSiteEntry(' Example.org ')).toBe('example.org');
    expect(normalizeSiteEntry('https://www.example.org/news')).toBe('example.org');
    expect(normalizeSiteEntry('*.gov.tm')).toBe('gov.tm');
    expect(normalizeSiteEntry('http://127.0.0.1:8080/')).toBe('127.0.0.1');
    expect(normalizeSiteEntry('türkmenportal.com')).toBe('xn--trkmenportal-dlb.com');
  });

  it('refuses what is not a host name', () => {
    for (const bad of ['', '   ', 'two words', 'https://', '...', 'exa mple.org']) expect(normalizeSiteEntry(bad), bad).toBeUndefined();
  });
});

describe('highlighting per site', () => {
  it('highlights everywhere except on disabled sites and their subdomains', () => {
    const lists = { allowed: [], disabled: ['gov.tm'] };
    expect(highlightsOn('example.org', lists)).toBe(true);
    expect(highlightsOn('gov.tm', lists)).toBe(false);
    expect(highlightsOn('mfa.gov.tm', lists)).toBe(false);
    expect(highlightsOn('notgov.tm', lists)).toBe(true);
  });

  it('with an allow list, highlights only there', () => {
    const lists = { allowed: ['turkmenportal.com'], disabled: [] };
    expect(highlightsOn('turkmenportal.com', lists)).toBe(true);
    expect(highlightsOn('en.turkmenportal.com', lists)).toBe(true);
    expect(highlightsOn('example.org', lists)).toBe(false);
  });

  it('switching a site off and on again from the popup leaves the lists as they were', () => {
    const before = { allowed: [], disabled: ['example.com'] };
    const off = withSiteHighlighting('news.example.org', false, before);
    expect(off.disabled).toEqual(['example.com', 'news.example.org']);
    expect(highlightsOn('news.example.org', off)).toBe(false);
    const on = withSiteHighlighting('news.example.org', true, off);
    expect(on).toEqual({ allowed: [], disabled: ['example.com'] });
  });

  it('switching on a site outside the allow list adds it there', () => {
    const on = withSiteHighlighting('example.org', true, { allowed: ['turkmenportal.com'], disabled: ['example.org'] });
    expect(on).toEqual({ allowed: ['example.org', 'turkmenportal.com'], disabled: [] });
    expect(highlightsOn('example.org', on)).toBe(true);
  });
});
