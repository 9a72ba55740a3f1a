/**
 * How search compares text: case and diacritics do not count, so "Turkmenistanyn Mejlisi" finds
 * "Türkmenistanyň Mejlisi" and "омбудсмен" finds "Омбудсмен". Letters fold exactly as the mention
 * engine folds them on a page (lib/mentions/normalize.ts), so a name that is highlighted is also
 * found by what a reader types. Both the indexed strings and the query go through `foldForSearch`,
 * once each; the comparisons after that are plain string ones.
 *
 * Fuse.js has `ignoreDiacritics`, but it strips marks from every text on every search (slow) and
 * turns Russian й into и; folding once, here, avoids both.
 */
import { CHAR_FOLD, CLASS_MASK, C_APOS, C_DIGIT, C_IGNORE, C_LETTER, charClass } from '../mentions/normalize.ts';

const SPACE = 0x20;
let buffer = new Uint16Array(1024);

/**
 * Lower-case, without diacritics, with every run of punctuation and spacing as one space and no
 * leading or trailing space; apostrophes and combining marks vanish inside a word, so
 * "Turkmenistan's" is "turkmenistans". Russian й stays й, ё becomes е, Turkmen ý ň ä ş ž ç ö ü
 * become y n a s z c o u.
 */
export function foldForSearch(text: string): string {
  if (buffer.length < text.length) buffer = new Uint16Array(text.length * 2);
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const cls = charClass(c) & CLASS_MASK;
    if (cls === C_LETTER || cls === C_DIGIT) {
      if (pendingSpace) buffer[n++] = SPACE;
      pendingSpace = false;
      buffer[n++] = CHAR_FOLD[c]!;
    } else if (cls !== C_IGNORE && cls !== C_APOS) {
      pendingSpace = n > 0;
    }
  }
  let out = '';
  for (let i = 0; i < n; i += 4096) out += String.fromCharCode.apply(null, buffer.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  return out;
}

/** The words of a folded string. */
export function words(folded: string): string[] {
  return folded ? folded.split(' ') : [];
}
