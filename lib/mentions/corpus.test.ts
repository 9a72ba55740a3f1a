import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex, findMentions } from './index.ts';
import { FIXTURE_ENTITIES } from './fixtures.ts';
import { parseAnnotated, type Expected } from './corpus.ts';

/**
 * News-style texts in Russian, Turkmen and English with every expected mention annotated: the
 * engine is scored on them as a reader would score it, span and entity both exact.
 */
const CORPUS = new URL('./fixtures/corpus/', import.meta.url);
const index = buildIndex(FIXTURE_ENTITIES);
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
const key = (m: Expected) => `${m.start}:${m.end}:${m.entityId}`;

interface Score {
  file: string;
  truePositives: number;
  falsePositives: string[];
  falseNegatives: string[];
}

const scores: Score[] = files.map((file) => {
  const { text, expected } = parseAnnotated(readFileSync(new URL(file, CORPUS), 'utf8'));
  const found = findMentions(index, text);
  const wanted = new Set(expected.map(key));
  const got = new Set(found.map(key));
  const show = (m: Expected) => `${m.entityId} “${text.slice(m.start, m.end)}”`;
  return {
    file,
    truePositives: found.filter((m) => wanted.has(key(m))).length,
    falsePositives: found.filter((m) => !wanted.has(key(m))).map(show),
    falseNegatives: expected.filter((m) => !got.has(key(m))).map(show),
  };
});

describe('annotated news texts', () => {
  it('has texts in Russian, Turkmen and English, each of some length', () => {
    for (const lang of ['ru-', 'tk-', 'en-']) expect(files.filter((f) => f.startsWith(lang)).length).toBeGreaterThanOrEqual(lang === 'en-' ? 2 : 3);
    for (const file of files) {
      const words = parseAnnotated(readFileSync(new URL(file, CORPUS), 'utf8')).text.split(/\s+/).length;
      expect(words, file).toBeGreaterThanOrEqual(100);
    }
  });

  it('reaches precision and recall of at least 0.95', () => {
    const tp = scores.reduce((n, s) => n + s.truePositives, 0);
    const fp = scores.reduce((n, s) => n + s.falsePositives.length, 0);
    const fn = scores.reduce((n, s) => n + s.falseNegatives.length, 0);
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`mentions corpus: ${files.length} texts, ${tp + fn} expected, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    for (const s of scores) {
      for (const m of s.falsePositives) console.log(`  ${s.file}: unexpected ${m}`);
      for (const m of s.falseNegatives) console.log(`  ${s.file}: missed ${m}`);
    }
    expect(tp + fn).toBeGreaterThan(50);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it.each(['ru-', 'tk-', 'en-'])('keeps each language above 0.9 on its own (%s)', (lang) => {
    const mine = scores.filter((s) => s.file.startsWith(lang));
    const tp = mine.reduce((n, s) => n + s.truePositives, 0);
    const fp = mine.reduce((n, s) => n + s.falsePositives.length, 0);
    const fn = mine.reduce((n, s) => n + s.falseNegatives.length, 0);
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.9);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.9);
  });
});
