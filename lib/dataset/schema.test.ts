import { describe, expect, it } from 'vitest';
import { Entity } from './schema.ts';

const valid = {
  id: 'tm.example',
  kind: 'institution',
  names: { en: 'Example' },
  definition: { en: 'An example.' },
  sources: [{ url: 'https://example.org/a', title: 'A page', supports: ['names.en'] }],
};

describe('dataset schema', () => {
  it('accepts a minimal sourced entity', () => {
    expect(Entity.safeParse(valid).success).toBe(true);
  });

  it('refuses a link that is not https', () => {
    const result = Entity.safeParse({ ...valid, links: [{ title: 'x', url: 'http://example.org' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/https/);
  });

  it('refuses javascript: URLs in sources', () => {
    const result = Entity.safeParse({ ...valid, sources: [{ url: 'javascript:alert(1)', title: 'x', supports: ['names.en'] }] });
    expect(result.success).toBe(false);
  });

  it('refuses an entity without a source', () => {
    expect(Entity.safeParse({ ...valid, sources: [] }).success).toBe(false);
  });

  it('refuses a definition longer than 400 characters', () => {
    expect(Entity.safeParse({ ...valid, definition: { en: 'x'.repeat(401) } }).success).toBe(false);
  });

  it('refuses unknown fields, so typos in data files are caught', () => {
    expect(Entity.safeParse({ ...valid, defintion: 'typo' }).success).toBe(false);
  });
});
