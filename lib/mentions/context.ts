/**
 * Decisions that depend on the words around a match rather than on the match itself: whether a
 * generic name belongs to another country, whether Turkmen "mejlis" is the parliament or just a
 * session, and whether "halk maslahaty" is the national council or a velayat's.
 */
import { isJoiner } from './coordination.ts';
import * as tokenize from './tokenize.ts';
import type { Tokens } from './tokenize.ts';

const { F_CAP, F_DASH, F_PARA, T_WORD } = tokenize;

/**
 * Built-in place names found in the text, looked up by their first or last token. Kept in typed
 * arrays indexed by token and reused from text to text: a page names Turkmenistan thousands of times.
 */
export class Places {
  /** 1 + the last token of the place starting at token k; 0 if none. */
  private endOf = new Int32Array(1024);
  /** 1 + the first token of the place ending at token k; 0 if none. */
  private startOf = new Int32Array(1024);
  /** Bit 1: the place starting at k is Turkmenistan; bit 2: the place ending at k is. */
  private home = new Uint8Array(1024);
  private used = 0;

  reset(tokens: number): void {
    if (this.endOf.length < tokens) {
      this.endOf = new Int32Array(tokens * 2);
      this.startOf = new Int32Array(tokens * 2);
      this.home = new Uint8Array(tokens * 2);
    } else {
      this.endOf.fill(0, 0, this.used);
      this.startOf.fill(0, 0, this.used);
      this.home.fill(0, 0, this.used);
    }
    this.used = tokens;
  }

  /** Records a place; at one token, the longest place wins. */
  add(start: number, end: number, home: boolean): void {
    if (this.endOf[start]! <= end) {
      this.endOf[start] = end + 1;
      this.home[start] = (this.home[start]! & ~1) | (home ? 1 : 0);
    }
    const s = this.startOf[end]!;
    if (s === 0 || s > start + 1) {
      this.startOf[end] = start + 1;
      this.home[end] = (this.home[end]! & ~2) | (home ? 2 : 0);
    }
  }

  /** The last token of the place that starts at token k, or −1. */
  endingFrom(k: number): number {
    return k >= 0 && k < this.used ? this.endOf[k]! - 1 : -1;
  }

  /** The first token of the place that ends at token k, or −1. */
  startingTo(k: number): number {
    return k >= 0 && k < this.used ? this.startOf[k]! - 1 : -1;
  }

  /** Whether the place starting at k is Turkmenistan (false if there is none). */
  homeFrom(k: number): boolean {
    return this.endingFrom(k) >= 0 && (this.home[k]! & 1) !== 0;
  }

  /** Whether the place ending at k is Turkmenistan (false if there is none). */
  homeTo(k: number): boolean {
    return this.startingTo(k) >= 0 && (this.home[k]! & 2) !== 0;
  }
}

function isLatin(word: string): boolean {
  return word.charCodeAt(0) < 0x250;
}

function isCyrillic(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x400 && c <= 0x52f;
}

/** Words after which a Russian name has ended: a genitive country beyond them is not its owner. */
const RU_BOUNDARY_WORDS = [
  'с', 'со', 'в', 'во', 'на', 'к', 'ко', 'от', 'о', 'об', 'при', 'для', 'у', 'из', 'за', 'по', 'перед', 'после',
  'между', 'через', 'без', 'до', 'а', 'но', 'также', 'что', 'который', 'которое', 'которая', 'которые',
  // "представителем ОБСЕ Джоном Макгрегором и послами США": the owner of a list is found by the list rule.
  'и',
];
const RU_BOUNDARY = new Set(RU_BOUNDARY_WORDS.map(tokenize.hashWord));
const GENITIVE_TOKENS = new Set(['nyn', 'nin', 'yn', 'in', 'un', 'nun'].map(tokenize.hashWord));

/** The countries or sides of "both" or "two" (Russian, English and Turkmen stems). */
const BOTH_NOUNS = ['стран', 'государств', 'сторон', 'countr', 'state', 'side', 'yurd', 'dowlet', 'tarap'];
const BOTH_WORDS = ['обеих', 'обоих', 'двух', 'both', 'two'];

/** "обеих стран", "of (the) two countries", "of both sides" starting at token k. */
function bothCountriesAt(tokens: Tokens, k: number): boolean {
  if (k >= tokens.count || tokens.flags[k]! & F_PARA) return false;
  if (tokens.is(k, 'of')) k = tokens.is(k + 1, 'the') ? k + 2 : k + 1;
  return BOTH_WORDS.some((w) => tokens.is(k, w)) && BOTH_NOUNS.some((n) => tokens.startsWith(k + 1, n));
}

/**
 * Does another country own this name? Before it: "Georgia's", "Georgian", "Gruziýanyň", "российский".
 * After it: "of (the) Georgia" or "in Georgia" / "в Грузии" past capitalised words of the same name ("Ministry of Health and
 * Social Affairs of Georgia"), or a Russian genitive within the name's tail ("Министерство
 * иностранных дел Грузии"). A following "of Turkmenistan" settles it the other way.
 */
const RU_ADJECTIVE_ENDINGS = ['ий', 'ый', 'ая', 'ое', 'ие', 'ые', 'ого', 'ому', 'ой', 'ую', 'им', 'ым', 'ими', 'ыми', 'их', 'ых', 'ом'];

/**
 * Whether the place at token k is a Russian adjective ("туркменский", "казахского"), not a name
 * ("Казахстана", "Российской Федерации", whose adjective is part of a longer name).
 */
export function isRussianAdjective(tokens: Tokens, places: Places, k: number): boolean {
  // The name most often written after ours, settled without reading the word.
  if (places.endingFrom(k) !== k || tokens.startsWith(k, 'туркменист')) return false;
  // "Кыргызской Республики", "Российской Федерации": the adjective begins the country's name.
  if (tokens.startsWith(k + 1, 'республик') || tokens.startsWith(k + 1, 'федераци')) return false;
  const word = tokens.textOf(k);
  return /[сц]к/.test(word.slice(-5, -1)) && RU_ADJECTIVE_ENDINGS.some((e) => word.endsWith(e));
}

export function ownedAbroad(tokens: Tokens, places: Places, s: number, e: number): boolean {
  // "МИД обеих стран", "the foreign ministries of the two countries", "iki ýurduň daşary işler
  // ministrlikleri": the bodies of both sides, not ours alone.
  if (bothCountriesAt(tokens, e + 1) || (s >= 2 && !(tokens.flags[s]! & F_PARA) && tokens.is(s - 2, 'iki') && BOTH_NOUNS.some((n) => tokens.startsWith(s - 1, n)))) return true;
  if (s > 0 && !(tokens.flags[s]! & F_PARA)) {
    let before = s - 1;
    // "ABŞ-nyň Daşary işler ministrligi": the case ending of an abbreviation is written after a hyphen.
    if (tokens.flags[before]! & F_DASH && GENITIVE_TOKENS.has(tokens.hashOf(before))) before--;
    // "Gazagystan Respublikasynyň …", "Azerbaýjanyň Milli Mejlisi", "Türkiýe Respublikasynyň Beýik
    // Millet Mejlisi": the owner comes a few words earlier.
    for (let links = 0; links < 3 && places.startingTo(before) < 0 && isOwnerLink(tokens, before) && !(tokens.flags[before + 1]! & F_PARA); links++) before--;
    if (places.startingTo(before) >= 0) return !places.homeTo(before);
    // "Finlýandiýanyň daşary işler ministrliginiň, Adalat ministrliginiň we …": the owner of a
    // Turkmen list of bodies, named before its first one, owns them all.
    const owner = listOwner(tokens, places, before);
    if (owner >= 0) return !places.homeTo(owner);
    // A name in brackets after another ("Public Defender of Georgia (Ombudsman)", "Gürjüstanyň
    // Jemgyýetçilik goragçysy (Ombudsmeni)") has the owner of the words before the bracket.
    if (tokens.is(before, '(')) {
      for (let k = before - 1; k >= 0 && before - k <= MAX_GLOSSED_WORDS && tokens.isWord(k) && !(tokens.flags[k + 1]! & F_PARA); k--) {
        if (places.startingTo(k) >= 0) return !places.homeTo(k);
      }
    }
  }
  // Past a bracket: "(Ombudsman) of Georgia", "Ombudsman (Public Defender) of Georgia".
  let j = tokens.is(e + 1, ')') ? e + 2 : afterBrackets(tokens, e + 1);
  let cyrillicWords = 0;
  for (let steps = 0; steps < 10 && j < tokens.count; steps++) {
    if (tokens.flags[j]! & F_PARA || tokens.kind[j] !== T_WORD) return false;
    const place = places.endingFrom(j) >= 0;
    // Where the body is: "Омбудсмен в Грузии", "the Ombudsman in Georgia" (and "… в Туркменистане").
    if (tokens.is(j, 'в') || tokens.is(j, 'во') || tokens.is(j, 'in')) {
      const k = tokens.is(j + 1, 'the') ? j + 2 : j + 1;
      if (places.endingFrom(k) >= 0 && !(tokens.flags[k]! & F_PARA)) return !places.homeFrom(k);
    }
    if (tokens.isCyrillic(j)) {
      // A Russian adjective after a name belongs to the next noun ("омбудсмену казахский подросток").
      if (place && !isRussianAdjective(tokens, places, j)) return !places.homeFrom(j);
      if (++cyrillicWords > 4 || RU_BOUNDARY.has(tokens.hashOf(j))) return false;
      j++;
      continue;
    }
    if (tokens.is(j, 'of')) {
      const k = tokens.is(j + 1, 'the') ? j + 2 : j + 1;
      if (places.endingFrom(k) >= 0) return !places.homeFrom(k);
      // "of the Republic of Kazakhstan": go on from the word after "the".
      j = k;
      continue;
    }
    if (place) return false;
    if (tokens.flags[j]! & F_CAP || tokens.is(j, 'and')) {
      j++;
      continue;
    }
    return false;
  }
  return false;
}

/** Most words read before a bracketed name for its owner, and inside a bracket after a name. */
const MAX_GLOSSED_WORDS = 6;
/** Words between an owner and the name it owns: "Gazagystan Respublikasynyň", "Azerbaýjanyň Milli", "Beýik Millet". */
const OWNER_LINKS = new Set(['respublikasynyn', 'respublikasy', 'milli', 'beyik', 'millet'].map(tokenize.hashWord));

function isOwnerLink(tokens: Tokens, k: number): boolean {
  const first = tokens.firstFolded(k);
  return (first === 0x72 || first === 0x6d || first === 0x62) && OWNER_LINKS.has(tokens.hashOf(k));
}

/** Turkmen words that end the name of a body: a list of bodies is made of such names. */
const TK_BODY_HEADS = ['ministrlig', 'ministrlik', 'edara', 'kazyyet', 'parlament', 'komitet', 'gullug', 'gulluk', 'institut', 'merkez', 'topar', 'mejlis', 'maslahat', 'prokuratura', 'genes', 'agentlig', 'agentlik'];
/** Most bodies of a list looked back over, and most words in one. */
const MAX_LIST_ITEMS = 4;
const MAX_ITEM_WORDS = 6;

/**
 * For a Turkmen name after "," or "we"/"hem" (token `joiner`): the place that owns the list it is
 * part of — the genitive before the list's first body, each earlier item ending with a body's head
 * word ("…ministrliginiň, …edarasyna, Ýokary … kazyýete"). −1 when the words before are not such a list.
 */
function listOwner(tokens: Tokens, places: Places, joiner: number): number {
  if (!isJoiner(tokens, joiner) || !tokens.isLatin(joiner + 1)) return -1;
  let k = joiner - 1;
  for (let items = 0; items < MAX_LIST_ITEMS; items++) {
    if (!tokens.isWord(k) || !TK_BODY_HEADS.some((h) => tokens.startsWith(k, h))) return -1;
    // Back over the item's words to the owner, or to the joiner before it.
    let words = 1;
    k--;
    while (k >= 0 && words < MAX_ITEM_WORDS && tokens.isWord(k) && places.startingTo(k) < 0 && !isJoiner(tokens, k) && !(tokens.flags[k + 1]! & F_PARA)) {
      k--;
      words++;
    }
    if (k < 0 || tokens.flags[k + 1]! & F_PARA) return -1;
    if (places.startingTo(k) >= 0) return k;
    if (!isJoiner(tokens, k)) return -1;
    k--;
  }
  return -1;
}

/** The token after a short bracket that starts at token j ("(Public Defender)"); j itself if none does. */
function afterBrackets(tokens: Tokens, j: number): number {
  if (!tokens.is(j, '(')) return j;
  for (let k = j + 1; k < tokens.count && k - j <= MAX_GLOSSED_WORDS + 1; k++) {
    if (tokens.flags[k]! & F_PARA || tokens.is(k, '(')) return j;
    if (tokens.is(k, ')')) return k + 1;
  }
  return j;
}

export const PARLIAMENT = 1;
export const SESSION = -1;
export const UNDECIDED = 0;

/** Genitives that own the parliament: "ýurdumyzyň Mejlisi", "Milli Geňeşiň Mejlisi". */
const PARLIAMENT_OWNERS = new Set(['yurdumyzyn', 'yurdumyn', 'dowletimizin', 'genesin', 'genesinin']);
/** What follows the parliament: its deputies, chair, committees, members. */
const PARLIAMENT_NEXT = ['deputat', 'baslyg', 'baslyk', 'komitet', 'agza', 'spiker', 'deput', 'chair', 'speaker', 'member', 'депутат'];
/** What follows a session: it was held, opened, ended; during it, at its start or end, its closing part. */
const SESSION_NEXT = ['geciril', 'gecirdi', 'acyl', 'tamamlan', 'gutar', 'dowamynda', 'barsynda', 'ahyrynda', 'basynda', 'jemleyji'];
const GENITIVE_ENDINGS = ['yn', 'in', 'un'];
/** A convocation, in both spellings ("çagyryşy", official "çagyrylyşy"). */
const CONVOCATION = ['cagyrys', 'cagyrylys'];
/** Words between a genitive "Mejlisiň" and the convocation that is its. */
const MAX_CONVOCATION_DISTANCE = 10;
/** "." "!" "?" ";" end a sentence (for what a rule looks for around a name). */
export const SENTENCE_ENDS: ReadonlySet<number> = new Set([0x2e, 0x21, 0x3f, 0x3b]);
/** Words (their beginnings, folded) of a state body's name in the three languages: ministries, offices, courts, services, committees. */
export const BODY_STEMS: readonly string[] = [
  'ministr', 'министерств', 'office', 'court', 'суд', 'prokuratur', 'прокуратур', 'service', 'служб', 'gullug', 'gulluk', 'committee',
  'комитет', 'komitet', 'commission', 'комисси', 'agency', 'агентств', 'department', 'департамент', 'управлени', 'kazyyet', 'edara',
];
/** What a Turkmen parliament is listed with: state bodies, the Ombudsman ("Adalatçy") and the Halk Maslahaty. */
const LISTED_WITH_PARLIAMENT = [...BODY_STEMS, 'adalatcy', 'halk'];


/** Whether token k is a Turkmen word in the genitive ("Türkmenistanyň", "dialogyň"). */
export function isGenitive(tokens: Tokens, k: number): boolean {
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
    if (places.homeTo(prev) && (isGenitive(tokens, prev) || tokens.textOf(prev) === 'turkmen')) return PARLIAMENT;
    // "ýurdumyzyň Mejlisi", "Milli Geňeşiň Mejlisi" — not "Döwlet howpsuzlyk geňeşiniň mejlisi" (a council's meeting).
    const owner = tokens.textOf(prev);
    if (PARLIAMENT_OWNERS.has(owner) && (!owner.startsWith('genes') || tokens.is(prev - 1, 'milli'))) return PARLIAMENT;
    // "Milli Geňeşiň Halk maslahatynyň we Mejlisiniň": named with the other chamber.
    if (isJoiner(tokens, prev) && sameBlock(prev - 2) && tokens.is(prev - 2, 'halk') && tokens.startsWith(prev - 1, 'maslahat') && isGenitive(tokens, prev - 1)) return PARLIAMENT;
  }
  for (let k = m + 1; k <= m + 2; k++) {
    if (!sameBlock(k) || (k > m + 1 && !sameBlock(k - 1))) break;
    const next = tokens.textOf(k);
    if (k === m + 1) {
      // "Mejlisiň deputatlary", "Mejlis deputaty": the deputies of the parliament. After another
      // case ("Mejlisde deputatlar …", at the session the deputies …) it says nothing.
      // "Mejlise deputatlygy" (a seat in the parliament, dative) says the same.
      const word = tokens.textOf(m);
      const owning = isGenitive(tokens, m) || word === 'mejlis' || word === 'mejlise' || !isLatin(word);
      if (owning && PARLIAMENT_NEXT.some((p) => next.startsWith(p))) return PARLIAMENT;
      if (SESSION_NEXT.some((p) => next.startsWith(p))) return SESSION;
      if (next === 'of' && places.homeFrom(m + 2)) return PARLIAMENT;
    }
    if (next.startsWith('mejlis') && isGenitive(tokens, m)) return PARLIAMENT;
    // "Mejlisiň (bäşinji) çagyryşy": a convocation is the parliament's, never a session's.
    if (CONVOCATION.some((c) => next.startsWith(c))) return PARLIAMENT;
  }
  // Further on in its sentence: "Mejlisiň 2023-nji ýylyň 16-njy martynda geçirilen altynjy çagyrylyşynyň".
  if (isGenitive(tokens, m)) {
    for (let k = m + 1; k <= m + MAX_CONVOCATION_DISTANCE && k < tokens.count && !(tokens.flags[k]! & F_PARA); k++) {
      if (CONVOCATION.some((c) => tokens.startsWith(k, c))) return PARLIAMENT;
      if (SENTENCE_ENDS.has(tokens.firstFolded(k))) break;
    }
  }
  // "Oňa Mejlisiň, ministrlikleriň we … edaralarynyň wekilleri gatnaşdylar": listed with other
  // state bodies, the capitalised word is the parliament, even on a page that speaks of sessions.
  if (tokens.flags[m]! & F_CAP && isJoiner(tokens, m + 1) && sameBlock(m + 2) && LISTED_WITH_PARLIAMENT.some((p) => tokens.startsWith(m + 2, p))) return PARLIAMENT;
  if (sameBlock(prev)) {
    if (isGenitive(tokens, prev) && places.startingTo(prev) < 0) return SESSION;
    // One adjective may stand between the owner and the session: "dialogyň nobatdaky mejlisi" (a
    // conjunction is not one: "… maslahatynyň we Mejlisiniň" lists two bodies).
    if (!(tokens.flags[prev]! & F_CAP) && !isJoiner(tokens, prev) && sameBlock(prev - 1) && isGenitive(tokens, prev - 1) && places.startingTo(prev - 1) < 0) return SESSION;
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
