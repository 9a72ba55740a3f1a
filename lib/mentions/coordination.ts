/**
 * Coordinated names: "the Ministry of Foreign Affairs, Internal Affairs and others" names two
 * ministries, "Министерства иностранных дел, внутренних дел" too. An alias that starts with a
 * head ("Ministry of", "Министерство") registers what follows the head as a tail; after a match
 * of such an alias, ", <tail>" or " and <tail>" links the tail's entity.
 */
import type { Tokens } from './tokenize.ts';
import { F_CAP, F_PARA, T_WORD } from './tokenize.ts';

/** Heads as folded words; a Russian head matches any form of the word ("министерства", "министерств"). */
const HEADS: { words: readonly string[]; prefix: boolean }[] = [
  { words: ['ministry', 'of'], prefix: false },
  { words: ['ministries', 'of'], prefix: false },
  { words: ['министерств'], prefix: true },
];

/** Commas and conjunctions, by their first character (each begins with a different one). */
const JOINERS = new Map([',', 'and', '&', 'и', 'we', 'hem'].map((j) => [j.charCodeAt(0), j]));

/** Whether token k joins coordinated names: a comma or a conjunction. */
export function isJoiner(tokens: Tokens, k: number): boolean {
  const joiner = JOINERS.get(tokens.firstFolded(k));
  return joiner !== undefined && tokens.is(k, joiner);
}

/** Longest parenthesis passed over between coordinated names, in tokens. */
const MAX_PARENTHESIS = 12;

/**
 * Past a short parenthesis that starts at token j: "the Ministries of Adalat (Justice), Internal
 * Affairs" coordinates across "(Justice)". j itself when no closed parenthesis starts there.
 */
function skipParenthesis(tokens: Tokens, j: number): number {
  if (!tokens.is(j, '(')) return j;
  for (let k = j + 1; k < tokens.count && k - j <= MAX_PARENTHESIS; k++) {
    if (tokens.flags[k]! & F_PARA || tokens.is(k, '(')) return j;
    if (tokens.is(k, ')')) return k + 1;
  }
  return j;
}

/**
 * The ")" closing an abbreviation or a short gloss in brackets that opens at token k: "(NAP)",
 * "(CTIP NAP)", "(Justice)", one to `maxWords` words; −1 if none.
 */
export function abbreviationEnd(tokens: Tokens, k: number, maxWords: number): number {
  if (!tokens.is(k, '(')) return -1;
  for (let j = k + 1; j < tokens.count && j - k <= maxWords + 1; j++) {
    if (tokens.flags[j]! & F_PARA) return -1;
    if (j > k + 1 && tokens.is(j, ')')) return j;
    if (tokens.kind[j] !== T_WORD) return -1;
  }
  return -1;
}

/** How many leading words of an alias (folded, "the" already dropped) form a head; 0 if none. */
export function headLength(words: readonly string[]): number {
  for (const head of HEADS) {
    if (words.length <= head.words.length) continue;
    const ok = head.words.every((w, i) => (head.prefix ? words[i]!.startsWith(w) : words[i] === w));
    if (ok) return head.words.length;
  }
  return 0;
}

/** The head starting at token k ("Ministries of", "министерств"), as a count of tokens; 0 if none. */
export function headAt(tokens: Tokens, k: number): number {
  // Every head begins with "m"/"м": most tokens are ruled out by their first letter.
  const first = tokens.firstFolded(k);
  if ((first !== 0x6d && first !== 0x43c) || tokens.kind[k] !== T_WORD) return 0;
  for (const head of HEADS) {
    const words = head.words;
    let found = head.prefix ? tokens.startsWith(k, words[0]!) : true;
    for (let i = 0; found && !head.prefix && i < words.length; i++) found = tokens.is(k + i, words[i]!);
    if (found) return words.length;
  }
  return 0;
}

/**
 * Modifiers that share one tail after a head: "Ministries of [Foreign] and [Internal] Affairs",
 * "министерств [иностранных] и [внутренних] дел". From the token after the head: single words
 * separated by commas, then a conjunction; returns their tokens and the token after the
 * conjunction, where the last, whole tail starts. Null when the words there are not such a list.
 */
export function sharedModifiers(tokens: Tokens, from: number): { words: number[]; last: number } | null {
  const words: number[] = [];
  for (let j = from; j < tokens.count && words.length < 6; ) {
    if (tokens.kind[j] !== T_WORD || (j > from && tokens.flags[j]! & F_PARA)) return null;
    if (tokens.isLatin(j) && !(tokens.flags[j]! & F_CAP)) return null;
    words.push(j);
    j++;
    if (tokens.is(j, ',')) {
      j++;
      continue;
    }
    if (isJoiner(tokens, j) && j + 1 < tokens.count && !(tokens.flags[j + 1]! & F_PARA)) return { words, last: j + 1 };
    return null;
  }
  return null;
}

/**
 * Where a coordinated tail may start after a head match ending at token `end`: past a comma and/or
 * a conjunction. −1 when no coordination follows.
 */
export function tailStart(tokens: Tokens, end: number): number {
  let j = skipParenthesis(tokens, end + 1);
  let joined = false;
  if (tokens.is(j, ',')) {
    j++;
    joined = true;
  }
  if (isJoiner(tokens, j)) {
    j++;
    joined = true;
  }
  if (!joined || j >= tokens.count || tokens.flags[j]! & F_PARA || tokens.kind[j] !== T_WORD) return -1;
  // "… Internal Affairs and the Justice": a "the" before the item is not part of it.
  if (tokens.is(j, 'the') && j + 1 < tokens.count && !(tokens.flags[j + 1]! & F_PARA) && tokens.kind[j + 1] === T_WORD) j++;
  // English names are capitalised; "Ministry of Foreign Affairs and health workers" is not a ministry.
  if (tokens.isLatin(j) && !(tokens.flags[j]! & F_CAP)) return -1;
  return j;
}

/** Most words of a list item the dataset does not know ("Culture", "Medeniýet", "культуры"). */
const MAX_UNKNOWN_WORDS = 4;
/** Most such items passed over in one list. */
export const MAX_UNKNOWN_ITEMS = 6;

/**
 * A list item the dataset does not know, starting at token j: "Culture" in "the Ministries of
 * Foreign Affairs, Culture and Internal Affairs". Up to four words, then a comma or a conjunction;
 * its last token, or −1.
 */
export function unknownItemEnd(tokens: Tokens, j: number): number {
  for (let k = j; k < tokens.count && k - j < MAX_UNKNOWN_WORDS; k++) {
    if (tokens.kind[k] !== T_WORD || (k > j && tokens.flags[k]! & F_PARA)) return -1;
    if (k + 1 < tokens.count && !(tokens.flags[k + 1]! & F_PARA) && isJoiner(tokens, k + 1)) return k;
  }
  return -1;
}

/**
 * The same item read backwards from its last token `end`, for Turkmen lists, whose shared head
 * comes last ("Daşary işler, Medeniýet we Içeri işler ministrlikleri"): its first token, and whether
 * a comma or a conjunction stands before it. An item with none before it is the list's first, and
 * its run of words may hold the list's owner ("Gruziýanyň Medeniýet, …"). Null if `end` is no word.
 */
export function unknownItemStart(tokens: Tokens, end: number): { start: number; joined: boolean } | null {
  if (end < 0 || tokens.kind[end] !== T_WORD) return null;
  for (let k = end; ; k--) {
    if (k === 0 || tokens.flags[k]! & F_PARA) return { start: k, joined: false };
    if (isJoiner(tokens, k - 1)) return { start: k, joined: true };
    if (tokens.kind[k - 1] !== T_WORD) return { start: k, joined: false };
    if (end - k + 1 >= MAX_UNKNOWN_WORDS) return { start: k, joined: false };
  }
}
