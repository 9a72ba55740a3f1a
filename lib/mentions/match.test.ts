import { describe, expect, it } from 'vitest';
import type { Entity } from '../dataset/schema.ts';
import { buildIndex, findMentions } from './index.ts';
import { FIXTURE_ENTITIES } from './fixtures.ts';

const index = buildIndex(FIXTURE_ENTITIES);
const found = (text: string) => findMentions(index, text).map((m) => [text.slice(m.start, m.end), m.entityId]);

function testEntity(id: string, aliases: Entity['aliases']): Entity {
  return {
    id,
    kind: 'organization',
    names: { en: `Test entity ${id}` },
    aliases,
    definition: { en: 'Test.' },
    sources: [{ url: 'https://example.org', title: 'Test', supports: ['names', 'aliases', 'definition'] }],
  };
}

describe('overlapping names', () => {
  it('prefers the longest name', () => {
    expect(found('The Ministry of Foreign Affairs of Turkmenistan said')).toEqual([
      ['Ministry of Foreign Affairs of Turkmenistan', 'tm.ministry.foreign-affairs'],
    ]);
    expect(found('Turkmenistan: the Ministry of Health and Medical Industry said')).toEqual([
      ['Ministry of Health and Medical Industry', 'tm.ministry.health'],
    ]);
  });

  it('prefers a specific name over a generic one for the same words, whatever the entity ids', () => {
    const entities = [
      testEntity('a.generic', [{ text: 'Joint Commission', lang: 'en', generic: true }]),
      testEntity('z.specific', [{ text: 'Joint Commission', lang: 'en' }]),
    ];
    const text = 'Turkmenistan and the Joint Commission.';
    expect(findMentions(buildIndex(entities), text).map((m) => m.entityId)).toEqual(['z.specific']);
  });

  it('breaks remaining ties by entity id, the same way whatever the dataset order', () => {
    const entities = [
      testEntity('b.second', [{ text: 'Joint Commission', lang: 'en' }]),
      testEntity('a.first', [{ text: 'Joint Commission', lang: 'en' }]),
    ];
    const text = 'The Joint Commission met.';
    expect(findMentions(buildIndex(entities), text).map((m) => m.entityId)).toEqual(['a.first']);
    expect(findMentions(buildIndex([...entities].reverse()), text).map((m) => m.entityId)).toEqual(['a.first']);
  });

  it('prefers the earlier of two equally long overlapping names', () => {
    const entities = [
      testEntity('t.ab', [{ text: 'Alpha Beta', lang: 'en' }]),
      testEntity('t.bc', [{ text: 'Beta Gamma', lang: 'en' }]),
    ];
    expect(findMentions(buildIndex(entities), 'Alpha Beta Gamma').map((m) => m.entityId)).toEqual(['t.ab']);
  });

  it('returns mentions sorted and never overlapping', () => {
    const text = 'The Mejlis of Turkmenistan, the Mejlis, the Supreme Court of Turkmenistan and the Ombudsman.';
    const mentions = findMentions(index, text);
    expect(mentions.map((m) => m.entityId)).toEqual(['tm.mejlis', 'tm.mejlis', 'tm.supreme-court', 'tm.ombudsman']);
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
  });

  it('reports the alias that matched', () => {
    const [mention] = findMentions(index, 'the Ombudswoman of Turkmenistan');
    expect(mention?.alias).toBe('Ombudswoman of Turkmenistan');
  });
});

describe('coordinated names', () => {
  it.each([
    [
      'Turkmenistan: the Ministry of Foreign Affairs, Internal Affairs and others attended.',
      [['Ministry of Foreign Affairs', 'tm.ministry.foreign-affairs'], ['Internal Affairs', 'tm.ministry.internal-affairs']],
    ],
    [
      'Turkmenistan: the Ministry of Foreign Affairs and Internal Affairs attended.',
      [['Ministry of Foreign Affairs', 'tm.ministry.foreign-affairs'], ['Internal Affairs', 'tm.ministry.internal-affairs']],
    ],
    [
      'Turkmenistan: the Ministries of Foreign Affairs, Internal Affairs and Health attended.',
      [['Ministries of Foreign Affairs', 'tm.ministry.foreign-affairs'], ['Internal Affairs', 'tm.ministry.internal-affairs'], ['Health', 'tm.ministry.health']],
    ],
    [
      'Turkmenistan: representatives of the Ministries of Foreign Affairs, Internal Affairs and the Health attended.',
      [['Ministries of Foreign Affairs', 'tm.ministry.foreign-affairs'], ['Internal Affairs', 'tm.ministry.internal-affairs'], ['Health', 'tm.ministry.health']],
    ],
    [
      // The wording of the Turkmen embassy's report on the 10th round (2018).
      'Turkmenistan: the representatives of the Ministries of Foreign Affairs (Daşary işler), Internal Affairs, Health attended.',
      [['Ministries of Foreign Affairs', 'tm.ministry.foreign-affairs'], ['Internal Affairs', 'tm.ministry.internal-affairs'], ['Health', 'tm.ministry.health']],
    ],
    [
      'Туркменистан: представители Министерства иностранных дел (МИД), внутренних дел и других ведомств.',
      [['Министерства иностранных дел', 'tm.ministry.foreign-affairs'], ['МИД', 'tm.ministry.foreign-affairs'], ['внутренних дел', 'tm.ministry.internal-affairs']],
    ],
    [
      'Туркменистан: представители Министерства иностранных дел, внутренних дел и других ведомств.',
      [['Министерства иностранных дел', 'tm.ministry.foreign-affairs'], ['внутренних дел', 'tm.ministry.internal-affairs']],
    ],
  ])('links each ministry: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    [
      'Turkmenistan: the Ministries of Foreign and Internal Affairs attended.',
      [['Ministries of Foreign', 'tm.ministry.foreign-affairs'], ['Internal Affairs', 'tm.ministry.internal-affairs']],
    ],
    [
      'Туркменистан: встреча представителей министерств иностранных и внутренних дел.',
      [['министерств иностранных', 'tm.ministry.foreign-affairs'], ['внутренних дел', 'tm.ministry.internal-affairs']],
    ],
  ])('links each ministry of a shared name: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('links no part of a shared name that is not a known name, nor one of another country', () => {
    expect(found('Turkmenistan: the Ministries of Culture and Internal Affairs attended.')).toEqual([]);
    expect(found('Turkmenistan news. The Ministries of Foreign and Internal Affairs of Georgia met.')).toEqual([]);
    expect(found('The Ministries of Foreign and Internal Affairs met.'), 'a text not about Turkmenistan').toEqual([]);
  });

  it.each([
    [
      'Türkmenistanyň Daşary işler we Içeri işler ministrlikleriniň wekilleri duşuşdylar.',
      [['Türkmenistanyň Daşary işler', 'tm.ministry.foreign-affairs'], ['Içeri işler ministrlikleriniň', 'tm.ministry.internal-affairs']],
    ],
    [
      'Türkmenistanda Daşary işler, Içeri işler we Saglygy goraýyş we derman senagaty ministrlikleri wekillerini iberdiler.',
      [
        ['Daşary işler', 'tm.ministry.foreign-affairs'],
        ['Içeri işler', 'tm.ministry.internal-affairs'],
        ['Saglygy goraýyş we derman senagaty ministrlikleri', 'tm.ministry.health'],
      ],
    ],
  ])('links each ministry that shares a Turkmen head word: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('links no Turkmen ministries of another country, nor a plural alone', () => {
    expect(found('Türkmenistan habarlary. Gruziýanyň Daşary işler we Içeri işler ministrlikleri duşuşdy.')).toEqual([]);
    expect(found('Türkmenistan habarlary. Goňşy ýurtlaryň içeri işler ministrlikleri duşuşdy.')).toEqual([]);
  });

  it.each([
    [
      'Turkmenistan: the Ministries of Foreign Affairs, Culture and Internal Affairs attended.',
      [['Ministries of Foreign Affairs', 'tm.ministry.foreign-affairs'], ['Internal Affairs', 'tm.ministry.internal-affairs']],
    ],
    [
      'Turkmenistan: the Ministry of Foreign Affairs, Culture and Tourism, and Internal Affairs attended.',
      [['Ministry of Foreign Affairs', 'tm.ministry.foreign-affairs'], ['Internal Affairs', 'tm.ministry.internal-affairs']],
    ],
    [
      'Туркменистан: представители министерств иностранных дел, культуры и внутренних дел.',
      [['министерств иностранных дел', 'tm.ministry.foreign-affairs'], ['внутренних дел', 'tm.ministry.internal-affairs']],
    ],
    [
      'Türkmenistanyň Daşary işler, Medeniýet we Içeri işler ministrlikleriniň wekilleri duşuşdylar.',
      [['Türkmenistanyň Daşary işler', 'tm.ministry.foreign-affairs'], ['Içeri işler ministrlikleriniň', 'tm.ministry.internal-affairs']],
    ],
    [
      'Türkmenistanda Medeniýet, Sport, Daşary işler we Içeri işler ministrlikleri wekillerini iberdiler.',
      [['Daşary işler', 'tm.ministry.foreign-affairs'], ['Içeri işler ministrlikleri', 'tm.ministry.internal-affairs']],
    ],
    // The last item, which carries the shared head word, unknown.
    [
      'Türkmenistanyň daşary işler, içeri işler, oba hojalyk we daşky gurşawy goramak ministrlikleriniň wekilleri gatnaşdylar.',
      [['Türkmenistanyň daşary işler', 'tm.ministry.foreign-affairs'], ['içeri işler', 'tm.ministry.internal-affairs']],
    ],
    ['Türkmenistanyň Daşary işler we Medeniýet ministrlikleri beýanat ýaýratdy.', [['Türkmenistanyň Daşary işler', 'tm.ministry.foreign-affairs']]],
    [
      'Türkmenistanda ministrlikleriň we pudak edaralarynyň, şol sanda, daşary işler, içeri işler, oba hojalyk we daşky gurşawy goramak ministrlikleriniň wekilleri.',
      [['daşary işler', 'tm.ministry.foreign-affairs'], ['içeri işler', 'tm.ministry.internal-affairs']],
    ],
  ])('passes over a ministry of the list that the dataset does not know: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('links nothing of a list of another country, also past items it does not know, nor of a list it cannot tell', () => {
    expect(found('Türkmenistan habarlary. Gruziýanyň Medeniýet, Daşary işler we Içeri işler ministrlikleri duşuşdy.')).toEqual([]);
    expect(found('Türkmenistan habarlary. Gruziýanyň Bilim, Daşary işler we Içeri işler ministrlikleri duşuşdy.')).toEqual([]);
    expect(found('Türkmenistan habarlary. Gruziýanyň daşary işler, içeri işler we medeniýet ministrlikleri duşuşdy.')).toEqual([]);
    expect(found('Turkmenistan news. The Ministries of Foreign Affairs, Culture and Internal Affairs of Georgia met.')).toEqual([]);
    // Four unknown items: the owner is too far back to be sure of.
    expect(found('Türkmenistan habarlary. Gruziýanyň Bilim, Medeniýet, Sport, Energetika, Daşary işler we Içeri işler ministrlikleri duşuşdy.')).toEqual([]);
  });

  it('does not take an ordinary word after "and" for a ministry', () => {
    expect(found('Turkmenistan: the Ministry of Foreign Affairs and health workers met.')).toEqual([
      ['Ministry of Foreign Affairs', 'tm.ministry.foreign-affairs'],
    ]);
  });

  it('does not coordinate a ministry of another country', () => {
    expect(found('Turkmenistan news. The Ministry of Foreign Affairs, Internal Affairs of Georgia.')).toEqual([]);
  });
});

describe('a word that says which meeting, inside a name', () => {
  it.each([
    ['Ýewropa Bileleşigi bilen adam hukuklary boýunça nobatdaky dialog geçirildi.', 'Ýewropa Bileleşigi bilen adam hukuklary boýunça nobatdaky dialog'],
    ['Ýewropa Bileleşigi bilen adam hukuklary boýunça ýyllyk dialogy geçirdiler.', 'Ýewropa Bileleşigi bilen adam hukuklary boýunça ýyllyk dialogy'],
    ['Turkmenistan and the EU held the EU-Turkmenistan annual Human Rights Dialogue.', 'EU-Turkmenistan annual Human Rights Dialogue'],
  ])('is read through: %s', (text, surface) => {
    expect(found(text)).toEqual([[surface, 'dialogue.eu-tm-hrd']]);
  });

  it('only between the words of a name', () => {
    expect(found('Ýewropa Bileleşigi bilen adam hukuklary boýunça nobatdaky maslahat geçirildi.')).toEqual([]);
  });
});

describe('edge cases', () => {
  it('finds nothing in an empty text or with an empty dataset', () => {
    expect(findMentions(index, '')).toEqual([]);
    expect(findMentions(buildIndex([]), 'the Mejlis of Turkmenistan')).toEqual([]);
  });

  it('finds a name at the very start and the very end of the text', () => {
    expect(found('Mejlis')).toEqual([['Mejlis', 'tm.mejlis']]);
    expect(found('IOM')).toEqual([['IOM', 'un.iom']]);
  });

  it('links nothing inside a web address written out, but a name next to one', () => {
    expect(found('The Mejlis of Turkmenistan (https://mejlis.gov.tm/the-mejlis-of-turkmenistan) met; see www.example.org/mejlis-of-turkmenistan.')).toEqual([
      ['Mejlis of Turkmenistan', 'tm.mejlis'],
    ]);
    // A slash alone is not an address.
    expect(found('The Mejlis of Turkmenistan/parliament met.')).toEqual([['Mejlis of Turkmenistan', 'tm.mejlis']]);
  });

  it('resolves a word seen again as before, keeping letter case and endings apart', () => {
    // "мида" comes after "МИДа": the remembered abbreviation must not stand for it.
    expect(found('Туркменистан. Представители МИДа приехали, а мида тут нет; МИДом и МИДа. Меджлиса и Меджлисом, Меджлисе.')).toEqual([
      ['МИДа', 'tm.ministry.foreign-affairs'],
      ['МИДом', 'tm.ministry.foreign-affairs'],
      ['МИДа', 'tm.ministry.foreign-affairs'],
      ['Меджлиса', 'tm.mejlis'],
      ['Меджлисом', 'tm.mejlis'],
      ['Меджлисе', 'tm.mejlis'],
    ]);
    expect(found('Туркменистан. Здесь мида нет, а МИДа есть.')).toEqual([['МИДа', 'tm.ministry.foreign-affairs']]);
  });

  it('forgets remembered words when the index changes', () => {
    // The same stems in both indexes, so the same trie; the word groups are numbered the other way round.
    const a = buildIndex([testEntity('a', [{ text: 'Mejlis', lang: 'tk' }]), testEntity('b', [{ text: 'Kazyýet', lang: 'tk' }])]);
    const b = buildIndex([testEntity('a', [{ text: 'Kazyýet', lang: 'tk' }]), testEntity('b', [{ text: 'Mejlis', lang: 'tk' }])]);
    const text = 'Mejlisiniň we Kazyýetiň işi.';
    const ids = (index: typeof a) => findMentions(index, text).map((m) => `${text.slice(m.start, m.end)}:${m.entityId}`);
    expect(ids(a)).toEqual(['Mejlisiniň:a', 'Kazyýetiň:b']);
    expect(ids(b)).toEqual(['Mejlisiniň:b', 'Kazyýetiň:a']);
    expect(ids(a)).toEqual(['Mejlisiniň:a', 'Kazyýetiň:b']);
  });

  it('gives the same answer on repeated calls (no state leaks between texts)', () => {
    const long = 'Ministry of Foreign Affairs of Turkmenistan. '.repeat(200);
    const first = findMentions(index, long).length;
    findMentions(index, 'Mejlis');
    expect(findMentions(index, long).length).toBe(first);
    expect(first).toBe(200);
  });
});
