import { describe, expect, it } from 'vitest';
import { buildIndex, findMentions, type MatchOptions } from './index.ts';
import { FIXTURE_ENTITIES } from './fixtures.ts';

const index = buildIndex(FIXTURE_ENTITIES);
const found = (text: string, options?: MatchOptions) => findMentions(index, text, options).map((m) => [text.slice(m.start, m.end), m.entityId]);

describe('generic names need a page about Turkmenistan', () => {
  it('does not link "Supreme Court" on a page that never mentions Turkmenistan', () => {
    expect(found('The Supreme Court upheld the ruling of the Ministry of Foreign Affairs.')).toEqual([]);
  });

  it.each([
    'The Supreme Court of Turkmenistan upheld it; the Supreme Court also said so.',
    'Turkmen lawyers said the Supreme Court upheld it.',
    'В Туркменистане Верховный суд принял решение.',
    'Туркменская сторона сообщила, что Верховный суд принял решение.',
    'Türkmenistanda Ýokary kazyýet karar kabul etdi.',
    'Aşgabatda türkmen tarapy Ýokary kazyýetiň kararyny mälim etdi.',
  ])('links it when the text is about Turkmenistan: %s', (text) => {
    expect(found(text).map(([, id]) => id)).toContain('tm.supreme-court');
  });

  it('lets the caller decide instead (for a page judged as a whole)', () => {
    expect(found('The Supreme Court upheld it.', { aboutTurkmenistan: true })).toEqual([['Supreme Court', 'tm.supreme-court']]);
    expect(found('In Turkmenistan, the Supreme Court upheld it.', { aboutTurkmenistan: false })).toEqual([]);
  });

  it('links names that are not generic on any page', () => {
    expect(found('The Mejlis passed a law. IOM welcomed it.')).toEqual([
      ['Mejlis', 'tm.mejlis'],
      ['IOM', 'un.iom'],
    ]);
  });
});

describe('generic names that belong to another country', () => {
  const page = (sentence: string) => `Turkmenistan news. ${sentence}`;
  it.each([
    'The Ambassador of Turkmenistan met the Minister of Health and Social Affairs of Georgia.',
    'Officials of the Ministry of Health and Social Affairs of Georgia attended.',
    'The Ombudsman of Georgia presented a report.',
    "Georgia's Ministry of Foreign Affairs issued a statement.",
    'The Georgian Ministry of Foreign Affairs issued a statement.',
    'The Russian Ministry of Foreign Affairs issued a statement.',
    'A ruling of the Supreme Court of the Russian Federation was cited.',
    'Kazakhstan’s Supreme Court ruled.',
    'The European Ombudsman opened an inquiry.',
    'Посол встретился с министром здравоохранения и социальных дел Грузии.',
    'Министерство иностранных дел Грузии провело брифинг.',
    'Министерство иностранных дел России провело брифинг.',
    'МИД России сообщил об этом.',
    'Российский МИД сообщил об этом.',
    'Решение Верховного суда Российской Федерации вступило в силу.',
    'Омбудсмен Грузии представил доклад.',
    'Gruziýanyň Daşary işler ministrligi beýanat ýaýratdy.',
    'Russiýa Federasiýasynyň Daşary işler ministrligi beýanat ýaýratdy.',
    'Gazagystanyň Ýokary kazyýetiniň karary.',
    'Türkmenistanyň Ilçisiniň Gruziýanyň Saglygy goraýyş we durmuş işleri ministri bilen duşuşygy.',
    'Министерство иностранных дел Казахстана, Министерство иностранных дел Германии и МИД США.',
    'Верховный суд Узбекистана и Министерство здравоохранения Беларуси.',
    'Özbegistanyň Daşary işler ministrligi we Germaniýanyň Daşary işler ministrligi.',
    'ABŞ-nyň Daşary işler ministrligi we Hytaýyň Ýokary kazyýeti.',
    'The Supreme Court of the United States and the Ministry of Foreign Affairs of the Republic of Korea.',
    'The French Ministry of Foreign Affairs and the US Supreme Court.',
    // The owner beyond a bracket, or past "Republic".
    'He met the Public Defender (Ombudsman) of Georgia.',
    'He met the Public Defender of Georgia (Ombudsman).',
    'He met the Ombudsman (Public Defender) of Georgia.',
    'The Commissioner for Human Rights (Ombudsman) of Azerbaijan spoke.',
    'Встреча с Народным защитником (Омбудсменом) Грузии.',
    'Gürjüstanyň Jemgyýetçilik goragçysy (Ombudsmeni) bilen duşuşdy.',
    'The Ministry of Internal Affairs of the Republic of Kazakhstan said so.',
    'The Ombudsman of the Republic of Azerbaijan said so.',
    'Gazagystan Respublikasynyň Içeri işler ministrligi beýanat ýaýratdy.',
    'Gyrgyz Respublikasynyň Ýokary kazyýetiniň karary.',
    // The country the body is in.
    'Встреча с Омбудсменом в Грузии.',
    'Омбудсмен в Грузии провела встречу.',
    'He met the Ombudsman in Georgia.',
  ])('does not link: %s', (sentence) => {
    expect(found(page(sentence))).toEqual([]);
  });

  it.each([
    ['The Ministry of Foreign Affairs of Turkmenistan issued a statement.', 'Ministry of Foreign Affairs of Turkmenistan', 'tm.ministry.foreign-affairs'],
    ['Ombudswoman of Turkmenistan Ms Gurbanova spoke.', 'Ombudswoman of Turkmenistan', 'tm.ombudsman'],
    ['The Ombudsman and the Ambassador of Georgia met.', 'The Ombudsman', 'tm.ombudsman'],
    ['Омбудсмен в Туркменистане провела встречу.', 'Омбудсмен в Туркменистане', 'tm.ombudsman'],
    ['The Ombudsman met him in Georgia.', 'The Ombudsman', 'tm.ombudsman'],
    ['The Ministry of Foreign Affairs briefed diplomats from Georgia.', 'Ministry of Foreign Affairs', 'tm.ministry.foreign-affairs'],
    ['Министерство иностранных дел провело встречу с послом Грузии.', 'Министерство иностранных дел', 'tm.ministry.foreign-affairs'],
  ])('still links: %s', (sentence, surface, entityId) => {
    expect(found(page(sentence))).toEqual([[surface, entityId]]);
  });

  it('reads a name through an abbreviation in brackets ("… (MFA) of Turkmenistan")', () => {
    expect(found(page('The Ministry of Foreign Affairs (MFA) of Turkmenistan issued a statement.'))).toEqual([
      ['Ministry of Foreign Affairs (MFA) of Turkmenistan', 'tm.ministry.foreign-affairs'],
    ]);
    // Not through a long bracket, nor a bracket that is not closed.
    expect(found(page('The Ministry of Foreign Affairs (which met on Monday at noon) of Georgia.'))).toEqual([]);
    expect(found(page('The Ministry of Foreign Affairs (MFA of Turkmenistan said.'))).toEqual([
      ['Ministry of Foreign Affairs', 'tm.ministry.foreign-affairs'],
      ['MFA of Turkmenistan', 'tm.ministry.foreign-affairs'],
    ]);
  });
});

describe('generic names in the plural name several countries’ institutions', () => {
  it.each([
    'Turkmenistan news. Consultations between the Ministries of Foreign Affairs of the two countries continue.',
    'Turkmenistan news. Supreme Courts of the region met.',
    'Туркменистан. Консультации между министерствами иностранных дел двух стран продолжатся.',
    'Туркменистан. Представители министерств иностранных дел стран региона встретились.',
  ])('does not link: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('still links a plural head followed by a coordinated ministry', () => {
    expect(found('Turkmenistan: the Ministries of Foreign Affairs and Internal Affairs met.').map(([, id]) => id)).toEqual([
      'tm.ministry.foreign-affairs',
      'tm.ministry.internal-affairs',
    ]);
  });
});

describe('Turkmen "mejlis": the parliament or a session', () => {
  it.each([
    ['Türkmenistanyň Mejlisi kanun kabul etdi.', 'Türkmenistanyň Mejlisi'],
    ['Milli Geňeşiň Mejlisi kanun kabul etdi.', 'Milli Geňeşiň Mejlisi'],
    ['Türkmenistanda Mejlisiň deputatlary çykyş etdiler.', 'Mejlisiň'],
    ['Türkmenistanda Mejlisiň Başlygy çykyş etdi.', 'Mejlisiň'],
    ['Ýurdumyzyň Mejlisi kanun kabul etdi. Türkmenistan.', 'Mejlisi'],
  ])('links the parliament: %s', (text, surface) => {
    expect(found(text)).toEqual([[surface, 'tm.mejlis']]);
  });

  it.each([
    'Türkmenistan bilen dialogyň mejlisi geçirildi.',
    'Türkmenistanda maslahatyň mejlisi geçirildi.',
    'Türkmenistan bilen dialogyň nobatdaky mejlisi boldy.',
    'Türkmenistanda duşuşyk boldy. Mejlisi geçirildi.',
    'Türkmenistan bilen dialogyň mejlisi geçirildi. Mejlisde taraplar pikir alyşdylar.',
    'Türkmenistan bilen dialogyň mejlisi geçirildi.\n\nMejlise ministrlikleriň wekilleri gatnaşdylar.',
    'Türkmenistanda Mejlisiň dowamynda meýilnamalaryň ähmiýeti nygtaldy.',
    'Türkmenistanda Mejlisiň barşynda teklipler diňlenildi.',
    'Türkmenistanda Mejlisiň ahyrynda karar kabul edildi.',
  ])('does not link the session: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('links the Mejlis named after the other chamber, even where "mejlis" is also a session', () => {
    const text = 'Maslahata Türkmenistanyň Milli Geňeşiniň Halk maslahatynyň we Mejlisiniň wekilleri gatnaşdylar.';
    expect(found(text)).toEqual([
      ['Halk maslahatynyň', 'tm.halk-maslahaty'],
      ['Mejlisiniň', 'tm.mejlis'],
    ]);
    expect(found(text, { mejlisAsSession: true }).map(([, id]) => id)).toContain('tm.mejlis');
  });

  it('links the Mejlis of a convocation, even where "mejlis" is also a session', () => {
    const text = 'Türkmenistan bilen dialogyň mejlisi geçirildi. Oňa Mejlisiň bäşinji çagyryşynyň deputaty gatnaşdy.';
    expect(found(text)).toEqual([['Mejlisiň', 'tm.mejlis']]);
  });

  it('tells the parliament and its own session apart in one phrase', () => {
    expect(found('Türkmenistanda Mejlisiň nobatdaky mejlisi geçirildi.')).toEqual([['Mejlisiň', 'tm.mejlis']]);
  });

  it('follows the caller on pages where "mejlis" means a session', () => {
    const text = 'Türkmenistanda Mejlise wekiller gatnaşdylar.';
    expect(found(text)).toEqual([['Mejlise', 'tm.mejlis']]);
    expect(found(text, { mejlisAsSession: true })).toEqual([]);
  });
});

describe('local people’s councils are not the Halk Maslahaty', () => {
  it.each([
    'Türkmenistanda welaýat halk maslahaty mejlis geçirdi.',
    'Türkmenistanda etrap halk maslahatynyň agzalary ýygnandy.',
    'Türkmenistanda şäher halk maslahaty ýygnandy.',
    'Ahal welaýat halk maslahatlarynyň wekilleri.',
    'В Туркменистане заседал велаятский Халк Маслахаты.',
    'Председатель Халк Маслахаты Лебапского велаята выступил.',
    'The Halk Maslahaty of Balkan velayat met in Turkmenistan.',
  ])('does not link: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Türkmenistanyň Halk Maslahaty mejlis geçirdi.', 'Türkmenistanyň Halk Maslahaty'],
    ['Halk Maslahatynyň mejlisi geçirildi.', 'Halk Maslahatynyň'],
    ['Заседание Халк Маслахаты прошло в Ашхабаде.', 'Халк Маслахаты'],
  ])('links the national council: %s', (text, surface) => {
    expect(found(text)).toEqual([[surface, 'tm.halk-maslahaty']]);
  });
});
