import { describe, expect, test } from 'vitest';
import { StreamMatcher, type TextMatch } from './stream.ts';

/** A stand-in matcher: whole-word occurrences of a few names, with the same output shape as findMentions. */
function wordMatcher(names: Record<string, string>) {
  const calls: string[] = [];
  const re = new RegExp(`\\b(${Object.keys(names).join('|')})\\b`, 'g');
  const match = (text: string): TextMatch[] => {
    calls.push(text);
    return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, entityId: names[m[0]]!, alias: m[0] }));
  };
  return { match, calls };
}

function runAll(stream: StreamMatcher, pieces: string[]): TextMatch[] {
  const out: TextMatch[] = [];
  for (const p of pieces) {
    stream.append(p);
    while (stream.ready(false)) out.push(...stream.step(false));
  }
  while (stream.ready(true)) out.push(...stream.step(true));
  return out;
}

describe('matching a page in windows', () => {
  const names = { 'Mejlis of Turkmenistan': 'tm.mejlis', Ombudsman: 'tm.ombudsman' };

  test('finds every mention exactly once, including those that cross a window edge', () => {
    const filler = 'word '.repeat(7);
    const text = Array.from({ length: 200 }, (_, i) => (i % 3 ? `${filler}Mejlis of Turkmenistan ` : `${filler}Ombudsman `)).join('');
    const expected = wordMatcher(names).match(text);
    const { match, calls } = wordMatcher(names);
    const found = runAll(new StreamMatcher(match, { window: 100, margin: 40 }), text.match(/.{1,13}/gs)!);
    expect(found).toEqual(expected);
    expect(found.length).toBe(200);
    // No single call saw much more than a window and its margins.
    expect(Math.max(...calls.map((c) => c.length))).toBeLessThanOrEqual(180);
  });

  test('sees the characters before a window, so a word cut by the edge is not matched as a name', () => {
    const text = 'x'.repeat(100) + 'Ombudsman is glued to the word before it';
    const { match } = wordMatcher(names);
    expect(runAll(new StreamMatcher(match, { window: 100, margin: 40 }), [text])).toEqual([]);
  });

  test('short text is matched in one call once it is complete', () => {
    const { match, calls } = wordMatcher(names);
    expect(runAll(new StreamMatcher(match), ['The Ombudsman', ' met the ', 'Mejlis of Turkmenistan.'])).toEqual([
      { start: 4, end: 13, entityId: 'tm.ombudsman', alias: 'Ombudsman' },
      { start: 22, end: 44, entityId: 'tm.mejlis', alias: 'Mejlis of Turkmenistan' },
    ]);
    expect(calls).toHaveLength(1);
  });
});

test('the first window is larger, so the page context is judged from the start of the article', () => {
  const { match, calls } = wordMatcher({ Ombudsman: 'tm.ombudsman' });
  runAll(new StreamMatcher(match, { window: 100, margin: 10, firstWindow: 400 }), ['word '.repeat(200)]);
  expect(calls[0]!.length).toBe(410);
  expect(calls[1]!.length).toBeLessThanOrEqual(120);
});
