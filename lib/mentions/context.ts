/**
 * Decisions that depend on the words around a match rather than on the match itself: whether a
 * generic name belongs to another country, whether Turkmen "mejlis" is the parliament or just a
 * session, and whether "halk maslahaty" is the national council or a velayat's.
 */
import { F_CAP, F_PARA, T_WORD, type Tokens } from './tokenize.ts';

export interface PlaceSpan {
  start: number;
  end: number;
  home: boolean;
}

/** Built-in place names found in the text, by first and by last token. */
export interface Places {
  startAt: Map<number, PlaceSpan>;
  endAt: Map<number, PlaceSpan>;
}

function isLatin(word: string): boolean {
  return word.charCodeAt(0) < 0x250;
}

function isCyrillic(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x400 && c <= 0x52f;
}

/** Words after which a Russian name has ended: a genitive country beyond them is not its owner. */
const RU_BOUNDARY = new Set([
  'с', 'со', 'в', 'во', 'на', 'к', 'ко', 'от', 'о', 'об', 'при', 'для', 'у', 'из', 'за', 'по', 'перед', 'после',
  'между', 'через', 'без', 'до', 'а', 'но', 'также', 'что', 'который', 'которое', 'которая', 'которые',
]);

/**
 * Does another country own this name? Before it: "Georgia's", "Georgian", "Gruziýanyň", "российский".
 * After it: "of (the) Georgia" past capitalised words of the same name ("Ministry of Health and
 * Social Affairs of Georgia"), or a Russian genitive within the name's tail ("Министерство
 * иностранных дел Грузии"). A following "of Turkmenistan" settles it the other way.
 */
export function ownedAbroad(tokens: Tokens, places: Places, s: number, e: number): boolean {
  if (s > 0 && !(tokens.flags[s]! & F_PARA)) {
    const before = places.endAt.get(s - 1);
    if (before) return !before.home;
  }
  let j = e + 1;
  let cyrillicWords = 0;
  for (let steps = 0; steps < 10 && j < tokens.count; steps++) {
    if (tokens.flags[j]! & F_PARA || tokens.kind[j] !== T_WORD) return false;
    const place = places.startAt.get(j);
    const word = tokens.textOf(j);
    if (isCyrillic(word)) {
      if (place) return !place.home;
      if (RU_BOUNDARY.has(word) || ++cyrillicWords > 4) return false;
      j++;
      continue;
    }
    if (word === 'of') {
      let k = j + 1;
      if (tokens.textOf(k) === 'the') k++;
      const owner = places.startAt.get(k);
      if (owner) return !owner.home;
      j++;
      continue;
    }
    if (place) return false;
    if (word === 'and' || word === '&' || tokens.flags[j]! & F_CAP) {
      j++;
      continue;
    }
    return false;
  }
  return false;
}

export const PARLIAMENT = 1;
export const SESSION = -1;
export const UNDECIDED = 0;

/** Genitives that own the parliament: "ýurdumyzyň Mejlisi", "Milli Geňeşiň Mejlisi". */
const PARLIAMENT_OWNERS = new Set(['yurdumyzyn', 'yurdumyn', 'dowletimizin', 'genesin', 'genesinin']);
/** What follows the parliament: its deputies, chair, committees, members. */
const PARLIAMENT_NEXT = ['deputat', 'baslyg', 'baslyk', 'komitet', 'agza', 'spiker', 'deput', 'chair', 'speaker', 'member', 'депутат'];
/** What follows a session: it was held, opened, ended. */
const SESSION_NEXT = ['geciril', 'gecirdi', 'acyl', 'tamamlan', 'gutar'];
const GENITIVE_ENDINGS = ['yn', 'in', 'un'];

function isGenitive(tokens: Tokens, k: number): boolean {
  if (!tokens.isWord(k)) return false;
  const word = tokens.textOf(k);
  return word.length >= 5 && !isCyrillic(word) && GENITIVE_ENDINGS.some((g) => word.endsWith(g));
}

/**
 * Whether the lone word "Mejlis" at token m is the parliament or the Turkmen common noun
 * "session": "dialogyň (nobatdaky) mejlisi", "mejlisi geçirildi" are sessions; "Türkmenistanyň
 * Mejlisi", "Mejlisiň deputatlary", "Mejlisiň nobatdaky mejlisi" (its own session) the parliament.
 */
export function mejlisSense(tokens: Tokens, places: Places, m: number): number {
  const sameBlock = (k: number) => k >= 0 && k < tokens.count && !(tokens.flags[Math.max(k, m)]! & F_PARA) && tokens.isWord(k);
  const prev = m - 1;
  if (sameBlock(prev)) {
    // "Türkmenistanyň Mejlisi", "Turkmen Mejlis" — but not "Türkmenistanda Mejlise" (in Turkmenistan, to the session).
    const owner = places.endAt.get(prev);
    if (owner?.home && (isGenitive(tokens, prev) || tokens.textOf(prev) === 'turkmen')) return PARLIAMENT;
    if (PARLIAMENT_OWNERS.has(tokens.textOf(prev))) return PARLIAMENT;
  }
  for (let k = m + 1; k <= m + 2; k++) {
    if (!sameBlock(k) || (k > m + 1 && !sameBlock(k - 1))) break;
    const next = tokens.textOf(k);
    if (k === m + 1) {
      // "Mejlisiň deputatlary", "Mejlis deputaty": the deputies of the parliament. After another
      // case ("Mejlisde deputatlar …", at the session the deputies …) it says nothing.
      const owning = isGenitive(tokens, m) || tokens.textOf(m) === 'mejlis' || !isLatin(tokens.textOf(m));
      if (owning && PARLIAMENT_NEXT.some((p) => next.startsWith(p))) return PARLIAMENT;
      if (SESSION_NEXT.some((p) => next.startsWith(p))) return SESSION;
      if (next === 'of' && places.startAt.get(m + 2)?.home) return PARLIAMENT;
    }
    if (next.startsWith('mejlis') && isGenitive(tokens, m)) return PARLIAMENT;
  }
  if (sameBlock(prev)) {
    if (isGenitive(tokens, prev) && !places.endAt.has(prev)) return SESSION;
    // One adjective may stand between the owner and the session: "dialogyň nobatdaky mejlisi".
    if (!(tokens.flags[prev]! & F_CAP) && sameBlock(prev - 1) && isGenitive(tokens, prev - 1) && !places.endAt.has(prev - 1)) return SESSION;
  }
  // The parliament's name is always capitalised; a lower-case "mejlis" is a session.
  if (!(tokens.flags[m]! & F_CAP)) return SESSION;
  return UNDECIDED;
}

const LOCAL_BEFORE = [
  'welayat', 'etrap', 'etrab', 'saher', 'yerli', 'velayat', 'regional', 'provincial', 'district', 'city', 'municipal',
  'local', 'велаят', 'этрап', 'город', 'областн', 'районн', 'местн',
];
const LOCAL_AFTER = ['welayat', 'velayat', 'etrap', 'etrab', 'велаят', 'этрап'];

/** "welaýat halk maslahaty", "этрапский Халк Маслахаты", "Halk Maslahaty of Balkan velayat": a local council. */
export function isLocalCouncil(tokens: Tokens, s: number, e: number): boolean {
  if (s > 0 && tokens.isWord(s - 1) && !(tokens.flags[s]! & F_PARA)) {
    const before = tokens.textOf(s - 1);
    if (LOCAL_BEFORE.some((p) => before.startsWith(p))) return true;
  }
  for (let k = e + 1; k <= e + 3 && k < tokens.count; k++) {
    if (!tokens.isWord(k) || tokens.flags[k]! & F_PARA) break;
    const after = tokens.textOf(k);
    if (LOCAL_AFTER.some((p) => after.startsWith(p))) return true;
  }
  return false;
}
