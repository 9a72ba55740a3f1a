/**
 * Compiles the dataset's names and aliases into the two tries the matcher walks: a character trie
 * of word stems (which alias words can a page word be?) and a word trie of aliases (which names do
 * consecutive words spell?). The built-in place names go into the same tries, so one pass over a
 * page finds both the mentions and the context they need.
 */
import type { Entity, Lang } from '../dataset/schema.ts';
import { FOREIGN, FOREIGN_ABBREVIATIONS, HOME, type PlaceNames } from './countries.ts';
import { headLength } from './coordination.ts';
import { SUFFIX_NONE, stemsOf, wordForms } from './inflection.ts';
import { Tokens, T_WORD, casePatternOf } from './tokenize.ts';
import { TrieBuilder, doubleArray } from './trie.ts';
import {
  A_COUNCIL,
  A_EN_PLURAL,
  A_TOPIC,
  A_FOREIGN,
  A_GENERIC,
  A_HEAD,
  A_HOME,
  A_MEJLIS,
  E_CASE,
  E_INFLECTS,
  E_SCRIPT_SHIFT,
  E_STARTS,
  STEM_END,
  STEM_INFLECTS,
  STEM_PLAIN,
  STEM_SOLE,
  STEM_STARTS,
  type MentionIndex,
  type Period,
  type DatedRound,
  type RoundRef,
} from './types.ts';

interface AliasSpec {
  text: string;
  lang: Lang;
  entity: number;
  generic: boolean;
  caseSensitive: boolean;
  role: 0 | typeof A_FOREIGN | typeof A_HOME;
}

interface Word {
  folded: string;
  kind: number;
  /** The word as written in the alias, for its letter case. */
  written: string;
}

/**
 * The words of every alias, from one scan of all of them joined by blank lines. One long scan, not
 * thousands of short ones: the scanner's machine code is then tuned (by the JIT) for the long page
 * texts it really reads, not for a zoo of tiny strings of every internal representation.
 */
function wordsOfAll(texts: readonly string[]): Word[][] {
  const joined = texts.join('\n\n');
  const tokens = new Tokens();
  tokens.scan(joined, null);
  const words: Word[][] = texts.map(() => []);
  let alias = 0;
  let aliasEnd = texts.length ? texts[0]!.length : 0;
  for (let k = 0; k < tokens.count; k++) {
    const start = tokens.start[k]!;
    while (start >= aliasEnd && alias + 1 < texts.length) {
      alias++;
      aliasEnd += 2 + texts[alias]!.length;
    }
    const folded = tokens.textOf(k);
    const end = tokens.end[k]!;
    // Most words are written as they fold; only the others need their own copy for the case check.
    const written = end - start === folded.length && joined.startsWith(folded, start) ? folded : joined.slice(start, end);
    words[alias]!.push({ folded, kind: tokens.kind[k]!, written });
  }
  return words;
}

/** The built-in place names never change: their words are read once. */
let placeWords: { specs: AliasSpec[]; words: Word[][] } | undefined;

/** Names and aliases of each entity (a name is never generic). */
function entityAliases(entities: readonly Entity[]): AliasSpec[] {
  const specs: AliasSpec[] = [];
  entities.forEach((entity, index) => {
    for (const lang of ['en', 'ru', 'tk'] as const) {
      const name = entity.names[lang];
      if (name) specs.push({ text: name, lang, entity: index, generic: false, caseSensitive: false, role: 0 });
    }
    for (const alias of entity.aliases ?? []) {
      specs.push({ text: alias.text, lang: alias.lang, entity: index, generic: Boolean(alias.generic), caseSensitive: Boolean(alias.caseSensitive), role: 0 });
    }
  });
  return specs;
}

function placeAliases(): { specs: AliasSpec[]; words: Word[][] } {
  if (placeWords) return placeWords;
  const specs: AliasSpec[] = [];
  const add = (names: PlaceNames, role: AliasSpec['role'], caseSensitive: boolean) => {
    for (const lang of ['en', 'ru', 'tk'] as const) {
      for (const text of names[lang]) specs.push({ text, lang, entity: -1, generic: false, caseSensitive, role });
    }
  };
  add(HOME, A_HOME, false);
  add(FOREIGN, A_FOREIGN, false);
  add(FOREIGN_ABBREVIATIONS, A_FOREIGN, true);
  placeWords = { specs, words: wordsOfAll(specs.map((s) => s.text)) };
  return placeWords;
}

/** One spec per distinct spelling within an entity; a spelling is generic only if all its listings are. */
function distinct(specs: AliasSpec[], words: Word[][]): { spec: AliasSpec; words: Word[] }[] {
  const kept = new Map<string, { spec: AliasSpec; words: Word[] }>();
  specs.forEach((spec, i) => {
    const spelled = spec.caseSensitive ? spec.text : words[i]!.map((w) => w.folded).join(' ');
    const key = `${spec.entity}\u0001${spec.role}\u0001${spec.caseSensitive}\u0001${spelled}`;
    const seen = kept.get(key);
    if (seen) seen.spec.generic &&= spec.generic;
    else kept.set(key, { spec: { ...spec }, words: words[i]! });
  });
  return [...kept.values()];
}

const MEJLIS_SPELLINGS = ['mejlis', 'mejilis', 'majlis'];
/** Words for bodies named by what they deal with: "Interdepartmental Commission on …", "комиссия по …", "… boýunça topar", "EU Special Representative for …". */
const TOPIC_HEADS = new Set(['commission', 'committee', 'комиссия', 'комитет', 'topar', 'komitet', 'representative', 'представитель', 'genes']);

/** Sense rules keyed by what an alias says, whatever entity or language it belongs to. */
function senseFlags(words: readonly string[]): number {
  const core = words[0] === 'the' ? words.slice(1) : words;
  let flags = 0;
  // "Mejlis" and the ways it is spelled ("Mejilis", "Majlis") are also the Turkmen noun "session".
  if (core.length === 1 && MEJLIS_SPELLINGS.some((m) => core[0]!.startsWith(m))) flags |= A_MEJLIS;
  if (core.length > 0 && TOPIC_HEADS.has(core[core.length - 1]!)) flags |= A_TOPIC;
  if (core.length >= 2) {
    const [a, b] = core as [string, string];
    if (((a === 'halk' || a === 'khalk') && (b.startsWith('maslahat') || b.startsWith('maslakhat'))) || (a === 'халк' && b.startsWith('маслахат'))) flags |= A_COUNCIL;
  }
  return flags;
}

export function buildIndex(entities: readonly Entity[]): MentionIndex {
  const sorted = [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const listed = entityAliases(sorted);
  const places = placeAliases();
  const specs = [
    ...distinct(listed, wordsOfAll(listed.map((s) => s.text))),
    ...places.specs.map((spec, i) => ({ spec, words: places.words[i]! })),
  ];

  const chars = new TrieBuilder();
  const charRoot = chars.addRoot();
  /** (char node, group, flags) triples: each group's stems are distinct, so no triple repeats. */
  const entries: number[] = [];
  const groups = new Map<string, number>();
  const casePatterns = new Map<number, string>();

  const phrase = new TrieBuilder();
  const root = phrase.addRoot();
  const tailRoot = phrase.addRoot();
  const outputs = new Map<number, number[]>();

  const aliasText: string[] = [];
  const aliasEntity: number[] = [];
  const aliasFlags: number[] = [];

  const groupOf = (word: Word, lang: Lang, sensitive: boolean, last: boolean): number => {
    const pattern = sensitive ? casePatternOf(word.written) : '';
    // A mark inside a case-sensitive alias ("OSCE/ODIHR") has no case to compare.
    const caseSensitive = sensitive && pattern !== '';
    const forms = word.kind === T_WORD ? wordForms(word.folded, lang, last) : null;
    const key = `${word.folded}\u0001${forms?.code ?? ''}${pattern}`;
    let group = groups.get(key);
    if (group !== undefined) return group;
    group = groups.size;
    groups.set(key, group);
    if (caseSensitive) casePatterns.set(group, pattern);
    const stems = forms ? stemsOf(word.folded, forms, caseSensitive) : [{ stem: word.folded, inflects: false }];
    const accept = forms?.accept ?? SUFFIX_NONE;
    // Stems are prefixes of the word (but for an alternated consonant): one walk down the trie reaches them.
    const along: number[] = [charRoot];
    for (let i = 0; i < word.folded.length; i++) along.push(chars.child(along[i]!, word.folded.charCodeAt(i)));
    for (const { stem, inflects } of stems) {
      const flags = (inflects ? E_INFLECTS : 0) | (accept << E_SCRIPT_SHIFT) | (caseSensitive ? E_CASE : 0);
      let node = along[stem.length]!;
      // A stem with an alternated consonant ("ministrlik" of "ministrligi") is not a prefix of the word.
      if (!word.folded.startsWith(stem)) {
        node = charRoot;
        for (let i = 0; i < stem.length; i++) node = chars.child(node, stem.charCodeAt(i));
      }
      entries.push(node, group, flags);
    }
    return group;
  };

  const insert = (from: number, path: readonly number[], alias: number) => {
    let node = from;
    for (const group of path) node = phrase.child(node, group);
    const list = outputs.get(node);
    if (!list) outputs.set(node, [alias]);
    else if (!list.includes(alias)) list.push(alias);
  };

  // The English plurals of each entity's one-word English names ("ombudsman" → "ombudsmen").
  const englishPlurals = new Map<number, Set<string>>();
  for (const { spec, words } of specs) {
    if (spec.lang !== 'en' || spec.role !== 0) continue;
    const core = words.map((w) => w.folded).filter((w) => w !== 'the');
    if (core.length !== 1) continue;
    const word = core[0]!;
    const set = englishPlurals.get(spec.entity) ?? new Set<string>();
    set.add(word.endsWith('man') ? `${word.slice(0, -3)}men` : `${word}s`);
    englishPlurals.set(spec.entity, set);
  }

  for (const { spec, words } of specs) {
    if (words.length === 0) continue;
    const alias = aliasText.length;
    const path = words.map((w, i) => groupOf(w, spec.lang, spec.caseSensitive, i === words.length - 1));
    const folded = words.map((w) => w.folded);
    let flags = spec.role | senseFlags(folded);
    if (spec.generic) flags |= A_GENERIC;
    if (spec.generic && spec.lang === 'tk' && folded.length === 1 && englishPlurals.get(spec.entity)?.has(folded[0]!)) flags |= A_EN_PLURAL;
    insert(root, path, alias);
    // "Dialogue “Turkmenistan – the European Union”" is the same name without its inner "the".
    const inner = folded.map((w, i) => w === 'the' && i > 0 && i < folded.length - 1);
    if (inner.some(Boolean)) insert(root, path.filter((_, i) => !inner[i]), alias);
    if (spec.role === 0) {
      const lead = folded[0] === 'the' ? 1 : 0;
      const head = headLength(folded.slice(lead));
      if (head > 0) {
        flags |= A_HEAD;
        insert(tailRoot, path.slice(lead + head), alias);
      }
    }
    aliasText.push(spec.text);
    aliasEntity.push(spec.entity);
    aliasFlags.push(flags);
  }
  const groupThe = groupOf({ folded: 'the', kind: T_WORD, written: 'the' }, 'en', false, true);

  const periods = new Map<number, Period[]>();
  const indexOf = new Map(sorted.map((e, i) => [e.id, i]));
  sorted.forEach((entity, i) => {
    const parent = entity.relations?.parent;
    const start = entity.dates?.periodStart;
    const end = entity.dates?.periodEnd;
    if (!parent || start === undefined || end === undefined) return;
    const family = indexOf.get(parent);
    if (family === undefined) return;
    const list = periods.get(family) ?? [];
    list.push({ start, end, entity: i });
    periods.set(family, list);
  });

  const rounds: number[] = [];
  const roundDates: number[] = [];
  sorted.forEach((entity, i) => {
    const dialogue = entity.relations?.parent === undefined ? undefined : indexOf.get(entity.relations.parent);
    if (entity.kind !== 'dialogue-round' || dialogue === undefined) return;
    const ordinal = entity.round?.ordinal;
    if (ordinal !== undefined) rounds.push(dialogue, ordinal, i);
    const held = dateNumber(entity.dates?.held);
    if (held > 0) roundDates.push(dialogue, held, i);
  });

  // A body whose predecessor belonged to a structure it is not part of itself.
  const formerBodies: number[] = [];
  sorted.forEach((entity, i) => {
    const predecessor = entity.relations?.predecessor === undefined ? undefined : indexOf.get(entity.relations.predecessor);
    if (predecessor === undefined) return;
    const structure = sorted[predecessor]!.relations?.parent;
    const within = structure === undefined ? undefined : indexOf.get(structure);
    if (within !== undefined && entity.relations?.parent !== structure) formerBodies.push(i, predecessor, within);
  });

  const frozenChars = chars.freeze([charRoot]);
  const charEntries = entries.map((v, i) => (i % 3 === 0 ? frozenChars.renumber[v]! : v));
  const phraseOutputs: number[] = [];
  const frozenPhrase = phrase.freeze([root, tailRoot]);
  for (const [node, list] of outputs) for (const alias of list) phraseOutputs.push(frozenPhrase.renumber[node]!, alias);

  return assembleIndex({
    entityIds: sorted.map((e) => e.id),
    aliasText,
    aliasEntity,
    aliasFlags,
    groupCount: groups.size,
    groupThe,
    casePatterns: [...casePatterns],
    charFirst: frozenChars.first,
    charLabels: frozenChars.labels,
    charEntries,
    phraseFirst: frozenPhrase.first,
    phraseLabels: frozenPhrase.labels,
    phraseTailRoot: frozenPhrase.renumber[tailRoot]!,
    phraseOutputs,
    periods: [...periods].flatMap(([family, list]) => list.flatMap((p) => [family, p.start, p.end, p.entity])),
    rounds,
    roundDates,
    formerBodies,
  });
}

/** Flattened (dialogue, value, round entity) triples, as lists by dialogue. */
function byDialogue<T>(triples: readonly number[], make: (value: number, entity: number) => T): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (let i = 0; i + 2 < triples.length; i += 3) {
    const list = out.get(triples[i]!) ?? [];
    list.push(make(triples[i + 1]!, triples[i + 2]!));
    out.set(triples[i]!, list);
  }
  return out;
}

/** "2020-06-18" → 20200618, "2016-05" → 20160500; 0 for a year alone or nothing. */
function dateNumber(date: string | undefined): number {
  const m = date ? /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date) : null;
  return m ? Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3] ?? 0) : 0;
}

/** The parts of an index that are stored; everything else is derived here (also by `loadIndex`). */
export interface IndexParts {
  entityIds: string[];
  aliasText: string[];
  aliasEntity: readonly number[];
  aliasFlags: readonly number[];
  groupCount: number;
  groupThe: number;
  casePatterns: [number, string][];
  charFirst: Int32Array;
  charLabels: readonly number[];
  charEntries: readonly number[];
  phraseFirst: Int32Array;
  phraseLabels: readonly number[];
  phraseTailRoot: number;
  phraseOutputs: readonly number[];
  periods: readonly number[];
  rounds: readonly number[];
  roundDates: readonly number[];
  formerBodies: readonly number[];
}

function csr(count: number, pairs: readonly number[], stride: number): { first: Int32Array; order: Int32Array } {
  const first = new Int32Array(count + 1);
  for (let i = 0; i < pairs.length; i += stride) first[pairs[i]! + 1]!++;
  for (let k = 0; k < count; k++) first[k + 1]! += first[k]!;
  const fill = first.slice(0, count);
  const order = new Int32Array(pairs.length / stride);
  for (let i = 0, r = 0; i < pairs.length; i += stride, r++) order[fill[pairs[i]!]!++] = r;
  return { first, order };
}

export function assembleIndex(parts: IndexParts): MentionIndex {
  const nodes = parts.charLabels.length;
  const label = Uint16Array.from(parts.charLabels);

  const entries = csr(nodes, parts.charEntries, 3);
  const entryGroup = new Int32Array(entries.order.length);
  const entryFlags = new Uint8Array(entries.order.length);
  const phraseLabel = Int32Array.from(parts.phraseLabels);
  const phraseRoot = new Int32Array(parts.groupCount).fill(-1);
  for (let k = parts.phraseFirst[0]!; k < parts.phraseFirst[1]!; k++) phraseRoot[phraseLabel[k]!] = k;
  entries.order.forEach((row, at) => {
    const group = parts.charEntries[row * 3 + 1]!;
    entryGroup[at] = group;
    entryFlags[at] = (parts.charEntries[row * 3 + 2]! & ~E_STARTS) | (phraseRoot[group]! >= 0 ? E_STARTS : 0);
  });

  const phraseNodes = parts.phraseLabels.length;
  const outs = csr(phraseNodes, parts.phraseOutputs, 2);
  const out = new Int32Array(outs.order.length);
  // Within a node, outputs keep insertion order, which follows entity id order: ties resolve the same way everywhere.
  outs.order.forEach((row, at) => {
    out[at] = parts.phraseOutputs[row * 2 + 1]!;
  });

  const periods = new Map<number, Period[]>();
  for (let i = 0; i < parts.periods.length; i += 4) {
    const family = parts.periods[i]!;
    const list = periods.get(family) ?? [];
    list.push({ start: parts.periods[i + 1]!, end: parts.periods[i + 2]!, entity: parts.periods[i + 3]! });
    periods.set(family, list);
  }

  const rounds = byDialogue<RoundRef>(parts.rounds, (ordinal, entity) => ({ ordinal, entity }));
  const roundDates = byDialogue<DatedRound>(parts.roundDates, (date, entity) => ({ date, entity }));

  const slots = doubleArray(parts.charFirst, label);
  const stemEnd = new Uint8Array(slots.base.length);
  for (let k = 0; k < nodes; k++) {
    if (entries.first[k] === entries.first[k + 1]) continue;
    let bits = STEM_END | STEM_PLAIN;
    for (let e = entries.first[k]!; e < entries.first[k + 1]!; e++) {
      if (entryFlags[e]! & E_CASE) bits &= ~STEM_PLAIN;
      if (entryFlags[e]! & E_INFLECTS) bits |= STEM_INFLECTS;
      if (entryFlags[e]! & E_STARTS) bits |= STEM_STARTS;
    }
    stemEnd[slots.slot[k]!] = bits;
  }
  const size = slots.base.length;
  const depth = new Uint16Array(size);
  const stemUp = new Int32Array(size).fill(-1);
  const stemAbove = new Int32Array(size).fill(-1);
  const inflectsUp = new Int32Array(size).fill(-1);
  // Breadth-first: a parent's links are known before its children's.
  for (let k = 0; k < nodes; k++) {
    const parent = slots.slot[k]!;
    for (let c = parts.charFirst[k]!; c < parts.charFirst[k + 1]!; c++) {
      const child = slots.slot[c]!;
      depth[child] = depth[parent]! + 1;
      stemAbove[child] = stemUp[parent]!;
      stemUp[child] = stemEnd[child] ? child : stemUp[parent]!;
      inflectsUp[child] = stemEnd[child]! & STEM_INFLECTS ? child : inflectsUp[parent]!;
    }
  }
  for (let s = 0; s < size; s++) {
    if (!(stemEnd[s]! & STEM_PLAIN)) continue;
    let sole = true;
    for (let a = stemAbove[s]!; a >= 0 && sole; a = stemAbove[a]!) if (stemEnd[a]! & STEM_INFLECTS) sole = false;
    if (sole) stemEnd[s] = stemEnd[s]! | STEM_SOLE;
  }

  return {
    chars: { first: parts.charFirst, label, entryFirst: entries.first, entryGroup, entryFlags, slots, stemEnd, depth, stemAbove, inflectsUp },
    casePatterns: new Map(parts.casePatterns),
    groupCount: parts.groupCount,
    groupThe: parts.groupThe,
    phrase: {
      first: parts.phraseFirst,
      label: phraseLabel,
      root: phraseRoot,
      tailRoot: parts.phraseTailRoot,
      outFirst: outs.first,
      out,
    },
    aliasText: parts.aliasText,
    aliasEntity: Int32Array.from(parts.aliasEntity),
    aliasFlags: Uint16Array.from(parts.aliasFlags),
    entityIds: parts.entityIds,
    periods,
    rounds,
    roundDates,
    formerBodies: Int32Array.from(parts.formerBodies),
  };
}
