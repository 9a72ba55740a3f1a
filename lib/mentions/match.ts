/**
 * Finding mentions: one scan of the text (tokenize.ts), a walk of the alias trie from every word
 * that can start a name, then the context rules, plan periods, overlap resolution and
 * coordinated names, all of which only look at the few places where something matched.
 */
import { PARLIAMENT, SESSION, isLocalCouncil, mejlisSense, ownedAbroad, type PlaceSpan, type Places } from './context.ts';
import { tailStart } from './coordination.ts';
import { buildIndex } from './index-build.ts';
import { periodAfter, periodBefore } from './periods.ts';
import { C_APOS, C_QUOTE, CLASS_MASK, charClass } from './normalize.ts';
import { F_PARA, Tokens } from './tokenize.ts';
import { childIn } from './trie.ts';
import {
  A_COUNCIL,
  A_FOREIGN,
  A_GENERIC,
  A_HEAD,
  A_HOME,
  A_MEJLIS,
  type MatchOptions,
  type Mention,
  type MentionIndex,
} from './types.ts';

/** A possible mention, in tokens (inclusive). */
interface Candidate {
  s: number;
  e: number;
  alias: number;
  entity: number;
  generic: boolean;
}

export interface TextContext {
  aboutTurkmenistan: boolean;
  mejlisAsSession: boolean;
}

const tokens = new Tokens();
let occupied = new Uint8Array(1024);

function walkAliases(index: MentionIndex, found: Candidate[]): void {
  const { first, label, root, outFirst, out } = index.phrase;
  const { candFirst, cand, flags, count } = tokens;
  const groupThe = index.groupThe;
  const isThe = (j: number) => {
    for (let c = candFirst[j]!; c < candFirst[j + 1]!; c++) if (cand[c] === groupThe) return true;
    return false;
  };
  const walk = (node: number, s: number, e: number): void => {
    for (let o = outFirst[node]!; o < outFirst[node + 1]!; o++) {
      const alias = out[o]!;
      found.push({ s, e, alias, entity: index.aliasEntity[alias]!, generic: (index.aliasFlags[alias]! & A_GENERIC) !== 0 });
    }
    if (first[node] === first[node + 1]) return;
    const j = e + 1;
    if (j >= count || flags[j]! & F_PARA) return;
    for (let c = candFirst[j]!; c < candFirst[j + 1]!; c++) {
      const next = childIn(first, label, node, cand[c]!);
      if (next >= 0) walk(next, s, j);
    }
    // A "the" the name does not have: "Dialogue “Turkmenistan – the European Union”".
    if (groupThe >= 0 && j + 1 < count && !(flags[j + 1]! & F_PARA) && isThe(j) && childIn(first, label, node, groupThe) < 0) {
      for (let c = candFirst[j + 1]!; c < candFirst[j + 2]!; c++) {
        const next = childIn(first, label, node, cand[c]!);
        if (next >= 0) walk(next, s, j + 1);
      }
    }
  };
  for (let i = 0; i < count; i++) {
    for (let c = candFirst[i]!; c < candFirst[i + 1]!; c++) {
      const node = root[cand[c]!]!;
      if (node >= 0) walk(node, i, i);
    }
  }
}

/** The longest coordinated tail starting at token j ("Internal Affairs"), if any. */
function walkTail(index: MentionIndex, j: number): Candidate | null {
  const { first, label, outFirst, out, tailRoot } = index.phrase;
  const { candFirst, cand, flags, count } = tokens;
  let best: Candidate | null = null;
  const walk = (node: number, e: number): void => {
    if (outFirst[node] !== outFirst[node + 1] && (!best || e > best.e)) {
      const alias = out[outFirst[node]!]!;
      best = { s: j, e, alias, entity: index.aliasEntity[alias]!, generic: (index.aliasFlags[alias]! & A_GENERIC) !== 0 };
    }
    const k = e + 1;
    if (k >= count || flags[k]! & F_PARA) return;
    for (let c = candFirst[k]!; c < candFirst[k + 1]!; c++) {
      const next = childIn(first, label, node, cand[c]!);
      if (next >= 0) walk(next, k);
    }
  };
  for (let c = candFirst[j]!; c < candFirst[j + 1]!; c++) {
    const node = childIn(first, label, tailRoot, cand[c]!);
    if (node >= 0) walk(node, j);
  }
  return best;
}

interface Analysis {
  candidates: Candidate[];
  places: Places;
  context: TextContext;
  senses: Map<Candidate, number>;
}

function analyze(index: MentionIndex, text: string, options: MatchOptions): Analysis {
  tokens.scan(text, index);
  const found: Candidate[] = [];
  walkAliases(index, found);

  const places: Places = { startAt: new Map(), endAt: new Map() };
  const candidates: Candidate[] = [];
  let home = false;
  for (const c of found) {
    const flags = index.aliasFlags[c.alias]!;
    if (!(flags & (A_FOREIGN | A_HOME))) {
      candidates.push(c);
      continue;
    }
    const span: PlaceSpan = { start: c.s, end: c.e, home: (flags & A_HOME) !== 0 };
    home ||= span.home;
    const atStart = places.startAt.get(c.s);
    if (!atStart || atStart.end < c.e) places.startAt.set(c.s, span);
    const atEnd = places.endAt.get(c.e);
    if (!atEnd || atEnd.start > c.s) places.endAt.set(c.e, span);
  }

  const senses = new Map<Candidate, number>();
  for (const c of candidates) if (index.aliasFlags[c.alias]! & A_MEJLIS) senses.set(c, mejlisSense(tokens, places, c.e));
  const context: TextContext = {
    aboutTurkmenistan: options.aboutTurkmenistan ?? home,
    mejlisAsSession: options.mejlisAsSession ?? [...senses.values()].includes(SESSION),
  };
  return { candidates, places, context, senses };
}

/**
 * Whether the text is about Turkmenistan and uses "mejlis" as a session: a content script that
 * annotates a page block by block decides these once from the whole page and passes them on.
 */
export function analyzeContext(index: MentionIndex, text: string): TextContext {
  return analyze(index, text, {}).context;
}

let placesOnly: MentionIndex | undefined;

/**
 * Match options for a whole page, decided once from text that represents it (title and first
 * paragraphs). Without the dataset's index only the page's subject can be judged (from the
 * built-in place names); the sense of Turkmen "mejlis" is then left to each piece of text.
 */
export function pageContext(text: string, index?: MentionIndex): MatchOptions {
  if (index) return analyzeContext(index, text);
  placesOnly ??= buildIndex([]);
  return { aboutTurkmenistan: analyzeContext(placesOnly, text).aboutTurkmenistan };
}

function acceptable(index: MentionIndex, c: Candidate, a: Analysis): boolean {
  const flags = index.aliasFlags[c.alias]!;
  if (flags & A_MEJLIS) {
    const sense = a.senses.get(c);
    if (sense === SESSION || (sense !== PARLIAMENT && a.context.mejlisAsSession)) return false;
  }
  if (flags & A_COUNCIL && isLocalCouncil(tokens, c.s, c.e)) return false;
  if (c.generic && (!a.context.aboutTurkmenistan || ownedAbroad(tokens, a.places, c.s, c.e))) return false;
  return true;
}

/** A plan family's name with a period next to it becomes that period's plan, and the mention covers both. */
function resolvePeriod(index: MentionIndex, c: Candidate, places: Places): Candidate {
  const periods = index.periods.get(c.entity);
  if (!periods) return c;
  const found = periodAfter(tokens, places, c.e) ?? periodBefore(tokens, places, c.s);
  if (!found) return c;
  const match = periods.find((p) => p.start === found.start && p.end === found.end);
  if (!match) return c;
  return { ...c, entity: match.entity, s: Math.min(c.s, found.from), e: Math.max(c.e, found.to) };
}

function claim(c: Candidate): boolean {
  for (let k = c.s; k <= c.e; k++) if (occupied[k]) return false;
  for (let k = c.s; k <= c.e; k++) occupied[k] = 1;
  return true;
}

export function findMentions(index: MentionIndex, text: string, options: MatchOptions = {}): Mention[] {
  const a = analyze(index, text, options);
  const { start, end } = tokens;
  const live = a.candidates.filter((c) => acceptable(index, c, a)).map((c) => resolvePeriod(index, c, a.places));

  const ids = index.entityIds;
  const length = (c: Candidate) => end[c.e]! - start[c.s]!;
  live.sort(
    (x, y) =>
      length(y) - length(x) ||
      x.s - y.s ||
      Number(x.generic) - Number(y.generic) ||
      (ids[x.entity]! < ids[y.entity]! ? -1 : ids[x.entity]! > ids[y.entity]! ? 1 : 0) ||
      x.alias - y.alias,
  );

  if (occupied.length < tokens.count) occupied = new Uint8Array(tokens.count * 2);
  const accepted: Candidate[] = [];
  for (const c of live) if (claim(c)) accepted.push(c);

  // "the Ministry of Foreign Affairs, Internal Affairs and others": follow each head match's tails.
  accepted.sort((x, y) => x.s - y.s);
  const coordinated: Candidate[] = [];
  const dropped = new Set<Candidate>();
  for (const head of accepted) {
    if (!(index.aliasFlags[head.alias]! & A_HEAD)) continue;
    const chain: Candidate[] = [];
    for (let last = head.e; ; ) {
      const j = tailStart(tokens, last);
      const tail = j < 0 ? null : walkTail(index, j);
      if (!tail) break;
      chain.push(tail);
      last = tail.e;
    }
    const final = chain.at(-1);
    if (!final) continue;
    // "the Ministry of Foreign Affairs, Internal Affairs of Georgia": the owner named last owns them all.
    if (ownedAbroad(tokens, a.places, final.s, final.e)) {
      if (head.generic) dropped.add(head);
      continue;
    }
    for (const tail of chain) {
      if (!acceptable(index, tail, a) || !claim(tail)) break;
      coordinated.push(tail);
    }
  }

  for (const c of accepted) for (let k = c.s; k <= c.e; k++) occupied[k] = 0;
  for (const c of coordinated) for (let k = c.s; k <= c.e; k++) occupied[k] = 0;

  return [...accepted.filter((c) => !dropped.has(c)), ...coordinated]
    .sort((x, y) => x.s - y.s)
    .map((c) => {
      const alias = index.aliasText[c.alias]!;
      return { ...quoted(text, alias, start[c.s]!, end[c.e]!), entityId: ids[c.entity]!, alias };
    });
}

const isQuote = (c: number) => {
  const k = charClass(c) & CLASS_MASK;
  return k === C_QUOTE || k === C_APOS;
};

/** A name written in quotes («…», “…”) keeps them: quotes are not words, so the match stops short of them. */
function quoted(text: string, alias: string, start: number, end: number): { start: number; end: number } {
  if (start > 0 && isQuote(alias.charCodeAt(0)) && isQuote(text.charCodeAt(start - 1))) start--;
  if (end < text.length && isQuote(alias.charCodeAt(alias.length - 1)) && isQuote(text.charCodeAt(end))) end++;
  return { start, end };
}
