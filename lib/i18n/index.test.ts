import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from './en.ts';
import { createTranslator, pickLocale, UI_LOCALES } from './index.ts';
import { ru } from './ru.ts';
import { tk } from './tk.ts';

describe('the interface language', () => {
  it('follows the browser\'s first preferred language that we have', () => {
    expect(pickLocale(['ru-RU', 'en-US'])).toBe('ru');
    expect(pickLocale(['de-DE', 'tk', 'ru'])).toBe('tk');
    expect(pickLocale(['TK_tm'])).toBe('tk');
    expect(pickLocale(['de', 'fr'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });

  it('has every message in every language, with the same parameters', () => {
    const params = (m: unknown) => JSON.stringify(m).match(/\{\w+\}/g)?.sort().filter((x, i, a) => a.indexOf(x) === i) ?? [];
    for (const catalog of [ru, tk]) {
      for (const key of Object.keys(en) as MessageKey[]) {
        expect(catalog[key], key).toBeTruthy();
        expect(params(catalog[key]), key).toEqual(params(en[key]));
      }
    }
  });

  it('translates the sync button and fills parameters', () => {
    expect(createTranslator('en').t('syncNow')).toBe('Sync now');
    expect(createTranslator('ru').t('syncNow')).toBe('Синхронизировать');
    expect(createTranslator('tk').t('datasetVersion', { version: '1.2.0' })).toBe('Maglumatlar 1.2.0');
  });

  it('uses Russian plural forms', () => {
    const { t } = createTranslator('ru');
    expect([1, 2, 5, 11, 21, 22, 25].map((count) => t('mentionCount', { count }))).toEqual([
      '1 упоминание',
      '2 упоминания',
      '5 упоминаний',
      '11 упоминаний',
      '21 упоминание',
      '22 упоминания',
      '25 упоминаний',
    ]);
    expect(createTranslator('en').t('mentionCount', { count: 1 })).toBe('1 mention');
    expect(createTranslator('en').t('mentionCount', { count: 3 })).toBe('3 mentions');
  });

  it('writes dataset dates as people read them in each language', () => {
    expect(UI_LOCALES.map((l) => createTranslator(l).date('2020-06-18'))).toEqual(['18 June 2020', '18 июня 2020', '18 iýun 2020']);
    expect(UI_LOCALES.map((l) => createTranslator(l).date('2020-06'))).toEqual(['June 2020', 'июнь 2020', 'iýun 2020']);
    expect(createTranslator('ru').date('2016')).toBe('2016');
  });

  it('says when the last sync was in words', () => {
    const now = Date.parse('2026-11-28T12:00:00Z');
    const { relative } = createTranslator('en');
    expect(relative('2026-11-28T11:59:40Z', now)).toBe('just now');
    expect(relative('2026-11-28T11:55:00Z', now)).toBe('5 minutes ago');
    expect(relative('2026-11-28T09:00:00Z', now)).toBe('3 hours ago');
    expect(relative('2026-11-26T12:00:00Z', now)).toBe('2 days ago');
    expect(relative('2026-10-01T12:00:00Z', now)).toBe('1 October 2026');
    expect(relative('2026-11-28T14:00:00Z', now)).toBe('in 2 hours');
    expect(createTranslator('ru').relative('2026-11-28T09:00:00Z', now)).toBe('3 часа назад');
  });
});
