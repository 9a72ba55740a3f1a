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

const JOINERS = new Set(['and', '&', 'и', 'we', 'hem']);

/** How many leading words of an alias (folded, "the" already dropped) form a head; 0 if none. */
export function headLength(words: readonly string[]): number {
  for (const head of HEADS) {
    if (words.length <= head.words.length) continue;
    const ok = head.words.every((w, i) => (head.prefix ? words[i]!.startsWith(w) : words[i] === w));
    if (ok) return head.words.length;
  }
  return 0;
}

/**
 * Where a coordinated tail may start after a head match ending at token `end`: past a comma and/or
 * a conjunction. −1 when no coordination follows.
 */
export function tailStart(tokens: Tokens, end: number): number {
  let j = end + 1;
  let joined = false;
  if (tokens.textOf(j) === ',') {
    j++;
    joined = true;
  }
  if (JOINERS.has(tokens.textOf(j))) {
    j++;
    joined = true;
  }
  if (!joined || j >= tokens.count || tokens.flags[j]! & F_PARA || tokens.kind[j] !== T_WORD) return -1;
  // English names are capitalised; "Ministry of Foreign Affairs and health workers" is not a ministry.
  if (tokens.isLatin(j) && !(tokens.flags[j]! & F_CAP)) return -1;
  return j;
}
