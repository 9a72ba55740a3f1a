/**
 * How search compares text: case and diacritics do not count, so "Turkmenistanyn Mejlisi" finds
 * "Türkmenistanyň Mejlisi" and "омбудсмен" finds "Омбудсмен". Both the indexed strings and the
 * query go through `foldForSearch`, once each; the comparisons after that are plain string ones.
 *
 * Fuse.js has `ignoreDiacritics`, but it strips marks from every text on every search (slow) and
 * turns Russian й into и and leaves Turkish ı alone; folding once, here, avoids all three.
 */

/** Letters that Unicode decomposition does not take to the letter a reader types instead. */
const SPECIAL: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};

/** Apostrophes vanish inside a word ("Turkmenistan's" = "turkmenistans"), so possessives still match as prefixes. */
const APOSTROPHES = new Set(["'", '’', 'ʼ', '`', '´', '‘']);
const MARK = /\p{M}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = ' ';

/**
 * What each UTF-16 code unit folds to: '' (dropped), ' ' (a separator) or its folded letters.
 * Filled on first sight: regular expressions over Unicode properties are slow on long texts, a
 * table lookup per character is not.
 */
const TABLE: (string | undefined)[] = new Array(65536);

function foldUnit(c: number): string {
  const known = TABLE[c];
  if (known !== undefined) return known;
  const ch = String.fromCharCode(c);
  let folded: string;
  // Halves of astral characters pass through untouched (rare in names; never split).
  if (c >= 0xd800 && c <= 0xdfff) folded = ch;
  else if (APOSTROPHES.has(ch) || MARK.test(ch)) folded = '';
  else if (LETTER_OR_DIGIT.test(ch)) {
    const lower = ch.toLowerCase();
    // Russian й is a letter of its own (people type it), not и with a breve.
    folded =
      lower === 'й'
        ? lower
        : [...lower.normalize('NFD')]
            .filter((x) => !MARK.test(x))
            .map((x) => SPECIAL[x] ?? x)
            .join('');
  } else folded = SPACE;
  TABLE[c] = folded;
  return folded;
}

/** Single-unit folds, for the common case: 0 = not looked at yet, MULTI = see TABLE ('' or several units). */
const UNIT = new Uint16Array(65536);
const MULTI = 0xffff;
const SPACE_UNIT = 0x20;

function unitOf(c: number): number {
  const f = foldUnit(c);
  const u = f.length === 1 ? f.charCodeAt(0) : MULTI;
  UNIT[c] = u;
  return u;
}

let buffer = new Uint16Array(1024);

/**
 * Lower-case, without diacritics, with every run of punctuation and spacing as one space and no
 * leading or trailing space. Russian й stays й, ё becomes е, Turkmen ý ň ä ş ž ç ö ü become y n a s z c o u.
 */
export function foldForSearch(text: string): string {
  if (buffer.length < text.length * 2 + 2) buffer = new Uint16Array(text.length * 2 + 2);
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let u = UNIT[c]!;
    if (u === 0) u = unitOf(c);
    if (u === SPACE_UNIT) {
      pendingSpace = n > 0;
      continue;
    }
    if (u === MULTI) {
      const f = TABLE[c]!;
      if (!f) continue;
      if (pendingSpace) buffer[n++] = SPACE_UNIT;
      pendingSpace = false;
      for (let k = 0; k < f.length; k++) buffer[n++] = f.charCodeAt(k);
      continue;
    }
    if (pendingSpace) buffer[n++] = SPACE_UNIT;
    pendingSpace = false;
    buffer[n++] = u;
  }
  let out = '';
  for (let i = 0; i < n; i += 4096) out += String.fromCharCode.apply(null, buffer.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  return out;
}

/** The words of a folded string. */
export function words(folded: string): string[] {
  return folded ? folded.split(' ') : [];
}
