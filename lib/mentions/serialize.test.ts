import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex, findMentions, loadIndex, serializeIndex } from './index.ts';
import { FIXTURE_ENTITIES } from './fixtures.ts';
import { parseAnnotated } from './corpus.ts';

const index = buildIndex(FIXTURE_ENTITIES);
const CORPUS = new URL('./fixtures/corpus/', import.meta.url);
const texts = [
  readFileSync(new URL('./fixtures/human-rights-dialogue-2020.txt', import.meta.url), 'utf8'),
  ...readdirSync(CORPUS).map((f) => parseAnnotated(readFileSync(new URL(f, CORPUS), 'utf8')).text),
];

describe('the prebuilt index a content script receives', () => {
  it('survives JSON and finds exactly the same mentions', () => {
    const json = JSON.stringify(serializeIndex(index));
    const loaded = loadIndex(JSON.parse(json));
    for (const text of texts) expect(findMentions(loaded, text)).toEqual(findMentions(index, text));
  });

  it('serializes to the same JSON again after loading', () => {
    const once = serializeIndex(index);
    expect(serializeIndex(loadIndex(JSON.parse(JSON.stringify(once))))).toEqual(once);
  });

  it('is the same whatever order the dataset lists its entities in', () => {
    const shuffled = [...FIXTURE_ENTITIES].reverse();
    expect(serializeIndex(buildIndex(shuffled))).toEqual(serializeIndex(index));
  });

  it.each([
    ['nothing', null],
    ['another format', { format: 'something-else', version: 1 }],
    ['a newer version', { ...serializeIndex(index), version: 2 }],
    ['a truncated trie', { ...serializeIndex(index), charChildCounts: serializeIndex(index).charChildCounts.slice(1) }],
    ['an alias pointing nowhere', { ...serializeIndex(index), aliasEntity: serializeIndex(index).aliasEntity.map(() => 9999) }],
    ['entries pointing past the trie', { ...serializeIndex(index), charEntries: [999999, 0, 0] }],
  ])('refuses %s', (_what, data) => {
    expect(() => loadIndex(data)).toThrow(/mention index/);
  });
});
