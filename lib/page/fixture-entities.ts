/**
 * A few entities in the dataset's shape for unit tests of lib/page (tests only; the facts here are
 * placeholders shaped like the real ones, not the dataset).
 */
import { Entity } from '../dataset/schema.ts';

const source = (supports: string[]) => ({ url: 'https://example.org/source', title: 'A source page', supports });

export const fixtureEntities: Entity[] = [
  {
    id: 'tm.ombudsman',
    kind: 'institution',
    names: { en: 'Ombudsman of Turkmenistan', ru: 'Омбудсмен Туркменистана' },
    aliases: [{ text: 'Ombudswoman of Turkmenistan', lang: 'en' }],
    definition: { en: 'The human rights commissioner of Turkmenistan.' },
    dates: { established: '2016-11-23' },
    status: 'active',
    relations: { related: ['tm.mejlis'] },
    rounds: ['dialogue.eu-tm-hrd.2019-06-25', 'dialogue.eu-tm-hrd.2020-06-18'],
    sources: [source(['names.en']), { ...source(['definition']), url: 'https://example.org/definition', title: 'Definition page' }],
  },
  {
    id: 'tm.mejlis',
    kind: 'institution',
    names: { en: 'Mejlis of Turkmenistan' },
    aliases: [],
    definition: { en: 'The parliament of Turkmenistan.' },
    sources: [source(['names.en', 'definition'])],
  },
  {
    id: 'dialogue.eu-tm-hrd.2020-06-18',
    kind: 'dialogue-round',
    names: { en: 'EU–Turkmenistan Human Rights Dialogue, 2020' },
    aliases: [],
    definition: { en: 'A round of the dialogue held by video conference.' },
    dates: { held: '2020-06-18' },
    status: 'held',
    links: [{ title: 'Press release', url: 'https://example.org/2020' }],
    sources: [source(['names.en', 'definition', 'dates.held'])],
  },
  {
    id: 'dialogue.eu-tm-hrd.2019-06-25',
    kind: 'dialogue-round',
    names: { en: 'EU–Turkmenistan Human Rights Dialogue, 2019' },
    aliases: [],
    definition: { en: 'A round of the dialogue held in Ashgabat.' },
    dates: { held: '2019-06-25' },
    status: 'held',
    sources: [source(['names.en', 'definition', 'dates.held'])],
  },
  {
    id: 'nap.human-rights',
    kind: 'action-plan',
    names: { en: 'National Human Rights Action Plan', tk: 'Adam hukuklary boýunça milli meýilnama' },
    aliases: [],
    definition: { en: 'The family of national human rights action plans.' },
    sources: [source(['names.en', 'names.tk', 'definition'])],
  },
  {
    id: 'nap.human-rights.2016-2020',
    kind: 'action-plan',
    names: { en: 'National Human Rights Action Plan for 2016–2020' },
    aliases: [],
    definition: { en: 'The first plan.' },
    dates: { periodStart: 2016, periodEnd: 2020 },
    status: 'superseded',
    relations: { parent: 'nap.human-rights', successor: 'nap.human-rights.2021-2025' },
    sources: [source(['names.en', 'definition', 'dates.periodStart', 'dates.periodEnd', 'status', 'relations.parent', 'relations.successor'])],
  },
  {
    id: 'nap.human-rights.2021-2025',
    kind: 'action-plan',
    names: { en: 'National Human Rights Action Plan for 2021–2025' },
    aliases: [],
    definition: { en: 'The second plan.' },
    dates: { periodStart: 2021, periodEnd: 2025 },
    status: 'active',
    relations: { parent: 'nap.human-rights' },
    sources: [source(['names.en', 'definition'])],
  },
].map((e) => Entity.parse(e));

export const fixtureMap = new Map(fixtureEntities.map((e) => [e.id, e]));
