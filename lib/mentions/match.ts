/**
 * Finding mentions: one scan of the text (tokenize.ts), a walk of the alias trie from every word
 * that can start a name, then the context rules, plan periods, overlap resolution and
 * coordinated names, all of which only look at the few places where something matched.
 */
import * as context from './context.ts';
import { Places } from './context.ts';
import { MAX_UNKNOWN_ITEMS, abbreviationEnd, headAt, isJoiner, sharedModifiers, tailStart, unknownItemEnd, unknownItemStart } from './coordination.ts';
import { buildIndex } from './index-build.ts';
import * as chars from './normalize.ts';
import { periodAfter, periodBefore, periodInside, type FoundPeriod } from './periods.ts';
import { EN_MONTHS, dateNear, roundAfter, roundBefore } from './rounds.ts';
import * as tokenize from './tokenize.ts';
import * as trie from './trie.ts';
import * as bits from './types.ts';
import type { MatchOptions, Mention, MentionIndex } from './types.ts';

// Module-local copies: imported bindings may compile to getter calls (Node's loaders do that),
// which the per-token loops below would pay for on every use.
const { A_COUNCIL, A_EN_PLURAL, A_FOREIGN, A_GENERIC, A_HEAD, A_HOME, A_MEJLIS, A_TOPIC } = bits;
const { BODY_STEMS, PARLIAMENT, SENTENCE_ENDS, SESSION, isGenitive, isLocalCouncil, isRussianAdjective, mejlisSense, ownedAbroad } = context;
const { C_APOS, C_NEWLINE, C_QUOTE, C_SPACE, CLASS_MASK, charClass, foldWord } = chars;
const F_PARA = tokenize.F_PARA;
const F_DASH = tokenize.F_DASH;
const F_POSS = tokenize.F_POSS;
const F_CAP = tokenize.F_CAP;
const T_NUM = tokenize.T_NUM;
const T_PUNCT = tokenize.T_PUNCT;
const Tokens = tokenize.Tokens;
const childIn = trie.childIn;

/** A possible mention, in tokens (inclusive). */
interface Candidate {
  s: number;
  e: number;
  alias: number;
  entity: number;
  generic: boolean;
  /** For the lone word "Mejlis": PARLIAMENT, SESSION or UNDECIDED (context.ts). */
  sense: number;
  /** A generic name in the plural ("министерствами иностранных дел"): several countries' institutions, unless coordinated. */
  plural?: boolean;
  /** Shares its head word with the names written before it ("Daşary işler we Içeri işler ministrlikleri"). */
  sharesHead?: boolean;
  /** Its last token with the country written after it (`withOwner`), set where it overlaps others. */
  ownerEnd?: number;
}

export interface TextContext {
  aboutTurkmenistan: boolean;
  mejlisAsSession: boolean;
  /** Predecessors whose bodies' bare names mean them here (`MentionIndex.formerBodies`). */
  formerBodies: string[];
}

const tokens = new Tokens();
const places = new Places();
let occupied = new Uint8Array(1024);

/** Raw matches of the alias trie: (first token, last token, alias) triples, reused between calls. */
let found = new Int32Array(3 * 1024);
let foundCount = 0;
const stackNode = new Int32Array(256);
const stackEnd = new Int32Array(256);

function record(s: number, e: number, alias: number): void {
  if (3 * foundCount + 3 > found.length) {
    const bigger = new Int32Array(found.length * 2);
    bigger.set(found);
    found = bigger;
  }
  found[3 * foundCount] = s;
  found[3 * foundCount + 1] = e;
  found[3 * foundCount + 2] = alias;
  foundCount++;
}

/** Every alias spelled by consecutive tokens, from every token that can start one. */
function walkAliases(index: MentionIndex): void {
  const { first, label, root, outFirst, out } = index.phrase;
  const { candFirst, cand, flags, count } = tokens;
  const tokenFirst = tokens.first;
  const tokenKind = tokens.kind;
  const groupThe = index.groupThe;
  foundCount = 0;
  const { starts, startCount } = tokens;
  for (let st = 0; st < startCount; st++) {
    const i = starts[st]!;
    for (let c = candFirst[i]!; c < candFirst[i + 1]!; c++) {
      const start = root[cand[c]!]!;
      if (start < 0) continue;
      stackNode[0] = start;
      stackEnd[0] = i;
      let sp = 1;
      while (sp > 0) {
        sp--;
        const node = stackNode[sp]!;
        const e = stackEnd[sp]!;
        for (let o = outFirst[node]!; o < outFirst[node + 1]!; o++) record(i, e, out[o]!);
        if (first[node] === first[node + 1]) continue;
        const j = e + 1;
        if (j >= count || flags[j]! & F_PARA) continue;
        let the = false;
        const before = sp;
        for (let c2 = candFirst[j]!; c2 < candFirst[j + 1]!; c2++) {
          const g = cand[c2]!;
          if (g === groupThe) the = true;
          const next = childIn(first, label, node, g);
          if (next >= 0 && sp < stackNode.length) {
            stackNode[sp] = next;
            stackEnd[sp++] = j;
          }
        }
        // A "the" the name does not have: "Dialogue “Turkmenistan – the European Union”", an
        // abbreviation in brackets: "National Action Plan (NAP) of Turkmenistan to combat …", and a
        // word that says which meeting: "adam hukuklary boýunça nobatdaky dialog".
        let skipTo = -1;
        if (the && childIn(first, label, node, groupThe) < 0) skipTo = j + 1;
        else if (tokenFirst[j] === 0x28) skipTo = afterAbbreviation(j);
        // (These two only where the token did not go on with the name.)
        else if (sp === before && tokenKind[j] === T_NUM) skipTo = (periodInside(tokens, j)?.to ?? -2) + 1;
        else if (sp === before && INSERTED_BY_FIRST[tokenFirst[j]!] !== undefined && isInsertedModifier(j)) skipTo = j + 1;
        // The owner inside an English name, also past such a bracket: "National Action Plan (NAP) of
        // Turkmenistan to combat …", even where "of" could go on with the name.
        const at = skipTo >= 0 ? skipTo : j;
        const owner = tokenFirst[at] === 0x6f && isOfTurkmenistan(at) ? at + 2 : -1;
        for (let pass = 0; pass < 2; pass++) {
          const k = pass === 0 ? skipTo : owner;
          if (k < 0 || k >= count || flags[k]! & F_PARA) continue;
          for (let c2 = candFirst[k]!; c2 < candFirst[k + 1]!; c2++) {
            const next = childIn(first, label, node, cand[c2]!);
            if (next >= 0 && sp < stackNode.length) {
              stackNode[sp] = next;
              stackEnd[sp++] = k;
            }
          }
        }
      }
    }
  }
}

/**
 * Words written inside a name to say which meeting it is: Turkmen "adam hukuklary boýunça
 * nobatdaky (ýyllyk, indiki) dialog", English "EU–Turkmenistan annual Human Rights Dialogue".
 */
const INSERTED_MODIFIERS = ['nobatdaky', 'yyllyk', 'indiki', 'annual'];
/**
 * The modifier each (ASCII) first letter can begin, found with one load: the check runs at every
 * step of the walk, and each begins with a letter of its own.
 */
const INSERTED_BY_FIRST: (string | undefined)[] = Array.from({ length: 128 }, () => undefined);
for (const word of INSERTED_MODIFIERS) INSERTED_BY_FIRST[word.charCodeAt(0)] = word;

function isInsertedModifier(j: number): boolean {
  const word = INSERTED_BY_FIRST[tokens.first[j]!];
  // Its length first: reading a token's text is a cache miss on a long page.
  return word !== undefined && tokens.end[j]! - tokens.start[j]! === word.length && tokens.is(j, word);
}

/** "of Turkmenistan" at token j (lengths first: reading a token's text is a cache miss on a long page). */
function isOfTurkmenistan(j: number): boolean {
  const { start, end } = tokens;
  return end[j]! - start[j]! === 2 && j + 1 < tokens.count && end[j + 1]! - start[j + 1]! === 12 && tokens.is(j, 'of') && tokens.is(j + 1, 'turkmenistan');
}

/** Words in brackets passed over inside a name: an abbreviation or a short gloss ("(MFA)", "(Daşary işler)"). */
const MAX_BRACKETED_WORDS = 2;

/** The token after "(X)" or "(X Y)" starting at token j; −1 if none. */
function afterAbbreviation(j: number): number {
  const close = abbreviationEnd(tokens, j, MAX_BRACKETED_WORDS);
  return close < 0 ? -1 : close + 1;
}

/** The longest coordinated tail starting at token j ("Internal Affairs"), if any. */
function walkTail(index: MentionIndex, j: number): Candidate | null {
  const { first, label, outFirst, out, tailRoot } = index.phrase;
  const { candFirst, cand, flags, count } = tokens;
  let best: Candidate | null = null;
  const walk = (node: number, e: number): void => {
    if (outFirst[node] !== outFirst[node + 1] && (!best || e > best.e)) {
      const alias = out[outFirst[node]!]!;
      best = { s: j, e, alias, entity: index.aliasEntity[alias]!, generic: (index.aliasFlags[alias]! & A_GENERIC) !== 0, sense: 0 };
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

/**
 * The alias whose tail is token `word` followed by tokens from..to ("Foreign" + "Affairs" in
 * "Ministries of Foreign and Internal Affairs"), or −1.
 */
function tailThrough(index: MentionIndex, word: number, from: number, to: number): number {
  const { first, label, outFirst, out, tailRoot } = index.phrase;
  const { candFirst, cand } = tokens;
  const walk = (node: number, k: number): number => {
    if (k > to) return outFirst[node] !== outFirst[node + 1] ? out[outFirst[node]!]! : -1;
    for (let c = candFirst[k]!; c < candFirst[k + 1]!; c++) {
      const next = childIn(first, label, node, cand[c]!);
      const alias = next >= 0 ? walk(next, k + 1) : -1;
      if (alias >= 0) return alias;
    }
    return -1;
  };
  for (let c = candFirst[word]!; c < candFirst[word + 1]!; c++) {
    const node = childIn(first, label, tailRoot, cand[c]!);
    const alias = node >= 0 ? walk(node, from) : -1;
    if (alias >= 0) return alias;
  }
  return -1;
}

/**
 * "the Ministries of Foreign and Internal Affairs", "министерств иностранных и внутренних дел": a
 * head, modifiers, and one tail they share. Each modifier with the shared words is a name of its
 * own: the first is marked with the head ("Ministries of Foreign"), the last with the tail
 * ("Internal Affairs"). Only where every modifier makes a known name, and none is taken already.
 */
function sharedTails(index: MentionIndex, a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  for (let st = 0; st < tokens.startCount; st++) {
    const k = tokens.starts[st]!;
    if (occupied[k]) continue;
    const head = headAt(tokens, k);
    if (!head) continue;
    const list = sharedModifiers(tokens, k + head);
    const tail = list && walkTail(index, list.last);
    if (!list || !tail) continue;
    const names: Candidate[] = [];
    for (const word of list.words) {
      const alias = tailThrough(index, word, list.last + 1, tail.e);
      if (alias < 0) break;
      const flags = index.aliasFlags[alias]!;
      names.push({ s: names.length ? word : k, e: word, alias, entity: index.aliasEntity[alias]!, generic: (flags & A_GENERIC) !== 0, sense: 0 });
    }
    if (names.length !== list.words.length) continue;
    names.push(tail);
    if (ownedAbroad(tokens, places, tail.s, tail.e) || !names.every((c) => acceptable(index, c, a))) continue;
    // All or none: a name already taken leaves the others to what found it.
    if (names.some((c) => taken(c))) continue;
    for (const c of names) claim(c);
    out.push(...names);
  }
  return out;
}

/** The longest name spelled by tokens from..to followed by the head token `head`, with its first token; null if none. */
function nameWithHead(index: MentionIndex, from: number, to: number, head: number): { s: number; alias: number } | null {
  const { first, label, root, outFirst, out } = index.phrase;
  const { candFirst, cand } = tokens;
  const walk = (node: number, k: number): number => {
    const next = k > to ? head : k;
    let found = -1;
    for (let c = candFirst[next]!; c < candFirst[next + 1]! && found < 0; c++) {
      const child = childIn(first, label, node, cand[c]!);
      if (child < 0) continue;
      if (k > to) found = outFirst[child] !== outFirst[child + 1] ? out[outFirst[child]!]! : -1;
      else found = walk(child, k + 1);
    }
    return found;
  };
  // Longest first; a name never runs across a blank line.
  let earliest = Math.max(0, from);
  for (let k = to; k > earliest; k--) {
    if (tokens.flags[k]! & F_PARA) {
      earliest = k;
      break;
    }
  }
  for (let s = earliest; s <= to; s++) {
    for (let c = candFirst[s]!; c < candFirst[s + 1]!; c++) {
      const start = root[cand[c]!]!;
      const alias = start < 0 ? -1 : walk(start, s + 1);
      if (alias >= 0) return { s, alias };
    }
  }
  return null;
}

/** Most words a name before a shared head may have ("Zähmet we ilaty durmuş taýdan goramak" has six). */
const MAX_NAME_WORDS = 9;

/**
 * Turkmen puts the shared head last: "Daşary işler we Içeri işler ministrlikleri" is the foreign
 * and the internal affairs ministries. For a name in the plural after "we" or a comma, the words
 * before it, with its head word, are tried as names of their own, as far back as the list goes.
 */
function sharedHeads(index: MentionIndex, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.s < 2 || tokens.flags[c.s]! & F_PARA || !isJoiner(tokens, c.s - 1) || !tokens.isLatin(c.e)) continue;
    const [, last] = endWords(index, c.alias);
    if (!tokens.isPluralOf(c.e, last)) continue;
    const names = namesBefore(index, c.s, c.e, 0);
    if (!names) continue;
    c.sharesHead = true;
    out.push(...names);
  }
  // A list whose last item the dataset does not know: "daşary işler, içeri işler, oba hojalyk we
  // daşky gurşawy goramak ministrlikleriniň" names the foreign and the internal affairs ministries.
  // Its tokens are found by their word group among the candidates (one pass over an array, no text
  // read: reading a token's text is a cache miss on a long page).
  const group = headGroups.get(index) ?? -1;
  const { cand, candFirst } = tokens;
  const candLen = candFirst[tokens.count]!;
  for (let at = 0; group >= 0 && at < candLen; at++) {
    if (cand[at] !== group) continue;
    const k = tokenOfCandidate(at);
    if (k < 2 || !tokens.startsWith(k, PLURAL_HEAD) || candidates.some((c) => c.e === k)) continue;
    const item = unknownItemStart(tokens, k - 1);
    if (!item?.joined) continue;
    const names = namesBefore(index, item.start, k, 1);
    if (names) out.push(...names);
  }
  return out;
}

/** Whether tokens from..to are "şol sanda" or "hususan-da" (including, in particular). */
function isListIntro(from: number, to: number): boolean {
  if (to === from + 1) return (tokens.is(from, 'sol') && tokens.is(to, 'sanda')) || (tokens.is(from, 'hususan') && tokens.is(to, 'da'));
  return false;
}

/** The Turkmen head word, in the plural, that a list of bodies shares ("ministrlikleri", "ministrlikleriniň"). */
const PLURAL_HEAD = 'ministrlikler';
/** The word group of that head word in each index (−1: no alias has it). */
const headGroups = new WeakMap<MentionIndex, number>();

/** Finds the head word's group once per index, with the scanner, before a text is scanned. */
function learnHeadGroup(index: MentionIndex): void {
  if (headGroups.has(index)) return;
  tokens.scan(PLURAL_HEAD + 'i', index);
  headGroups.set(index, tokens.candFirst[1]! > tokens.candFirst[0]! ? tokens.cand[tokens.candFirst[0]!]! : -1);
}

/** The token whose candidates include position `at` of the candidate array. */
function tokenOfCandidate(at: number): number {
  const { candFirst } = tokens;
  let lo = 0;
  let hi = tokens.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (candFirst[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The known names of a Turkmen list that share the head word at token `head`, read back from the
 * item that starts at token `from` (`skipped` items the dataset does not know already passed
 * over), in text order; null if there are none or the list is another country's.
 */
function namesBefore(index: MentionIndex, from: number, head: number, skipped: number): Candidate[] | null {
  const names: Candidate[] = [];
  let earliest = from;
  /** Set when the list's first item is not a known name: the place named in its words, if any. */
  let owner: number | undefined;
  for (let end = from - 2; end >= 0 && names.length < 6; ) {
    const found = nameWithHead(index, Math.max(0, end - MAX_NAME_WORDS + 1), end, head);
    let s: number;
    if (found) {
      const flags = index.aliasFlags[found.alias]!;
      names.push({ s: found.s, e: end, alias: found.alias, entity: index.aliasEntity[found.alias]!, generic: (flags & A_GENERIC) !== 0, sense: 0, sharesHead: true });
      s = found.s;
    } else {
      // An item the dataset does not know ("Daşary işler, Medeniýet we Içeri işler
      // ministrlikleri") is passed over; if it is the first, its words may name the owner.
      const item = unknownItemStart(tokens, end);
      if (!item) break;
      // "…, şol sanda, daşary işler, içeri işler … ministrlikleriniň": "including" opens the list.
      if (isListIntro(item.start, end)) break;
      if (!item.joined) {
        owner = -1;
        for (let k = end; k >= item.start && owner < 0; k--) if (places.startingTo(k) >= 0) owner = k;
        break;
      }
      // Too many unknown items: whose list it is cannot be told.
      if (++skipped > MAX_UNKNOWN_ITEMS) return null;
      s = item.start;
    }
    earliest = s;
    if (s < 2 || !isJoiner(tokens, s - 1) || tokens.flags[s]! & F_PARA) break;
    end = s - 2;
  }
  // "Gruziýanyň Daşary işler we Içeri işler ministrlikleri": the owner named first owns them all.
  const firstName = names.at(-1);
  if (!firstName) return null;
  if (owner === undefined ? ownedAbroad(tokens, places, earliest, firstName.e) : owner >= 0 && !places.homeTo(owner)) return null;
  return names.reverse();
}

interface Analysis {
  candidates: Candidate[];
  context: TextContext;
}

function analyze(index: MentionIndex, text: string, options: MatchOptions): Analysis {
  learnHeadGroup(index);
  otherBodies.clear();
  tokens.scan(text, index);
  walkAliases(index);

  places.reset(tokens.count);
  homes.length = 0;
  const candidates: Candidate[] = [];
  const aliasFlags = index.aliasFlags;
  for (let f = 0; f < foundCount; f++) {
    const s = found[3 * f]!;
    const e = found[3 * f + 1]!;
    const alias = found[3 * f + 2]!;
    const flags = aliasFlags[alias]!;
    if (flags & (A_FOREIGN | A_HOME)) {
      places.add(s, e, (flags & A_HOME) !== 0);
      if (flags & A_HOME) homes.push(s, e);
    }
    else candidates.push({ s, e, alias, entity: index.aliasEntity[alias]!, generic: (flags & A_GENERIC) !== 0, sense: 0 });
  }

  let session = false;
  for (const c of candidates) {
    if (!(aliasFlags[c.alias]! & A_MEJLIS)) continue;
    c.sense = mejlisSense(tokens, places, c.e);
    if (c.sense === SESSION) session = true;
  }
  const context: TextContext = {
    aboutTurkmenistan: options.aboutTurkmenistan ?? aboutHome(homes),
    // Evidence in this very text counts even when the page was judged otherwise from its start.
    mejlisAsSession: options.mejlisAsSession === true || session,
    formerBodies: formerBodiesIn(index, candidates, options.formerBodies),
  };
  return { candidates, context };
}

/**
 * "Halk Maslahatynyň başlygy" on a page of 2021 that names the Milli Gengesh: where a text names a
 * former structure (or the predecessor itself), the generic names of the body that succeeded its
 * part are the predecessor's. Returns the ids of the predecessors in effect; re-points candidates.
 */
function formerBodiesIn(index: MentionIndex, candidates: Candidate[], given: readonly string[] | undefined): string[] {
  const triples = index.formerBodies;
  const active: string[] = [];
  for (let t = 0; t + 2 < triples.length; t += 3) {
    const body = triples[t]!;
    const predecessor = triples[t + 1]!;
    const structure = triples[t + 2]!;
    const id = index.entityIds[predecessor]!;
    if (!given?.includes(id) && !candidates.some((c) => c.entity === predecessor || c.entity === structure)) continue;
    active.push(id);
    for (const c of candidates) if (c.generic && c.entity === body) c.entity = predecessor;
  }
  return active;
}

/** Turkmenistan's names in the text: flattened (first token, last token) pairs. */
const homes: number[] = [];
/** Other countries listed with Turkmenistan that make a mention of it a mere item of a list. */
const MIN_LISTED_ABROAD = 2;

/**
 * Whether a text is about Turkmenistan: it names it, other than as one item of a list of
 * countries ("миссия МОМ в Казахстане, Кыргызской Республике, Туркменистане и Узбекистане" on a
 * Kazakh page).
 */
function aboutHome(spans: readonly number[]): boolean {
  for (let i = 0; i < spans.length; i += 2) if (!listedAbroad(spans[i]!, spans[i + 1]!)) return true;
  return false;
}

/** Whether the place at tokens [s, e] stands in a list with at least two other countries. */
function listedAbroad(s: number, e: number): boolean {
  let abroad = 0;
  // Forwards: ", Uzbekistan and Tajikistan".
  for (let k = e + 1; k < tokens.count && isJoiner(tokens, k) && !(tokens.flags[k]! & F_PARA); ) {
    while (k < tokens.count && (isJoiner(tokens, k) || tokens.is(k, 'the'))) k++;
    const end = places.endingFrom(k);
    if (end < 0 || places.homeFrom(k)) break;
    abroad++;
    // "Kyrgyz Republic": a word after the place's name is part of the item.
    k = isJoiner(tokens, end + 1) ? end + 1 : end + 2;
  }
  // Backwards: "Kazakhstan, Kyrgyzstan, Turkmenistan".
  for (let k = s - 1; k >= 0 && isJoiner(tokens, k) && !(tokens.flags[k + 1]! & F_PARA); ) {
    while (k >= 0 && isJoiner(tokens, k)) k--;
    // "Кыргызской Республике": a word after the place's name is part of the item.
    if (places.startingTo(k) < 0 && k > 0 && tokens.isWord(k)) k--;
    const start = places.startingTo(k);
    if (start < 0 || places.homeTo(k)) break;
    abroad++;
    k = start - 1;
  }
  return abroad >= MIN_LISTED_ABROAD;
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

/** Whether tokens [from, to] name a state body ("the Culture Ministry", "Генеральная прокуратура"), not people ("international experts"). */
function namesBody(from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (BODY_STEMS.some((stem) => tokens.startsWith(k, stem))) return true;
  return false;
}

/** Most tokens of a name looked back over for the list item that ends at a token. */
const MAX_NAME_TOKENS = 40;

/** Most tokens of an owner written after a name ("of the Republic of Uzbekistan"), passed to reach the next item of its list. */
const MAX_OWNER_TOKENS = 6;

/**
 * Generic names listed with one that belongs to another country: "the Supreme Court of Uzbekistan,
 * the Prosecutor General's Office, the Ministry of Foreign Affairs", "Верховный суд, Генеральная
 * прокуратура и МИД Узбекистана". A name with an owner of its own written after it stays as it is.
 */
function listedWithForeign(live: readonly Candidate[]): Set<Candidate> {
  // `live` is in text order: the candidates at a token are found by bisection, not by a map of them all.
  const firstFrom = (k: number) => {
    let lo = 0;
    let hi = live.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (live[mid]!.s < k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** The longest candidate that starts at token k. */
  const startingAt = (k: number): Candidate | undefined => {
    let best: Candidate | undefined;
    for (let i = firstFrom(k); i < live.length && live[i]!.s === k; i++) if (!best || live[i]!.e > best.e) best = live[i];
    return best;
  };
  /** The longest candidate that ends at token k. */
  const endingAt = (k: number): Candidate | undefined => {
    let best: Candidate | undefined;
    for (let i = firstFrom(k + 1) - 1; i >= 0 && k - live[i]!.s <= MAX_NAME_TOKENS; i--) if (live[i]!.e === k && (!best || live[i]!.s < best.s)) best = live[i];
    return best;
  };
  const { count, flags } = tokens;
  const listed = (c: Candidate | undefined) => c !== undefined && c.generic && ownerAfter(c.e) < 0;
  const abroad = new Set<Candidate>();
  for (const [s, e] of ownedAbroadTo) {
    // Forwards, past the owner: ", the Prosecutor General's Office, the Ministry of …".
    let k = e + 1;
    for (let steps = 0; k < count && steps < MAX_OWNER_TOKENS && !isJoiner(tokens, k) && !(flags[k]! & F_PARA); steps++) k++;
    // Items the dataset does not know are passed over, as in coordination.ts.
    let unknown = 0;
    while (k < count && isJoiner(tokens, k) && !(flags[k]! & F_PARA)) {
      while (k < count && (isJoiner(tokens, k) || tokens.is(k, 'the')) && !(flags[k]! & F_PARA)) k++;
      if (k >= count || flags[k]! & F_PARA) break;
      const c = startingAt(k);
      if (listed(c)) {
        abroad.add(c!);
        k = c!.e + 1;
        continue;
      }
      const end = c || unknown >= MAX_UNKNOWN_ITEMS ? -1 : unknownItemEnd(tokens, k);
      if (end < 0 || !namesBody(k, end)) break;
      unknown++;
      k = end + 1;
    }
    // Backwards: "Верховный суд, Генеральная прокуратура и МИД Узбекистана".
    k = s - 1;
    unknown = 0;
    for (;;) {
      while (k >= 0 && tokens.is(k, 'the') && !(flags[k + 1]! & F_PARA)) k--;
      if (k < 0 || !isJoiner(tokens, k) || flags[k + 1]! & F_PARA) break;
      while (k >= 0 && isJoiner(tokens, k) && !(flags[k + 1]! & F_PARA)) k--;
      const c = endingAt(k);
      if (listed(c)) {
        abroad.add(c!);
        k = c!.s - 1;
        continue;
      }
      const item = c || unknown >= MAX_UNKNOWN_ITEMS ? null : unknownItemStart(tokens, k);
      if (!item?.joined || !namesBody(item.start, k)) break;
      unknown++;
      k = item.start - 1;
    }
  }
  return abroad;
}

/** Most tokens looked at on each side of a name for the countries its sentence names. */
const MAX_SENTENCE_TOKENS = 60;

/** Whether the sentence around candidate c names another country and not Turkmenistan. */
function sentenceAbroad(c: Candidate): boolean {
  const { count, flags, kind } = tokens;
  const ends = (k: number) => kind[k] === T_PUNCT && SENTENCE_ENDS.has(tokens.first[k]!);
  let from = c.s;
  while (from > 0 && c.s - from < MAX_SENTENCE_TOKENS && !(flags[from]! & F_PARA) && !ends(from - 1)) from--;
  let to = c.e;
  while (to + 1 < count && to - c.e < MAX_SENTENCE_TOKENS && !(flags[to + 1]! & F_PARA) && !ends(to + 1)) to++;
  let abroad = false;
  for (let k = from; k <= to; k++) {
    if (places.endingFrom(k) < 0) continue;
    if (places.homeFrom(k)) return false;
    // The European Union is the Dialogue's other side, not another owner.
    if (!isEuropeanUnion(k)) abroad = true;
  }
  return abroad;
}

const EU_STARTS = ['european', 'европейск', 'евросоюз', 'yewropa'];

/** The European Union's names among the places ("EU", "European Union", "ЕС", "Евросоюз", "Ýewropa Bileleşigi"). */
function isEuropeanUnion(k: number): boolean {
  return EU_STARTS.some((start) => tokens.startsWith(k, start)) || tokens.is(k, 'eu') || tokens.is(k, 'ес');
}

/** Generic names found to belong to another country, by first token: the last token of the longest. */
const ownedAbroadTo = new Map<number, number>();

function acceptable(index: MentionIndex, c: Candidate, a: Analysis): boolean {
  const flags = index.aliasFlags[c.alias]!;
  if (flags & A_MEJLIS && (c.sense === SESSION || (c.sense !== PARLIAMENT && a.context.mejlisAsSession))) return false;
  if (flags & A_COUNCIL && isLocalCouncil(tokens, c.s, c.e)) return false;
  // "the Forum of Central Asian Ombudsmen": the Turkmen name read as an English plural.
  if (flags & A_EN_PLURAL && inEnglish(c.s)) return false;
  if (c.generic && !a.context.aboutTurkmenistan) return false;
  if (c.generic && ownedAbroad(tokens, places, c.s, c.e)) {
    if ((ownedAbroadTo.get(c.s) ?? -1) < c.e) ownedAbroadTo.set(c.s, c.e);
    return false;
  }
  if (c.generic && anotherBody(index, c)) return false;
  // "The European Union and the Republic of Kazakhstan held the 14th Human Rights Dialogue": a
  // dialogue's generic name in a sentence that names another country, and not ours, is theirs.
  if (c.generic && (index.rounds.has(c.entity) || index.roundDates.has(c.entity)) && sentenceAbroad(c)) return false;
  if (c.generic) {
    // "консультации между министерствами иностранных дел двух стран": not one ministry. A plural
    // head stays only if coordination follows ("the Ministries of Foreign Affairs, Internal Affairs").
    const [first, last] = endWords(index, c.alias);
    const the = tokens.is(c.s, 'the') && first !== 'the' ? 1 : 0;
    if (!c.sharesHead && (tokens.isPluralOf(c.s + the, first) || (c.e > c.s && tokens.isPluralOf(c.e, last)))) {
      if (!(flags & A_HEAD)) return false;
      c.plural = true;
    }
  }
  return true;
}

const TOPIC_AFTER = new Set(['on', 'for', 'по']);
const TOPIC_BEFORE = new Set(['boyunca', 'baradaky']);
/** "the Commission on Monday said": a day or a month is no topic. */
const NOT_TOPICS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', ...EN_MONTHS]);
/** Most words of a topic read. */
const MAX_TOPIC_WORDS = 8;
/** Letters of a word compared (its stem, roughly, in all three languages). */
const TOPIC_PREFIX = 4;

const topicWords = new WeakMap<MentionIndex, Map<number, Set<string>>>();

/** The words (their first letters) of an entity's names that are not generic. */
function entityTopicWords(index: MentionIndex, entity: number): Set<string> {
  let byEntity = topicWords.get(index);
  if (!byEntity) topicWords.set(index, (byEntity = new Map()));
  let words = byEntity.get(entity);
  if (!words) {
    words = new Set();
    for (let a = 0; a < index.aliasText.length; a++) {
      if (index.aliasEntity[a] !== entity || index.aliasFlags[a]! & A_GENERIC) continue;
      for (const w of index.aliasText[a]!.split(/[\s\u00a0\-–—"“”«»„'’,()]+/)) {
        const folded = foldWord(w);
        if (folded.length >= TOPIC_PREFIX) words.add(folded.slice(0, TOPIC_PREFIX));
      }
    }
    byEntity.set(entity, words);
  }
  return words;
}

/** English words that put the name after them in an English sentence. */
const ENGLISH_BEFORE = new Set(['the', 'of', 'and', 'between', 'among', 'for', 'with', 'all', 'their', 'its', 'other', 'national']);

/** Whether one of the three words before token s (in its block) is such an English word. */
function inEnglish(s: number): boolean {
  for (let k = s - 1; k >= 0 && k >= s - 3 && !(tokens.flags[k + 1]! & F_PARA); k--) {
    if (tokens.isWord(k) && ENGLISH_BEFORE.has(tokens.textOf(k))) return true;
  }
  return false;
}

/** Entities whose generic name this text has already given to another body (with another topic). */
const otherBodies = new Set<number>();

/**
 * "the Interdepartmental Commission of Turkmenistan on Caspian Sea Issues", "Межведомственной
 * комиссии по вопросам Каспийского моря", "Hazar deňziniň meseleleri boýunça pudagara topary": a
 * generic commission's name with a topic that none of that entity's full names has is another body,
 * and so is the same name without a topic later in the text ("… заседание Межведомственной комиссии
 * за прошедший год").
 */
function anotherBody(index: MentionIndex, c: Candidate): boolean {
  const topic = topicOf(index, c);
  if (topic === OTHER_TOPIC) otherBodies.add(c.entity);
  return topic === OTHER_TOPIC || (topic === NO_TOPIC && otherBodies.has(c.entity));
}

const NO_TOPIC = 0;
const OWN_TOPIC = 1;
const OTHER_TOPIC = 2;

/** Whether a generic commission's name is followed (or, in Turkmen, preceded) by a topic, and whose. */
function topicOf(index: MentionIndex, c: Candidate): number {
  if (!(index.aliasFlags[c.alias]! & A_TOPIC)) return OWN_TOPIC;
  const topic: number[] = [];
  let k = c.e + 1;
  if (tokens.is(k, 'of') && places.homeFrom(k + 1)) k = places.endingFrom(k + 1) + 1;
  else if (places.homeFrom(k)) k = places.endingFrom(k) + 1;
  const same = (j: number) => j >= 0 && j < tokens.count && tokens.isWord(j) && !(tokens.flags[Math.max(j, c.s)]! & F_PARA) && !(tokens.flags[Math.min(j, c.s) + 1]! & F_PARA);
  if (TOPIC_AFTER.has(tokens.textOf(k)) && !(tokens.flags[k]! & F_PARA)) {
    for (let j = k + 1; same(j) && j <= k + MAX_TOPIC_WORDS; j++) topic.push(j);
  } else if (TOPIC_BEFORE.has(tokens.textOf(c.s - 1)) && !(tokens.flags[c.s]! & F_PARA)) {
    for (let j = c.s - 2; same(j) && j >= c.s - 1 - MAX_TOPIC_WORDS; j--) topic.push(j);
  }
  if (!topic.length) return NO_TOPIC;
  const own = entityTopicWords(index, c.entity);
  let content = 0;
  for (const j of topic) {
    if (places.endingFrom(j) >= 0 || places.startingTo(j) >= 0) continue;
    const word = tokens.textOf(j);
    // "on Monday …" says when, not what (but "for Human Rights … in May" has said what).
    if (NOT_TOPICS.has(word)) return content > 0 ? OTHER_TOPIC : NO_TOPIC;
    if (word.length < TOPIC_PREFIX) continue;
    if (own.has(word.slice(0, TOPIC_PREFIX))) return OWN_TOPIC;
    content++;
  }
  return content > 0 ? OTHER_TOPIC : NO_TOPIC;
}

const aliasEnds = new WeakMap<MentionIndex, Map<number, [string, string]>>();

/** The first (after a leading "the") and last words of an alias, folded. */
function endWords(index: MentionIndex, alias: number): [string, string] {
  let cache = aliasEnds.get(index);
  if (!cache) aliasEnds.set(index, (cache = new Map()));
  let ends = cache.get(alias);
  if (!ends) {
    // Words, as the scanner splits them: "OSCE/ODIHR" is two.
    const words = index.aliasText[alias]!.split(/[^\p{L}\p{N}\p{M}]+/u).map(foldWord).filter(Boolean);
    ends = [(words[0] === 'the' ? words[1] : words[0]) ?? '', words.at(-1) ?? ''];
    cache.set(alias, ends);
  }
  return ends;
}

/** A plan family's name with a period next to it becomes that period's plan, and the mention covers both. */
function resolvePeriod(index: MentionIndex, c: Candidate): void {
  const periods = index.periods.get(c.entity);
  if (!periods) return;
  const found = periodAfter(tokens, places, c.e) ?? periodBefore(tokens, places, c.s) ?? periodWithin(c);
  if (!found) return;
  const match = periods.find((p) => p.start === found.start && p.end === found.end);
  if (!match) return;
  c.entity = match.entity;
  c.s = Math.min(c.s, found.from);
  c.e = Math.max(c.e, found.to);
}

/** A period the name was read through ("… boýunça 2016-2020-nji ýyllar üçin Hereketleriň Milli Meýilnamasy"). */
function periodWithin(c: Candidate): FoundPeriod | null {
  for (let k = c.s + 1; k < c.e; k++) {
    if (tokens.kind[k] !== T_NUM) continue;
    const found = periodInside(tokens, k);
    if (found && found.to < c.e) return found;
  }
  return null;
}

function taken(c: Candidate): boolean {
  for (let k = c.s; k <= c.e; k++) if (occupied[k]) return true;
  return false;
}

/** A dialogue's name with a round number next to it becomes that round, and the mention covers both. */
function resolveRound(index: MentionIndex, c: Candidate): void {
  const rounds = index.rounds.get(c.entity);
  const found = rounds && (roundBefore(tokens, c.s) ?? roundAfter(tokens, c.e));
  const match = found && rounds.find((r) => r.ordinal === found.ordinal);
  if (found && match) {
    c.entity = match.entity;
    c.s = Math.min(c.s, found.from);
    c.e = Math.max(c.e, found.to);
    return;
  }
  // No number: the day the sentence gives ("On June 18, 2020, a regular meeting … of the Human
  // Rights Dialogue … was held") names the round held that day (or that month, where only the
  // month is known). The mention stays the name; the date may be words away.
  const dated = index.roundDates.get(c.entity);
  if (!dated || found) return;
  const date = dateNear(tokens, c.s, c.e);
  if (!date) return;
  const month = Math.floor(date / 100);
  const held = dated.filter((r) => r.date === date || ((r.date % 100 === 0 || date % 100 === 0) && Math.floor(r.date / 100) === month));
  if (held.length === 1) c.entity = held[0]!.entity;
}

function claim(c: Candidate): boolean {
  if (taken(c)) return false;
  for (let k = c.s; k <= c.e; k++) occupied[k] = 1;
  return true;
}

/**
 * The last token of a candidate with the country written right after it, which joins its mention:
 * "Меджлиса Милли Генгеша Туркменистана" is the Mejlis's name with its owner, longer than the
 * "Милли Генгеша Туркменистана" inside it.
 */
function withOwner(c: Candidate): number {
  const owner = ownerAfter(c.e);
  return owner >= 0 ? owner : c.e;
}

/** Priority among overlapping candidates: longest (with the country after it), then earliest, then specific, then entity id, then alias. */
function before(x: Candidate, y: Candidate): number {
  const { start, end } = tokens;
  return (
    end[y.ownerEnd ?? y.e]! - start[y.s]! - (end[x.ownerEnd ?? x.e]! - start[x.s]!) ||
    x.s - y.s ||
    Number(x.generic) - Number(y.generic) ||
    // Entity numbers follow entity ids (the index sorts entities by id).
    x.entity - y.entity ||
    x.alias - y.alias
  );
}

export function findMentions(index: MentionIndex, text: string, options: MatchOptions = {}): Mention[] {
  const a = analyze(index, text, options);
  ownedAbroadTo.clear();
  const { start, end } = tokens;
  const partners = sharedHeads(index, a.candidates);
  if (partners.length) a.candidates.push(...partners);
  const ids = index.entityIds;
  const live: Candidate[] = [];
  let sorted = true;
  for (const c of a.candidates) {
    if (!acceptable(index, c, a)) continue;
    resolvePeriod(index, c);
    resolveRound(index, c);
    const last = live.at(-1);
    if (last && (c.s < last.s || (c.s === last.s && c.e < last.e))) sorted = false;
    live.push(c);
  }
  // The trie walk finds candidates in text order; only a period written before a name reorders them.
  if (!sorted) live.sort((x, y) => x.s - y.s || x.e - y.e);
  // The owner of the longest name owns the names it begins with ("Межведомственная комиссия по
  // правам человека Республики Казахстан" is not ours, nor is "Межведомственная комиссия" in it),
  // and the generic names listed with a foreign one are that country's too.
  if (ownedAbroadTo.size) {
    const abroad = listedWithForeign(live);
    let kept = 0;
    for (const c of live) if (!(c.generic && (ownedAbroadTo.get(c.s) ?? -1) > c.e) && !abroad.has(c)) live[kept++] = c;
    live.length = kept;
  }

  // Overlaps are resolved within runs of overlapping candidates, which gives what one greedy pass
  // in priority order over all of them would, without sorting them all by priority.
  if (occupied.length < tokens.count) occupied = new Uint8Array(tokens.count * 2);
  const accepted: Candidate[] = [];
  for (let i = 0; i < live.length; ) {
    let j = i + 1;
    let reach = live[i]!.e;
    while (j < live.length && live[j]!.s <= reach) reach = Math.max(reach, live[j++]!.e);
    if (j === i + 1) accepted.push(live[i]!);
    else {
      // Runs are short: sort them in place (insertion sort), no copies.
      for (let x = i; x < j; x++) live[x]!.ownerEnd = withOwner(live[x]!);
      for (let x = i + 1; x < j; x++) {
        const c = live[x]!;
        let y = x - 1;
        for (; y >= i && before(live[y]!, c) > 0; y--) live[y + 1] = live[y]!;
        live[y + 1] = c;
      }
      for (let x = i; x < j; x++) if (claim(live[x]!)) accepted.push(live[x]!);
    }
    i = j;
  }
  for (const c of accepted) for (let k = c.s; k <= c.e; k++) occupied[k] = 1;

  // "the Ministry of Foreign Affairs, Internal Affairs and others": follow each head match's tails.
  accepted.sort((x, y) => x.s - y.s);
  const coordinated: Candidate[] = [];
  const dropped = new Set<Candidate>();
  for (const head of accepted) {
    if (!(index.aliasFlags[head.alias]! & A_HEAD)) continue;
    const chain: Candidate[] = [];
    for (let last = head.e, skipped = 0; ; ) {
      let j = tailStart(tokens, last);
      let tail = j < 0 ? null : walkTail(index, j);
      // An item the dataset does not know is passed over: "the Ministries of Foreign Affairs,
      // Culture and Internal Affairs", "министерств иностранных дел, культуры и внутренних дел".
      while (!tail && j >= 0 && skipped < MAX_UNKNOWN_ITEMS) {
        const end = unknownItemEnd(tokens, j);
        if (end < 0) break;
        skipped++;
        j = tailStart(tokens, end);
        tail = j < 0 ? null : walkTail(index, j);
      }
      if (!tail) break;
      chain.push(tail);
      last = tail.e;
    }
    const final = chain.at(-1);
    if (!final) {
      if (head.plural) dropped.add(head);
      continue;
    }
    // "the Ministry of Foreign Affairs, Internal Affairs of Georgia": the owner named last owns them all.
    if (ownedAbroad(tokens, places, final.s, final.e)) {
      if (head.generic) dropped.add(head);
      continue;
    }
    for (const tail of chain) {
      if (!acceptable(index, tail, a) || !claim(tail)) break;
      coordinated.push(tail);
    }
  }

  coordinated.push(...sharedTails(index, a));

  for (const c of accepted) for (let k = c.s; k <= c.e; k++) occupied[k] = 0;
  for (const c of coordinated) for (let k = c.s; k <= c.e; k++) occupied[k] = 0;

  const kept = [...accepted.filter((c) => !dropped.has(c)), ...coordinated].filter((c) => !inWebAddress(text, start[c.s]!, end[c.e]!)).sort((x, y) => x.s - y.s);
  return kept.map((c, i) => {
      const alias = index.aliasText[c.alias]!;
      // "Türkmenistanyň DIM-niň", "Turkmenistan's Ombudsman": the owner before the name is part of it.
      const ownerFrom = ownerBefore(c.s);
      let from = start[ownerFrom >= 0 && (i === 0 || kept[i - 1]!.e < ownerFrom) ? ownerFrom : c.s]!;
      // "Ministry of Adalat of Turkmenistan", "Министерство адалат Туркменистана": the country right
      // after the name is part of it (but never the start of the next mention).
      const owner = ownerAfter(c.e);
      const e = owner >= 0 && (i + 1 >= kept.length || kept[i + 1]!.s > owner) ? owner : c.e;
      let to = end[e]!;
      // "DIM-niň", "ÝUNISEF-iň": a Turkmen case ending written after a hyphen belongs to the name.
      if (e + 1 < tokens.count && tokens.flags[e + 1]! & F_DASH && start[e + 1] === to + 1 && HYPHEN_ENDINGS.has(tokens.hashOf(e + 1))) to = end[e + 1]!;
      // A name written in quotes («…», “…”) keeps them: quotes are not words, so the match stops short of them.
      if (from > 0 && isQuote(alias.charCodeAt(0)) && isQuote(text.charCodeAt(from - 1))) from--;
      if (to < text.length && isQuote(alias.charCodeAt(alias.length - 1)) && isQuote(text.charCodeAt(to))) to++;
      return { start: from, end: to, entityId: ids[c.entity]!, alias };
    });
}

/**
 * Our own sentences in the three languages that take the scanner and the matcher through their
 * usual paths: words in and out of the stem tries, endings, a possessive, numbers and periods (also
 * inside a Turkmen name), dashes, quotes, brackets, lists of ministries (one with an item it does
 * not know), a foreign owner, a round number, a word inside a name, a web address, line breaks and a
 * paragraph.
 */
const WARM_UP_TEXT = `The Mejlis of Turkmenistan's deputies and the Ombudsman (Ombudswoman) met on 12 June 2020 at the 19th meeting of the EU–Turkmenistan Human Rights Dialogue.
The Ministry of Foreign Affairs, Internal Affairs and Justice discussed the "National Human Rights Action Plan for 2016–2020" with the Minister of Health and Social Affairs of Georgia; see www.example.org/news?id=1.

«Меджлис Туркменистана», Омбудсмен и МИД Грузии обсудили Национальный план действий на 2016-2020 годы (НПД).
Türkmenistanyň Mejlisiniň deputatlary, Ombudsmen we Daşary işler ministrligi 2021-2025-nji ýyllar üçin Milli meýilnamany ara alyp maslahatlaşdylar, Gurjustanyn ministrligi.
Türkmenistanda adam hukuklary boýunça 2021-2025-nji ýyllar üçin Hereketleriň Milli Meýilnamasy, adam hukuklary boýunça nobatdaky dialog, Daşary işler, Medeniýet we Içeri işler ministrlikleri.`;

/**
 * Matches a few sentences once, right after an index is loaded. A content script's engine starts
 * cold on every page: V8 compiles the hot loops while the page's first text runs through them, and
 * code compiled from feedback that lacks a path (the end of a scan, a word with an ending, a
 * bracket) is thrown away the first time the page takes it. This run gives the whole functions
 * their feedback first. On the 1.5 MB bench page in Chromium it costs about 5 ms (most of it the
 * first compilation of the engine's functions, which the page's first text would pay otherwise)
 * and the page's matching drops from 90–113 ms to 65–68 ms (`npm run bench:page`, three A/B runs).
 */
export function warmUp(index: MentionIndex): void {
  findMentions(index, WARM_UP_TEXT);
}

/** Turkmen case endings written after a hyphen on an abbreviation ("DIM-niň", "ÝHHG-nyň", "BMG-de"). */
const HYPHEN_ENDINGS = new Set(
  ['nyn', 'nin', 'yn', 'in', 'un', 'nun', 'y', 'i', 'ny', 'ni', 'na', 'ne', 'a', 'e', 'da', 'de', 'dan', 'den', 'nda', 'nde', 'ndan', 'nden', 'dyr', 'dir'].map(tokenize.hashWord),
);

/** The first token of "Türkmenistanyň", "Turkmenistan's" or "туркменский" right before token s; −1 if none. */
function ownerBefore(s: number): number {
  const k = s - 1;
  if (k < 0 || tokens.flags[s]! & F_PARA || !places.homeTo(k)) return -1;
  // "Türkmenistanyň DIM", "Turkmenistan's Ombudsman", "the Turkmen Ministry of Foreign Affairs".
  // Also the bare noun before a capitalised name: "Review of Turkmenistan Ombudsperson's Office".
  if (tokens.isLatin(s)) {
    // (The bare noun in English spelling only: Turkmen "Türkmenistan ÝUNISEF-iň …" is a sentence's subject.)
    const bare = tokens.is(k, 'turkmenistan') && tokens.flags[s]! & F_CAP && tokens.text.charCodeAt(tokens.start[k]! + 1) === 0x75;
    const owner = isGenitive(tokens, k) || tokens.flags[k]! & F_POSS || tokens.is(k, 'turkmen') || bare;
    return owner ? places.startingTo(k) : -1;
  }
  // "туркменский МИД", "туркменского Омбудсмена": the adjective, not "Туркменистан" (a noun).
  return tokens.isCyrillic(s) && tokens.startsWith(k, 'туркменск') ? places.startingTo(k) : -1;
}

/** English "in" at token k: not the Turkmen genitive "-iň" ("ÝUNISEF-iň Aşgabatdaky …"), which folds to the same letters. */
function isEnglishIn(k: number): boolean {
  return tokens.is(k, 'in') && !(tokens.flags[k]! & F_DASH) && tokens.text.charCodeAt(tokens.start[k]! + 1) === 0x6e;
}

/** The last token of "of (the) Turkmenistan", "in Turkmenistan" or "Туркменистана" right after token e; −1 if none. */
function ownerAfter(e: number): number {
  const k = e + 1;
  if (k >= tokens.count || tokens.flags[k]! & F_PARA) return -1;
  // "of (the) Turkmenistan", and where the body is: "the Ombudsperson's Office in Turkmenistan", "в Туркменистане".
  if (tokens.is(k, 'of') || isEnglishIn(k) || tokens.is(k, 'в')) {
    const p = tokens.is(k + 1, 'the') ? k + 2 : k + 1;
    return places.homeFrom(p) && !(tokens.flags[p]! & F_PARA) ? places.endingFrom(p) : -1;
  }
  // "Туркменистана", not the adjective of the next noun ("омбудсмену туркменский подросток").
  return tokens.isCyrillic(k) && places.homeFrom(k) && !isRussianAdjective(tokens, places, k) ? places.endingFrom(k) : -1;
}

/** Longest web address looked at around a name. */
const MAX_ADDRESS = 2048;

/**
 * Whether text[from, to) lies inside a web address written out on the page: hyphens in an address
 * separate words ("…/national-human-rights-action-plan-2021-2025"), but it is not a mention of the
 * plan. An address is a run of non-space characters with "://" in it or starting with "www.".
 */
function inWebAddress(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSpace(text.charCodeAt(i))) return false;
  let a = from;
  while (a > 0 && from - a < MAX_ADDRESS && !isSpace(text.charCodeAt(a - 1))) a--;
  let b = to;
  while (b < text.length && b - to < MAX_ADDRESS && !isSpace(text.charCodeAt(b))) b++;
  if (b - a > 4 && (text.charCodeAt(a) | 0x20) === 0x77 && text.slice(a, a + 4).toLowerCase() === 'www.') return true;
  for (let i = a; i + 3 <= b; i++) if (text.charCodeAt(i) === 0x3a && text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x2f) return true;
  return false;
}

const isSpace = (c: number) => {
  const k = charClass(c) & CLASS_MASK;
  return k === C_SPACE || k === C_NEWLINE;
};

const isQuote = (c: number) => {
  const k = charClass(c) & CLASS_MASK;
  return k === C_QUOTE || k === C_APOS;
};
