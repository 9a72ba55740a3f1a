/**
 * Wires the background: every listener is registered synchronously at start, so the event that
 * woke the service worker (a message, an alarm, a settings change) is the first one handled. What
 * happens is decided in lib/background/service.ts.
 */
import { createBackground } from '../lib/background/service.ts';
import { Dataset, Manifest } from '../lib/dataset/schema.ts';
import { openIndexedDbStore } from '../lib/db/store.ts';
import { buildIndex, INDEX_REVISION, serializeIndex } from '../lib/mentions/index.ts';
import { onMessage, sendMessage } from '../lib/messaging.ts';
import { autoSync, storedDatasetVersion, syncIntervalHours, syncUrl } from '../lib/settings.ts';
import { trustedPublicKeys } from '../lib/sync/keys.ts';
import { hostPermissionFor } from '../lib/sync/permissions.ts';
import { importPublicKey } from '../lib/sync/signature.ts';

async function bundled(path: '/dataset/manifest.json' | '/dataset/dataset.json'): Promise<unknown> {
  return (await fetch(browser.runtime.getURL(path))).json();
}

export default defineBackground(() => {
  const bg = createBackground({
    openStore: () => openIndexedDbStore(),
    bundledManifest: async () => Manifest.parse(await bundled('/dataset/manifest.json')),
    bundledDataset: async () => Dataset.parse(await bundled('/dataset/dataset.json')),
    buildIndex: (entities) => serializeIndex(buildIndex(entities)),
    indexRevision: INDEX_REVISION,
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
    random: () => Math.random(),
    isOnline: () => navigator.onLine,
    trustedKeys: () =>
      Promise.all(trustedPublicKeys({ trustDevelopmentKey: import.meta.env.WXT_TRUST_DEVELOPMENT_KEY === '1' }).map(importPublicKey)),
    settings: {
      syncUrl: () => syncUrl.getValue(),
      intervalHours: () => syncIntervalHours.getValue(),
      autoSync: () => autoSync.getValue(),
    },
    alarms: {
      create: (name, info) => browser.alarms.create(name, info),
      clear: (name) => browser.alarms.clear(name),
      get: (name) => browser.alarms.get(name),
    },
    async explainNetworkFailure(url) {
      const origin = hostPermissionFor(url);
      if (await browser.permissions.contains({ origins: [origin] })) return undefined;
      return `Dialogue Lens has no permission for ${new URL(url).host}, and the server did not allow the request itself (CORS): save the sync URL again in the options to grant it.`;
    },
    async openSearchPage(query) {
      const params = new URLSearchParams();
      if (query.entityId) params.set('entity', query.entityId);
      if (query.text) params.set('q', query.text);
      await browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?${params}` });
    },
    datasetChanged: (version) => storedDatasetVersion.setValue(version),
  });

  onMessage('getPageData', () => bg.getPageData());
  onMessage('getEntities', ({ data }) => bg.getEntities(data));
  onMessage('getAllEntities', () => bg.getAllEntities());
  onMessage('getSyncStatus', () => bg.getSyncStatus());
  onMessage('syncNow', ({ data }) => bg.syncNow(data));
  onMessage('openSearch', ({ data }) => bg.openSearch(data));

  browser.runtime.onInstalled.addListener(({ reason }) => void bg.onInstalled(reason));
  browser.runtime.onStartup.addListener(() => void bg.onStartup());
  browser.alarms.onAlarm.addListener((alarm) => void bg.onAlarm(alarm.name));
  globalThis.addEventListener?.('online', () => void bg.onOnline());
  syncUrl.watch(() => void bg.onSettingsChanged('syncUrl'));
  syncIntervalHours.watch(() => void bg.onSettingsChanged('syncIntervalHours'));
  autoSync.watch(() => void bg.onSettingsChanged('autoSync'));

  // The `next-mention` keyboard command (wxt.config.ts): the page's top frame opens the next card.
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'next-mention') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) void sendMessage('focusNextMention', undefined, { tabId, frameId: 0 }).catch(() => undefined);
  });

  // The e2e harness's liveness check.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string })?.type === 'ping') return Promise.resolve({ pong: true });
    return undefined;
  });
});
