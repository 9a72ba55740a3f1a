/**
 * Plan periods written next to a plan's name: "for 2016-2020", "for the period of 2016–2020",
 * "(2016–2020)", "на 2016–2020 гг.", "2016-2020-nji ýyllar üçin" — after the name in English and
 * Russian, usually before it in Turkmen ("2016-2020-nji ýyllar üçin niýetlenen … meýilnamasy").
 */
import type { Places } from './context.ts';
import { abbreviationEnd } from './coordination.ts';
import { F_DASH, F_PARA, T_NUM, type Tokens } from './tokenize.ts';

export interface FoundPeriod {
  start: number;
  end: number;
  /** First and last token of the period phrase. */
  from: number;
  to: number;
}

const LEAD = new Set(['for', 'на', 'за', 'in', 'в', 'from', 'с', 'of', 'the', 'period', 'период', 'периода', 'years', 'годы', 'годов', ',', 'ucin']);
const RANGE_WORDS = new Set(['to', 'till', 'until', 'по', 'до', 'and']);
const YEARS_AFTER = new Set(['years', 'year', 'yrs', 'yr', 'годы', 'годов', 'год', 'гг', 'г', 'yyllar', 'yyllary', 'yyllara', 'yyllarda', 'yyl', 'yy']);
const ORDINAL = new Set(['nji', 'njy', 'nju', 'inji', 'ynjy', 'unjy', 'unji']);
const INTENDED = new Set(['niyetlenen', 'niyetlenilen', 'intended', 'designed']);
const IN_HOME = new Set(['in', 'в', 'of']);

function yearAt(tokens: Tokens, k: number): number {
  if (k < 0 || k >= tokens.count || tokens.kind[k] !== T_NUM) return 0;
  // Its length first: reading a token's text allocates (and misses the cache on a long page).
  const length = tokens.end[k]! - tokens.start[k]!;
  if (length !== 4 && length !== 2) return 0;
  return Number(tokens.textOf(k));
}

/** A year range starting at token k: "2016–2020", "2016 to 2020", "2016-20". */
function rangeAt(tokens: Tokens, k: number): { start: number; end: number; last: number } | null {
  const start = yearAt(tokens, k);
  if (start < 1991 || start > 2100) return null;
  let j = k + 1;
  if (j < tokens.count && !(tokens.flags[j]! & F_DASH) && RANGE_WORDS.has(tokens.textOf(j))) j++;
  else if (j >= tokens.count || !(tokens.flags[j]! & F_DASH)) return null;
  let end = yearAt(tokens, j);
  if (end > 0 && end < 100) end += Math.floor(start / 100) * 100;
  if (end < start || end > 2100 || end - start > 30) return null;
  return { start, end, last: j };
}

function skipHome(tokens: Tokens, places: Places, k: number): number {
  if (IN_HOME.has(tokens.textOf(k)) && places.homeFrom(k + 1)) return places.endingFrom(k + 1) + 1;
  return places.homeFrom(k) ? places.endingFrom(k) + 1 : k;
}

/** The word at token j, folded, if it is in the same block ('' otherwise). */
function wordAt(tokens: Tokens, j: number): string {
  return j < tokens.count && !(tokens.flags[j]! & F_PARA) ? tokens.textOf(j) : '';
}

/** Past what may follow a year range that ends at token `last`: its ending ("-nji"), "years" ("ýyllar", "годы"), "üçin". */
function rangeTail(tokens: Tokens, last: number): { last: number; years: string; ucin: boolean } {
  if (ORDINAL.has(wordAt(tokens, last + 1))) last++;
  const years = YEARS_AFTER.has(wordAt(tokens, last + 1)) ? wordAt(tokens, ++last) : '';
  const ucin = wordAt(tokens, last + 1) === 'ucin';
  return { last: ucin ? last + 1 : last, years, ucin };
}

/**
 * A period written inside a Turkmen name, starting at token k: "… adam hukuklary boýunça
 * 2016-2020-nji ýyllar üçin Hereketleriň Milli Meýilnamasy", or "… 2018-2022-nji ýyllarda
 * çagalaryň hukuklaryny …" (in the years, which needs no "üçin"); null otherwise.
 */
export function periodInside(tokens: Tokens, k: number): FoundPeriod | null {
  if (k >= tokens.count || tokens.kind[k] !== T_NUM || tokens.flags[k]! & F_PARA) return null;
  const range = rangeAt(tokens, k);
  if (!range) return null;
  const tail = rangeTail(tokens, range.last);
  if (!tail.years || (!tail.ucin && tail.years !== 'yyllarda')) return null;
  return { start: range.start, end: range.end, from: k, to: tail.last };
}

/** Most words of an abbreviation in brackets between a name and its period ("(CTIP NAP)"). */
const MAX_ABBREVIATION_WORDS = 3;

/** A period right after a name ending at token `end`. */
export function periodAfter(tokens: Tokens, places: Places, end: number): FoundPeriod | null {
  let k = skipHome(tokens, places, end + 1);
  // "… Plan (NAP) for 2016–2018", "(CTIP NAP) for 2025–2029": an abbreviation in brackets between.
  const abbreviation = abbreviationEnd(tokens, k, MAX_ABBREVIATION_WORDS);
  if (abbreviation >= 0) k = skipHome(tokens, places, abbreviation + 1);
  const paren = tokens.textOf(k) === '(';
  if (paren) k++;
  for (let steps = 0; steps < 5 && k < tokens.count && LEAD.has(tokens.textOf(k)); steps++) k++;
  if (k >= tokens.count || tokens.flags[k]! & F_PARA) return null;
  const range = rangeAt(tokens, k);
  if (!range) return null;
  let last = rangeTail(tokens, range.last).last;
  if (paren && wordAt(tokens, last + 1) === ')') last++;
  return { start: range.start, end: range.end, from: k, to: last };
}

/** A period right before a name starting at token `start` (Turkmen order, or "the 2016–2020 Plan"). */
export function periodBefore(tokens: Tokens, places: Places, start: number): FoundPeriod | null {
  let k = start - 1;
  const same = (j: number) => j >= 0 && !(tokens.flags[j + 1]! & F_PARA);
  // "… üçin niýetlenen Türkmenistanda … meýilnamasy": skip the home country and "intended".
  for (let steps = 0; steps < 3 && same(k); steps++) {
    if (places.homeTo(k)) k = places.startingTo(k) - 1;
    else if (INTENDED.has(tokens.textOf(k))) k--;
    else break;
  }
  if (same(k) && tokens.textOf(k) === 'ucin') k--;
  if (same(k) && YEARS_AFTER.has(tokens.textOf(k))) k--;
  if (same(k) && ORDINAL.has(tokens.textOf(k))) k--;
  if (!same(k) || k < 1) return null;
  const range = rangeAt(tokens, k - 1);
  if (range && range.last === k) return { start: range.start, end: range.end, from: k - 1, to: start - 1 };
  if (k >= 2) {
    const words = rangeAt(tokens, k - 2);
    if (words && words.last === k) return { start: words.start, end: words.end, from: k - 2, to: start - 1 };
  }
  return null;
}
