/** Reads the human-edited dataset in data/: one JSON file per entity, in a folder per kind. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Entity, KINDS } from '../lib/dataset/schema.ts';
import type { BundleMeta } from '../lib/dataset/bundle.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DATA_DIR = path.join(ROOT, 'data');

export interface FileProblem {
  file: string;
  message: string;
}

export function readMeta(dir = DATA_DIR): BundleMeta {
  return JSON.parse(readFileSync(path.join(dir, 'dataset.meta.json'), 'utf8')) as BundleMeta;
}

export function readEntities(dir = DATA_DIR): { entities: Entity[]; problems: FileProblem[] } {
  const entities: Entity[] = [];
  const problems: FileProblem[] = [];
  for (const kind of readdirSync(dir).sort()) {
    const kindDir = path.join(dir, kind);
    if (!statSync(kindDir).isDirectory()) continue;
    if (!(KINDS as readonly string[]).includes(kind)) {
      problems.push({ file: path.relative(ROOT, kindDir), message: `unknown kind folder (kinds: ${KINDS.join(', ')})` });
      continue;
    }
    for (const name of readdirSync(kindDir).sort()) {
      if (!name.endsWith('.json')) continue;
      const file = path.relative(ROOT, path.join(kindDir, name));
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(path.join(kindDir, name), 'utf8'));
      } catch (error) {
        problems.push({ file, message: `not valid JSON: ${(error as Error).message}` });
        continue;
      }
      const result = Entity.safeParse(raw);
      if (!result.success) {
        for (const issue of result.error.issues) problems.push({ file, message: `${issue.path.join('.') || '(root)'}: ${issue.message}` });
        continue;
      }
      if (result.data.kind !== kind) problems.push({ file, message: `kind is ${result.data.kind} but the file is in ${kind}/` });
      if (`${result.data.id}.json` !== name) problems.push({ file, message: `file name should be ${result.data.id}.json` });
      entities.push(result.data);
    }
  }
  return { entities, problems };
}
