/** What the options page needs from the extension, passed in by entrypoints/options. */
import type { Kind } from '../../lib/dataset/schema.ts';
import type { Translator } from '../../lib/i18n/index.ts';
import type { HighlightStyle } from '../../lib/page/annotator.ts';
import type { PopoverLanguage } from '../../lib/settings.ts';

export interface SettingsValues {
  syncUrl: string;
  syncIntervalHours: number;
  autoSync: boolean;
  disabledKinds: Kind[];
  highlightStyle: HighlightStyle;
  disabledSites: string[];
  allowedSites: string[];
  popoverLanguage: PopoverLanguage;
}

export interface OptionsServices {
  i18n: Translator;
  load(): Promise<SettingsValues>;
  /** Calls back when any setting changes (here, in the popup, or in another window). */
  watch(cb: (values: SettingsValues) => void): () => void;
  save<K extends keyof SettingsValues>(key: K, value: SettingsValues[K]): Promise<void>;
  /** Every setting back to its default. */
  reset(): Promise<void>;
  /**
   * Asks the user for an optional host permission. Browsers ask only inside the click that wants
   * it, so call this synchronously from the event handler, before any await.
   */
  requestHostPermission(pattern: string): Promise<boolean>;
  /** Whether a host permission is already granted, from a list read earlier (synchronous, for the same reason). */
  hasHostPermission(pattern: string): boolean;
}
