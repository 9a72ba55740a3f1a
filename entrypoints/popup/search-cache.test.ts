import { describe, expect, it } from 'vitest';
import { readEntities } from '../../scripts/dataset-files.ts';
import { buildSearchIndex, search, storableSearchIndex } from '../../lib/search/index.ts';
import { readCachedIndex, writeCachedIndex } from './search-cache.ts';

const { entities } = readEntities();

describe("the popup's search index cache", () => {
  it('gives back an index that answers exactly like the one that was built', async () => {
    const built = buildSearchIndex(entities);
    await writeCachedIndex('1.2.0 abc', storableSearchIndex(built));
    const cached = await readCachedIndex(Promise.resolve('1.2.0 abc'));
    expect(cached).toBeDefined();
    for (const q of ['ombudswoman', 'меджлис', 'Turkmenistanyn Mejlisi', 'gender 2021', 'ombudswomen', 'h']) {
      expect(search(cached!, q), q).toEqual(search(built, q));
    }
  });

  it('is not used for another dataset', async () => {
    await writeCachedIndex('1.2.0 abc', storableSearchIndex(buildSearchIndex(entities)));
    expect(await readCachedIndex(Promise.resolve('1.2.1 def'))).toBeUndefined();
    expect(await readCachedIndex(Promise.resolve('1.2.0 abd'))).toBeUndefined();
    expect(await readCachedIndex(Promise.resolve(undefined)), 'no dataset stored yet').toBeUndefined();
  });
});
