import { describe, expect, it } from 'vitest';
import { buildIndex, findMentions, loadIndex, serializeIndex } from './index.ts';
import { FIXTURE_ENTITIES } from './fixtures.ts';

const index = buildIndex(FIXTURE_ENTITIES);
const found = (text: string) => findMentions(index, text).map((m) => [text.slice(m.start, m.end), m.entityId]);

describe('numbered rounds of the dialogue', () => {
  it.each([
    ['On 25 June the 16th meeting of the Human Rights Dialogue “Turkmenistan – European Union” was held.', '16th meeting of the Human Rights Dialogue “Turkmenistan – European Union”', 'dialogue.eu-tm-hrd.round-16'],
    ['The EU and Turkmenistan held the sixteenth annual EU–Turkmenistan Human Rights Dialogue.', 'sixteenth annual EU–Turkmenistan Human Rights Dialogue', 'dialogue.eu-tm-hrd.round-16'],
    ['They agreed to hold the next 12th round of the Human Rights Dialogue between the EU and Turkmenistan.', '12th round of the Human Rights Dialogue between the EU and Turkmenistan', 'dialogue.eu-tm-hrd.round-12'],
    ['В Брюсселе прошёл 16-й раунд Диалога ЕС–Туркменистан по правам человека.', '16-й раунд Диалога ЕС–Туркменистан по правам человека', 'dialogue.eu-tm-hrd.round-16'],
    ['В ходе 12-го заседания Диалога по правам человека между ЕС и Туркменистаном обсуждались…', '12-го заседания Диалога по правам человека между ЕС и Туркменистаном', 'dialogue.eu-tm-hrd.round-12'],
    // The wording of the official Russian and Turkmen reports of the 10th round (2018), with round numbers the fixtures have.
    ['В Брюсселе состоялась встреча очередного двенадцатого раунда Диалога по правам человека между ЕС и Туркменистаном.', 'двенадцатого раунда Диалога по правам человека между ЕС и Туркменистаном', 'dialogue.eu-tm-hrd.round-12'],
    ['Brýusselde «Türkmenistan – Ýewropa Bileleşigi» Adam hukuklary boýunça dialogyň nobatdaky on ikinji mejlisi geçirildi.', '«Türkmenistan – Ýewropa Bileleşigi» Adam hukuklary boýunça dialogyň nobatdaky on ikinji mejlisi', 'dialogue.eu-tm-hrd.round-12'],
    ['Türkmenistan – Ýewropa Bileleşigi adam hukuklary boýunça dialogynyň on altynjy tapgyry geçdi.', 'Türkmenistan – Ýewropa Bileleşigi adam hukuklary boýunça dialogynyň on altynjy tapgyry', 'dialogue.eu-tm-hrd.round-16'],
    ['Ýewropa Bileleşigi bilen adam hukuklary boýunça dialogyň 16-njy mejlisi geçirildi.', 'Ýewropa Bileleşigi bilen adam hukuklary boýunça dialogyň 16-njy mejlisi', 'dialogue.eu-tm-hrd.round-16'],
  ])('links the round and covers its number: %s', (text, span, id) => {
    expect(found(text)).toEqual([[span, id]]);
  });

  it('keeps the dialogue where the number is not a round the dataset knows, or is not a round at all', () => {
    expect(found('The 14th round of the EU–Turkmenistan Human Rights Dialogue took place.')).toEqual([['EU–Turkmenistan Human Rights Dialogue', 'dialogue.eu-tm-hrd']]);
    expect(found('On 16 June the EU–Turkmenistan Human Rights Dialogue met.')).toEqual([['EU–Turkmenistan Human Rights Dialogue', 'dialogue.eu-tm-hrd']]);
    expect(found('Ýewropa Bileleşigi bilen adam hukuklary boýunça dialogyň nobatdaky mejlisi geçirildi.')).toEqual([
      ['Ýewropa Bileleşigi bilen adam hukuklary boýunça dialogyň', 'dialogue.eu-tm-hrd'],
    ]);
  });

  it.each([
    ['On June 18, 2020, a regular meeting as part of the EU–Turkmenistan Human Rights Dialogue was held.', 'EU–Turkmenistan Human Rights Dialogue'],
    ['The EU and Turkmenistan held their annual EU–Turkmenistan Human Rights Dialogue on 18 June 2020 by video.', 'EU–Turkmenistan Human Rights Dialogue'],
    ['18 июня 2020 года состоялся Диалог ЕС–Туркменистан по правам человека.', 'Диалог ЕС–Туркменистан по правам человека'],
    ['2020-nji ýylyň 18-nji iýunynda Ýewropa Bileleşigi bilen adam hukuklary boýunça dialog geçirildi.', 'Ýewropa Bileleşigi bilen adam hukuklary boýunça dialog'],
    ['On 18.06.2020 the Human Rights Dialogue between the EU and Turkmenistan took place.', 'Human Rights Dialogue between the EU and Turkmenistan'],
    ['In June 2020 the EU–Turkmenistan Human Rights Dialogue met by video.', 'EU–Turkmenistan Human Rights Dialogue'],
  ])('links the round held on the day the sentence gives: %s', (text, span) => {
    expect(found(text)).toEqual([[span, 'dialogue.eu-tm-hrd.round-12']]);
  });

  it('keeps the dialogue for a day no round was held on, a date in another sentence, or a day without its year', () => {
    for (const text of [
      'On June 18, 2021, the EU–Turkmenistan Human Rights Dialogue was discussed.',
      'The EU–Turkmenistan Human Rights Dialogue was held. On 18 June 2020 it rained.',
      'On 18 June the EU–Turkmenistan Human Rights Dialogue met.',
    ]) {
      expect(found(text), text).toEqual([['EU–Turkmenistan Human Rights Dialogue', 'dialogue.eu-tm-hrd']]);
    }
  });

  it('survives serialization, and an index stored before rounds were indexed still loads', () => {
    const wire = serializeIndex(index);
    const text = 'the 16th meeting of the EU–Turkmenistan Human Rights Dialogue';
    expect(findMentions(loadIndex(JSON.parse(JSON.stringify(wire))), text).map((m) => m.entityId)).toEqual(['dialogue.eu-tm-hrd.round-16']);
    const { rounds: _dropped, ...older } = wire;
    expect(findMentions(loadIndex(older), text).map((m) => m.entityId)).toEqual(['dialogue.eu-tm-hrd']);
    const dated = 'On 18 June 2020 the EU–Turkmenistan Human Rights Dialogue met.';
    expect(findMentions(loadIndex(JSON.parse(JSON.stringify(wire))), dated).map((m) => m.entityId)).toEqual(['dialogue.eu-tm-hrd.round-12']);
    const { roundDates: _undated, ...revision2 } = wire;
    expect(findMentions(loadIndex(revision2), dated).map((m) => m.entityId)).toEqual(['dialogue.eu-tm-hrd']);
  });
});
