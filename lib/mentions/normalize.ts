/**
 * What each UTF-16 code unit means to the matcher, and what it folds to.
 *
 * Folding is done one code unit at a time so the scanner can keep offsets into the original text
 * without building a normalized copy of it: a letter folds to its lower-case base letter (NFD
 * first character), so "Ý", "ý", "y" + U+0301 and "y" all meet, as do "Ё"/"ё"/"е". Combining marks
 * and invisible characters (soft hyphen, zero-width joiners) belong to the word they sit in.
 *
 * The tables are filled lazily: a page uses a few hundred distinct characters, and classifying
 * all 65,536 code units up front would cost more than annotating most pages.
 */

export const C_UNKNOWN = 0;
export const C_LETTER = 1;
export const C_DIGIT = 2;
/** Part of the surrounding word but not matched: combining marks, soft hyphen, ZWJ/ZWNJ. */
export const C_IGNORE = 3;
export const C_SPACE = 4;
export const C_NEWLINE = 5;
export const C_DASH = 6;
export const C_QUOTE = 7;
/** Apostrophes: a possessive "'s" is absorbed into the word, otherwise they act as quotes. */
export const C_APOS = 8;
/** Punctuation and symbols: each one is a token of its own, so aliases may contain them. */
export const C_PUNCT = 9;
/** Half of an astral character (emoji, rare scripts): a separator. */
export const C_SURROGATE = 10;
export const CLASS_MASK = 15;
export const UPPER = 16;

const CLS = new Uint8Array(65536);
const FOLD = new Uint16Array(65536);
/** Both at once for the scanner: `FOLD << CODE_SHIFT | CLS` (0: not classified yet). One load per character. */
const CODE = new Int32Array(65536);
export const CODE_SHIFT = 5;

/** Zero-width space is not here: like UAX #29, it separates words (CMSs put it where a space would break). */
const IGNORABLE = new Set([0x00ad, 0x034f, 0x180e, 0x200c, 0x200d, 0x2060, 0xfeff]);
const NEWLINES = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);
const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212, 0x2e3a, 0x2e3b, 0xfe58, 0xfe63, 0xff0d]);
const APOSTROPHES = new Set([0x27, 0x60, 0xb4, 0x2018, 0x2019, 0x201b, 0x2032, 0x02bc, 0xff07]);
const QUOTES = new Set([0x22, 0xab, 0xbb, 0x201a, 0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x2039, 0x203a, 0x300c, 0x300d, 0x300e, 0x300f, 0xff02]);

const LETTER_RE = /\p{L}/u;
const MARK_RE = /\p{M}/u;
const DIGIT_RE = /\p{Nd}/u;
const SPACE_RE = /\s/u;

/** Russian й is a letter of its own, not и with a breve: people never type и for it. */
const FOLD_OVERRIDES = new Map<number, number>([
  [0x0419, 0x0439],
  [0x0439, 0x0439],
  [0x0131, 0x69], // dotless ı
  [0x0130, 0x69], // dotted İ
]);

function classify(c: number): number {
  let cls: number;
  let fold = c;
  if (c >= 0xd800 && c <= 0xdfff) cls = C_SURROGATE;
  else if (IGNORABLE.has(c) || (c >= 0xfe00 && c <= 0xfe0f)) cls = C_IGNORE;
  else if (NEWLINES.has(c)) cls = C_NEWLINE;
  else if (DASHES.has(c)) {
    cls = C_DASH;
    fold = 0x2d;
  } else if (APOSTROPHES.has(c)) {
    cls = C_APOS;
    fold = 0x27;
  } else if (QUOTES.has(c)) {
    cls = C_QUOTE;
    fold = 0x22;
  } else {
    const s = String.fromCharCode(c);
    if (SPACE_RE.test(s) || c === 0x200b) cls = C_SPACE;
    else if (MARK_RE.test(s)) cls = C_IGNORE;
    else if (LETTER_RE.test(s)) {
      cls = C_LETTER;
      if (s.toLowerCase() !== s) cls |= UPPER;
      const override = FOLD_OVERRIDES.get(c);
      if (override !== undefined) fold = override;
      else {
        const base = s.normalize('NFD').charAt(0).toLowerCase();
        fold = base.length === 1 ? base.charCodeAt(0) : s.toLowerCase().charCodeAt(0);
      }
    } else if (DIGIT_RE.test(s)) {
      cls = C_DIGIT;
      const ascii = s.normalize('NFKD');
      fold = ascii.length === 1 && ascii >= '0' && ascii <= '9' ? ascii.charCodeAt(0) : c;
    } else {
      cls = C_PUNCT;
      const compat = s.normalize('NFKC');
      fold = compat.length === 1 ? compat.charCodeAt(0) : c;
    }
  }
  CLS[c] = cls;
  FOLD[c] = fold;
  CODE[c] = (fold << CODE_SHIFT) | cls;
  return cls;
}

/** Classifies `c` and returns its code (`CHAR_CODE[c]` from then on). */
export function classifyCode(c: number): number {
  classify(c);
  return CODE[c]!;
}

for (let c = 0; c < 128; c++) classify(c);

/** Class (low 4 bits) and the UPPER flag of a code unit. */
export function charClass(c: number): number {
  const k = CLS[c]!;
  return k !== C_UNKNOWN ? k : classify(c);
}

/** The folded code unit; valid once `charClass` has seen `c`. */
export function foldedChar(c: number): number {
  return FOLD[c]!;
}

/** The raw tables, for the scanner's hot loop (read-only by convention). */
export const CHAR_CLASS: Uint8Array = CLS;
export const CHAR_FOLD: Uint16Array = FOLD;
export const CHAR_CODE: Int32Array = CODE;
export { classify as classifyChar };

/** Folds a whole string the way the scanner folds words (letters and digits only, spacing collapsed). */
export function foldWord(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const cls = charClass(c) & CLASS_MASK;
    if (cls === C_LETTER || cls === C_DIGIT) out += String.fromCharCode(FOLD[c]!);
  }
  return out;
}
