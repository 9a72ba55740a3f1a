import { describe, expect, it } from 'vitest';
import { Entity } from '../dataset/schema.ts';
import { readEntities } from '../../scripts/dataset-files.ts';
import { buildSearchIndex, search } from './index.ts';
import { syntheticEntities } from './synthetic.ts';

const { entities: dataset } = readEntities();
const has = (id: string) => dataset.some((e) => e.id === id);

/** The queries issue 7 names, and the entity each must put first. */
const FIRST: [string, string][] = [
  ['ombudswoman', 'tm.ombudsman'],
  ['омбудсмен', 'tm.ombudsman'],
  ['меджлис', 'tm.mejlis'],
  ['Turkmenistanyn Mejlisi', 'tm.mejlis'],
  ['NHRAP', 'nap.human-rights'],
  ['gender 2021', 'nap.gender-equality.2021-2025'],
];

describe('search over the dataset in data/', () => {
  const index = buildSearchIndex(dataset);
  for (const [query, id] of FIRST) {
    it.runIf(has(id))(`"${query}" finds ${id} first`, () => {
      expect(search(index, query)[0]?.entity.id).toBe(id);
    });
  }

  it.runIf(has('tm.ombudsman'))('finds the Ombudsman from the first letters typed, keystroke by keystroke', () => {
    for (const typed of ['ombu', 'ombuds', 'ombudsw', 'Ombudswo']) expect(search(index, typed)[0]?.entity.id, typed).toBe('tm.ombudsman');
  });

  it.runIf(has('tm.ombudsman') && has('tm.mejlis'))('says which alias matched when it is not the name', () => {
    expect(search(index, 'ombudswoman')[0]?.matched).toMatchObject({ text: 'Ombudswoman', field: 'alias', lang: 'en' });
    expect(search(index, 'меджлис')[0]?.matched?.lang).toBe('ru');
  });

  it.runIf(has('tm.ombudsman') && has('tm.mejlis'))('forgives a typo in a name', () => {
    expect(search(index, 'ombudswomen')[0]?.entity.id).toBe('tm.ombudsman');
    expect(search(index, 'меджлиса')[0]?.entity.id).toBe('tm.mejlis');
    expect(search(index, 'Turkmenstanyn Mejlsi')[0]?.entity.id).toBe('tm.mejlis');
  });
});

const source = { url: 'https://example.org/s', title: 'Source', supports: ['definition'] };
const fixture: Entity[] = [
  {
    id: 'tm.mejlis',
    kind: 'institution',
    names: { en: 'Mejlis of Turkmenistan', ru: 'Меджлис Туркменистана', tk: 'Türkmenistanyň Mejlisi' },
    aliases: [{ text: 'Меджлис', lang: 'ru' }],
    definition: { en: 'The parliament, elected for five years.' },
    sources: [source],
  },
  {
    id: 'tm.ombudsman',
    kind: 'institution',
    names: { en: 'Ombudsman of Turkmenistan', ru: 'Омбудсмен Туркменистана' },
    aliases: [{ text: 'Ombudswoman', lang: 'en' }, { text: 'Ýazdursun', lang: 'tk' }],
    definition: { en: 'Elected by the Mejlis; handles complaints about public bodies.' },
    sources: [source],
  },
  {
    id: 'nap.gender-equality',
    kind: 'action-plan',
    names: { en: 'National Action Plan on Gender Equality' },
    aliases: [],
    definition: { en: 'The family of gender equality plans.' },
    sources: [source],
  },
  {
    id: 'nap.gender-equality.2021-2025',
    kind: 'action-plan',
    names: { en: 'National Action Plan on Gender Equality for 2021–2025' },
    aliases: [],
    definition: { en: 'The second plan.' },
    dates: { periodStart: 2021, periodEnd: 2025 },
    relations: { parent: 'nap.gender-equality' },
    sources: [source],
  },
  {
    id: 'dialogue.eu-tm-hrd.2019-06-25',
    kind: 'dialogue-round',
    names: { en: 'EU–Turkmenistan Human Rights Dialogue, 2019' },
    aliases: [],
    definition: { en: 'Held in Brussels.' },
    dates: { held: '2019-06-25' },
    round: { place: 'Brussels', topics: ['freedom of movement'] },
    sources: [source],
  },
];

describe('search', () => {
  const index = buildSearchIndex(fixture);
  const ids = (query: string, options?: Parameters<typeof search>[2]) => search(index, query, options).map((h) => h.entity.id);

  it('finds nothing for an empty or blank query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('  — ')).toEqual([]);
  });

  it('needs every word of the query, in any order and any field', () => {
    expect(ids('gender 2021')).toEqual(['nap.gender-equality.2021-2025']);
    expect(ids('2023 gender')).toEqual(['nap.gender-equality.2021-2025']);
    expect(ids('brussels 2019')).toEqual(['dialogue.eu-tm-hrd.2019-06-25']);
  });

  it('ranks a name above a word in someone else\'s definition', () => {
    expect(ids('mejlis')).toEqual(['tm.mejlis', 'tm.ombudsman']);
  });

  it('puts a plan family ahead of its periods when the query fits both equally', () => {
    expect(ids('gender equality')[0]).toBe('nap.gender-equality');
  });

  it('ignores case and diacritics in both directions', () => {
    expect(ids('yazdursun')).toEqual(['tm.ombudsman']);
    expect(ids('TÜRKMENISTANYŇ')).toEqual(['tm.mejlis']);
  });

  it('searches definitions, topics and dates but not with one- or two-letter word starts', () => {
    expect(ids('complaints')).toEqual(['tm.ombudsman']);
    expect(ids('freedom movement')).toEqual(['dialogue.eu-tm-hrd.2019-06-25']);
    expect(ids('co')).toEqual([]);
  });

  it('keeps to the chosen kinds', () => {
    expect(ids('national', { kinds: new Set(['institution']) })).toEqual([]);
    expect(ids('turkmenistan', { kinds: new Set(['institution']) }).sort()).toEqual(['tm.mejlis', 'tm.ombudsman']);
  });

  it('leaves definitions out of an index built without them', () => {
    const names = buildSearchIndex(fixture, { definitions: false });
    expect(search(names, 'complaints')).toEqual([]);
    expect(search(names, 'ombudswoman')[0]?.entity.id).toBe('tm.ombudsman');
  });

  it('when no entity has every word, shows those with the most', () => {
    expect(ids('ombudsman 1990')).toEqual(['tm.ombudsman']);
  });
});

describe('search at 2,000 entities', () => {
  const many = syntheticEntities(dataset, 2000);
  const index = buildSearchIndex(many);

  it('has 2,000 entities to search, each one the schema accepts', () => {
    expect(index.entries).toHaveLength(2000);
    for (const e of many) expect(Entity.safeParse(e).success, e.id).toBe(true);
  });

  for (const [query, id] of FIRST) {
    it.runIf(has(id))(`still finds ${id} first for "${query}"`, () => {
      expect(search(index, query)[0]?.entity.id).toBe(id);
    });
  }
});
