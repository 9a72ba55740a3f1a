import { describe, expect, it } from 'vitest';
import { checkEntities, coverage } from './check.ts';
import type { Entity } from './schema.ts';

const source = (supports: string[]) => ({ url: 'https://example.org/', title: 'Example', supports });

function entity(id: string, extra: Partial<Entity> = {}): Entity {
  return {
    id,
    kind: 'institution',
    names: { en: id },
    aliases: [],
    definition: { en: 'Defined.' },
    sources: [source(['names', 'aliases', 'definition', 'dates', 'status', 'relations', 'round'])],
    ...extra,
  };
}

describe('dataset check', () => {
  it('passes a consistent pair of entities', () => {
    expect(checkEntities([entity('tm.a', { relations: { successor: 'tm.b' } }), entity('tm.b')])).toEqual([]);
  });

  it('reports a reference to an entity that does not exist', () => {
    const problems = checkEntities([entity('tm.a', { relations: { parent: 'tm.missing' } })]);
    expect(problems).toEqual([{ entityId: 'tm.a', message: 'refers to tm.missing, which does not exist' }]);
  });

  it('reports duplicate ids', () => {
    expect(checkEntities([entity('tm.a'), entity('tm.a')]).map((p) => p.message)).toContain('duplicate id');
  });

  it('reports a fact that no source supports', () => {
    const e = entity('tm.a', { names: { en: 'A', ru: 'А' }, sources: [source(['names.en', 'definition'])] });
    expect(checkEntities([e]).map((p) => p.message)).toEqual(['no source supports names.ru']);
  });

  it('refuses the same alias on two entities unless one is generic', () => {
    const a = entity('tm.a', { aliases: [{ text: 'Supreme Court', lang: 'en' }] });
    const b = entity('tm.b', { aliases: [{ text: 'supreme  court', lang: 'en' }] });
    expect(checkEntities([a, b])[0]?.message).toMatch(/also claimed by tm.a/);
    const generic = entity('tm.b', { aliases: [{ text: 'Supreme Court', lang: 'en', generic: true }] });
    expect(checkEntities([a, generic])).toEqual([]);
  });

  it('treats diacritics as the same letters when looking for collisions', () => {
    const a = entity('tm.a', { aliases: [{ text: 'Türkmenistanyň Mejlisi', lang: 'tk' }] });
    const b = entity('tm.b', { aliases: [{ text: 'Turkmenistanyn Mejlisi', lang: 'tk' }] });
    expect(checkEntities([a, b])).toHaveLength(1);
  });

  it('treats quote and dash variants as the same name, as the matcher does on a page', () => {
    const a = entity('dialogue.a', { aliases: [{ text: 'Human Rights Dialogue “Turkmenistan – EU”', lang: 'en' }] });
    const b = entity('dialogue.b', { aliases: [{ text: 'Human Rights Dialogue "Turkmenistan-EU"', lang: 'en' }] });
    expect(checkEntities([a, b]).map((p) => p.message)).toEqual(['alias “Human Rights Dialogue "Turkmenistan-EU"” is also claimed by dialogue.a; mark one generic or drop it']);
  });

  it('wants a held date on every dialogue round and a whole period on plans', () => {
    const round = entity('dialogue.x.2020-06-18', { kind: 'dialogue-round' });
    const plan = entity('nap.x.2016-2020', { kind: 'action-plan', dates: { periodStart: 2016 } });
    const messages = checkEntities([round, plan]).map((p) => p.message);
    expect(messages).toContain('a dialogue round needs dates.held');
    expect(messages).toContain('a period needs both periodStart and periodEnd');
  });

  it('counts coverage by kind and language', () => {
    const c = coverage([entity('tm.a', { names: { en: 'A', ru: 'А', tk: 'A' } }), entity('tm.b', { kind: 'law' })]);
    expect(c).toMatchObject({ total: 2, byKind: { institution: 1, law: 1 }, withRussianName: 1, withTurkmenName: 1 });
  });
});
