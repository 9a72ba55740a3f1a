import { describe, expect, it } from 'vitest';
import type { Entity } from '../dataset/schema.ts';
import { backlinks, dialogueTimeline, entityDetails } from './details.ts';

const source = { url: 'https://example.org/s', title: 'A source', supports: ['definition'] };
const round = (id: string, held: string | undefined, mentions: string[], extra: Partial<Entity> = {}): Entity => ({
  id,
  kind: 'dialogue-round',
  names: { en: `Round ${held ?? 'planned'}`, ru: `Раунд ${held ?? ''}`.trim() },
  aliases: [],
  definition: { en: 'A round.' },
  ...(held ? { dates: { held } } : {}),
  relations: { parent: 'dialogue.eu-tm-hrd' },
  round: { mentions, place: 'Ashgabat', format: 'in-person' },
  links: [{ title: `Press release ${held}`, url: `https://example.org/${held}` }],
  sources: [source],
  ...extra,
});

const entities: Entity[] = [
  {
    id: 'tm.ombudsman',
    kind: 'institution',
    names: { en: 'Ombudsman of Turkmenistan', ru: 'Омбудсмен Туркменистана' },
    aliases: [],
    definition: { en: 'The human rights ombudsman.', ru: 'Уполномоченный по правам человека.' },
    dates: { established: '2017' },
    status: 'active',
    relations: { related: ['tm.mejlis', 'tm.missing'] },
    rounds: ['dialogue.eu-tm-hrd.2019-06-25'],
    sources: [{ url: 'https://example.org/name', title: 'Name source', supports: ['names.en'] }, source],
  },
  { id: 'tm.mejlis', kind: 'institution', names: { en: 'Mejlis of Turkmenistan' }, aliases: [], definition: { en: 'Parliament.' }, sources: [source] },
  {
    id: 'dialogue.eu-tm-hrd',
    kind: 'dialogue',
    names: { en: 'EU–Turkmenistan Human Rights Dialogue' },
    aliases: [],
    definition: { en: 'Yearly talks.' },
    sources: [source],
  },
  round('dialogue.eu-tm-hrd.2021-06-01', undefined, [], { status: 'planned', id: 'dialogue.eu-tm-hrd.next' }),
  round('dialogue.eu-tm-hrd.2020-06-18', '2020-06-18', ['tm.ombudsman', 'tm.mejlis']),
  round('dialogue.eu-tm-hrd.2019-06-25', '2019-06-25', ['tm.mejlis']),
];
const byId = new Map(entities.map((e) => [e.id, e]));
const links = backlinks(entities);
const ctx = { lang: 'ru' as const, datasetVersion: '1.2.0', asOf: '2026-11-28' };

describe('entity details', () => {
  it('names the entity in the language asked for and falls back to English', () => {
    const d = entityDetails(byId.get('tm.ombudsman')!, byId, links, ctx);
    expect([d.name, d.nameLang, d.definitionLang]).toEqual(['Омбудсмен Туркменистана', 'ru', 'ru']);
    expect(d.otherNames).toEqual([{ text: 'Ombudsman of Turkmenistan', lang: 'en' }]);
    const m = entityDetails(byId.get('tm.mejlis')!, byId, links, ctx);
    expect([m.name, m.nameLang]).toEqual(['Mejlis of Turkmenistan', 'en']);
  });

  it('lists the rounds an entity was listed at or mentioned in, newest first, with their reports', () => {
    const d = entityDetails(byId.get('tm.ombudsman')!, byId, links, ctx);
    expect(d.rounds.map((r) => [r.id, r.held, r.links[0]?.url])).toEqual([
      ['dialogue.eu-tm-hrd.2020-06-18', '2020-06-18', 'https://example.org/2020-06-18'],
      ['dialogue.eu-tm-hrd.2019-06-25', '2019-06-25', 'https://example.org/2019-06-25'],
    ]);
  });

  it('keeps related entities that exist and drops those that do not', () => {
    expect(entityDetails(byId.get('tm.ombudsman')!, byId, links, ctx).related.map((r) => r.id)).toEqual(['tm.mejlis']);
  });

  it('shows a dialogue\'s rounds as its members, oldest first, the planned one last', () => {
    const d = entityDetails(byId.get('dialogue.eu-tm-hrd')!, byId, links, ctx);
    expect(d.members.map((m) => m.id)).toEqual(['dialogue.eu-tm-hrd.2019-06-25', 'dialogue.eu-tm-hrd.2020-06-18', 'dialogue.eu-tm-hrd.next']);
  });

  it('describes a round: place, format, what it mentions', () => {
    const d = entityDetails(byId.get('dialogue.eu-tm-hrd.2020-06-18')!, byId, links, ctx);
    expect(d.round).toMatchObject({ place: 'Ashgabat', format: 'in-person' });
    expect(d.round?.mentions.map((m) => m.id)).toEqual(['tm.ombudsman', 'tm.mejlis']);
    expect(d.parent?.id).toBe('dialogue.eu-tm-hrd');
  });

  it('cites the source of the definition and the dataset version', () => {
    const d = entityDetails(byId.get('tm.ombudsman')!, byId, links, ctx);
    expect(d.citation).toBe(
      'Омбудсмен Туркменистана (Ombudsman of Turkmenistan)\nУполномоченный по правам человека.\nSource: A source, https://example.org/s\nDialogue Lens dataset 1.2.0, as of 2026-11-28',
    );
  });
});

describe('the dialogue timeline', () => {
  it('has every round of the Human Rights Dialogue by date, the undated one last', () => {
    expect(dialogueTimeline(entities, 'en').map((r) => r.held ?? r.id)).toEqual(['2019-06-25', '2020-06-18', 'dialogue.eu-tm-hrd.next']);
  });
});
