import { describe, expect, test } from 'vitest';
import { langFromTag, langFromText, pageLang } from './lang.ts';

describe('page language', () => {
  test('trusts the document lang attribute, with regions and three-letter codes', () => {
    expect(langFromTag('ru-RU')).toBe('ru');
    expect(langFromTag('tk')).toBe('tk');
    expect(langFromTag('tuk')).toBe('tk');
    expect(langFromTag('en_GB')).toBe('en');
    expect(langFromTag('de')).toBeUndefined();
    expect(langFromTag('')).toBeUndefined();
  });

  test('reads a Russian page without a lang attribute as Russian', () => {
    expect(pageLang(null, () => 'Состоялось заседание Меджлиса Туркменистана, посвящённое правам человека.')).toBe('ru');
  });

  test('tells Turkmen from English by the letters only Turkmen uses', () => {
    expect(langFromText('Türkmenistanyň Mejlisiniň mejlisi geçirildi. Adam hukuklary boýunça ýygnak.')).toBe('tk');
    expect(langFromText('The Mejlis of Turkmenistan met the Ombudsman. Türkmenistanyň is quoted once in a long English article about human rights and the rule of law in the country.')).toBe('en');
  });

  test('the attribute wins over the text', () => {
    expect(pageLang('en', () => 'Меджлис Туркменистана')).toBe('en');
  });
});
