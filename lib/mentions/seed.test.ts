import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex, findMentions, warmUp } from './index.ts';
import { FIXTURE_ENTITIES } from './fixtures.ts';

const SEED = readFileSync(new URL('./fixtures/human-rights-dialogue-2020.txt', import.meta.url), 'utf8');
const index = buildIndex(FIXTURE_ENTITIES);
const mentions = findMentions(index, SEED);
const found = mentions.map((m) => [SEED.slice(m.start, m.end).replace(/\s+/g, ' '), m.entityId]);

describe('the seed page (Human Rights Dialogue, 18 June 2020)', () => {
  it('finds every mention, in order, and nothing else', () => {
    expect(found).toEqual([
      ['Human Rights Dialogue “Turkmenistan – the European Union”', 'dialogue.eu-tm-hrd'],
      // "On June 18, 2020, a regular meeting as part of the …": the round held that day.
      ['Human Rights Dialogue “Turkmenistan – European Union”', 'dialogue.eu-tm-hrd.round-12'],
      ['Mejlis of Turkmenistan', 'tm.mejlis'],
      ['Ombudswoman of Turkmenistan', 'tm.ombudsman'],
      ['Ministry of Foreign Affairs', 'tm.ministry.foreign-affairs'],
      ['Internal Affairs', 'tm.ministry.internal-affairs'],
      ['European Service for Foreign Policy Activities', 'eu.eeas'],
      ['European Union Delegation to Turkmenistan', 'eu.delegation-tm'],
      ['National Plan of Action for Gender Equality for 2015-2020', 'nap.gender-equality.2015-2020'],
      ['National Human Rights Action Plan for 2016-2020', 'nap.human-rights.2016-2020'],
      ['National Plan of Action to Combat Trafficking in Human Beings for 2020-2022', 'nap.trafficking.2020-2022'],
      ['National Plan of Action for the realization of children’s rights in Turkmenistan for 2018-2022', 'nap.childrens-rights.2018-2022'],
      ['National Strategy of Turkmenistan for the Early Development of the Child for 2020-2025', 'nap.early-childhood.2020-2025'],
      ['Human Rights Dialogue “Turkmenistan – European Union”', 'dialogue.eu-tm-hrd'],
    ]);
  });

  it('highlights the Dialogue (or its round) at least three times', () => {
    expect(mentions.filter((m) => m.entityId.startsWith('dialogue.eu-tm-hrd')).length).toBeGreaterThanOrEqual(3);
  });

  it('links nothing in "Minister of Health and Social Affairs of Georgia"', () => {
    const at = SEED.indexOf('Minister of Health');
    const end = SEED.indexOf('Georgia', at) + 'Georgia'.length;
    expect(at).toBeGreaterThan(0);
    expect(mentions.filter((m) => m.end > at && m.start < end)).toEqual([]);
  });

  it('links the same mentions after the engine was warmed up, as the content script does on every page', () => {
    const fresh = buildIndex(FIXTURE_ENTITIES);
    warmUp(fresh);
    expect(findMentions(fresh, SEED)).toEqual(mentions);
  });

  it('links the same mentions in the seed page after the page is wrapped in other line breaks', () => {
    const rewrapped = SEED.replace(/ /g, (_s, offset: number) => (offset % 7 === 0 ? '\n' : ' '));
    expect(findMentions(index, rewrapped).map((m) => m.entityId)).toEqual(mentions.map((m) => m.entityId));
  });
});
