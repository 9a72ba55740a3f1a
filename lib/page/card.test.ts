import { describe, expect, test } from 'vitest';
import { cardLanguage, idsForCard, popoverDetails } from './card.ts';
import { fixtureMap } from './fixture-entities.ts';

const ctx = { lang: 'en' as const, datasetVersion: '1.2.0', asOf: '2026-11-28' };
const get = (id: string) => fixtureMap.get(id)!;

describe('the language of the cards on pages', () => {
  test("'page' (the default) names entities in the page's language and speaks the browser's", () => {
    expect(cardLanguage('page', 'tk', 'en')).toEqual({ names: 'tk', ui: 'en' });
    expect(cardLanguage('page', 'en', 'ru')).toEqual({ names: 'en', ui: 'ru' });
  });

  test("'browser' uses the browser's language for both", () => {
    expect(cardLanguage('browser', 'tk', 'ru')).toEqual({ names: 'ru', ui: 'ru' });
  });

  test('a language picked by name is used for the names and the words around them', () => {
    expect(cardLanguage('ru', 'en', 'en')).toEqual({ names: 'ru', ui: 'ru' });
    expect(cardLanguage('tk', 'ru', 'en')).toEqual({ names: 'tk', ui: 'tk' });
    expect(cardLanguage('en', 'tk', 'tk')).toEqual({ names: 'en', ui: 'en' });
  });
});

describe('the popover card', () => {
  test('asks for the entities it will name, but not for itself', () => {
    expect(idsForCard(get('tm.ombudsman')).sort()).toEqual(['dialogue.eu-tm-hrd.2019-06-25', 'dialogue.eu-tm-hrd.2020-06-18', 'tm.mejlis']);
    expect(idsForCard(get('nap.human-rights.2016-2020')).sort()).toEqual(['nap.human-rights', 'nap.human-rights.2021-2025']);
  });

  test("the name in the card's language is followed by the English name alone, and by none when it is English", () => {
    const nap = get('nap.human-rights');
    expect(popoverDetails(nap, fixtureMap, { ...ctx, lang: 'tk' })).toMatchObject({ name: nap.names.tk, otherNames: [{ text: nap.names.en, lang: 'en' }] });
    expect(popoverDetails(nap, fixtureMap, ctx).otherNames).toEqual([]);
  });

  test("a round's reports are listed in the card's language first, two at most", () => {
    const round = { ...get('dialogue.eu-tm-hrd.2020-06-18') };
    round.links = [
      { title: 'Türkmen', url: 'https://example.org/tk', lang: 'tk' as const },
      { title: 'Русский', url: 'https://example.org/ru', lang: 'ru' as const },
      { title: 'English', url: 'https://example.org/en', lang: 'en' as const },
    ];
    const others = new Map(fixtureMap).set(round.id, round);
    const rounds = popoverDetails(get('tm.ombudsman'), others, { ...ctx, lang: 'ru' }).rounds;
    expect(rounds.map((r) => r.held)).toEqual(['2020-06-18', '2019-06-25']);
    expect(rounds[0]!.links.map((l) => l.title)).toEqual(['Русский', 'English']);
  });
});
