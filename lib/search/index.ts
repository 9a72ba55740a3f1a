/**
 * Search over the whole dataset for the popup: names, aliases and definitions in English, Russian
 * and Turkmen, case- and diacritic-insensitive, every word of the query a word or word start of the
 * entity ("gender 2021", "ombudsw"), ranked so that a whole name or alias beats a word in a
 * definition.
 *
 * Words are looked up in a sorted vocabulary (a prefix is a contiguous range of it), so a keystroke
 * costs a binary search and the postings of the matching words, not a pass over 2,000 entities.
 * Fuse.js does the fuzzy part: a query word that starts no word of the dataset ("ombudswomen",
 * "меджлиз") is matched against the few vocabulary words that share most of its letter pairs, and
 * its Bitap score says how close each is. Run over every name, alias and definition instead, Fuse
 * alone takes 30–250 ms a query at 2,000 entities (measured; see scripts/bench-search.ts).
 *
 * The index is flat (strings, typed arrays, one small record per entity) so that it survives
 * structuredClone into IndexedDB and back quickly: the popup keeps it between openings
 * (entrypoints/popup/search-cache.ts) instead of reading every entity and rebuilding it.
 * Bump SEARCH_INDEX_FORMAT when the layout changes.
 */
import Fuse from 'fuse.js';
import type { Entity, Kind, Lang } from '../dataset/schema.ts';
import { foldForSearch, words } from './fold.ts';

export { foldForSearch } from './fold.ts';

// Where in an entity a word was found, in order of weight.
const F_NAME = 0;
const F_ALIAS = 1;
const F_KEYWORD = 2;
const F_DEFINITION = 3;
const FIELD_WEIGHT = [1, 0.9, 0.6, 0.35] as const;

/** What a hit shows of its entity: enough for a result line, without definitions, aliases or sources. */
export type SearchEntry = Pick<Entity, 'id' | 'kind' | 'names'> & { dates?: Entity['dates'] };

const TITLE_LANGS: readonly Lang[] = ['en', 'ru', 'tk'];
const TITLE_ALIAS = 4;
const SEP = '\u0000';

/** Bumped whenever the index's layout, folding or scoring data changes, so a stored copy of an older one is not used. */
export const SEARCH_INDEX_FORMAT = 2;

export interface SearchIndex {
  /** Per entity, in index order. */
  readonly entries: readonly SearchEntry[];
  /** Every folded word of the dataset, sorted by code unit, unique. */
  readonly vocabulary: readonly string[];
  /**
   * Postings of vocabulary[w]: postingData[postingStart[w] .. postingStart[w+1]-1], each entity
   * number × 4 + field number, one per entity (its best field). Flat arrays: 2,000 entities make
   * ~300,000 postings, and one array per word would keep the garbage collector busy.
   */
  readonly postingStart: Int32Array;
  readonly postingData: Int32Array;
  /** Vocabulary numbers of words that occur in a name, alias or keyword (the fuzzy pool). */
  readonly titleWords: Int32Array;
  /**
   * Names and aliases, kept whole for phrase scoring and to show what matched: entity e has titles
   * titleOf[e] .. titleOf[e+1]-1; title t is titleText (and, folded, titleFolded) between the t-th
   * and (t+1)-th separator, with language and alias flag in titleInfo[t].
   */
  readonly titleOf: Int32Array;
  readonly titleText: string;
  readonly titleTextAt: Int32Array;
  readonly titleFolded: string;
  readonly titleFoldedAt: Int32Array;
  readonly titleInfo: Uint8Array;
  /** 1 for entities that others name as their parent (a plan family, a dialogue): ahead of their members on a tie. */
  readonly parent: Uint8Array;
  /** Whether definitions are indexed (the popup builds a names-only index first). */
  readonly definitions: boolean;
  /** Letter pair → titleWords positions, built on the first fuzzy lookup (not kept in a cached copy). */
  bigrams?: Map<string, number[]>;
}

export interface SearchOptions {
  /** Only entities of these kinds. */
  kinds?: ReadonlySet<Kind>;
  /** At most this many hits (default 50). */
  limit?: number;
}

export interface SearchHit {
  entity: SearchEntry;
  score: number;
  /** The name or alias that matched the query best, when one did; absent when only the definition or keywords did. */
  matched?: { text: string; lang: Lang; field: 'name' | 'alias' };
}

function yearsOf(entity: Entity): number[] {
  const d = entity.dates;
  if (!d) return [];
  const years: number[] = [];
  if (d.periodStart !== undefined) {
    const end = Math.min(d.periodEnd ?? d.periodStart, d.periodStart + 30);
    for (let y = d.periodStart; y <= end; y++) years.push(y);
  }
  for (const date of [d.held, d.established, d.abolished]) if (date) years.push(Number(date.slice(0, 4)));
  return years;
}

function keywordText(entity: Entity): string {
  return [entity.id, ...yearsOf(entity), entity.round?.place ?? ''].join(' ');
}

function definitionText(entity: Entity): string {
  const parts: string[] = [entity.definition.en, entity.definition.ru ?? '', entity.definition.tk ?? ''];
  if (entity.round?.topics) parts.push(...entity.round.topics);
  return parts.join(' ');
}

/** Postings under construction: per word a linked list, newest first, in growable typed arrays. */
class PostingBuilder {
  readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  head = new Int32Array(4096);
  title = new Uint8Array(4096);
  next = new Int32Array(65536);
  entity = new Int32Array(65536);
  field = new Uint8Array(65536);
  size = 0;

  add(word: string, e: number, field: number): void {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
      if (id >= this.head.length) {
        this.head = grow(this.head, this.head.length * 2);
        this.title = grow(this.title, this.head.length);
      }
      this.head[id] = -1;
    }
    if (field !== F_DEFINITION) this.title[id] = 1;
    const h = this.head[id]!;
    // Entities are added one after the other, so an entity's earlier posting for this word is the newest.
    if (h >= 0 && this.entity[h] === e) {
      if (field < this.field[h]!) this.field[h] = field;
      return;
    }
    const n = this.size++;
    if (n >= this.next.length) {
      this.next = grow(this.next, n * 2);
      this.entity = grow(this.entity, n * 2);
      this.field = grow(this.field, n * 2);
    }
    this.next[n] = h;
    this.entity[n] = e;
    this.field[n] = field;
    this.head[id] = n;
  }

  addText(folded: string, e: number, field: number): void {
    let from = 0;
    while (from < folded.length) {
      let to = folded.indexOf(' ', from);
      if (to < 0) to = folded.length;
      this.add(folded.slice(from, to), e, field);
      from = to + 1;
    }
  }
}

function grow<T extends Int32Array | Uint8Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

export interface BuildOptions {
  /**
   * Index the definitions too (default). Without them the index builds several times faster, so
   * the popup can answer from names and aliases at once and add definitions a moment later.
   */
  definitions?: boolean;
}

function entryOf(e: Entity): SearchEntry {
  const entry: SearchEntry = { id: e.id, kind: e.kind, names: e.names };
  if (e.dates) entry.dates = e.dates;
  return entry;
}

export function buildSearchIndex(entities: readonly Entity[], options: BuildOptions = {}): SearchIndex {
  const withDefinitions = options.definitions ?? true;
  const pb = new PostingBuilder();
  const titleOf = new Int32Array(entities.length + 1);
  const texts: string[] = [];
  const folds: string[] = [];
  const info: number[] = [];

  entities.forEach((entity, e) => {
    titleOf[e] = texts.length;
    const add = (text: string, lang: Lang, alias: boolean) => {
      const folded = foldForSearch(text);
      texts.push(text);
      folds.push(folded);
      info.push(TITLE_LANGS.indexOf(lang) | (alias ? TITLE_ALIAS : 0));
      pb.addText(folded, e, alias ? F_ALIAS : F_NAME);
    };
    for (const lang of TITLE_LANGS) {
      const text = entity.names[lang];
      if (text) add(text, lang, false);
    }
    for (const alias of entity.aliases) add(alias.text, alias.lang, true);
    pb.addText(foldForSearch(keywordText(entity)), e, F_KEYWORD);
    if (withDefinitions) pb.addText(foldForSearch(definitionText(entity)), e, F_DEFINITION);
  });
  titleOf[entities.length] = texts.length;

  const order = pb.words.map((_, i) => i).sort((a, b) => (pb.words[a]! < pb.words[b]! ? -1 : 1));
  const vocabulary = order.map((i) => pb.words[i]!);
  const postingStart = new Int32Array(order.length + 1);
  const postingData = new Int32Array(pb.size);
  const titleWords: number[] = [];
  let n = 0;
  order.forEach((id, w) => {
    postingStart[w] = n;
    for (let p = pb.head[id]!; p >= 0; p = pb.next[p]!) postingData[n++] = pb.entity[p]! * 4 + pb.field[p]!;
    if (pb.title[id]) titleWords.push(w);
  });
  postingStart[order.length] = n;

  const numberOf = new Map(entities.map((e, i) => [e.id, i]));
  const parent = new Uint8Array(entities.length);
  for (const e of entities) {
    const p = e.relations?.parent !== undefined ? numberOf.get(e.relations.parent) : undefined;
    if (p !== undefined) parent[p] = 1;
  }
  const joined = (parts: string[]) => {
    const at = new Int32Array(parts.length + 1);
    let offset = 0;
    parts.forEach((part, i) => {
      at[i] = offset;
      offset += part.length + 1;
    });
    at[parts.length] = offset;
    return { text: parts.join(SEP) + SEP, at };
  };
  const t = joined(texts);
  const f = joined(folds);
  const index: SearchIndex = {
    entries: entities.map(entryOf),
    vocabulary,
    postingStart,
    postingData,
    titleWords: Int32Array.from(titleWords),
    titleOf,
    titleText: t.text,
    titleTextAt: t.at,
    titleFolded: f.text,
    titleFoldedAt: f.at,
    titleInfo: Uint8Array.from(info),
    parent,
    definitions: withDefinitions,
  };
  if (withDefinitions) bigramIndex(index);
  return index;
}

/** The index as stored (everything but the letter-pair map, which is rebuilt when first needed). */
export function storableSearchIndex(index: SearchIndex): SearchIndex {
  const copy = { ...index };
  delete copy.bigrams;
  return copy;
}

/** First vocabulary position whose word is ≥ `key`. */
function lowerBound(vocabulary: readonly string[], key: string): number {
  let lo = 0;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (vocabulary[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A prefix shorter than this does not reach into definitions: "ga" should not find "gave". */
const MIN_DEFINITION_PREFIX = 3;
/** Enough words for any real prefix; a one-letter prefix stops here instead of walking the whole vocabulary. */
const MAX_PREFIX_WORDS = 4000;

function addPostings(index: SearchIndex, w: number, wordScore: number, exact: boolean, shortPrefix: boolean, into: Map<number, number>) {
  const { postingData } = index;
  for (let i = index.postingStart[w]!, end = index.postingStart[w + 1]!; i < end; i++) {
    const p = postingData[i]!;
    const field = p & 3;
    if (field === F_DEFINITION && shortPrefix && !exact) continue;
    const score = FIELD_WEIGHT[field as 0 | 1 | 2 | 3] * wordScore;
    const e = p >> 2;
    const prev = into.get(e);
    if (prev === undefined || score > prev) into.set(e, score);
  }
}

function prefixMatches(index: SearchIndex, token: string): Map<number, number> {
  const found = new Map<number, number>();
  const { vocabulary } = index;
  const shortPrefix = token.length < MIN_DEFINITION_PREFIX;
  const end = Math.min(vocabulary.length, lowerBound(vocabulary, token) + MAX_PREFIX_WORDS);
  for (let w = lowerBound(vocabulary, token); w < end; w++) {
    const word = vocabulary[w]!;
    if (!word.startsWith(token)) break;
    const exact = word.length === token.length;
    // A whole word beats a word start; a longer share of the word beats a shorter one.
    const wordScore = exact ? 1 : 0.55 + (0.35 * token.length) / word.length;
    addPostings(index, w, wordScore, exact, shortPrefix, found);
  }
  return found;
}

function bigramsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) out.push(word.slice(i, i + 2));
  return out;
}

function bigramIndex(index: SearchIndex): Map<string, number[]> {
  if (index.bigrams) return index.bigrams;
  const map = new Map<string, number[]>();
  index.titleWords.forEach((w, pos) => {
    for (const g of new Set(bigramsOf(index.vocabulary[w]!))) {
      let list = map.get(g);
      if (!list) map.set(g, (list = []));
      list.push(pos);
    }
  });
  index.bigrams = map;
  return map;
}

const FUZZY_MIN_LENGTH = 4;
const FUZZY_CANDIDATES = 150;
const FUZZY_THRESHOLD = 0.34;
/** A word found only by a guess at a typo never outranks one typed right. */
const FUZZY_WEIGHT = 0.7;

/** Words of names and aliases close to a mistyped query word, scored by Fuse's Bitap. */
function fuzzyMatches(index: SearchIndex, token: string): Map<number, number> {
  const found = new Map<number, number>();
  if (token.length < FUZZY_MIN_LENGTH) return found;
  const grams = [...new Set(bigramsOf(token))];
  const shared = new Map<number, number>();
  const map = bigramIndex(index);
  for (const g of grams) for (const pos of map.get(g) ?? []) shared.set(pos, (shared.get(pos) ?? 0) + 1);
  const needed = Math.max(1, Math.ceil(grams.length / 2));
  const candidates = [...shared]
    .filter(([pos, n]) => {
      if (n < needed) return false;
      const len = index.vocabulary[index.titleWords[pos]!]!.length;
      return Math.abs(len - token.length) <= 3;
    })
    .sort((a, b) => b[1] - a[1])
    .slice(0, FUZZY_CANDIDATES)
    .map(([pos]) => index.titleWords[pos]!);
  if (!candidates.length) return found;
  const fuse = new Fuse(
    candidates.map((w) => index.vocabulary[w]!),
    { includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, isCaseSensitive: true },
  );
  for (const r of fuse.search(token)) {
    addPostings(index, candidates[r.refIndex]!, FUZZY_WEIGHT * (1 - (r.score ?? 1)), false, false, found);
  }
  return found;
}

interface TitleMatch {
  text: string;
  lang: Lang;
  field: 'name' | 'alias';
}

function titleScore(index: SearchIndex, e: number, query: string, tokens: readonly string[]): { score: number; best?: TitleMatch } {
  let best = -1;
  let bestScore = 0;
  for (let t = index.titleOf[e]!, end = index.titleOf[e + 1]!; t < end; t++) {
    const folded = index.titleFolded.slice(index.titleFoldedAt[t]!, index.titleFoldedAt[t + 1]! - 1);
    let s = 0;
    if (folded === query) s = 3;
    else if (folded.startsWith(query)) s = folded.charAt(query.length) === ' ' ? 1.6 : 1.2;
    else if (folded.includes(` ${query}`)) s = 0.8;
    // A word of the title starts with the token: at the title's start or after a space.
    const startsWord = (tok: string) => folded.startsWith(tok) || folded.includes(` ${tok}`);
    if (tokens.length > 1 && tokens.every(startsWord)) s += 0.6;
    if (s === 0 && tokens.some(startsWord)) s = 0.01;
    if (s === 0) continue;
    if (index.titleInfo[t]! & TITLE_ALIAS) s *= 0.95;
    // Between equally good titles, the shorter one is the more specific match.
    s += 0.05 / (1 + folded.length / 40);
    if (s > bestScore) {
      bestScore = s;
      best = t;
    }
  }
  if (best < 0) return { score: 0 };
  const infoBits = index.titleInfo[best]!;
  return {
    score: bestScore,
    best: {
      text: index.titleText.slice(index.titleTextAt[best]!, index.titleTextAt[best + 1]! - 1),
      lang: TITLE_LANGS[infoBits & 3]!,
      field: infoBits & TITLE_ALIAS ? 'alias' : 'name',
    },
  };
}

/** How many candidates get the (dearer) phrase scoring; the rest keep their word score. */
const PHRASE_SCORED = 200;

/** Per-query work arrays, one slot per entity, kept with the index so a keystroke allocates almost nothing. */
interface Scratch {
  total: Float64Array;
  count: Uint8Array;
  stamp: Uint32Array;
  query: number;
}
const scratches = new WeakMap<SearchIndex, Scratch>();

function scratchFor(index: SearchIndex): Scratch {
  let s = scratches.get(index);
  if (!s) {
    const n = index.entries.length;
    s = { total: new Float64Array(n), count: new Uint8Array(n), stamp: new Uint32Array(n), query: 0 };
    scratches.set(index, s);
  }
  return s;
}

export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const folded = foldForSearch(query);
  const tokens = [...new Set(words(folded))];
  if (!tokens.length) return [];
  const limit = options.limit ?? 50;
  const { kinds } = options;
  const scratch = scratchFor(index);
  const q = ++scratch.query;
  const { total, count, stamp } = scratch;
  const touched: number[] = [];

  // Every word of the query must match; when no entity has them all, the ones with the most.
  let most = 0;
  for (const t of tokens) {
    let matches = prefixMatches(index, t);
    if (!matches.size) matches = fuzzyMatches(index, t);
    for (const [e, score] of matches) {
      if (kinds && !kinds.has(index.entries[e]!.kind)) continue;
      if (stamp[e] !== q) {
        stamp[e] = q;
        total[e] = 0;
        count[e] = 0;
        touched.push(e);
      }
      total[e]! += score;
      if (++count[e]! > most) most = count[e]!;
    }
  }

  const ranked = touched.filter((e) => count[e] === most).sort((a, b) => total[b]! - total[a]!);
  // Only the best by word score get the phrase scoring; the rest cannot climb into the first `limit`.
  const hits: SearchHit[] = ranked.slice(0, Math.max(PHRASE_SCORED, limit)).map((e) => {
    const phrase = titleScore(index, e, folded, tokens);
    const hit: SearchHit = { entity: index.entries[e]!, score: total[e]! + phrase.score + (index.parent[e] ? 0.02 : 0) };
    if (phrase.best) hit.matched = phrase.best;
    return hit;
  });
  hits.sort((a, b) => b.score - a.score || (a.entity.names.en < b.entity.names.en ? -1 : a.entity.names.en > b.entity.names.en ? 1 : 0));
  return hits.slice(0, limit);
}
