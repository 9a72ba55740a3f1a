/**
 * What the popover on a page needs besides lib/entity/details.ts, which decides what a card says
 * (components/entity/EntityCard.tsx words it): the language of the card from the "Language of the
 * cards on pages" setting, the other entities to fetch for it, and its dialogue rounds' reports
 * trimmed to the two a reader of the card is most likely to read.
 */
import type { Entity, Lang, Link } from '../dataset/schema.ts';
import { entityDetails, type Backlinks, type DetailsContext, type EntityDetails } from '../entity/details.ts';
import { UI_LOCALES, type UiLocale } from '../i18n/index.ts';
import type { PopoverLanguage } from '../settings.ts';

export interface CardLanguage {
  /** The language the entity is named (and defined) in, where the dataset has it; English otherwise. */
  names: Lang;
  /** The language of the card's own words: kind, status, labels, buttons. */
  ui: UiLocale;
}

/**
 * The `popoverLanguage` setting for a page in `page` seen in a browser whose interface language is
 * `ui`: 'page' names entities in the page's language and speaks the interface language; 'browser'
 * does both in the interface language; a language picked by name is used for both.
 */
export function cardLanguage(setting: PopoverLanguage, page: Lang, ui: UiLocale): CardLanguage {
  if (setting === 'page') return { names: page, ui };
  if (setting === 'browser') return { names: ui, ui };
  return { names: setting, ui: UI_LOCALES.includes(setting) ? setting : ui };
}

/** The ids a card names besides the entity itself, so they are fetched in one request. */
export function idsForCard(entity: Entity): string[] {
  const r = entity.relations;
  const ids = new Set<string>([
    ...(r?.parent ? [r.parent] : []),
    ...(r?.successor ? [r.successor] : []),
    ...(r?.predecessor ? [r.predecessor] : []),
    ...(r?.related ?? []),
    ...(entity.rounds ?? []),
    ...(entity.round?.mentions ?? []),
  ]);
  ids.delete(entity.id);
  return [...ids];
}

/** Reports in the card's language first, then English, then the rest (a round has them in several). */
function readableFirst(links: readonly Link[], lang: Lang): Link[] {
  const rank = (l: Link) => (l.lang === lang ? 0 : l.lang === 'en' || l.lang === undefined ? 1 : 2);
  return [...links].sort((a, b) => rank(a) - rank(b));
}

/** The content script fetches only what a card names; rounds are already listed on each entity by the build. */
const NO_BACKLINKS: Backlinks = { members: new Map(), mentionedAt: new Map() };

/**
 * What the popover's card says about `entity`, with `others` holding (at least) the entities
 * `idsForCard` names. Room next to a mention is short: the name in the card's language is followed by
 * the English one only (none when it is English), and each round by two of its reports.
 */
export function popoverDetails(entity: Entity, others: ReadonlyMap<string, Entity>, ctx: DetailsContext): EntityDetails {
  const d = entityDetails(entity, others, NO_BACKLINKS, ctx);
  return {
    ...d,
    otherNames: d.otherNames.filter((n) => n.lang === 'en'),
    rounds: d.rounds.map((r) => ({ ...r, links: readableFirst(r.links, ctx.lang).slice(0, 2) })),
  };
}
