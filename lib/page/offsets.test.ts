import { describe, expect, test } from 'vitest';
import { pointsOf } from './offsets.ts';

// "<b>Mejlis</b> of Turkmenistan" then a new block "Ombudsman": nodes "Mejlis", " of Turkmenistan",
// a "\n" separator we insert, then "Ombudsman".
const nodes = ['Mejlis', ' of Turkmenistan', 'Ombudsman'];
const starts = [0, 6, 23];
const lengths = nodes.map((n) => n.length);
const joined = 'Mejlis of Turkmenistan\nOmbudsman';

describe('joined text offsets back to text nodes', () => {
  test('a mention split by inline markup starts in one node and ends in the next', () => {
    const end = joined.indexOf(' of Turkmenistan') + ' of Turkmenistan'.length;
    expect(pointsOf(starts, lengths, 0, end)).toEqual({ start: { node: 0, offset: 0 }, end: { node: 1, offset: 16 } });
  });

  test('a mention inside one node maps to offsets within it', () => {
    const s = joined.indexOf('Turkmenistan');
    expect(pointsOf(starts, lengths, s, s + 12)).toEqual({ start: { node: 1, offset: 4 }, end: { node: 1, offset: 16 } });
    const o = joined.indexOf('Ombudsman');
    expect(pointsOf(starts, lengths, o, o + 9)).toEqual({ start: { node: 2, offset: 0 }, end: { node: 2, offset: 9 } });
  });

  test('a span that touches an inserted block separator has no range', () => {
    expect(pointsOf(starts, lengths, 22, 25)).toBeUndefined();
    expect(pointsOf(starts, lengths, 18, 23)).toBeUndefined();
  });

  test('nodes already released before `from` are not searched', () => {
    expect(pointsOf(starts, lengths, 0, 6, 1)).toBeUndefined();
    expect(pointsOf(starts, lengths, 23, 32, 1)).toEqual({ start: { node: 2, offset: 0 }, end: { node: 2, offset: 9 } });
  });
});
