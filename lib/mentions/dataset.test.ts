import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dataset } from '../dataset/schema.ts';
import { analyzeContext, buildIndex, findMentions, loadIndex, serializeIndex } from './index.ts';

/**
 * The bundled dataset on wordings met on real pages (official Turkmen sites and news in Russian,
 * Turkmen and English): each sentence here is our own, using the names as those pages write them.
 */
const dataset = Dataset.parse(JSON.parse(readFileSync(new URL('../../public/dataset/dataset.json', import.meta.url), 'utf8')));
const index = buildIndex(dataset.entities);
const found = (text: string) => findMentions(index, text).map((m) => [text.slice(m.start, m.end), m.entityId]);
/** The entities linked in a text, in order. */
const ids = (text: string) => found(text).map(([, id]) => id);

describe('the bundled dataset on real-page wordings', () => {
  it('reads "Ombudsmen" in an English sentence as the plural, and in a Turkmen one as the Ombudsman', () => {
    expect(found('Turkmenistan took part in the Forum of Central Asian Ombudsmen, on cooperation between the Ombudsmen of the region.')).toEqual([]);
    expect(found('Türkmenistanda Ombudsmen çykyş etdi.')).toEqual([['Ombudsmen', 'tm.ombudsman']]);
  });

  it('links other wordings of bodies met on UN and Turkmen pages', () => {
    expect(found('In Turkmenistan, the Ombudsperson’s Office met the Ministry of Healthcare and Medical Industry and the State Migration Office of Turkmenistan.').map(([, id]) => id)).toEqual([
      'tm.ombudsman',
      'tm.ministry.health',
      'tm.state-migration-service',
    ]);
    expect(
      found('Türkmenistanda çagalaryň hukuklaryny durmuşa geçirmek boýunça Hereketleriň milli meýilnamasy, Demokratiýa we adam hukuklary boýunça institut we BMG-niň Çagalar gaznasy.').map(([, id]) => id),
    ).toEqual(['nap.childrens-rights', 'tm.nidhr', 'un.unicef']);
  });

  it('takes the country written right after a name into the mention', () => {
    expect(found('The Ministry of Adalat of Turkmenistan and the Ministry of Labor and Social Protection of Turkmenistan took part.')).toEqual([
      ['Ministry of Adalat of Turkmenistan', 'tm.ministry.adalat'],
      ['Ministry of Labor and Social Protection of Turkmenistan', 'tm.ministry.labour-social-protection'],
    ]);
    expect(found('Министерство адалат Туркменистана провело встречу.')).toEqual([['Министерство адалат Туркменистана', 'tm.ministry.adalat']]);
  });

  it('reads a Turkmen plan name with its period "in the years" inside', () => {
    expect(found('Türkmenistanda 2018 — 2022-nji ýyllarda çagalaryň hukuklaryny durmuşa geçirmek boýunça Hereketleriň milli meýilnamasy ýerine ýetirilýär.')).toEqual([
      ['Türkmenistanda 2018 — 2022-nji ýyllarda çagalaryň hukuklaryny durmuşa geçirmek boýunça Hereketleriň milli meýilnamasy', 'nap.childrens-rights.2018-2022'],
    ]);
  });

  it('links the Dialogue with its parties in quotes inside the Turkmen name, in either order, and its rounds', () => {
    expect(found('Türkmenistanda Adam hukuklary boýunça «Türkmenistan – Ýewropa Bileleşigi» Dialogynyň 14-nji mejlisi boldy.')).toEqual([
      ['Adam hukuklary boýunça «Türkmenistan – Ýewropa Bileleşigi» Dialogynyň 14-nji mejlisi', 'dialogue.eu-tm-hrd.2022-11-25'],
    ]);
    expect(found('Brýusselde «Ýewropa Bileleşigi – Türkmenistan» adam hukuklary boýunça Dialogyň nobatdaky onunjy mejlisi boldy.').map(([, id]) => id)).toEqual([
      'dialogue.eu-tm-hrd.2018-06-21',
    ]);
    expect(found('Türkmenistan: «ÝB – Türkmenistan» adam hukuklary boýunça dialogy boldy.').map(([, id]) => id)).toEqual(['dialogue.eu-tm-hrd']);
  });

  it('links Turkmen plan names with the period inside them, and the OSCE Centre spelled out or as "ÝHHG-nyň"', () => {
    expect(
      found(
        'Maslahatda Türkmenistanda adam söwdasyna garşy hereket etmek boýunça 2020-2022-nji ýyllar üçin Hereketleriň Milli Meýilnamasy we Türkmenistanda çaganyň irki ösüşi boýunça 2020-2025-nji ýyllar üçin Milli Strategiýasy ara alnyp maslahatlaşyldy.',
      ).map(([, id]) => id),
    ).toEqual(['nap.trafficking.2020-2022', 'nap.early-childhood.2020-2025']);
    expect(found('Türkmenistanda ÝHHG-nyň Aşgabatdaky Merkeziniň we Ýewropada Howpsuzlyk we Hyzmatdaşlyk Guramasynyň Aşgabatdaky merkeziniň wekilleri.').map(([, id]) => id)).toEqual([
      'osce.centre-ashgabat',
      'osce.centre-ashgabat',
    ]);
  });

  it('takes a commission named with another topic for another body, not the human rights commission', () => {
    expect(found('В МИД Туркменистана прошло заседание Межведомственной комиссии Туркменистана по вопросам Каспийского моря.')).toEqual([
      ['МИД Туркменистана', 'tm.ministry.foreign-affairs'],
    ]);
    expect(found('In Ashgabat, the Interdepartmental Commission of Turkmenistan on Caspian Sea Issues met.')).toEqual([]);
    // Named without its topic later on, it is still that body.
    expect(found('В Ашхабаде прошло заседание Межведомственной комиссии Туркменистана по вопросам Каспийского моря. Рассмотрены итоги работы Межведомственной комиссии за год.')).toEqual([]);
    expect(found('Aşgabatda Türkmenistanyň Hazar deňziniň meseleleri boýunça pudagara toparynyň mejlisi geçirildi.')).toEqual([]);
    // Its own topic, or none, or a day: the human rights commission.
    for (const text of [
      'В Туркменистане Межведомственная комиссия по выполнению международных обязательств в области прав человека провела заседание.',
      'In Turkmenistan, the Interdepartmental Commission on Monday approved a plan.',
      'Туркменистан: заседание Межведомственной комиссии.',
    ]) {
      expect(found(text).map(([, id]) => id), text).toContain('tm.commission.human-rights-obligations');
    }
  });


  it('links the short Russian "Нацплан" names with their periods', () => {
    expect(
      found('В Туркменистане обсудили Нацплан по правам человека на 2016–2020 гг., Нацплан по гендерному равенству на 2015–2020 гг. и Нацплан по правам детей в Туркменистане на 2018–2022 гг.'),
    ).toEqual([
      ['Нацплан по правам человека на 2016–2020 гг', 'nap.human-rights.2016-2020'],
      ['Нацплан по гендерному равенству на 2015–2020 гг', 'nap.gender-equality.2015-2020'],
      ['Нацплан по правам детей в Туркменистане на 2018–2022 гг', 'nap.childrens-rights.2018-2022'],
    ]);
  });

  it('links the Ombudsman as "Уполномоченный представитель" and "Adalatçy", and the institute as ТНИДПЧ', () => {
    expect(found('В Ашхабаде Уполномоченный представитель по правам человека в Туркменистане встретился с сотрудниками ТНИДПЧ.')).toEqual([
      ['Уполномоченный представитель по правам человека в Туркменистане', 'tm.ombudsman'],
      ['ТНИДПЧ', 'tm.nidhr'],
    ]);
    expect(found('Туркменистан. На форуме выступил Уполномоченный представитель по правам человека.')).toEqual([
      ['Уполномоченный представитель по правам человека', 'tm.ombudsman'],
    ]);
    expect(found('Türkmenistanda Adalatçy we Ýewropanyň Daşary işler gullugynyň wekilleri duşuşdylar. Adalatçynyň hasabaty okaldy.')).toEqual([
      ['Adalatçy', 'tm.ombudsman'],
      ['Ýewropanyň Daşary işler gullugynyň', 'eu.eeas'],
      ['Adalatçynyň', 'tm.ombudsman'],
    ]);
  });

  it('links every ministry of a Turkmen list that shares its head word, a long name first', () => {
    expect(found('Duşuşyga Türkmenistanyň Zähmet we ilaty durmuş taýdan goramak, Içeri işler, Adalat ministrlikleriniň wekilleri gatnaşdylar.')).toEqual([
      ['Türkmenistanyň Zähmet we ilaty durmuş taýdan goramak', 'tm.ministry.labour-social-protection'],
      ['Içeri işler', 'tm.ministry.internal-affairs'],
      ['Adalat ministrlikleriniň', 'tm.ministry.adalat'],
    ]);
  });

  it('links the English "in the field of human rights" wording of the plan, and nothing in a web address', () => {
    expect(
      found('Turkmenistan adopted the National Action Plan of Turkmenistan in the field of human rights for 2021-2025 (see https://www.undp.org/turkmenistan/national-human-rights-action-plan-2021-2025).'),
    ).toEqual([['National Action Plan of Turkmenistan in the field of human rights for 2021-2025', 'nap.human-rights.2021-2025']]);
  });

  it('does not take other countries’ parliaments, or a misspelt "session", for the Mejlis', () => {
    expect(found('Türkmenistanyň wekiliýeti Azerbaýjanyň Milli Mejlisiniň deputatlary bilen duşuşdy.')).toEqual([]);
    expect(found('The delegation of Turkmenistan met deputies of the Oliy Majlis in Tashkent.')).toEqual([]);
    expect(found('Türkmenistan bilen dialogyň mejlisi geçirildi. Mejilisiň dowamynda taraplar pikir alyşdylar.')).toEqual([]);
    expect(found('Türkmenistanyň Mejlisiniň deputatlary Oliy Majlisiň wekilleri bilen duşuşdylar.')).toEqual([['Türkmenistanyň Mejlisiniň', 'tm.mejlis']]);
  });

  it('links UN bodies and a plan as Turkmen and Russian official sites name them', () => {
    expect(found('В Ашхабаде прошла встреча с Управлением Верховного комиссара ООН по правам человека.')).toEqual([
      ['Управлением Верховного комиссара ООН по правам человека', 'un.ohchr'],
    ]);
    expect(found('MHG-nyň hünärmenleri adam söwdasyna garşy göreş boýunça Türkmenistanyň hereketleriniň milli meýilnamasy barada gürrüň berdiler.')).toEqual([
      ['MHG-nyň', 'un.iom'],
      ['adam söwdasyna garşy göreş boýunça Türkmenistanyň hereketleriniň milli meýilnamasy', 'nap.trafficking'],
    ]);
  });

  it('does not link bodies of a foreign list that names its owner once, nor Turkey\u2019s Grand National Assembly', () => {
    expect(found('Türkmenistanyň wekiliýeti Finlýandiýanyň daşary işler ministrliginiň, Adalat ministrliginiň we parlamentiniň wekilleri bilen duşuşdy.')).toEqual([]);
    expect(found('Türkmenistanyň wekiliýeti Finlýandiýanyň parlamentine, Adalatçynyň edarasyna we Ýokary administratiw kazyýete bardy.')).toEqual([]);
    expect(found('Türkmenistanyň wekiliýeti Türkiýe Respublikasynyň Beýik Millet Mejlisiniň Başlygy bilen duşuşdy.')).toEqual([]);
    // A Turkmen list keeps its names, and a name after an unrelated clause is not taken for a list.
    expect(found('Türkmenistanyň Daşary işler ministrliginiň, Adalat ministrliginiň we Içeri işler ministrliginiň wekilleri gatnaşdy.').map(([, id]) => id)).toEqual([
      'tm.ministry.foreign-affairs',
      'tm.ministry.adalat',
      'tm.ministry.internal-affairs',
    ]);
    expect(found('Türkmenistanda Gruziýanyň ilçisi bilen duşuşdy, Adalatçy hem gatnaşdy.')).toEqual([['Adalatçy', 'tm.ombudsman']]);
  });

  it('links a plan\u2019s period written before it in Turkmen, and a round through "the Republic of Turkmenistan"', () => {
    expect(found('Maslahatda 2020-2022-nji ýyllarda Türkmenistanyň adam söwdasyna garşy göreşmek boýunça hereketleriniň Milli meýilnamasy ara alnyp maslahatlaşyldy.')).toEqual([
      ['2020-2022-nji ýyllarda Türkmenistanyň adam söwdasyna garşy göreşmek boýunça hereketleriniň Milli meýilnamasy', 'nap.trafficking.2020-2022'],
    ]);
    expect(found('On 15 May 2013 the fifth Human Rights Dialogue between the Republic of Turkmenistan and the European Union took place.')).toEqual([
      ['fifth Human Rights Dialogue between the Republic of Turkmenistan and the European Union', 'dialogue.eu-tm-hrd.2013-05-15'],
    ]);
  });

  it('links the Ombudsman\u2019s office in Turkmen, UN bodies spelled out in Turkmen and the commission\u2019s other wordings', () => {
    expect(found('Türkmenistanda Adalatçynyň edarasynyň we Türkmenistanyň Adalatçysynyň edarasynyň işgärleri, Adalatçynyň diwanynyň wekili gatnaşdy.')).toEqual([
      ['Adalatçynyň edarasynyň', 'tm.ombudsman'],
      ['Türkmenistanyň Adalatçysynyň edarasynyň', 'tm.ombudsman'],
      ['Adalatçynyň diwanynyň', 'tm.ombudsman'],
    ]);
    expect(ids('Türkmenistanda BMG-niň Ilat gaznasynyň we Birleşen Milletler Guramasynyň Adam hukuklary boýunça Ýokary komissarynyň müdiriýetiniň wekilleri çykyş etdiler.')).toEqual([
      'un.unfpa',
      'un.ohchr',
    ]);
    expect(found('В Ашхабаде прошло заседание Межведомственной комиссии по выполнению международных обязательств Туркменистана в области прав человека и международного гуманитарного права.')).toEqual([
      ['Межведомственной комиссии по выполнению международных обязательств Туркменистана в области прав человека и международного гуманитарного права', 'tm.commission.human-rights-obligations'],
    ]);
    expect(ids('В Туркменистане заседала Межведомственная комиссия по правам человека.')).toEqual(['tm.commission.human-rights-obligations']);
    expect(ids('Türkmenistanyň adam hukuklary we halkara ynsanperwer hukugy babatda halkara borçnamalarynyň ýerine ýetirilmegini üpjün etmek boýunça pudagara toparyň mejlisi geçirildi.')).toEqual([
      'tm.commission.human-rights-obligations',
    ]);
    expect(ids('В МИД Туркменистана обсудили реализацию Национального плана действий по обеспечению прав детей на 2023–2028 годы.')).toEqual([
      'tm.ministry.foreign-affairs',
      'nap.childrens-rights.2023-2028',
    ]);
    // Another country's commission keeps its own name.
    expect(found('В Туркменистане рассказали, что в Казахстане работает Межведомственная комиссия по правам человека Республики Казахстан.')).toEqual([]);
  });
  it('reads a capitalised Mejlis listed with other state bodies as the parliament on a page that speaks of sessions', () => {
    const text = 'Türkmenistanda pudagara toparyň nobatdaky mejlisi geçirildi. Oňa Mejlisiň, ministrlikleriň we pudaklaýyn dolandyryş edaralarynyň wekilleri gatnaşdylar.';
    expect(found(text).filter(([, id]) => id === 'tm.mejlis')).toEqual([['Mejlisiň', 'tm.mejlis']]);
    // Not listed with bodies, the word keeps the page's sense of a session.
    expect(found('Türkmenistanda pudagara toparyň nobatdaky mejlisi geçirildi. Oňa Mejlisiň başynda çykyş edildi.').filter(([, id]) => id === 'tm.mejlis')).toEqual([]);
  });
  it('does not link the bodies of both countries of a bilateral meeting as ours alone', () => {
    expect(found('В Ташкенте прошли консультации Туркменистана и Узбекистана. Представители МИД обеих стран обсудили сотрудничество.')).toEqual([]);
    expect(found('Turkmenistan and Uzbekistan held consultations; the Ministries of Foreign Affairs of the two countries signed a plan.')).toEqual([]);
    expect(found('Türkmenistan bilen Özbegistanyň arasynda gepleşikler geçirildi, iki ýurduň Daşary işler ministrlikleri maslahatlaşdy.')).toEqual([]);
    // One side's ministry is still ours.
    expect(ids('Представители МИД Туркменистана и МИД Узбекистана обсудили сотрудничество двух стран.')).toEqual(['tm.ministry.foreign-affairs']);
  });
  it('keeps "Mejlis of the Milli Gengesh of Turkmenistan" whole, the country after it included', () => {
    expect(found('Представители Меджлиса Милли Генгеша Туркменистана приняли участие.')).toEqual([['Меджлиса Милли Генгеша Туркменистана', 'tm.mejlis']]);
    expect(found('Representatives of the Mejlis Milli Gengesh of Turkmenistan took part.')).toEqual([['Mejlis Milli Gengesh of Turkmenistan', 'tm.mejlis']]);
    expect(found('В Туркменистане заседал Милли Генгеш Туркменистана.')).toEqual([['Милли Генгеш Туркменистана', 'tm.milli-gengesh']]);
  });
  it('takes "Türkmenistanyň" before a name, and a case ending after a hyphen, into the mention', () => {
    expect(found('Türkmenistanyň DIM-niň habar berşi ýaly, duşuşyk boldy.')).toEqual([['Türkmenistanyň DIM-niň', 'tm.ministry.foreign-affairs']]);
    expect(found('Turkmenistan’s Ombudsman met ÝUNISEF-iň wekilleri.')).toEqual([
      ['Turkmenistan’s Ombudsman', 'tm.ombudsman'],
      ['ÝUNISEF-iň', 'un.unicef'],
    ]);
    expect(found('The Turkmen Ministry of Foreign Affairs said so.')).toEqual([['Turkmen Ministry of Foreign Affairs', 'tm.ministry.foreign-affairs']]);
    // "In Turkmenistan, at the MFA": a locative is no owner.
    expect(found('Türkmenistanda DIM-de duşuşyk boldy.')).toEqual([['DIM-de', 'tm.ministry.foreign-affairs']]);
  });
  it('reads "of Turkmenistan" inside an English plan name, and a period after its abbreviation in brackets', () => {
    expect(found('Progress of the National Action Plan of Turkmenistan to Combat Trafficking in Human Beings for 2016-2018 (NAP) was presented.')).toEqual([
      ['National Action Plan of Turkmenistan to Combat Trafficking in Human Beings for 2016-2018', 'nap.trafficking.2016-2018'],
    ]);
    expect(found('A round table on the National Action Plan (NAP) of Turkmenistan to combat human trafficking in 2016-2018 was held.')).toEqual([
      ['National Action Plan (NAP) of Turkmenistan to combat human trafficking in 2016-2018', 'nap.trafficking.2016-2018'],
    ]);
    expect(found('Turkmenistan presented the new National Action Plan on Combatting Trafficking in Persons (CTIP NAP) for 2025–2029.')).toEqual([
      ['National Action Plan on Combatting Trafficking in Persons (CTIP NAP) for 2025–2029', 'nap.trafficking.2025-2029'],
    ]);
  });
  it('links bodies by the Russian and Turkmen names their own sites use', () => {
    expect(ids('Сотрудники Государственной миграционной службы Туркменистана (ГМСТ) вручили паспорта; глава ГМСТ выступил.')).toEqual([
      'tm.state-migration-service',
      'tm.state-migration-service',
      'tm.state-migration-service',
    ]);
    expect(found('В Центральной комиссии по проведению выборов и референдумов в Туркменистане прошла встреча с главой Центра ОБСЕ в Ашхабаде.')).toEqual([
      ['Центральной комиссии по проведению выборов и референдумов в Туркменистане', 'tm.central-election-commission'],
      ['Центра ОБСЕ в Ашхабаде', 'osce.centre-ashgabat'],
    ]);
    expect(ids('Türkmenistanyň Merkezi saýlaw toparynyň we Türkmenistanyň prokuraturasynyň wekilleri gatnaşdy.')).toEqual([
      'tm.central-election-commission',
      'tm.prosecutor-general',
    ]);
    expect(ids('Türkmenistanyň Prezidentiniň ýanyndaky Döwlet we hukuk institutynyň wekili çykyş etdi.')).toEqual(['tm.institute-of-state-and-law']);
    expect(ids('На выборах президента Туркмении голосовали граждане.')).toEqual(['tm.president']);
    expect(found('Trainers of the Ministry of Labour and Social Protection of Population of Turkmenistan took part.')).toEqual([
      ['Ministry of Labour and Social Protection of Population of Turkmenistan', 'tm.ministry.labour-social-protection'],
    ]);
    // Kazakhstan's ministry of the same name is not ours.
    expect(found('In Turkmenistan, experts of the Ministry of Labour and Social Protection of Population of the Republic of Kazakhstan spoke.')).toEqual([]);
  });
  it('reads the bare "Halk Maslahaty" as the Milli Gengesh\u2019s chamber on a page that names the Milli Gengesh, and as today\u2019s body elsewhere', () => {
    const text = 'Türkmenistanyň Milli Geňeşiniň Halk Maslahatynyň birinji maslahaty geçirildi. Halk Maslahatynyň başlygy saýlandy.';
    expect(found(text).map(([, id]) => id)).toEqual(['tm.milli-gengesh.halk-maslahaty', 'tm.milli-gengesh.halk-maslahaty']);
    expect(ids('Представители Халк Маслахаты и Меджлиса Милли Генгеша Туркменистана приняли участие.')).toEqual([
      'tm.milli-gengesh.halk-maslahaty',
      'tm.mejlis',
    ]);
    expect(ids('Türkmenistanda Halk Maslahatynyň başlygy çykyş etdi.')).toEqual(['tm.halk-maslahaty']);
    // A page judged from its start: later text keeps the sense, also through a serialized index.
    const context = analyzeContext(index, `Milli Geňeş\n\n${text}`);
    expect(context.formerBodies).toEqual(['tm.milli-gengesh.halk-maslahaty']);
    const loaded = loadIndex(JSON.parse(JSON.stringify(serializeIndex(index))));
    expect(findMentions(loaded, 'Türkmenistanda Halk Maslahatynyň başlygy çykyş etdi.', context).map((m) => m.entityId)).toEqual(['tm.milli-gengesh.halk-maslahaty']);
  });
  it('links "the EU Special Representative" to the one for Central Asia, unless another remit is named', () => {
    expect(ids('In Ashgabat, the EU Special Representative spoke about civil society in Turkmenistan.')).toEqual(['eu.eusr-central-asia']);
    expect(ids('In Ashgabat, the EU Special Representative for Human Rights met the Ombudsman of Turkmenistan.')).toEqual(['tm.ombudsman']);
  });
  it('links the OSCE and its ODIHR on pages about Turkmenistan, also written "OSCE/ODIHR" or "ОБСЕ/БДИПЧ"', () => {
    expect(found('The OSCE/ODIHR mission assessed the elections in Turkmenistan; the OSCE Centre in Ashgabat and the OSCE took part.')).toEqual([
      ['OSCE/ODIHR', 'osce.odihr'],
      ['OSCE Centre in Ashgabat', 'osce.centre-ashgabat'],
      ['OSCE', 'osce.organization'],
    ]);
    expect(found('Миссия ОБСЕ/БДИПЧ работала в Туркменистане; директор БДИПЧ ОБСЕ встретился с главой МИД.').map(([text, id]) => `${text}|${id}`)).toEqual([
      'ОБСЕ/БДИПЧ|osce.odihr',
      'БДИПЧ ОБСЕ|osce.odihr',
      'МИД|tm.ministry.foreign-affairs',
    ]);
    expect(ids('Türkmenistanyň Adalatçysy ÝHHG-niň Demokratik institutlary we adam hukuklary býurosynyň (DI we AHB) wekilleri bilen duşuşdy.')).toEqual([
      'tm.ombudsman',
      'osce.odihr',
      'osce.odihr',
    ]);
    // Like the UN agencies, the OSCE and its office are one body wherever they are named.
    expect(ids('In Astana, the OSCE and ODIHR met the Central Election Commission of Kazakhstan.')).toEqual(['osce.organization', 'osce.odihr']);
  });
  it('leaves the other bodies of a foreign list unlinked when one of them names its country', () => {
    const uzbek = 'The Ombudsperson of Turkmenistan also took part. Uzbekistan was represented by the Supreme Court of Uzbekistan, the Prosecutor General\u2019s Office, the Ministry of Foreign Affairs and the Ministry of Internal Affairs.';
    expect(found(uzbek).map(([, id]) => id)).toEqual(['tm.ombudsman']);
    expect(found('In Turkmenistan, the Supreme Court, the Prosecutor General\u2019s Office and the Ministry of Justice of the Republic of Uzbekistan met.')).toEqual([]);
    expect(found('Туркменистан: Верховный суд, Генеральная прокуратура и МИД Узбекистана провели встречу.')).toEqual([]);
    // People listed between foreign bodies and ours end the foreign list.
    expect(ids('The round table in Turkmenistan was attended by the Ministry of Internal Affairs of Kazakhstan, international experts, employees of relevant institutions, the Ministry of Foreign Affairs and public organizations of Turkmenistan.')).toEqual(['tm.ministry.foreign-affairs']);
    // A name with its own country stays ours, and a list that names none stays ours.
    expect(ids('Turkmenistan: the Supreme Court of Turkmenistan, the Ministry of Justice of Uzbekistan met.')).toEqual(['tm.supreme-court']);
    expect(ids('In Turkmenistan, the Supreme Court, the Mejlis and the Ministry of Foreign Affairs met the delegation of Uzbekistan.')).toEqual([
      'tm.supreme-court',
      'tm.mejlis',
      'tm.ministry.foreign-affairs',
    ]);
  });

  it('takes "туркменский" before a name into it, and links UNHCR by its Russian names', () => {
    expect(found('В Туркменистане Управление Верховного комиссара ООН по делам беженцев (УВКБ ООН) и туркменский МИД провели встречу.')).toEqual([
      ['Управление Верховного комиссара ООН по делам беженцев', 'un.unhcr'],
      ['УВКБ ООН', 'un.unhcr'],
      ['туркменский МИД', 'tm.ministry.foreign-affairs'],
    ]);
  });

  it.each([
    [
      'Turkmenistan prepares the National Action Plan (NAP) on the rights of the child for 2023-2028 and the national early childhood development strategy for the period 2020–2025.',
      ['nap.childrens-rights.2023-2028', 'nap.early-childhood.2020-2025'],
    ],
    [
      '2018-2022-nji ýyllar üçin Türkmenistanda çaganyň hukuklaryny durmuşa geçirmek boýunça hereketleriň milli Meýilnamasyna baha berildi; Birleşen Milletler Guramasynyň Çagalar gaznasynyň wekili çykyş etdi.',
      ['nap.childrens-rights.2018-2022', 'un.unicef'],
    ],
    ['In Turkmenistan, the UN Office for Human Rights in Central Asia briefed the Inter-Agency Commission.', ['un.ohchr', 'tm.commission.human-rights-obligations']],
    ['Сотрудники представительства ЕС в Туркменистане и Европейской службы внешних действий.', ['eu.delegation-tm', 'eu.eeas']],
  ])('links UN agencies, plans and the commission as UN and Turkmen pages word them: %s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
  it('reads the Mejlis by a seat in it or its convocation further on, on a page that speaks of a cabinet meeting', () => {
    const cabinet = 'Türkmenistanyň Ministrler Kabinetiniň mejlisi geçirildi. ';
    expect(ids(`${cabinet}Mejlisiň 2023-nji ýylyň 16-njy martynda geçirilen altynjy çagyrylyşynyň mejlisinde kanunlar kabul edildi.`)).toContain('tm.mejlis');
    expect(ids(`${cabinet}Kanun Mejlise deputatlygy gadagan edýär.`)).toContain('tm.mejlis');
    expect(ids(`${cabinet}Mejlisiň dowamynda çykyş edildi.`)).not.toContain('tm.mejlis');
  });

  it('takes "in Turkmenistan" after a name into it, and knows the office names UN and OSCE pages use', () => {
    expect(found('UNDP and the Ombudsperson\u2019s Office in Turkmenistan convened a workshop.')).toEqual([
      ['UNDP', 'un.undp'],
      ['Ombudsperson\u2019s Office in Turkmenistan', 'tm.ombudsman'],
    ]);
    const seminar = 'In Turkmenistan, the OSCE Office held a seminar for the Office of the Ombudsman with the UN Children\u2019s Fund.';
    expect(ids(seminar)).toEqual(['osce.centre-ashgabat', 'tm.ombudsman', 'un.unicef']);
    expect(ids('BMGÖM bilen Türkmenistanyň Adalatçysynyň diwany bilen taslama durmuşa geçirilýär.')).toEqual(['un.undp', 'tm.ombudsman']);
    // The Turkmen genitive "-iň" is no English "in".
    expect(found('Türkmenistanyň DIM-de ÝUNISEF-iň Aşgabatdaky wekilhanasynyň ýolbaşçysy bilen duşuşyk geçirildi.').at(-1)).toEqual(['ÝUNISEF-iň', 'un.unicef']);
  });

  it('leaves Russia\u2019s ministry as Azatlyk writes it, local councils spelled "maslakhaty" and the OSCE named beside ambassadors alone', () => {
    expect(found('Orsýetiň Içeri işler ministrligi öz işgärlerine Türkmenistanda dynç almaga rugsat berdi.')).toEqual([]);
    expect(ids('In Turkmenistan, UNICEF gave assistance to velayat, etrap and city halk maslakhaty.')).toEqual(['un.unicef']);
    expect(ids('Туркменистан: встреча с представителем ОБСЕ Джоном Макгрегором и послами США и Великобритании.')).toEqual(['osce.organization']);
  });

  it.each([
    [
      'Türkmenistanyň prezidenti baş prokurora we Migrasiýa gullugynyň başlygyna käýinç berdi; IIM-niň başlygyna orunbasar bellenildi.',
      ['tm.president', 'tm.state-migration-service', 'tm.ministry.internal-affairs'],
    ],
    ['Туркменистан: она возглавляла Туркменский национальный институт демократии и прав человека, а Межведком отчитался.', ['tm.nidhr', 'tm.commission.human-rights-obligations']],
    [
      'Turkmenistan: the Organization for Security and Cooperation in Europe\u2019s (OSCE) Office of Democratic Institutions and Human Rights (ODIHR) was not invited.',
      ['osce.organization', 'osce.organization', 'osce.odihr', 'osce.odihr'],
    ],
  ])('reads the short names and spellings monitors\u2019 pages use: %s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('gives an adjective after a name to the next noun, and takes the bare "Turkmenistan" before a name into it', () => {
    expect(found('Туркменистан: благодаря омбудсмену туркменский подросток вернулся к отцу.')).toEqual([['омбудсмену', 'tm.ombudsman']]);
    expect(found('В Туркменистане благодаря омбудсмену казахский подросток вернулся.')).toEqual([['омбудсмену', 'tm.ombudsman']]);
    expect(found('Review of Turkmenistan Ombudsperson\u2019s Office')).toEqual([['Turkmenistan Ombudsperson\u2019s Office', 'tm.ombudsman']]);
  });

  it('does not take a council\u2019s meeting for the Mejlis, nor a second EU Special Representative named with a month', () => {
    expect(ids('Türkmenistanyň prezidenti Döwlet howpsuzlyk geňeşiniň mejlisini geçirdi.')).toEqual(['tm.president']);
    expect(ids('Türkmenistanyň Milli Geňeşiniň Mejlisiniň deputatlary çykyş etdi.')).toEqual(['tm.mejlis']);
    expect(ids('Turkmenistan welcomed the EU Special Representative for Central Asia and the EU Special Representative for Human Rights in May and June 2024.')).toEqual([
      'eu.eusr-central-asia',
    ]);
  });
  it('reads a long Turkmen list of ministries with unknown items written with "we"', () => {
    const list = 'ÝUNISEF Saglygy goraýyş we derman senagaty, Bilim, Zähmet we ilaty durmuş taýdan goramak, Adalat, Maliýe we ykdysadyýet, Içeri işler, Sport we ýaşlar syýasaty ministrlikleri bilen Türkmenistanda iş meýilnamalaryna gol çekdi.';
    expect(ids(list)).toEqual(['un.unicef', 'tm.ministry.health', 'tm.ministry.education', 'tm.ministry.labour-social-protection', 'tm.ministry.adalat', 'tm.ministry.internal-affairs']);
  });

  it('does not judge a page about Turkmenistan from one item of a list of countries', () => {
    const kazakh = 'НУР-СУЛТАН. В Министерстве внутренних дел состоялась встреча министра с главой миссии МОМ в Казахстане, Кыргызской Республике, Туркменистане и Узбекистане. Министр отметил хорошую работу МВД.';
    expect(ids(kazakh)).toEqual(['un.iom']);
    expect(ids('Turkmenistan and Kazakhstan held talks; the Ministry of Foreign Affairs hosted them.')).toEqual(['tm.ministry.foreign-affairs']);
  });

  it.each([
    ['Türkmenistan ÝUNISEF-iň 75-ýyllygyny halkara derejede bellemäge gatnaşýar.', [['ÝUNISEF-iň', 'un.unicef']]],
    ['Türkmenistanyň Milli Geňeşiniň Halk Maslahaty we Milli Geňeşiň Mejlisi maslahatlaşdy.', [['Türkmenistanyň Milli Geňeşiniň Halk Maslahaty', 'tm.milli-gengesh.halk-maslahaty'], ['Milli Geňeşiň Mejlisi', 'tm.mejlis']]],
    ['Türkmenistanda Mongoliýanyň Adam hukuklary boýunça Milli geňeşiniň wekilleri çykyş etdi.', []],
    ['2021-2025-nji ýyllar üçin Türkmenistanda Jyns deňligi boýunça milli hereket meýilnamasynyň ugurlary tanyşdyryldy.', [['2021-2025-nji ýyllar üçin Türkmenistanda Jyns deňligi boýunça milli hereket meýilnamasynyň', 'nap.gender-equality.2021-2025']]],
  ])('reads UN agencies\u2019 Turkmen pages: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it('leaves another country\u2019s human rights dialogue and ombudsman alone on a page that also names Turkmenistan', () => {
    const kazakh = 'Turkmenistan held its own Human Rights Dialogue with the EU in 2022. The European Union and the Republic of Kazakhstan held the 14th Human Rights Dialogue. During the Human Rights Dialogue, the EU and Kazakhstan discussed elections.';
    expect(found(kazakh)).toEqual([['Human Rights Dialogue', 'dialogue.eu-tm-hrd']]);
    expect(ids('Turkmenistan news. The Human Rights Dialogue with the European Union took place in Brussels.')).toEqual(['dialogue.eu-tm-hrd']);
    expect(ids('Делегация Туркменистана присутствовала. Омбудсмен Кыргызской Республики и Аппарат Омбудсмена Кыргызской Республики провели встречу.')).toEqual([]);
  });

  it('links the Prosecutor General\u2019s Office and UNHCR as Russian and Turkmen texts name them', () => {
    expect(found('Туркменистан: Генеральной прокуратурой организуются мероприятия.')).toEqual([['Генеральной прокуратурой', 'tm.prosecutor-general']]);
    expect(ids('Türkmenistanda BMG-nyň Bosgunlar edarasyna ýüz tutanlaryň sany azaldy.')).toEqual(['un.unhcr']);
  });
  it('links "the Ombudsman Institute" as a whole', () => {
    expect(found('In Brussels, Turkmenistan presented the activities of the Ombudsman Institute for 2023.')).toEqual([['Ombudsman Institute', 'tm.ombudsman']]);
  });
});
