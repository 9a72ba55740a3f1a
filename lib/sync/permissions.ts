/**
 * Host permissions for the sync URL. The default data host is declared in the manifest; a custom
 * one is an optional host permission, requested by the options page when the user saves it (a
 * permission request needs the user's click, so the background cannot ask).
 */
import { DEFAULT_SYNC_URL } from './defaults.ts';

/** The match pattern that grants fetches to `url`'s host (match patterns ignore the port). */
export function hostPermissionFor(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** The pattern the manifest declares for the default sync URL (wxt.config.ts uses this). */
export const DEFAULT_SYNC_HOST_PERMISSION = hostPermissionFor(DEFAULT_SYNC_URL);

/** Whether saving `url` as the sync URL needs an optional host permission request first. */
export function needsOptionalHostPermission(url: string): boolean {
  return hostPermissionFor(url) !== DEFAULT_SYNC_HOST_PERMISSION;
}

/** Only http(s) URLs can be sync URLs; http only for this machine (development servers). */
export function syncUrlProblem(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'This is not a URL.';
  }
  if (u.protocol === 'https:') return undefined;
  if (u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]')) return undefined;
  return 'The sync URL must start with https:// (http:// only for a server on this computer).';
}

const PATTERN = /^(\*|[a-z-]+):\/\/([^/]*)(\/.*)$/;

/**
 * Whether `pattern` (as `hostPermissionFor` makes it) lies within one of the `granted` match
 * patterns (`browser.permissions.getAll().origins`). The options page decides this synchronously
 * from a list it read earlier, because a permission request must be made in the click itself.
 */
export function originCovered(pattern: string, granted: readonly string[]): boolean {
  const want = PATTERN.exec(pattern);
  if (!want) return false;
  const [, scheme, host] = want as unknown as [string, string, string];
  return granted.some((g) => {
    if (g === '<all_urls>') return true;
    const m = PATTERN.exec(g);
    if (!m || m[3] !== '/*') return false;
    const gScheme = m[1]!;
    const gHost = m[2]!.replace(/:\d+$/, '');
    if (gScheme !== scheme && !(gScheme === '*' && (scheme === 'http' || scheme === 'https'))) return false;
    if (gHost === '*') return true;
    if (gHost.startsWith('*.')) return host === gHost.slice(2) || host.endsWith(gHost.slice(1));
    return host === gHost;
  });
}
