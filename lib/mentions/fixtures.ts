/**
 * A small, hand-written set of entities for the mention engine's tests. The ids are those of the
 * real dataset so that expectations read the same; the aliases are the forms news sites use.
 */
import { Entity, type Alias } from '../dataset/schema.ts';

type Names = { en: string; ru?: string; tk?: string };

interface Spec {
  id: string;
  kind: Entity['kind'];
  names: Names;
  aliases?: Alias[];
  parent?: string;
  period?: [number, number];
  /** A dialogue round's number. */
  ordinal?: number;
  /** The day a round was held ("2020-06-18"). */
  held?: string;
}

const en = (text: string, extra: Partial<Alias> = {}): Alias => ({ text, lang: 'en', ...extra });
const ru = (text: string, extra: Partial<Alias> = {}): Alias => ({ text, lang: 'ru', ...extra });
const tk = (text: string, extra: Partial<Alias> = {}): Alias => ({ text, lang: 'tk', ...extra });
const generic = { generic: true };
const exact = { caseSensitive: true };

function entity(spec: Spec): Entity {
  return Entity.parse({
    id: spec.id,
    kind: spec.kind,
    names: spec.names,
    aliases: spec.aliases ?? [],
    definition: { en: `Test fixture for ${spec.id}.` },
    ...(spec.period ? { dates: { periodStart: spec.period[0], periodEnd: spec.period[1] } } : {}),
    ...(spec.held ? { dates: { held: spec.held } } : {}),
    ...(spec.parent ? { relations: { parent: spec.parent } } : {}),
    ...(spec.ordinal ? { round: { ordinal: spec.ordinal } } : {}),
    sources: [{ url: 'https://example.org/fixture', title: 'Fixture', supports: ['names', 'aliases', 'definition', 'dates', 'relations'] }],
  });
}

/** A plan period entity, named the way the plan's name plus the period reads in each language. */
function period(family: string, names: Names, from: number, to: number): Entity {
  return entity({
    id: `${family}.${from}-${to}`,
    kind: 'action-plan',
    parent: family,
    period: [from, to],
    names: {
      en: `${names.en} for ${from}–${to}`,
      ...(names.ru ? { ru: `${names.ru} на ${from}–${to} годы` } : {}),
      ...(names.tk ? { tk: `${from}–${to}-nji ýyllar üçin ${names.tk}` } : {}),
    },
  });
}

const HUMAN_RIGHTS_PLAN: Names = {
  en: 'National Human Rights Action Plan',
  ru: 'Национальный план действий по правам человека',
  tk: 'Adam hukuklary boýunça Milli hereketler meýilnamasy',
};
const GENDER_PLAN: Names = {
  en: 'National Plan of Action for Gender Equality',
  ru: 'Национальный план действий по гендерному равенству',
  tk: 'Gender deňligi boýunça Milli hereketler meýilnamasy',
};
const TRAFFICKING_PLAN: Names = {
  en: 'National Plan of Action to Combat Trafficking in Human Beings',
  ru: 'Национальный план действий по борьбе с торговлей людьми',
  tk: 'Adam söwdasyna garşy göreşmek boýunça Milli hereketler meýilnamasy',
};
const CHILDREN_PLAN: Names = {
  en: 'National Plan of Action for the Realization of Children’s Rights in Turkmenistan',
  ru: 'Национальный план действий по реализации прав ребёнка в Туркменистане',
  tk: 'Türkmenistanda çagalaryň hukuklaryny durmuşa geçirmek boýunça Milli hereketler meýilnamasy',
};
const EARLY_CHILDHOOD: Names = {
  en: 'National Strategy of Turkmenistan for the Early Development of the Child',
  ru: 'Национальная стратегия Туркменистана по раннему развитию детей',
  tk: 'Çagalaryň irki ösüşi boýunça Türkmenistanyň Milli strategiýasy',
};

export const FIXTURE_ENTITIES: Entity[] = [
  entity({
    id: 'tm.mejlis',
    kind: 'institution',
    names: { en: 'Mejlis of Turkmenistan', ru: 'Меджлис Туркменистана', tk: 'Türkmenistanyň Mejlisi' },
    aliases: [
      en('Mejlis'),
      en('Parliament of Turkmenistan'),
      en('Turkmen parliament'),
      ru('Меджлис'),
      ru('Парламент Туркменистана'),
      tk('Mejlis', generic),
      tk('Milli Geňeşiň Mejlisi'),
    ],
  }),
  entity({
    id: 'tm.ombudsman',
    kind: 'institution',
    names: { en: 'Ombudsman of Turkmenistan', ru: 'Омбудсмен Туркменистана', tk: 'Türkmenistanyň Ombudsmeni' },
    aliases: [
      en('Ombudswoman of Turkmenistan'),
      en('Ombudsperson of Turkmenistan'),
      en('Ombudsman', generic),
      en('Ombudswoman', generic),
      en('the Ombudsman', generic),
      en('Commissioner for Human Rights in Turkmenistan'),
      ru('Омбудсмен', generic),
      ru('Уполномоченный по правам человека в Туркменистане'),
      tk('Ombudsmen', generic),
      tk('Türkmenistanda Adam hukuklary boýunça ygtyýarly wekil'),
    ],
  }),
  entity({
    id: 'tm.ministry.foreign-affairs',
    kind: 'institution',
    names: {
      en: 'Ministry of Foreign Affairs of Turkmenistan',
      ru: 'Министерство иностранных дел Туркменистана',
      tk: 'Türkmenistanyň Daşary işler ministrligi',
    },
    aliases: [
      en('Ministry of Foreign Affairs', generic),
      en('Foreign Ministry', generic),
      en('MFA', { ...generic, ...exact }),
      en('MFA of Turkmenistan', exact),
      ru('Министерство иностранных дел', generic),
      ru('МИД', { ...generic, ...exact }),
      ru('МИД Туркменистана', exact),
      tk('Daşary işler ministrligi', generic),
      tk('DIM', { ...generic, ...exact }),
    ],
  }),
  entity({
    id: 'tm.ministry.internal-affairs',
    kind: 'institution',
    names: {
      en: 'Ministry of Internal Affairs of Turkmenistan',
      ru: 'Министерство внутренних дел Туркменистана',
      tk: 'Türkmenistanyň Içeri işler ministrligi',
    },
    aliases: [
      en('Ministry of Internal Affairs', generic),
      en('Ministry of the Interior', generic),
      ru('Министерство внутренних дел', generic),
      ru('МВД', { ...generic, ...exact }),
      tk('Içeri işler ministrligi', generic),
    ],
  }),
  entity({
    id: 'tm.ministry.health',
    kind: 'institution',
    names: {
      en: 'Ministry of Health and Medical Industry of Turkmenistan',
      ru: 'Министерство здравоохранения и медицинской промышленности Туркменистана',
      tk: 'Türkmenistanyň Saglygy goraýyş we derman senagaty ministrligi',
    },
    aliases: [
      en('Ministry of Health and Medical Industry', generic),
      en('Ministry of Health', generic),
      ru('Министерство здравоохранения и медицинской промышленности', generic),
      ru('Министерство здравоохранения', generic),
      tk('Saglygy goraýyş we derman senagaty ministrligi', generic),
    ],
  }),
  entity({
    id: 'tm.supreme-court',
    kind: 'institution',
    names: { en: 'Supreme Court of Turkmenistan', ru: 'Верховный суд Туркменистана', tk: 'Türkmenistanyň Ýokary kazyýeti' },
    aliases: [en('Supreme Court', generic), ru('Верховный суд', generic), tk('Ýokary kazyýet', generic)],
  }),
  entity({
    id: 'tm.halk-maslahaty',
    kind: 'institution',
    names: { en: 'Halk Maslahaty of Turkmenistan', ru: 'Халк Маслахаты Туркменистана', tk: 'Türkmenistanyň Halk Maslahaty' },
    aliases: [en('Halk Maslahaty'), en('People’s Council of Turkmenistan'), ru('Халк Маслахаты'), tk('Halk Maslahaty')],
  }),
  entity({
    id: 'eu.eeas',
    kind: 'organization',
    names: { en: 'European External Action Service', ru: 'Европейская служба внешних связей', tk: 'Ýewropanyň Daşary hereketler gullugy' },
    aliases: [
      en('EEAS', exact),
      en('European Service for Foreign Policy Activities'),
      ru('ЕСВД', exact),
      ru('Европейская служба внешнеполитической деятельности'),
    ],
  }),
  entity({
    id: 'eu.delegation-tm',
    kind: 'organization',
    names: {
      en: 'Delegation of the European Union to Turkmenistan',
      ru: 'Представительство Европейского Союза в Туркменистане',
      tk: 'Ýewropa Bileleşiginiň Türkmenistandaky wekilhanasy',
    },
    aliases: [
      en('European Union Delegation to Turkmenistan'),
      en('EU Delegation to Turkmenistan'),
      ru('Делегация Европейского Союза в Туркменистане'),
      ru('Представительство ЕС в Туркменистане'),
      tk('ÝB-niň Türkmenistandaky wekilhanasy'),
    ],
  }),
  entity({
    id: 'dialogue.eu-tm-hrd',
    kind: 'dialogue',
    names: {
      en: 'EU–Turkmenistan Human Rights Dialogue',
      ru: 'Диалог по правам человека «Туркменистан – Европейский Союз»',
      tk: '«Türkmenistan – Ýewropa Bileleşigi» Adam hukuklary boýunça dialog',
    },
    aliases: [
      en('Human Rights Dialogue “Turkmenistan – European Union”'),
      en('Human Rights Dialogue “Turkmenistan – the European Union”'),
      en('Human Rights Dialogue between the EU and Turkmenistan'),
      ru('Диалог ЕС–Туркменистан по правам человека'),
      ru('Диалог по правам человека между ЕС и Туркменистаном'),
      tk('Ýewropa Bileleşigi bilen adam hukuklary boýunça dialog'),
      tk('Türkmenistan – Ýewropa Bileleşigi adam hukuklary boýunça dialogy'),
    ],
  }),
  ...([[12, '2020-06-18'], [16, '2024-06-25']] as const).map(([ordinal, held]) =>
    entity({
      id: `dialogue.eu-tm-hrd.round-${ordinal}`,
      kind: 'dialogue-round',
      parent: 'dialogue.eu-tm-hrd',
      ordinal,
      held,
      names: { en: `EU–Turkmenistan Human Rights Dialogue, round ${ordinal}` },
    }),
  ),
  entity({
    id: 'nap.human-rights',
    kind: 'action-plan',
    names: HUMAN_RIGHTS_PLAN,
    aliases: [
      en('National Action Plan on Human Rights'),
      en('National Plan of Action on Human Rights'),
      ru('Национальный план действий по правам человека в Туркменистане'),
      tk('Türkmenistanda adam hukuklary boýunça Milli hereketler meýilnamasy'),
    ],
  }),
  period('nap.human-rights', HUMAN_RIGHTS_PLAN, 2016, 2020),
  period('nap.human-rights', HUMAN_RIGHTS_PLAN, 2021, 2025),
  entity({
    id: 'nap.gender-equality',
    kind: 'action-plan',
    names: GENDER_PLAN,
    aliases: [en('National Action Plan on Gender Equality'), ru('Национальный план действий по обеспечению гендерного равенства')],
  }),
  period('nap.gender-equality', GENDER_PLAN, 2015, 2020),
  entity({
    id: 'nap.trafficking',
    kind: 'action-plan',
    names: TRAFFICKING_PLAN,
    aliases: [
      en('National Action Plan to Combat Trafficking in Persons'),
      ru('Национальный план действий по противодействию торговле людьми'),
      tk('Adam söwdasyna garşy göreş boýunça Milli hereketler meýilnamasy'),
    ],
  }),
  period('nap.trafficking', TRAFFICKING_PLAN, 2020, 2022),
  entity({
    id: 'nap.childrens-rights',
    kind: 'action-plan',
    names: CHILDREN_PLAN,
    aliases: [
      en('National Plan of Action for the Realization of Children’s Rights'),
      ru('Национальный план действий по реализации прав ребёнка'),
      tk('Çagalaryň hukuklaryny durmuşa geçirmek boýunça Milli hereketler meýilnamasy'),
    ],
  }),
  period('nap.childrens-rights', CHILDREN_PLAN, 2018, 2022),
  entity({
    id: 'nap.early-childhood',
    kind: 'action-plan',
    names: EARLY_CHILDHOOD,
    aliases: [
      en('National Strategy for the Early Development of the Child'),
      en('National Strategy on Early Childhood Development'),
      ru('Национальная стратегия по раннему развитию детей'),
      tk('Çagalaryň irki ösüşi boýunça Milli strategiýa'),
    ],
  }),
  period('nap.early-childhood', EARLY_CHILDHOOD, 2020, 2025),
  entity({
    id: 'un.iom',
    kind: 'organization',
    names: { en: 'International Organization for Migration', ru: 'Международная организация по миграции', tk: 'Migrasiýa boýunça halkara gurama' },
    aliases: [en('IOM', exact), ru('МОМ', exact)],
  }),
  entity({
    id: 'un.undp',
    kind: 'organization',
    names: { en: 'United Nations Development Programme', ru: 'Программа развития ООН', tk: 'BMG-niň Ösüş maksatnamasy' },
    aliases: [en('UNDP', exact), ru('ПРООН', exact)],
  }),
];
