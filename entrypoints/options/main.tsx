import { render } from 'preact';
import '../../components/options/options.css';
import { Options } from '../../components/options/Options.tsx';
import type { OptionsServices, SettingsValues } from '../../components/options/services.ts';
import { createTranslator, pickLocale } from '../../lib/i18n/index.ts';
import {
  ALL_SETTINGS,
  allowedSites,
  autoSync,
  disabledKinds,
  disabledSites,
  highlightStyle,
  popoverLanguage,
  syncIntervalHours,
  syncUrl,
} from '../../lib/settings.ts';
import { originCovered } from '../../lib/sync/permissions.ts';

const items = { syncUrl, syncIntervalHours, autoSync, disabledKinds, highlightStyle, disabledSites, allowedSites, popoverLanguage };

async function load(): Promise<SettingsValues> {
  const entries = await Promise.all(Object.entries(items).map(async ([k, item]) => [k, await item.getValue()] as const));
  return Object.fromEntries(entries) as unknown as SettingsValues;
}

const i18n = createTranslator(pickLocale(navigator.languages ?? [navigator.language]));
document.documentElement.lang = i18n.locale;
document.title = i18n.t('optionsTitle');

// Kept current so the Save click can tell at once whether it must ask (see OptionsServices).
let grantedOrigins: string[] = [];
const readPermissions = () =>
  browser.permissions.getAll().then(
    (p) => void (grantedOrigins = p.origins ?? []),
    () => undefined,
  );
void readPermissions();
browser.permissions.onAdded.addListener(() => void readPermissions());
browser.permissions.onRemoved.addListener(() => void readPermissions());

const services: OptionsServices = {
  i18n,
  load,
  watch(cb) {
    const unwatch = Object.values(items).map((item) => item.watch(() => void load().then(cb)));
    return () => unwatch.forEach((u) => u());
  },
  save: (key, value) => (items[key] as { setValue(v: unknown): Promise<void> }).setValue(value),
  async reset() {
    await Promise.all(ALL_SETTINGS.map((item) => item.removeValue()));
  },
  requestHostPermission: (pattern) => browser.permissions.request({ origins: [pattern] }),
  hasHostPermission: (pattern) => originCovered(pattern, grantedOrigins),
};

render(<Options services={services} />, document.getElementById('app')!);
