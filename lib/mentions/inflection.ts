/**
 * Word endings the matcher tolerates, in folded spelling (ý→y, ň→n, ä→a, ş→s, ç→c, ö→o, ü→u, ё→е).
 *
 * Aliases are written in one form ("Меджлис", "Mejlis", "Министерство иностранных дел"), pages use
 * every form ("Меджлисом", "Mejlisiniň", "Министерства иностранных дел"). Rather than a stemmer on
 * both sides (which over-strips "Türkmenistan" to "türkmenis" on one side and not the other), each
 * alias word registers its own spelling plus the stems left after removing one ending of its
 * language; a page word then matches when it is a registered stem followed by a valid ending.
 * The ending is always part of the word, so a mention ends where the inflected word ends.
 */

import * as chars from './normalize.ts';
import * as trie from './trie.ts';

// Module-local copies: imported bindings may compile to getter calls, and the ending check runs
// for many words of a page.
const C_DIGIT = chars.C_DIGIT;
const C_LETTER = chars.C_LETTER;
const CLASS_MASK = chars.CLASS_MASK;
const CHAR_CLASS = chars.CHAR_CLASS;
const CHAR_FOLD = chars.CHAR_FOLD;
const childIn = trie.childIn;
const TrieBuilder = trie.TrieBuilder;

export const SUFFIX_NONE = 0;
export const SUFFIX_LATIN = 1;
export const SUFFIX_CYRILLIC = 2;
export const SUFFIX_ENGLISH = 3;

/** Stems shorter than this are never produced: "по", "в", "of" match exactly. */
export const MIN_STEM = 3;
/**
 * Whole words shorter than this take no ending, so "the" does not match "they". Russian short
 * nouns decline ("суд" → "суда", "дел" → "делам") while its short function words take none of the
 * noun endings, so Cyrillic words inflect from three letters.
 */
export const MIN_INFLECTED_WORD = 4;
const MIN_INFLECTED_CYRILLIC = 3;

const EN_ENDINGS = ['s', 'es', 'ies', 'y'];

const RU_ENDINGS = [
  'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й',
  'ом', 'ем', 'ой', 'ей', 'ою', 'ею', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ов', 'ев',
  'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ых', 'их', 'ую', 'юю',
  'ия', 'ии', 'ию', 'ием', 'ией', 'иям', 'иями', 'иях',
  'ья', 'ьи', 'ью', 'ье', 'ьем', 'ьей', 'ьям', 'ьями', 'ьях',
];

/**
 * Turkmen words take plural + possessive + case in that order ("ministrlik-ler-i-niň"); the set
 * is generated from the three slots rather than listed. Names are written in the possessive form
 * ("ministrligi"), whose g is a k before a consonant ("ministrlikleri"): `stemsOf` registers both.
 */
const TK_PLURAL = ['', 'lar', 'ler'];
const TK_POSSESSIVE = [
  '', 'ym', 'im', 'um', 'yn', 'in', 'un', 'y', 'i', 'u', 'sy', 'si', 'su',
  'ymyz', 'imiz', 'umyz', 'myz', 'miz', 'ynyz', 'iniz', 'unyz', 'nyz', 'niz',
];
const TK_CASE = [
  '', 'yn', 'in', 'un', 'nyn', 'nin', 'nun', // genitive
  'a', 'e', 'ga', 'ge', 'ka', 'ke', 'na', 'ne', // dative
  'y', 'i', 'u', 'ny', 'ni', 'nu', // accusative
  'da', 'de', 'ta', 'te', 'nda', 'nde', // locative
  'dan', 'den', 'tan', 'ten', 'ndan', 'nden', // ablative
  'daky', 'daki', 'deki', 'taky', 'teki', 'ndaky', 'ndaki', 'ndeki', // "which is in"
  'ca', 'ce', 'dyr', 'dir',
];

function turkmenSuffixes(): string[] {
  const out = new Set<string>();
  for (const p of TK_PLURAL) for (const s of TK_POSSESSIVE) for (const c of TK_CASE) out.add(p + s + c);
  out.delete('');
  return [...out];
}

const TK_ENDINGS = turkmenSuffixes();

const EN_SET = new Set<string>(EN_ENDINGS);
const TK_SET = new Set<string>(TK_ENDINGS);
const RU_SET = new Set<string>(RU_ENDINGS);
const LATIN_SET = new Set<string>([...EN_ENDINGS, ...TK_ENDINGS]);
const CYRILLIC_SET = RU_SET;
export const MAX_SUFFIX = Math.max(...[...LATIN_SET, ...CYRILLIC_SET].map((s) => s.length));

/**
 * All endings in one character trie, each node marked with the sets (`1 << SUFFIX_*`) in which the
 * path to it is a complete ending. The scanner uses its mirror image (BACKWARD).
 */
const ENDINGS = (() => {
  const builder = new TrieBuilder();
  const root = builder.addRoot();
  const marks = new Map<number, number>();
  const add = (set: number, endings: Iterable<string>) => {
    for (const ending of endings) {
      let node = root;
      for (let i = 0; i < ending.length; i++) node = builder.child(node, ending.charCodeAt(i));
      marks.set(node, (marks.get(node) ?? 0) | (1 << set));
    }
  };
  add(SUFFIX_LATIN, LATIN_SET);
  add(SUFFIX_CYRILLIC, CYRILLIC_SET);
  add(SUFFIX_ENGLISH, EN_SET);
  const frozen = builder.freeze([root]);
  const mask = new Uint8Array(frozen.labels.length);
  for (const [node, m] of marks) mask[frozen.renumber[node]!] = m;
  return { first: frozen.first, label: Uint16Array.from(frozen.labels), mask };
})();

/** The endings spelled backwards, so one walk back from a word's end finds every ending it has. */
const BACKWARD = (() => {
  const builder = new TrieBuilder();
  const root = builder.addRoot();
  const marks = new Map<number, number>();
  for (let node = 0; node < ENDINGS.label.length; node++) {
    if (!ENDINGS.mask[node]) continue;
    // Spell the ending of this node by climbing to the root.
    const letters: number[] = [];
    for (let k = node; k > 0; k = parentOf(k)) letters.push(ENDINGS.label[k]!);
    let at = root;
    for (const letter of letters) at = builder.child(at, letter);
    marks.set(at, (marks.get(at) ?? 0) | ENDINGS.mask[node]!);
  }
  const frozen = builder.freeze([root]);
  const mask = new Uint8Array(frozen.labels.length);
  for (const [node, m] of marks) mask[frozen.renumber[node]!] = m;
  return { first: frozen.first, label: Uint16Array.from(frozen.labels), mask };
})();

function parentOf(node: number): number {
  let lo = 0;
  let hi = ENDINGS.label.length - 1;
  // Children are contiguous and numbered after their parents: the parent is the last node whose first child is at or before `node`.
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (ENDINGS.first[mid]! <= node) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * For each length n up to MAX_SUFFIX, the sets (`1 << SUFFIX_*`) in which the last n letters of
 * text[from, to) form an ending (0: none): `bySize[n]`. One walk back from the end serves every
 * stem the word passed through.
 */
export function endingsBySize(text: string, from: number, to: number, bySize: Uint8Array): void {
  bySize.fill(0);
  let node = 0;
  let size = 0;
  for (let i = to - 1; i >= from && size < MAX_SUFFIX; i--) {
    const c = text.charCodeAt(i);
    let k = CHAR_CLASS[c]!;
    if (k === 0) k = chars.charClass(c);
    k &= CLASS_MASK;
    if (k !== C_LETTER && k !== C_DIGIT) continue;
    node = childIn(BACKWARD.first, BACKWARD.label, node, CHAR_FOLD[c]!);
    if (node < 0) return;
    bySize[++size] = BACKWARD.mask[node]!;
  }
}

export function scriptOf(folded: string): number {
  const c = folded.charCodeAt(0);
  if (c >= 0x400 && c <= 0x52f) return SUFFIX_CYRILLIC;
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return SUFFIX_LATIN;
  return SUFFIX_NONE;
}

export interface Stem {
  stem: string;
  /** Whether a page word may continue past the stem with an ending. */
  inflects: boolean;
}

/** How one word of an alias may change on a page: which endings it may drop and which the page may add. */
export interface WordForms {
  /** Endings removed from the alias word to register extra stems. */
  strip: ReadonlySet<string> | null;
  /** `SUFFIX_*`: the endings a page word may add to a stem. */
  accept: number;
  /** A short code, part of the word group's identity. */
  code: string;
}

const FIXED: WordForms = { strip: null, accept: SUFFIX_NONE, code: 'x' };

/**
 * Where a word may inflect depends on the language of the name. Russian inflects adjectives and
 * head nouns anywhere in a name ("Национального плана действий"). Turkmen inflects only the last
 * word; the words before it are fixed ("Türkmenistanyň Mejlisiniň", never "Türkmenistanda
 * Mejlisiň" as one name). English heads may come first ("Ministries of …") but take only English
 * endings there. A last Latin word may take Turkmen endings too: Turkmen pages decline English
 * spellings ("Ombudsmaniň").
 */
export function wordForms(folded: string, lang: 'en' | 'ru' | 'tk', last: boolean): WordForms {
  const script = scriptOf(folded);
  if (script === SUFFIX_CYRILLIC) return { strip: RU_SET, accept: SUFFIX_CYRILLIC, code: 'r' };
  // Short Latin words ("the", "of", "IOM") take no endings at all; sharing one group keeps the trie small.
  if (script === SUFFIX_NONE || folded.length < MIN_INFLECTED_WORD) return FIXED;
  if (lang === 'tk') return last ? { strip: TK_SET, accept: SUFFIX_LATIN, code: 't' } : FIXED;
  return last ? { strip: EN_SET, accept: SUFFIX_LATIN, code: 'l' } : { strip: EN_SET, accept: SUFFIX_ENGLISH, code: 'e' };
}

/** The stems a folded alias word registers. */
export function stemsOf(folded: string, forms: WordForms, caseSensitive: boolean): Stem[] {
  const script = scriptOf(folded);
  const minWhole = caseSensitive || script === SUFFIX_CYRILLIC ? MIN_INFLECTED_CYRILLIC : MIN_INFLECTED_WORD;
  const stems: Stem[] = [{ stem: folded, inflects: forms.accept !== SUFFIX_NONE && folded.length >= minWhole }];
  // An acronym is written the same way in every form; "МИДа" is the acronym plus an ending.
  if (caseSensitive || !forms.strip) return stems;
  for (let cut = 1; cut <= MAX_SUFFIX && folded.length - cut >= MIN_STEM; cut++) {
    if (forms.strip.has(folded.slice(folded.length - cut))) stems.push({ stem: folded.slice(0, folded.length - cut), inflects: true });
  }
  // Turkmen k between vowels is written g: "ministrligi" is "ministrlik" + "i", and the plural
  // keeps the k ("ministrlikleri"), as do "gullugy"/"gulluklary".
  if (forms.code === 't') {
    for (const { stem } of [...stems]) {
      const rest = folded.slice(stem.length);
      if (stem.endsWith('g') && /^[aeiouy]/.test(rest)) stems.push({ stem: `${stem.slice(0, -1)}k`, inflects: true });
    }
  }
  return stems;
}

const RU_PLURAL = ['ами', 'ями', 'ах', 'ях', 'ам', 'ям', 'ов', 'ев', 'ые', 'ие', 'ых', 'их', 'ыми', 'ими'];
const EN_PLURAL = ['s', 'es', 'ies'];
const PAGE_WORD = new Uint16Array(256);

/**
 * Whether a page word is a plural of the alias word it matched ("министерствами" for
 * "министерство", "Ministries" for "Ministry", "ministrlikleri"). Only unambiguous plural endings
 * count: "министерства" is also a singular genitive. Both words are folded.
 */
export function isPluralForm(aliasWord: string, pageWord: string): boolean {
  const n = pageWord.length;
  const letters = n <= PAGE_WORD.length ? PAGE_WORD : new Uint16Array(n);
  for (let i = 0; i < n; i++) letters[i] = pageWord.charCodeAt(i);
  return isPluralLetters(aliasWord, letters, n);
}

/** `isPluralForm` for a page word given as its first n folded letters (no string is made: the scanner asks this of many words). */
export function isPluralLetters(aliasWord: string, letters: Uint16Array, n: number): boolean {
  let common = 0;
  while (common < aliasWord.length && common < n && letters[common] === aliasWord.charCodeAt(common)) common++;
  if (common === n && n === aliasWord.length) return false;
  const first = letters[0]!;
  if (n > 0 && first >= 0x400 && first <= 0x52f) return isOneOf(RU_PLURAL, letters, common, n) || (common === n && aliasWord.length > n);
  if (isOneOf(EN_PLURAL, letters, common, n)) return true;
  // Turkmen plurals: -lar/-ler anywhere in the ending ("ministrlikleri").
  for (let i = common; i + 2 < n; i++) if (letters[i] === 0x6c && (letters[i + 1] === 0x61 || letters[i + 1] === 0x65) && letters[i + 2] === 0x72) return true;
  return false;
}

/** Whether letters[from, to) is one of `endings`. */
function isOneOf(endings: readonly string[], letters: Uint16Array, from: number, to: number): boolean {
  for (const ending of endings) {
    if (ending.length !== to - from) continue;
    let i = 0;
    while (i < ending.length && letters[from + i] === ending.charCodeAt(i)) i++;
    if (i === ending.length) return true;
  }
  return false;
}
