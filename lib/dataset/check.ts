/**
 * Checks that need the whole set of entities at once (the schema checks one entity at a time):
 * unique ids, references that resolve, aliases that do not collide, and every fact backed by a source.
 */
import { foldWord } from '../mentions/normalize.ts';
import type { Entity } from './schema.ts';

export interface Problem {
  entityId: string;
  message: string;
}

/**
 * Two aliases collide when the matcher cannot tell them apart on a page: it folds case, diacritics,
 * quotes, dashes and spacing away, so the check compares them exactly as folded for matching.
 */
export function aliasKey(text: string): string {
  return foldWord(text);
}

/** The dotted paths of the facts an entity states, which its sources must cover. */
export function factPaths(entity: Entity): string[] {
  const paths: string[] = [];
  for (const lang of ['en', 'ru', 'tk'] as const) if (entity.names[lang]) paths.push(`names.${lang}`);
  for (const lang of ['en', 'ru', 'tk'] as const) {
    if (entity.aliases.some((a) => a.lang === lang)) paths.push(`aliases.${lang}`);
  }
  paths.push('definition');
  for (const key of Object.keys(entity.dates ?? {})) paths.push(`dates.${key}`);
  if (entity.status) paths.push('status');
  for (const key of Object.keys(entity.relations ?? {})) {
    if (key !== 'related') paths.push(`relations.${key}`);
  }
  for (const key of Object.keys(entity.round ?? {})) paths.push(`round.${key}`);
  return paths;
}

/** A source covers a path when it names the path or one of its ancestors ("names" covers "names.ru"). */
function covered(path: string, supports: Set<string>): boolean {
  const parts = path.split('.');
  for (let i = parts.length; i > 0; i--) if (supports.has(parts.slice(0, i).join('.'))) return true;
  return false;
}

function references(entity: Entity): string[] {
  const r = entity.relations;
  return [
    r?.parent,
    r?.predecessor,
    r?.successor,
    ...(r?.related ?? []),
    ...(entity.rounds ?? []),
    ...(entity.round?.mentions ?? []),
  ].filter((id): id is string => typeof id === 'string');
}

export function checkEntities(entities: readonly Entity[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, Entity>();
  for (const entity of entities) {
    if (byId.has(entity.id)) problems.push({ entityId: entity.id, message: 'duplicate id' });
    byId.set(entity.id, entity);
  }

  for (const entity of entities) {
    for (const ref of references(entity)) {
      if (!byId.has(ref)) problems.push({ entityId: entity.id, message: `refers to ${ref}, which does not exist` });
      if (ref === entity.id) problems.push({ entityId: entity.id, message: 'refers to itself' });
    }
    const parent = entity.relations?.parent;
    if (entity.kind === 'dialogue-round' && parent && byId.get(parent)?.kind !== 'dialogue') {
      problems.push({ entityId: entity.id, message: 'a dialogue round’s parent must be a dialogue' });
    }
    for (const id of entity.rounds ?? []) {
      if (byId.get(id) && byId.get(id)?.kind !== 'dialogue-round') {
        problems.push({ entityId: entity.id, message: `rounds lists ${id}, which is not a dialogue round` });
      }
    }
    const supports = new Set(entity.sources.flatMap((s) => s.supports));
    for (const path of factPaths(entity)) {
      if (!covered(path, supports)) problems.push({ entityId: entity.id, message: `no source supports ${path}` });
    }
    const { periodStart, periodEnd } = entity.dates ?? {};
    if ((periodStart === undefined) !== (periodEnd === undefined)) {
      problems.push({ entityId: entity.id, message: 'a period needs both periodStart and periodEnd' });
    } else if (periodStart !== undefined && periodEnd !== undefined && periodStart > periodEnd) {
      problems.push({ entityId: entity.id, message: 'period ends before it starts' });
    }
    if (entity.kind === 'dialogue-round' && !entity.dates?.held) {
      problems.push({ entityId: entity.id, message: 'a dialogue round needs dates.held' });
    }
  }

  // The same words may name two things only when one of them is marked generic, which tells the
  // matcher to link it by context; otherwise a page mention would be ambiguous.
  const claims = new Map<string, { entityId: string; generic: boolean; text: string }[]>();
  for (const entity of entities) {
    const own = new Map<string, { generic: boolean; text: string }>();
    for (const name of Object.values(entity.names)) if (name) own.set(aliasKey(name), { generic: false, text: name });
    for (const alias of entity.aliases) {
      const key = aliasKey(alias.text);
      const generic = (own.get(key)?.generic ?? true) && Boolean(alias.generic);
      own.set(key, { generic, text: own.get(key)?.text ?? alias.text });
    }
    for (const [key, claim] of own) {
      const list = claims.get(key) ?? [];
      list.push({ entityId: entity.id, ...claim });
      claims.set(key, list);
    }
  }
  for (const list of claims.values()) {
    const specific = list.filter((c) => !c.generic);
    if (specific.length > 1) {
      problems.push({
        entityId: specific[1]!.entityId,
        message: `alias “${specific[1]!.text}” is also claimed by ${specific[0]!.entityId}; mark one generic or drop it`,
      });
    }
  }
  return problems;
}

export interface Coverage {
  total: number;
  byKind: Record<string, number>;
  withRussianName: number;
  withTurkmenName: number;
  rounds: number;
  aliases: number;
}

export function coverage(entities: readonly Entity[]): Coverage {
  const byKind: Record<string, number> = {};
  for (const e of entities) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
  return {
    total: entities.length,
    byKind,
    withRussianName: entities.filter((e) => e.names.ru).length,
    withTurkmenName: entities.filter((e) => e.names.tk).length,
    rounds: byKind['dialogue-round'] ?? 0,
    aliases: entities.reduce((n, e) => n + e.aliases.length + Object.values(e.names).filter(Boolean).length, 0),
  };
}
