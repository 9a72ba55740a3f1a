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

const items = { syncUrl, syncIntervalHours, autoSync, disabledKinds, highlightStyle, disabledSites, allowedSites, popoverLanguage };

async function load(): Promise<SettingsValues> {
  const entries = await Promise.all(Object.entries(items).map(async ([k, item]) => [k, await item.getValue()] as const));
  return Object.fromEntries(entries) as unknown as SettingsValues;
}

const i18n = createTranslator(pickLocale(navigator.languages ?? [navigator.language]));
document.documentElement.lang = i18n.locale;
document.title = i18n.t('optionsTitle');

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
};

render(<Options services={services} />, document.getElementById('app')!);
