/**
 * What the popover says about an entity, decided here and rendered by components/popover: the
 * name in the page's language first and English second, the kind and status in words, the period
 * ("2016–2020 · superseded by 2021–2025"), the related dialogue rounds with their reports, the
 * sources, and the text "Copy citation" puts on the clipboard.
 */
import type { Entity, Kind, Lang, Link, Status } from '../dataset/schema.ts';
import {
  entityDetails,
  nameIn,
  type Backlinks,
  type DetailsContext,
  type EntityRef as DetailsRef,
} from '../entity/details.ts';

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
  return nameIn(successor, lang).text;
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

export type CardContext = DetailsContext;

/** The content script fetches only what a card names; rounds are already listed on each entity by the build. */
const NO_BACKLINKS: Backlinks = { members: new Map(), mentionedAt: new Map() };

const refOnly = (r: DetailsRef): EntityRef => ({ id: r.id, name: r.name });

/** The popover's wording of what lib/entity/details.ts says about an entity. */
export function buildCard(entity: Entity, others: ReadonlyMap<string, Entity>, ctx: CardContext): Card {
  const d = entityDetails(entity, others, NO_BACKLINKS, ctx);
  return {
    id: d.id,
    kind: KIND_LABELS[d.kind],
    status: d.status ? STATUS_LABELS[d.status] : undefined,
    name: d.name,
    lang: d.nameLang,
    englishName: d.nameLang !== 'en' ? entity.names.en : undefined,
    period: periodOf(entity, others, ctx.lang),
    definition: d.definition,
    definitionLang: d.definitionLang,
    parent: d.parent ? refOnly(d.parent) : undefined,
    related: d.related.map(refOnly),
    rounds: d.rounds.map((r) => ({ ...refOnly(r), held: r.held, links: readableFirst(r.links, ctx.lang).slice(0, 2) })),
    links: d.links,
    sources: d.sources,
    note: d.note,
    citation: d.citation,
  };
}
