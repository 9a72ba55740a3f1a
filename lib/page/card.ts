/**
 * What the popover says about an entity, decided here and rendered by components/popover: the
 * name in the page's language first and English second, the kind and status in words, the period
 * ("2016–2020 · superseded by 2021–2025"), the related dialogue rounds with their reports, the
 * sources, and the text "Copy citation" puts on the clipboard.
 */
import type { Entity, Kind, Lang, Link, Status } from '../dataset/schema.ts';

export const KIND_LABELS: Record<Kind, string> = {
  institution: 'Institution',
  'action-plan': 'National action plan',
  dialogue: 'Dialogue',
  'dialogue-round': 'Dialogue round',
  organization: 'Organization',
  law: 'Law',
};

export const STATUS_LABELS: Record<Status, string> = {
  active: 'Active',
  completed: 'Completed',
  superseded: 'Superseded',
  abolished: 'Abolished',
  held: 'Held',
  planned: 'Planned',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2020-06-18` → `18 June 2020`, `2020-06` → `June 2020`, `2020` → `2020`. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? date;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export interface EntityRef {
  id: string;
  name: string;
}

export interface RoundRef extends EntityRef {
  held?: string;
  links: Link[];
}

export interface Card {
  id: string;
  kind: string;
  status?: string;
  /** In the page's language when the dataset has it. */
  name: string;
  lang: Lang;
  /** English, when the name above is not. */
  englishName?: string;
  period?: string;
  definition: string;
  definitionLang: Lang;
  parent?: EntityRef;
  related: EntityRef[];
  rounds: RoundRef[];
  links: Link[];
  sources: { title: string; url: string }[];
  note?: string;
  citation: string;
}

export function nameIn(entity: Entity, lang: Lang): string {
  return entity.names[lang] ?? entity.names.en;
}

function span(entity: Entity): string | undefined {
  const d = entity.dates;
  if (!d) return undefined;
  if (d.periodStart !== undefined && d.periodEnd !== undefined) {
    return d.periodStart === d.periodEnd ? String(d.periodStart) : `${d.periodStart}–${d.periodEnd}`;
  }
  if (d.held) return formatDate(d.held);
  if (d.established && d.abolished) return `${formatDate(d.established)} – ${formatDate(d.abolished)}`;
  if (d.established) return `since ${formatDate(d.established)}`;
  if (d.abolished) return `until ${formatDate(d.abolished)}`;
  return undefined;
}

/** How a successor is named next to the period: its own period when both are plans of one family. */
function successorLabel(entity: Entity, successor: Entity | undefined, lang: Lang): string | undefined {
  if (!successor) return undefined;
  const d = successor.dates;
  const samePlanFamily = entity.relations?.parent !== undefined && entity.relations.parent === successor.relations?.parent;
  if (samePlanFamily && d?.periodStart !== undefined && d.periodEnd !== undefined) return `${d.periodStart}–${d.periodEnd}`;
  return nameIn(successor, lang);
}

export function periodOf(entity: Entity, others: ReadonlyMap<string, Entity>, lang: Lang): string | undefined {
  const parts: string[] = [];
  const own = span(entity);
  if (own) parts.push(own);
  const successorId = entity.relations?.successor;
  const successor = successorId ? successorLabel(entity, others.get(successorId), lang) : undefined;
  if (successor) parts.push(`${entity.status === 'superseded' ? 'superseded by' : 'followed by'} ${successor}`);
  return parts.length ? parts.join(' · ') : undefined;
}

function ref(id: string, others: ReadonlyMap<string, Entity>, lang: Lang): EntityRef | undefined {
  const e = others.get(id);
  return e ? { id, name: nameIn(e, lang) } : undefined;
}

/** The ids a card needs besides the entity itself, so they are fetched in one request. */
export function idsForCard(entity: Entity): string[] {
  const r = entity.relations;
  const ids = new Set<string>([
    ...(r?.parent ? [r.parent] : []),
    ...(r?.successor ? [r.successor] : []),
    ...(r?.predecessor ? [r.predecessor] : []),
    ...(r?.related ?? []),
    ...(entity.rounds ?? []),
  ]);
  ids.delete(entity.id);
  return [...ids];
}

/** Reports in the page's language first, then English, then the rest (a round has them in several). */
function readableFirst(links: readonly Link[], lang: Lang): Link[] {
  const rank = (l: Link) => (l.lang === lang ? 0 : l.lang === 'en' || l.lang === undefined ? 1 : 2);
  return [...links].sort((a, b) => rank(a) - rank(b));
}

export interface CardContext {
  lang: Lang;
  datasetVersion: string;
  asOf: string;
}

export function buildCard(entity: Entity, others: ReadonlyMap<string, Entity>, ctx: CardContext): Card {
  const { lang } = ctx;
  const name = nameIn(entity, lang);
  const nameLang: Lang = entity.names[lang] ? lang : 'en';
  const definitionLang: Lang = entity.definition[lang] ? lang : 'en';
  const definition = entity.definition[definitionLang] ?? entity.definition.en;
  const rounds = (entity.rounds ?? [])
    .map((id) => others.get(id))
    .filter((e): e is Entity => e !== undefined)
    .map((e) => ({ id: e.id, name: nameIn(e, lang), held: e.dates?.held, links: readableFirst(e.links ?? [], lang).slice(0, 2) }))
    .sort((a, b) => (b.held ?? '').localeCompare(a.held ?? ''));
  const related = (entity.relations?.related ?? [])
    .map((id) => ref(id, others, lang))
    .filter((r): r is EntityRef => r !== undefined);
  const sources = entity.sources.map((s) => ({ title: s.title, url: s.url }));
  const definitionSource =
    entity.sources.find((s) => s.supports.some((f) => f === 'definition' || f.startsWith('definition.'))) ?? entity.sources[0];
  const citation = [
    `${name}${nameLang !== 'en' ? ` (${entity.names.en})` : ''}`,
    definition,
    definitionSource ? `Source: ${definitionSource.title}, ${definitionSource.url}` : undefined,
    `Dialogue Lens dataset ${ctx.datasetVersion}, as of ${ctx.asOf}`,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    id: entity.id,
    kind: KIND_LABELS[entity.kind],
    status: entity.status ? STATUS_LABELS[entity.status] : undefined,
    name,
    lang: nameLang,
    englishName: nameLang !== 'en' ? entity.names.en : undefined,
    period: periodOf(entity, others, lang),
    definition,
    definitionLang,
    parent: entity.relations?.parent ? ref(entity.relations.parent, others, lang) : undefined,
    related,
    rounds,
    links: entity.links ?? [],
    sources,
    note: entity.note,
    citation,
  };
}
