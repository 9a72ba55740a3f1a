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

/*
 * Dates next to a dialogue's name, for a round the text names by its day rather than its number:
 * "On June 18, 2020, a regular meeting as part of the Human Rights Dialogue … was held", "held … on
 * 18 June 2020", "18 июня 2020 года", "2020-nji ýylyň 18-nji iýunynda", "18.06.2020", "2020-06-18".
 */

/** English month names (whole words), by month. */
export const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Stems of Russian and Turkmen month names, which take endings ("июня", "iýunynda"), by month. */
const MONTH_STEMS = [
  ['январ', 'yanwar'], ['феврал', 'fewral'], ['март', 'mart'], ['апрел', 'aprel'], ['ма', 'may'], ['июн', 'iyun'],
  ['июл', 'iyul'], ['август', 'awgust'], ['сентябр', 'sentyabr'], ['октябр', 'oktyabr'], ['ноябр', 'noyabr'], ['декабр', 'dekabr'],
];
/** The stems too short to take any ending: May is "мая"/"май"/"мае" and "maý", "maýda", "maýynda" (not "maýa", investment). */
const SHORT_MONTH_FORMS = new Set(['мая', 'май', 'мае', 'may', 'mayda', 'mayynda', 'mayyn', 'mayy']);

/** Turkmen "2020-nji ýylyň": the year's ordinal ending and the word "year". */
const TK_YEAR = new Set(['yylyn', 'yyly', 'yylda', 'yylynda']);
/** Most tokens looked at on each side of a name for a date in the same sentence. */
const DATE_BEFORE = 30;
const DATE_AFTER = 20;

function monthAt(tokens: Tokens, k: number): number {
  if (k < 0 || k >= tokens.count || tokens.kind[k] !== T_WORD) return 0;
  const word = tokens.textOf(k);
  const english = EN_MONTHS.indexOf(word);
  if (english >= 0) return english + 1;
  if (SHORT_MONTH_FORMS.has(word)) return 5;
  for (let m = 0; m < 12; m++) {
    if (m === 4) continue;
    if (MONTH_STEMS[m]!.some((stem) => word.startsWith(stem))) return m + 1;
  }
  return 0;
}

function yearAt(tokens: Tokens, k: number): number {
  const n = k >= 0 && k < tokens.count && tokens.kind[k] === T_NUM ? Number(tokens.textOf(k)) : 0;
  return n >= 1991 && n <= 2100 ? n : 0;
}

function dayAt(tokens: Tokens, k: number): number {
  const n = k >= 0 && k < tokens.count && tokens.kind[k] === T_NUM ? Number(tokens.textOf(k)) : 0;
  return n >= 1 && n <= 31 ? n : 0;
}

/** Past a Turkmen or Russian ending written after a number with a dash ("18-nji", "18-го"). */
function afterNumberEnding(tokens: Tokens, k: number): number {
  return k + 1 < tokens.count && tokens.flags[k + 1]! & F_DASH && tokens.kind[k + 1] === T_WORD && tokens.textOf(k + 1).length <= 4 ? k + 2 : k + 1;
}

/** A date that starts at token k, as YYYYMMDD (DD 00 for a month alone); 0 if none. */
function dateAt(tokens: Tokens, k: number): number {
  // Every date has a number at its start or right after it: most tokens are ruled out without
  // reading their text.
  const kind = tokens.kind;
  if (kind[k] !== T_NUM && !(k + 1 < tokens.count && kind[k + 1] === T_NUM)) return 0;
  const day = dayAt(tokens, k);
  if (day) {
    // "18 June 2020", "18 июня 2020 года"; Turkmen "2020-nji ýylyň 18-nji iýunynda" has the year first.
    const m = afterNumberEnding(tokens, k);
    const month = monthAt(tokens, m);
    if (month) {
      const year = yearAt(tokens, m + 1) || (TK_YEAR.has(tokens.textOf(k - 1)) ? yearAt(tokens, tokens.flags[k - 1]! & F_DASH ? k - 2 : k - 3) : 0);
      return year ? year * 10000 + month * 100 + day : 0;
    }
    // "18.06.2020"
    if (tokens.is(k + 1, '.') && tokens.is(k + 3, '.') && tokens.end[k] === tokens.start[k + 1]) {
      const mm = dayAt(tokens, k + 2);
      const year = yearAt(tokens, k + 4);
      return mm >= 1 && mm <= 12 && year ? year * 10000 + mm * 100 + day : 0;
    }
    return 0;
  }
  // "2020-06-18"
  const year = yearAt(tokens, k);
  if (year && tokens.flags[k + 1]! & F_DASH && tokens.flags[k + 2]! & F_DASH) {
    const mm = dayAt(tokens, k + 1);
    const dd = dayAt(tokens, k + 2);
    if (mm >= 1 && mm <= 12 && dd) return year * 10000 + mm * 100 + dd;
  }
  // "June 18, 2020", and a month alone: "in May 2016", "в мае 2016 года" (day 00)
  const month = monthAt(tokens, k);
  if (month) {
    const d = dayAt(tokens, k + 1);
    const y = yearAt(tokens, tokens.is(k + 2, ',') ? k + 3 : k + 2);
    if (d && y) return y * 10000 + month * 100 + d;
    const alone = yearAt(tokens, k + 1);
    if (alone) return alone * 10000 + month * 100;
  }
  return 0;
}

/** Whether token k ends a sentence: ".", "!" or "?" followed by a space (not the dot of "18.06.2020"). */
function endsSentence(tokens: Tokens, k: number): boolean {
  const first = tokens.firstFolded(k);
  if (first !== 0x2e && first !== 0x21 && first !== 0x3f) return false;
  return tokens.end[k]! >= tokens.text.length || tokens.text.charCodeAt(tokens.end[k]!) <= 0x20;
}

/**
 * The nearest date in the sentence of a name that spans tokens s..e, as YYYYMMDD; 0 if none.
 */
export function dateNear(tokens: Tokens, s: number, e: number): number {
  // Most names have no number anywhere near: settled from the token kinds alone.
  const kind = tokens.kind;
  let numbers = false;
  for (let k = Math.max(0, s - DATE_BEFORE); k <= Math.min(tokens.count - 1, e + DATE_AFTER) && !numbers; k++) numbers = kind[k] === T_NUM;
  if (!numbers) return 0;
  // The sentence's bounds, at most so many tokens away.
  let first = s;
  while (first > 0 && s - first < DATE_BEFORE && !(tokens.flags[first]! & F_PARA) && !endsSentence(tokens, first - 1)) first--;
  let last = e;
  while (last + 1 < tokens.count && last - e < DATE_AFTER && !(tokens.flags[last + 1]! & F_PARA) && !endsSentence(tokens, last)) last++;
  for (let d = 1; e + d <= last || s - d >= first; d++) {
    const date = (e + d <= last ? dateAt(tokens, e + d) : 0) || (s - d >= first ? dateAt(tokens, s - d) : 0);
    if (date) return date;
  }
  return 0;
}
