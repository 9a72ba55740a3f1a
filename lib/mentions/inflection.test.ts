import { describe, expect, it } from 'vitest';
import { buildIndex, findMentions } from './index.ts';
import { FIXTURE_ENTITIES } from './fixtures.ts';

const index = buildIndex(FIXTURE_ENTITIES);
/** Inflected forms are checked on pages about Turkmenistan, so generic names may link. */
const found = (text: string) => findMentions(index, text, { aboutTurkmenistan: true }).map((m) => [text.slice(m.start, m.end), m.entityId]);

describe('Russian case endings', () => {
  it.each([
    ['Депутаты Меджлиса приняли закон', 'Меджлиса', 'tm.mejlis'],
    ['закон, принятый Меджлисом', 'Меджлисом', 'tm.mejlis'],
    ['обращение к Меджлису', 'Меджлису', 'tm.mejlis'],
    ['в Меджлисе Туркменистана', 'Меджлисе Туркменистана', 'tm.mejlis'],
    ['представитель Омбудсмена рассказал', 'Омбудсмена', 'tm.ombudsman'],
    ['встреча с Омбудсменом была', 'Омбудсменом', 'tm.ombudsman'],
    ['решение Верховного суда', 'Верховного суда', 'tm.supreme-court'],
    ['в Верховном суде', 'Верховном суде', 'tm.supreme-court'],
    ['сотрудники Министерства иностранных дел', 'Министерства иностранных дел', 'tm.ministry.foreign-affairs'],
    ['письмо Министерству внутренних дел', 'Министерству внутренних дел', 'tm.ministry.internal-affairs'],
    ['по словам представителя МИДа', 'МИДа', 'tm.ministry.foreign-affairs'],
    ['выполнение Национального плана действий по правам человека', 'Национального плана действий по правам человека', 'nap.human-rights'],
    ['в соответствии с Национальным планом действий по правам человека', 'Национальным планом действий по правам человека', 'nap.human-rights'],
    ['о Национальной стратегии по раннему развитию детей', 'Национальной стратегии по раннему развитию детей', 'nap.early-childhood'],
    ['сотрудники Европейской службы внешних связей', 'Европейской службы внешних связей', 'eu.eeas'],
  ])('%s', (text, surface, entityId) => {
    expect(found(text)).toEqual([[surface, entityId]]);
  });
});

describe('Turkmen suffixes', () => {
  it.each([
    ['Türkmenistanyň Mejlisi kanun kabul etdi', 'Türkmenistanyň Mejlisi', 'tm.mejlis'],
    ['Türkmenistanyň Mejlisiniň karary', 'Türkmenistanyň Mejlisiniň', 'tm.mejlis'],
    ['Türkmenistanyň Mejlisinde geçirilen', 'Türkmenistanyň Mejlisinde', 'tm.mejlis'],
    ['Mejlisiň deputatlary çykyş etdiler', 'Mejlisiň', 'tm.mejlis'],
    ['Ombudsmeniň hasabaty', 'Ombudsmeniň', 'tm.ombudsman'],
    ['Ombudsmene ýüz tutmak', 'Ombudsmene', 'tm.ombudsman'],
    ['Daşary işler ministrliginiň wekilleri', 'Daşary işler ministrliginiň', 'tm.ministry.foreign-affairs'],
    ['Içeri işler ministrligine hat iberildi', 'Içeri işler ministrligine', 'tm.ministry.internal-affairs'],
    ['Daşary işler ministrliginde duşuşyk', 'Daşary işler ministrliginde', 'tm.ministry.foreign-affairs'],
    ['Ýokary kazyýetiň karary', 'Ýokary kazyýetiň', 'tm.supreme-court'],
    ['Adam hukuklary boýunça Milli hereketler meýilnamasynyň taslamasy', 'Adam hukuklary boýunça Milli hereketler meýilnamasynyň', 'nap.human-rights'],
  ])('%s', (text, surface, entityId) => {
    expect(found(text)).toEqual([[surface, entityId]]);
  });
});

describe('English possessive and plural', () => {
  it.each([
    ["the Mejlis's new law", "Mejlis's", 'tm.mejlis'],
    ['the Ombudsman’s office', 'the Ombudsman’s', 'tm.ombudsman'],
    ["the Supreme Court's ruling", "Supreme Court's", 'tm.supreme-court'],
    ['the Ministry of Foreign Affairs’ spokesman', 'Ministry of Foreign Affairs', 'tm.ministry.foreign-affairs'],
  ])('%s', (text, surface, entityId) => {
    expect(found(text)).toEqual([[surface, entityId]]);
  });
});

describe('the mention ends where the inflected word ends', () => {
  it.each([
    ['Меджлисом был принят', 'Меджлисом'],
    ['Mejlisiniň deputatlary', 'Mejlisiniň'],
    ['Ombudsmeniň hasabaty', 'Ombudsmeniň'],
    ['Омбудсменом Туркменистана был', 'Омбудсменом Туркменистана'],
  ])('%s', (text, surface) => {
    expect(found(text).map(([s]) => s)).toEqual([surface]);
  });

  it('does not take a following word for an ending', () => {
    expect(found('Меджлисский, Mejlisçilik and Ombudsmanship')).toEqual([]);
  });
});

describe('abbreviations marked case-sensitive', () => {
  it.each([
    ['IOM and UNDP opened an office', [['IOM', 'un.iom'], ['UNDP', 'un.undp']]],
    ['iom, Iom, undp and Undp are not them', []],
    ['МИД сообщил', [['МИД', 'tm.ministry.foreign-affairs']]],
    ['мид и Мид', []],
    ['the MFA of Turkmenistan', [['MFA of Turkmenistan', 'tm.ministry.foreign-affairs']]],
    ['the mfa of Turkmenistan', []],
    ['EEAS staff', [['EEAS', 'eu.eeas']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
