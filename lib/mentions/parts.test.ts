import { describe, expect, it } from 'vitest';
import { analyzeContext, buildIndex, findMentions, findMentionsInParts, pageContext } from './index.ts';
import { FIXTURE_ENTITIES } from './fixtures.ts';

const index = buildIndex(FIXTURE_ENTITIES);

describe('text fed in pieces (text nodes of one block)', () => {
  it('finds a name split over several pieces and says where it starts and ends', () => {
    const parts = ['Deputies of the ', 'Mejlis', ' of Turkmenistan met.'];
    expect(findMentionsInParts(index, parts)).toEqual([
      { startPart: 1, startOffset: 0, endPart: 2, endOffset: 16, entityId: 'tm.mejlis', alias: 'Mejlis of Turkmenistan' },
    ]);
  });

  it('ends a mention in the piece it closes, not at the start of the next one', () => {
    const parts = ['Mejlis of Turkmenistan', ' and ', 'IOM'];
    expect(findMentionsInParts(index, parts)).toEqual([
      { startPart: 0, startOffset: 0, endPart: 0, endOffset: 22, entityId: 'tm.mejlis', alias: 'Mejlis of Turkmenistan' },
      { startPart: 2, startOffset: 0, endPart: 2, endOffset: 3, entityId: 'un.iom', alias: 'IOM' },
    ]);
  });

  it('skips empty pieces', () => {
    const [m] = findMentionsInParts(index, ['', 'the ', '', 'Mejlis', '']);
    expect(m).toMatchObject({ startPart: 3, startOffset: 0, endPart: 3, endOffset: 6 });
  });
});

describe('context decided once for a page', () => {
  it('lets a block without "Turkmenistan" link generic names when the page is about it', () => {
    const context = analyzeContext(index, 'Turkmenistan and the EU held a dialogue');
    expect(context.aboutTurkmenistan).toBe(true);
    expect(findMentions(index, 'The Supreme Court took part.', context).map((m) => m.entityId)).toEqual(['tm.supreme-court']);
    expect(findMentions(index, 'The Supreme Court took part.')).toEqual([]);
  });

  it('judges the subject even without the dataset index', () => {
    expect(pageContext('Новости Туркменистана').aboutTurkmenistan).toBe(true);
    expect(pageContext('Georgia news').aboutTurkmenistan).toBe(false);
    expect(pageContext('Georgia news')).not.toHaveProperty('mejlisAsSession');
  });

  it('carries the session sense of "mejlis" from the headline to later blocks', () => {
    const context = pageContext('Türkmenistan bilen dialogyň mejlisi geçirildi', index);
    expect(context.mejlisAsSession).toBe(true);
    expect(findMentions(index, 'Mejlise wekiller gatnaşdylar.', context)).toEqual([]);
    expect(findMentions(index, 'Mejlise wekiller gatnaşdylar.', { aboutTurkmenistan: true }).map((m) => m.entityId)).toEqual(['tm.mejlis']);
  });

  it('still sees the session sense in a later block when the page start did not show it', () => {
    const context = analyzeContext(index, 'Türkmenistanyň habarlary');
    expect(context.mejlisAsSession).toBe(false);
    expect(findMentions(index, 'Dialogyň mejlisi geçirildi. Mejlise wekiller gatnaşdylar.', context)).toEqual([]);
  });
});
