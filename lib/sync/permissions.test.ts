import { expect, test } from 'vitest';
import { DEFAULT_SYNC_HOST_PERMISSION, hostPermissionFor, needsOptionalHostPermission, originCovered, syncUrlProblem } from './permissions.ts';

test('a custom sync host needs its own host permission; the default one is declared', () => {
  expect(DEFAULT_SYNC_HOST_PERMISSION).toBe('https://data.dialogue-lens.org/*');
  expect(needsOptionalHostPermission('https://data.dialogue-lens.org/v2/')).toBe(false);
  expect(needsOptionalHostPermission('https://mirror.example.org/dl/')).toBe(true);
  expect(hostPermissionFor('http://127.0.0.1:8788/v1/')).toBe('http://127.0.0.1/*');
});

test('sync URLs are https, or http on this computer only', () => {
  expect(syncUrlProblem('https://mirror.example.org/dl/')).toBeUndefined();
  expect(syncUrlProblem('http://127.0.0.1:8788/')).toBeUndefined();
  expect(syncUrlProblem('http://mirror.example.org/')).toMatch(/https/);
  expect(syncUrlProblem('ftp://x/')).toMatch(/https/);
  expect(syncUrlProblem('not a url')).toMatch(/not a URL/);
});

test('a host permission is already granted when a broader granted pattern covers it', () => {
  expect(originCovered('http://127.0.0.1/*', ['http://*/*', 'https://*/*'])).toBe(true);
  expect(originCovered('https://mirror.example.org/*', ['*://*.example.org/*'])).toBe(true);
  expect(originCovered('https://example.org/*', ['https://*.example.org/*'])).toBe(true);
  expect(originCovered('https://mirror.example.org/*', ['<all_urls>'])).toBe(true);
  expect(originCovered('https://mirror.example.org/*', ['https://data.dialogue-lens.org/*'])).toBe(false);
  expect(originCovered('https://mirror.example.org/*', ['http://*/*'])).toBe(false);
  expect(originCovered('https://notexample.org/*', ['https://*.example.org/*'])).toBe(false);
  expect(originCovered('https://mirror.example.org/*', ['https://mirror.example.org/dl/*'])).toBe(false);
});
