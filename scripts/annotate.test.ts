import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_ENTITIES } from '../lib/mentions/fixtures.ts';
import { annotateFiles, loadDatasetIndex } from './annotate.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'annotate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const datasetFile = path.join(dir, 'dataset.json');
writeFileSync(
  datasetFile,
  JSON.stringify({ schemaVersion: 1, version: '1.0.0', generatedAt: '2026-01-01T00:00:00.000Z', entities: FIXTURE_ENTITIES }),
);
const page = path.join(dir, 'page.txt');
writeFileSync(page, '🇹🇲 The Mejlis of Turkmenistan and IOM.\n');

function run(files: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const failures = annotateFiles(files, loadDatasetIndex(datasetFile), { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { out: out.map((l) => JSON.parse(l) as Record<string, unknown>), err, failures };
}

describe('npm run annotate', () => {
  it('prints one JSON object per mention with UTF-16 offsets', () => {
    expect(run([page]).out).toEqual([
      { file: page, start: 9, end: 31, text: 'Mejlis of Turkmenistan', entity: 'tm.mejlis' },
      { file: page, start: 36, end: 39, text: 'IOM', entity: 'un.iom' },
    ]);
  });

  it('reports an unreadable file on stderr and still annotates the others', () => {
    const missing = path.join(dir, 'missing.txt');
    const result = run([missing, page, dir]);
    expect(result.failures).toBe(2);
    expect(result.err).toEqual([`annotate: cannot read ${missing}: no such file`, `annotate: cannot read ${dir}: is a directory`]);
    expect(result.out.map((m) => m.entity)).toEqual(['tm.mejlis', 'un.iom']);
  });

  it('refuses a dataset that does not match the schema, saying where', () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, version: '1.0.0', generatedAt: '2026-01-01T00:00:00.000Z', entities: [{ id: 'X' }] }));
    expect(() => loadDatasetIndex(bad)).toThrow(/not valid: entities\.0\./);
    expect(() => loadDatasetIndex(path.join(dir, 'nope.json'))).toThrow(/cannot read the dataset/);
  });
});
