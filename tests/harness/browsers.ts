/**
 * Real browsers with the built extension loaded: Debian's Chromium through playwright-core and
 * Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (Playwright cannot drive a stock
 * Firefox). Both headless, no Xvfb, throwaway profiles.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROME_EXT = path.join(ROOT, '.output/chrome-mv3');
export const FIREFOX_EXT = path.join(ROOT, '.output/firefox-mv3');

/** Must equal `browser_specific_settings.gecko.id` in wxt.config.ts. */
export const GECKO_ID = 'dialogue-lens@dialogue-lens.org';
/** Pinned moz-extension:// host, so extension pages have a known URL in Firefox. */
export const FIREFOX_UUID = '6d1a5e0c-3f7b-4c2e-9a41-2b8d7c0e5f13';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** The MV3 service worker; it goes idle after ~30 s, so ask again rather than keeping it. */
  serviceWorker(): Promise<Worker>;
  extensionUrl(page: string): string;
  close(): Promise<void>;
}

export async function launchChromium(extensionDir = CHROME_EXT): Promise<ChromiumSession> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      '--no-first-run',
      // Tests talk to loopback only: the extension's default sync host (and anything else) fails
      // to resolve at once, without a DNS query leaving the machine.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
  const serviceWorker = async () =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await serviceWorker()).url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
    close: () => context.close(),
  };
}

export interface FirefoxSession {
  browser: Browser;
  extensionUrl(page: string): string;
  close(): Promise<void>;
}

export async function launchFirefox(extensionDir = FIREFOX_EXT): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // BiDi refuses to navigate to moz-extension:// pages without it; harmless in a throwaway profile.
    args: ['--remote-allow-system-access', '--width=1100', '--height=800'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Tests talk to loopback only: everything else goes to a proxy port where nothing listens,
      // so the extension's default sync host fails at once and no DNS query leaves the machine.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
    },
  });
  const installed = await browser.installExtension(extensionDir);
  if (installed !== GECKO_ID) throw new Error(`Firefox installed ${installed}, expected ${GECKO_ID}`);
  return {
    browser,
    extensionUrl: (page) => `moz-extension://${FIREFOX_UUID}/${page}`,
    close: () => browser.close(),
  };
}
