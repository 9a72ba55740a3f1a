/**
 * Numbered rounds of a dialogue written around its name: "the 16th meeting of the … Human Rights
 * Dialogue", "their seventeenth annual Human Rights Dialogue", "11-й раунд Диалога по правам
 * человека …", "очередного десятого раунда Диалога …", "… adam hukuklary boýunça dialogyň 16-njy
 * mejlisi", "Dialogyň nobatdaky onunjy mejlisi". The number comes before the name in English and
 * Russian, after it in Turkmen; in figures or in words (up to the twentieth).
 */
import { F_DASH, F_PARA, T_NUM, T_WORD, type Tokens } from './tokenize.ts';

export interface FoundRound {
  ordinal: number;
  /** First and last token of the phrase that names the round, the dialogue's name included. */
  from: number;
  to: number;
}

const EN_ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];
const EN_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const EN_NOUNS = new Set(['round', 'meeting', 'session', 'sitting']);
const EN_ADJECTIVES = new Set(['annual', 'regular', 'next', 'successive', 'latest', 'new', 'eu', 'turkmenistan']);
/** Russian ordinals 1–20 as folded stems, and the adjective endings they take ("десятого", "третьего"). */
const RU_ORDINALS = [
  'перв', 'втор', 'трет', 'четверт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят',
  'одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат', 'двадцат',
];
const RU_ADJECTIVE_ENDINGS = new Set([
  'ый', 'ой', 'ий', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ом', 'ем', 'ая', 'яя', 'ую', 'юю', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ыми', 'ими',
  'ьего', 'ьему', 'ьим', 'ьем', 'ья', 'ьей', 'ью', 'ье', 'ьи', 'ьих', 'ьими',
]);
/** Turkmen ordinals 1–10 and 20, folded; 11–19 are "on" + 1–9 ("on altynjy"). */
const TK_ORDINALS = ['birinji', 'ikinji', 'ucunji', 'dordunji', 'basinji', 'altynjy', 'yedinji', 'sekizinji', 'dokuzynjy', 'onunjy'];
const TK_TWENTIETH = 'yigriminji';

/** Russian nouns, as folded stems: "раунд", "заседания", "встрече", "тура". */
const RU_NOUNS = ['раунд', 'заседани', 'встреч', 'тур'];
/** "12-й", "12-го", "12-м", "12-ом": a short Cyrillic ending after a dash. */
const RU_SUFFIX_MAX = 3;
const TK_SUFFIXES = new Set(['nji', 'njy', 'nju', 'inji', 'ynjy', 'unjy', 'unji']);
/** Turkmen nouns, as folded stems: "mejlisi", "tapgyry", "duşuşygy". */
const TK_NOUNS = ['mejlis', 'tapgyr', 'dusus'];
const TK_BEFORE_NUMBER = new Set(['nobatdaky']);

const MAX_ORDINAL = 100;

function numberAt(tokens: Tokens, k: number): number {
  if (k < 0 || k >= tokens.count || tokens.kind[k] !== T_NUM) return 0;
  const n = Number(tokens.textOf(k));
  return Number.isInteger(n) && n >= 1 && n <= MAX_ORDINAL ? n : 0;
}

const startsWithAny = (tokens: Tokens, k: number, stems: readonly string[]) => stems.some((s) => tokens.startsWith(k, s));

/** "десятого" → 10: the longest ordinal stem the word begins with, followed by an adjective ending. */
function russianOrdinal(tokens: Tokens, k: number): number {
  if (k < 0 || tokens.kind[k] !== T_WORD || !tokens.isCyrillic(k)) return 0;
  const word = tokens.textOf(k);
  let best = 0;
  let bestLength = 0;
  RU_ORDINALS.forEach((stem, i) => {
    if (stem.length > bestLength && word.startsWith(stem) && RU_ADJECTIVE_ENDINGS.has(word.slice(stem.length))) {
      best = i + 1;
      bestLength = stem.length;
    }
  });
  return best;
}

/** A Turkmen ordinal written in words ending at token k: "onunjy", "on altynjy"; its first token too. */
function turkmenOrdinal(tokens: Tokens, k: number): { ordinal: number; from: number } | null {
  if (k < 0 || tokens.kind[k] !== T_WORD) return null;
  const word = tokens.textOf(k);
  if (word === TK_TWENTIETH) return { ordinal: 20, from: k };
  const units = TK_ORDINALS.indexOf(word) + 1;
  if (!units) return null;
  if (units < 10 && tokens.is(k - 1, 'on')) return { ordinal: 10 + units, from: k - 1 };
  return { ordinal: units, from: k };
}

/** No blank line between tokens a and b (a ≤ b): a round's name is written in one piece. */
function together(tokens: Tokens, a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) if (tokens.flags[k]! & F_PARA) return false;
  return a >= 0;
}

/** An English or Russian round number before a dialogue's name that starts at token `start`. */
export function roundBefore(tokens: Tokens, start: number): FoundRound | null {
  let k = start - 1;
  if (k < 0) return null;
  if (tokens.isCyrillic(k)) {
    // "11-й раунд Диалога", "в ходе 12-го заседания Диалога"
    if (startsWithAny(tokens, k, RU_NOUNS)) k--;
    else return null;
    let number = numberAt(tokens, k) || russianOrdinal(tokens, k);
    let from = k;
    if (!number && tokens.kind[k] === T_WORD && tokens.flags[k]! & F_DASH && tokens.textOf(k).length <= RU_SUFFIX_MAX && tokens.isCyrillic(k)) {
      number = numberAt(tokens, k - 1);
      from = k - 1;
    }
    return number && together(tokens, from, start) ? { ordinal: number, from, to: start - 1 } : null;
  }
  // "the 16th meeting of the …", "their seventeenth annual …", "the 12th EU–Turkmenistan …"
  if (tokens.is(k, 'the')) k--;
  if (tokens.is(k, 'of')) {
    if (!EN_NOUNS.has(tokens.textOf(k - 1))) return null;
    k -= 2;
  }
  for (let steps = 0; steps < 2 && k >= 0 && EN_ADJECTIVES.has(tokens.textOf(k)); steps++) k--;
  if (k < 0) return null;
  const word = EN_ORDINALS.indexOf(tokens.textOf(k));
  if (word >= 0) return together(tokens, k, start) ? { ordinal: word + 1, from: k, to: start - 1 } : null;
  if (EN_SUFFIXES.has(tokens.textOf(k)) && !(tokens.flags[k]! & F_DASH)) {
    const number = numberAt(tokens, k - 1);
    if (number && tokens.end[k - 1] === tokens.start[k] && together(tokens, k - 1, start)) return { ordinal: number, from: k - 1, to: start - 1 };
  }
  return null;
}

/** A Turkmen round number after a dialogue's name that ends at token `end`: "dialogyň 16-njy mejlisi". */
export function roundAfter(tokens: Tokens, end: number): FoundRound | null {
  let k = end + 1;
  if (k < tokens.count && TK_BEFORE_NUMBER.has(tokens.textOf(k))) k++;
  let number = numberAt(tokens, k);
  let last: number;
  if (number) {
    // "16-njy"
    if (!(tokens.flags[k + 1]! & F_DASH) || !TK_SUFFIXES.has(tokens.textOf(k + 1))) return null;
    last = k + 1;
  } else {
    // "onunjy", "on altynjy"
    const word = turkmenOrdinal(tokens, tokens.is(k, 'on') ? k + 1 : k);
    if (!word || word.from !== k) return null;
    number = word.ordinal;
    last = tokens.is(k, 'on') ? k + 1 : k;
  }
  if (!startsWithAny(tokens, last + 1, TK_NOUNS)) return null;
  return together(tokens, end, last + 1) ? { ordinal: number, from: end + 1, to: last + 1 } : null;
}
