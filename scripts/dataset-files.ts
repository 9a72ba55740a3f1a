/** Reads the human-edited dataset in data/: one JSON file per entity, in a folder per kind. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkEntities } from '../lib/dataset/check.ts';
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

/** One entity file, parsed and validated against the schema; the problems say where it is wrong. */
export function readEntityFile(file: string): { entity?: Entity; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  const result = Entity.safeParse(raw);
  if (result.success) return { entity: result.data, problems: [] };
  return { problems: result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`) };
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
      const { entity, problems: own } = readEntityFile(path.join(kindDir, name));
      problems.push(...own.map((message) => ({ file, message })));
      if (!entity) continue;
      if (entity.kind !== kind) problems.push({ file, message: `kind is ${entity.kind} but the file is in ${kind}/` });
      if (`${entity.id}.json` !== name) problems.push({ file, message: `file name should be ${entity.id}.json` });
      entities.push(entity);
    }
  }
  return { entities, problems };
}

/** data/ read and checked as a whole: every problem as one line naming its file or entity. */
export function readCheckedEntities(dir = DATA_DIR): { entities: Entity[]; problems: string[] } {
  const { entities, problems } = readEntities(dir);
  return {
    entities,
    problems: [...problems.map((p) => `${p.file}: ${p.message}`), ...checkEntities(entities).map((p) => `${p.entityId}: ${p.message}`)],
  };
}
