/**
 * What the extension says about one entity, in the language asked for where the dataset has it:
 * names, definition, dates, status, its place among other entities (part of, preceded and
 * followed by, related, its own periods or rounds) and the dialogue rounds it came up at, each
 * with its official reports. Structured, not worded: the component words it in the interface's
 * language (components/entity/EntityCard.tsx), so the popup and the options page stay translated.
 */
import type { Entity, Kind, Lang, Link, Status } from '../dataset/schema.ts';

/** The EU–Turkmenistan Human Rights Dialogue, whose rounds the popup's timeline lists. */
export const HUMAN_RIGHTS_DIALOGUE_ID = 'dialogue.eu-tm-hrd';

export interface EntityRef {
  id: string;
  kind: Kind;
  name: string;
  lang: Lang;
  /** YYYY[-MM[-DD]] for a round, a plan's period start year otherwise, for ordering. */
  when?: string;
}

export interface RoundRef extends EntityRef {
  held?: string;
  ordinal?: number;
  place?: string;
  format?: 'in-person' | 'video-conference';
  links: Link[];
}

export interface EntityDetails {
  id: string;
  kind: Kind;
  status?: Status;
  name: string;
  nameLang: Lang;
  /** The entity's names in the other languages the dataset has, for readers of those sources. */
  otherNames: { text: string; lang: Lang }[];
  definition: string;
  definitionLang: Lang;
  established?: string;
  abolished?: string;
  held?: string;
  periodStart?: number;
  periodEnd?: number;
  parent?: EntityRef;
  predecessor?: EntityRef;
  successor?: EntityRef;
  related: EntityRef[];
  /** Entities that name this one as their parent: a plan family's periods, a dialogue's rounds. */
  members: EntityRef[];
  /** Dialogue rounds this entity was discussed at, newest first. */
  rounds: RoundRef[];
  /** For a round: what the dataset says about the meeting. */
  round?: {
    ordinal?: number;
    place?: string;
    format?: 'in-person' | 'video-conference';
    heads?: { eu?: string; tm?: string };
    topics: string[];
    /** Entities the round's official texts mention. */
    mentions: EntityRef[];
  };
  links: Link[];
  sources: { title: string; url: string }[];
  note?: string;
  /** Plain text for "Copy citation": name, definition, its source, dataset version. */
  citation: string;
}

/** Who points at whom, computed once per dataset: members by parent, rounds by what they mention. */
export interface Backlinks {
  members: ReadonlyMap<string, readonly string[]>;
  mentionedAt: ReadonlyMap<string, readonly string[]>;
}

export function backlinks(entities: readonly Entity[]): Backlinks {
  const members = new Map<string, string[]>();
  const mentionedAt = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const e of entities) {
    if (e.relations?.parent) push(members, e.relations.parent, e.id);
    if (e.kind === 'dialogue-round') for (const m of e.round?.mentions ?? []) push(mentionedAt, m, e.id);
  }
  return { members, mentionedAt };
}

export function nameIn(entity: Pick<Entity, 'names'>, lang: Lang): { text: string; lang: Lang } {
  const text = entity.names[lang];
  return text ? { text, lang } : { text: entity.names.en, lang: 'en' };
}

function whenOf(e: Entity): string | undefined {
  return e.dates?.held ?? (e.dates?.periodStart !== undefined ? String(e.dates.periodStart) : e.dates?.established);
}

export function refOf(e: Entity, lang: Lang): EntityRef {
  const n = nameIn(e, lang);
  const ref: EntityRef = { id: e.id, kind: e.kind, name: n.text, lang: n.lang };
  const when = whenOf(e);
  if (when) ref.when = when;
  return ref;
}

export function roundRefOf(e: Entity, lang: Lang): RoundRef {
  const ref: RoundRef = { ...refOf(e, lang), links: e.links ?? [] };
  if (e.dates?.held) ref.held = e.dates.held;
  if (e.round?.ordinal !== undefined) ref.ordinal = e.round.ordinal;
  if (e.round?.place) ref.place = e.round.place;
  if (e.round?.format) ref.format = e.round.format;
  return ref;
}

/** Oldest first; undated (planned) last. */
function byWhen(a: EntityRef, b: EntityRef): number {
  if (a.when === b.when) return a.name.localeCompare(b.name);
  if (a.when === undefined) return 1;
  if (b.when === undefined) return -1;
  return a.when < b.when ? -1 : 1;
}

export interface DetailsContext {
  lang: Lang;
  datasetVersion: string;
  asOf: string;
}

export function entityDetails(entity: Entity, byId: ReadonlyMap<string, Entity>, links: Backlinks, ctx: DetailsContext): EntityDetails {
  const { lang } = ctx;
  const refs = (ids: readonly string[] | undefined) =>
    [...new Set(ids ?? [])]
      .filter((id) => id !== entity.id)
      .map((id) => byId.get(id))
      .filter((e): e is Entity => e !== undefined)
      .map((e) => refOf(e, lang));
  const one = (id: string | undefined) => (id ? byId.get(id) : undefined);

  const name = nameIn(entity, lang);
  const definitionLang: Lang = entity.definition[lang] ? lang : 'en';
  const definition = entity.definition[definitionLang] ?? entity.definition.en;
  const otherNames = (['en', 'ru', 'tk'] as const)
    .filter((l) => l !== name.lang && entity.names[l])
    .map((l) => ({ text: entity.names[l]!, lang: l }));

  const roundIds = [...new Set([...(entity.rounds ?? []), ...(links.mentionedAt.get(entity.id) ?? [])])];
  const rounds = roundIds
    .map((id) => byId.get(id))
    .filter((e): e is Entity => e !== undefined && e.id !== entity.id)
    .map((e) => roundRefOf(e, lang))
    .sort((a, b) => byWhen(b, a));

  const d = entity.dates;
  const details: EntityDetails = {
    id: entity.id,
    kind: entity.kind,
    name: name.text,
    nameLang: name.lang,
    otherNames,
    definition,
    definitionLang,
    related: refs(entity.relations?.related),
    members: refs(links.members.get(entity.id)).sort(byWhen),
    rounds,
    links: entity.links ?? [],
    sources: entity.sources.map((s) => ({ title: s.title, url: s.url })),
    citation: '',
  };
  if (entity.status) details.status = entity.status;
  if (d?.established) details.established = d.established;
  if (d?.abolished) details.abolished = d.abolished;
  if (d?.held) details.held = d.held;
  if (d?.periodStart !== undefined) details.periodStart = d.periodStart;
  if (d?.periodEnd !== undefined) details.periodEnd = d.periodEnd;
  const parent = one(entity.relations?.parent);
  if (parent) details.parent = refOf(parent, lang);
  const predecessor = one(entity.relations?.predecessor);
  if (predecessor) details.predecessor = refOf(predecessor, lang);
  const successor = one(entity.relations?.successor);
  if (successor) details.successor = refOf(successor, lang);
  if (entity.note) details.note = entity.note;
  if (entity.round) {
    const r = entity.round;
    details.round = { topics: r.topics ?? [], mentions: refs(r.mentions) };
    if (r.ordinal !== undefined) details.round.ordinal = r.ordinal;
    if (r.place) details.round.place = r.place;
    if (r.format) details.round.format = r.format;
    if (r.heads) details.round.heads = r.heads;
  }

  const definitionSource =
    entity.sources.find((s) => s.supports.some((f) => f === 'definition' || f.startsWith('definition.'))) ?? entity.sources[0];
  details.citation = [
    `${name.text}${name.lang !== 'en' ? ` (${entity.names.en})` : ''}`,
    definition,
    definitionSource ? `Source: ${definitionSource.title}, ${definitionSource.url}` : undefined,
    `Dialogue Lens dataset ${ctx.datasetVersion}${ctx.asOf ? `, as of ${ctx.asOf}` : ''}`,
  ]
    .filter(Boolean)
    .join('\n');
  return details;
}

/** Every round of a dialogue (by default the EU–Turkmenistan Human Rights Dialogue), oldest first, undated last. */
export function dialogueTimeline(entities: readonly Entity[], lang: Lang, dialogueId = HUMAN_RIGHTS_DIALOGUE_ID): RoundRef[] {
  return entities
    .filter((e) => e.kind === 'dialogue-round' && (e.relations?.parent === dialogueId || e.id.startsWith(`${dialogueId}.`)))
    .map((e) => roundRefOf(e, lang))
    .sort(byWhen);
}
