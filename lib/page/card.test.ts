import { describe, expect, test } from 'vitest';
import { buildCard, formatDate, idsForCard } from './card.ts';
import { fixtureMap } from './fixture-entities.ts';

const ctx = { lang: 'en' as const, datasetVersion: '1.2.0', asOf: '2026-11-28' };
const get = (id: string) => fixtureMap.get(id)!;

describe('the popover card', () => {
  test('a superseded plan shows its period and the period of the plan that replaced it', () => {
    const card = buildCard(get('nap.human-rights.2016-2020'), fixtureMap, ctx);
    expect(card.period).toBe('2016–2020 · superseded by 2021–2025');
    expect(card.kind).toBe('National action plan');
    expect(card.status).toBe('Superseded');
    expect(card.parent).toEqual({ id: 'nap.human-rights', name: 'National Human Rights Action Plan' });
  });

  test('on a Russian page the Russian name comes first and English second', () => {
    const card = buildCard(get('tm.ombudsman'), fixtureMap, { ...ctx, lang: 'ru' });
    expect(card.name).toBe('Омбудсмен Туркменистана');
    expect(card.englishName).toBe('Ombudsman of Turkmenistan');
    // No Russian definition in the data: English is shown, and marked as English.
    expect(card.definitionLang).toBe('en');
  });

  test('on an English page there is no second name', () => {
    expect(buildCard(get('tm.ombudsman'), fixtureMap, ctx).englishName).toBeUndefined();
  });

  test('lists the dialogue rounds newest first, with their dates and reports', () => {
    const card = buildCard(get('tm.ombudsman'), fixtureMap, ctx);
    expect(card.rounds.map((r) => [r.held, r.links.length])).toEqual([
      ['2020-06-18', 1],
      ['2019-06-25', 0],
    ]);
    expect(card.period).toBe('since 23 November 2016');
    expect(card.related).toEqual([{ id: 'tm.mejlis', name: 'Mejlis of Turkmenistan' }]);
  });

  test("a round's reports are listed in the page's language first, two at most", () => {
    const round = { ...get('dialogue.eu-tm-hrd.2020-06-18') };
    round.links = [
      { title: 'Türkmen', url: 'https://example.org/tk', lang: 'tk' as const },
      { title: 'Русский', url: 'https://example.org/ru', lang: 'ru' as const },
      { title: 'English', url: 'https://example.org/en', lang: 'en' as const },
    ];
    const others = new Map(fixtureMap).set(round.id, round);
    expect(buildCard(get('tm.ombudsman'), others, { ...ctx, lang: 'ru' }).rounds[0]!.links.map((l) => l.title)).toEqual(['Русский', 'English']);
  });

  test('the citation has the name, the definition, the source of the definition and the dataset version', () => {
    const { citation } = buildCard(get('tm.ombudsman'), fixtureMap, ctx);
    expect(citation).toBe(
      'Ombudsman of Turkmenistan\nThe human rights commissioner of Turkmenistan.\nSource: Definition page, https://example.org/definition\nDialogue Lens dataset 1.2.0, as of 2026-11-28',
    );
  });

  test('asks for the related entities and rounds it will name, but not for itself', () => {
    expect(idsForCard(get('tm.ombudsman')).sort()).toEqual(['dialogue.eu-tm-hrd.2019-06-25', 'dialogue.eu-tm-hrd.2020-06-18', 'tm.mejlis']);
  });

  test('dates are written out in words', () => {
    expect(formatDate('2020-06-18')).toBe('18 June 2020');
    expect(formatDate('2020-06')).toBe('June 2020');
    expect(formatDate('2020')).toBe('2020');
  });
});
