/**
 * The interface's language: English, Russian or Turkmen, picked from the browser's preferred
 * languages (navigator.languages, passed in), so a browser set to Turkmen first gets Turkmen even
 * where the browser's own menus have no Turkmen. Catalogs are plain modules rather than
 * _locales/messages.json, so the type checker sees a missing translation and Node tests can read
 * every language without a browser.
 */
import type { Lang } from '../dataset/schema.ts';
import { en, type Catalog, type MessageKey, type Plural } from './en.ts';
import { ru } from './ru.ts';
import { tk } from './tk.ts';

export type { MessageKey } from './en.ts';
export type UiLocale = Lang;
export const UI_LOCALES: readonly UiLocale[] = ['en', 'ru', 'tk'];

const CATALOGS: Record<UiLocale, Catalog> = { en, ru, tk };

/** The first of the browser's preferred languages we have, by primary subtag ("ru-RU" → ru); else English. */
export function pickLocale(preferred: readonly string[]): UiLocale {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0] as UiLocale;
    if (UI_LOCALES.includes(primary)) return primary;
  }
  return 'en';
}

const MONTHS: Record<UiLocale, { day: readonly string[]; alone: readonly string[] }> = {
  en: {
    day: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    alone: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
  // Russian names a month in the genitive after a day ("18 июня") and in the nominative alone ("июнь 2020").
  ru: {
    day: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    alone: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  },
  tk: {
    day: ['ýanwar', 'fewral', 'mart', 'aprel', 'maý', 'iýun', 'iýul', 'awgust', 'sentýabr', 'oktýabr', 'noýabr', 'dekabr'],
    alone: ['ýanwar', 'fewral', 'mart', 'aprel', 'maý', 'iýun', 'iýul', 'awgust', 'sentýabr', 'oktýabr', 'noýabr', 'dekabr'],
  },
};

export type Params = Record<string, string | number>;

export interface Translator {
  readonly locale: UiLocale;
  /** The message for `key` with `{name}` parameters filled in; a plural picks its form by `count`. */
  t(key: MessageKey, params?: Params): string;
  /** `2020-06-18` → "18 June 2020" / "18 июня 2020" / "18 iýun 2020"; `2020-06` and `2020` likewise. */
  date(partial: string): string;
  /** An ISO time relative to `now`: "just now", "5 minutes ago", "in 2 hours"; a date beyond a week. */
  relative(iso: string, now: number): string;
}

function fill(text: string, params: Params | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export function createTranslator(locale: UiLocale): Translator {
  const catalog = CATALOGS[locale];
  let plurals: Intl.PluralRules;
  try {
    plurals = new Intl.PluralRules(locale);
  } catch {
    plurals = new Intl.PluralRules('en');
  }
  const pick = (p: Plural, count: number): string => {
    const form = plurals.select(count) as keyof Plural;
    return p[form] ?? p.other;
  };

  const t = (key: MessageKey, params?: Params): string => {
    const m = (catalog[key] ?? en[key]) as string | Plural;
    const text = typeof m === 'string' ? m : pick(m, Number(params?.count ?? 0));
    return fill(text, params);
  };

  const date = (partial: string): string => {
    const [y, m, d] = partial.split('-');
    const month = m ? Number(m) - 1 : -1;
    const months = MONTHS[locale];
    if (!y || month < 0 || month > 11) return y ?? partial;
    if (!d) return `${months.alone[month]} ${y}`;
    return `${Number(d)} ${months.day[month]} ${y}`;
  };

  const relative = (iso: string, now: number): string => {
    const at = Date.parse(iso);
    if (Number.isNaN(at)) return iso;
    const minutes = Math.round((now - at) / 60_000);
    if (minutes >= 0) {
      if (minutes < 1) return t('justNow');
      if (minutes < 60) return t('minutesAgo', { count: minutes });
      const hours = Math.round(minutes / 60);
      if (hours < 24) return t('hoursAgo', { count: hours });
      const days = Math.round(hours / 24);
      if (days <= 7) return t('daysAgo', { count: days });
    } else {
      const ahead = -minutes;
      if (ahead < 60) return t('inMinutes', { count: Math.max(1, ahead) });
      const hours = Math.round(ahead / 60);
      if (hours < 48) return t('inHours', { count: hours });
    }
    return date(new Date(at).toISOString().slice(0, 10));
  };

  return { locale, t, date, relative };
}
