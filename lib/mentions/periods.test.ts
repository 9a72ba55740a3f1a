import { describe, expect, it } from 'vitest';
import { buildIndex, findMentions } from './index.ts';
import { FIXTURE_ENTITIES } from './fixtures.ts';

const index = buildIndex(FIXTURE_ENTITIES);
const found = (text: string) => findMentions(index, text).map((m) => [text.slice(m.start, m.end), m.entityId]);

describe('a plan name with a period links to that period’s plan', () => {
  it.each([
    ['the National Human Rights Action Plan for 2016-2020 was', 'National Human Rights Action Plan for 2016-2020', 'nap.human-rights.2016-2020'],
    ['the National Human Rights Action Plan 2016–2020 was', 'National Human Rights Action Plan 2016–2020', 'nap.human-rights.2016-2020'],
    ['the National Human Rights Action Plan for the period of 2016–2020 was', 'National Human Rights Action Plan for the period of 2016–2020', 'nap.human-rights.2016-2020'],
    ['the National Human Rights Action Plan for the period 2021-2025 years was', 'National Human Rights Action Plan for the period 2021-2025 years', 'nap.human-rights.2021-2025'],
    ['the National Human Rights Action Plan (2021–2025) was', 'National Human Rights Action Plan (2021–2025)', 'nap.human-rights.2021-2025'],
    ['the National Human Rights Action Plan for 2021 to 2025 was', 'National Human Rights Action Plan for 2021 to 2025', 'nap.human-rights.2021-2025'],
    ['the 2016–2020 National Human Rights Action Plan was', '2016–2020 National Human Rights Action Plan', 'nap.human-rights.2016-2020'],
    ['the National Action Plan on Human Rights for 2016-2020 was', 'National Action Plan on Human Rights for 2016-2020', 'nap.human-rights.2016-2020'],
    ['Национальный план действий по правам человека на 2016-2020 годы', 'Национальный план действий по правам человека на 2016-2020 годы', 'nap.human-rights.2016-2020'],
    ['Национального плана действий по правам человека на 2016–2020 гг. и', 'Национального плана действий по правам человека на 2016–2020 гг', 'nap.human-rights.2016-2020'],
    ['Национальным планом действий по правам человека на период 2021–2025 годов', 'Национальным планом действий по правам человека на период 2021–2025 годов', 'nap.human-rights.2021-2025'],
    ['Национального плана действий по правам человека в Туркменистане на 2021-2025 годы', 'Национального плана действий по правам человека в Туркменистане на 2021-2025 годы', 'nap.human-rights.2021-2025'],
    ['2016-2020-nji ýyllar üçin Türkmenistanda adam hukuklary boýunça Milli hereketler meýilnamasy kabul edildi', '2016-2020-nji ýyllar üçin Türkmenistanda adam hukuklary boýunça Milli hereketler meýilnamasy', 'nap.human-rights.2016-2020'],
    ['2021–2025-nji ýyllar üçin niýetlenen Adam hukuklary boýunça Milli hereketler meýilnamasynyň ýerine ýetirilişi', '2021–2025-nji ýyllar üçin niýetlenen Adam hukuklary boýunça Milli hereketler meýilnamasynyň', 'nap.human-rights.2021-2025'],
    ['Adam hukuklary boýunça Milli hereketler meýilnamasy 2016-2020-nji ýyllar üçin kabul edildi', 'Adam hukuklary boýunça Milli hereketler meýilnamasy 2016-2020-nji ýyllar üçin', 'nap.human-rights.2016-2020'],
    ['the National Plan of Action for Gender Equality for 2015-2020', 'National Plan of Action for Gender Equality for 2015-2020', 'nap.gender-equality.2015-2020'],
    // The period inside the Turkmen name, before its last words.
    ['Türkmenistanda adam hukuklary boýunça 2016-2020-nji ýyllar üçin Milli hereketler meýilnamasynyň ähmiýeti', 'Türkmenistanda adam hukuklary boýunça 2016-2020-nji ýyllar üçin Milli hereketler meýilnamasynyň', 'nap.human-rights.2016-2020'],
    ['Türkmenistanda adam hukuklary boýunça 2021–2025-nji ýyllar üçin Milli hereketler meýilnamasy kabul edildi', 'Türkmenistanda adam hukuklary boýunça 2021–2025-nji ýyllar üçin Milli hereketler meýilnamasy', 'nap.human-rights.2021-2025'],
  ])('%s', (text, surface, entityId) => {
    expect(found(text)).toEqual([[surface, entityId]]);
  });
});

describe('a plan name without a known period links to the plan family', () => {
  it.each([
    ['the National Human Rights Action Plan was adopted', 'National Human Rights Action Plan'],
    ['the National Human Rights Action Plan for 2031-2035 is planned', 'National Human Rights Action Plan'],
    ['the National Human Rights Action Plan in 2019 was reviewed', 'National Human Rights Action Plan'],
    ['нового Национального плана действий по правам человека на 2026–2030 годы', 'Национального плана действий по правам человека'],
  ])('%s', (text, surface) => {
    expect(found(text)).toEqual([[surface, 'nap.human-rights']]);
  });

  it('reads a Turkmen name through a period of its own, and only through a whole one', () => {
    const text = 'Türkmenistanda adam hukuklary boýunça 2031-2035-nji ýyllar üçin Milli hereketler meýilnamasy taýýarlanýar';
    expect(found(text)).toEqual([['Türkmenistanda adam hukuklary boýunça 2031-2035-nji ýyllar üçin Milli hereketler meýilnamasy', 'nap.human-rights']]);
    expect(found('Türkmenistanda adam hukuklary boýunça 2016-2020 Milli hereketler meýilnamasy')).toEqual([]);
  });

  it('does not take a period from the next paragraph', () => {
    expect(found('the National Human Rights Action Plan\n\n2016-2020 figures')).toEqual([['National Human Rights Action Plan', 'nap.human-rights']]);
  });
});
