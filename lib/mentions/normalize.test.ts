import { describe, expect, it } from 'vitest';
import { buildIndex, findMentions } from './index.ts';
import { FIXTURE_ENTITIES } from './fixtures.ts';

const index = buildIndex(FIXTURE_ENTITIES);
const found = (text: string) => findMentions(index, text).map((m) => [text.slice(m.start, m.end), m.entityId]);

describe('spelling variants a reader would not notice', () => {
  it.each([
    ['Turkmen letters typed without diacritics', 'Turkmenistanyn Mejlisi', 'tm.mejlis'],
    ['Turkmen letters in capitals', 'TÜRKMENISTANYŇ MEJLISI', 'tm.mejlis'],
    ['Turkmen letters decomposed (NFD)', 'Tu\u0308rkmenistany\u0301n\u030c Mejlisi', 'tm.mejlis'],
    ['Russian ё written as е', 'Национальный план действий по реализации прав ребенка', 'nap.childrens-rights'],
    ['Russian е written as ё', 'Национальный план действий по реализации прав ребёнка', 'nap.childrens-rights'],
    ['a soft hyphen inside a word', 'Om\u00adbuds\u00adwoman of Turkmenistan', 'tm.ombudsman'],
    ['a no-break space', 'Mejlis\u00a0of\u202fTurkmenistan', 'tm.mejlis'],
    ['a line break inside the name', 'Mejlis of\nTurkmenistan', 'tm.mejlis'],
    ['Windows line breaks', 'Mejlis of\r\nTurkmenistan', 'tm.mejlis'],
    ['a zero-width space', 'Mejlis of\u200bTurkmenistan', 'tm.mejlis'],
  ])('%s: %s', (_what, text, entityId) => {
    expect(found(text)).toEqual([[text, entityId]]);
  });

  it.each([
    'Human Rights Dialogue “Turkmenistan – European Union”',
    'Human Rights Dialogue "Turkmenistan - European Union"',
    'Human Rights Dialogue «Turkmenistan — European Union»',
    'Human Rights Dialogue „Turkmenistan ‑ European Union“',
    "Human Rights Dialogue 'Turkmenistan – European Union'",
    'Human Rights Dialogue Turkmenistan–European Union',
    'Human Rights Dialogue “Turkmenistan – the European Union”',
  ])('every quote and dash variant: %s', (text) => {
    expect(found(text)).toEqual([[text, 'dialogue.eu-tm-hrd']]);
  });

  it('keeps quotes that open and close a quoted name, and nothing around them', () => {
    const text = 'at the «Türkmenistan – Ýewropa Bileleşigi» Adam hukuklary boýunça dialogy, said';
    expect(found(text)).toEqual([['«Türkmenistan – Ýewropa Bileleşigi» Adam hukuklary boýunça dialogy', 'dialogue.eu-tm-hrd']]);
  });

  it('reports UTF-16 offsets into the original text, past emoji and combining marks', () => {
    const text = '🇹🇲 Tu\u0308rkmenistanyn\u030c Mejlisi 👍 and the Mejlis of Turkmenistan';
    const mentions = findMentions(index, text);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Tu\u0308rkmenistanyn\u030c Mejlisi', 'Mejlis of Turkmenistan']);
    expect(mentions[0]!.start).toBe(5);
  });

  it('does not run a name across a blank line', () => {
    expect(found('the Mejlis of\n\nTurkmenistan')).toEqual([['Mejlis', 'tm.mejlis']]);
  });

  it('matches on word boundaries only', () => {
    expect(found('Mejlisçi, superMejlis, Ombudsmanship and MEJLISOFTURKMENISTAN are not names; Turkmenistan.')).toEqual([]);
  });
});
