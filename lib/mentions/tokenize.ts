/**
 * One pass over the text: splits it into words, numbers and punctuation marks, folds each word
 * into a reusable buffer and, while reading its characters, walks the stem trie to find which
 * alias words it can be. Nothing is allocated per character; token data lives in typed arrays
 * that are reused from call to call.
 *
 * Quotes, dashes, spaces and line breaks are not tokens: they are remembered as flags on the
 * token that follows, so "Turkmenistan – European Union", "Turkmenistan—European Union" and
 * «Turkmenistan – European Union» are the same words, and a period parser can still see the dash
 * in "2016–2020".
 */
import {
  C_APOS,
  C_DASH,
  C_DIGIT,
  C_IGNORE,
  C_LETTER,
  C_NEWLINE,
  C_QUOTE,
  C_SPACE,
  C_SURROGATE,
  CHAR_CLASS,
  CHAR_FOLD,
  CLASS_MASK,
  UPPER,
  classifyChar,
} from './normalize.ts';
import { MAX_SUFFIX, isEnding } from './inflection.ts';
import { childIn } from './trie.ts';
import { E_CASE, E_INFLECTS, E_SCRIPT_SHIFT, type CharTrie } from './types.ts';

export const T_WORD = 1;
export const T_NUM = 2;
export const T_PUNCT = 3;

/** A dash stood between this token and the previous one. */
export const F_DASH = 1;
export const F_QUOTE = 2;
export const F_NEWLINE = 4;
/** A blank line (or more) before this token: names never run across it. */
export const F_PARA = 8;
/** The token starts with an upper-case letter. */
export const F_CAP = 16;
/** An English possessive "'s" was absorbed into the token. */
export const F_POSS = 32;

/** Characters below this have a direct slot among the root's children (Latin and Cyrillic). */
export const ROOT_DIRECT_SIZE = 0x530;
const MAX_STEM_HITS = 32;

export interface StemLookup {
  chars: CharTrie;
  casePatterns: ReadonlyMap<number, string>;
}

export class Tokens {
  count = 0;
  text = '';
  /** Original UTF-16 offsets. */
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  kind = new Uint8Array(1024);
  flags = new Uint8Array(1024);
  /** Folded characters of token k: norm[normStart[k]] .. norm[normStart[k+1]-1]. */
  normStart = new Int32Array(1025);
  norm = new Uint16Array(4096);
  /** Word groups token k can be: cand[candFirst[k]] .. cand[candFirst[k+1]-1]. */
  candFirst = new Int32Array(1025);
  cand = new Int32Array(1024);
  private candLen = 0;
  private readonly hitNode = new Int32Array(MAX_STEM_HITS);
  private readonly hitLen = new Int32Array(MAX_STEM_HITS);

  /** The folded spelling of token k (allocates; for the rare checks around a match). */
  textOf(k: number): string {
    if (k < 0 || k >= this.count) return '';
    return String.fromCharCode.apply(null, this.norm.subarray(this.normStart[k]!, this.normStart[k + 1]!) as unknown as number[]);
  }

  isWord(k: number): boolean {
    return k >= 0 && k < this.count && this.kind[k] === T_WORD;
  }

  /** Splits `text`; with `lookup`, also finds the word groups of every token. */
  scan(text: string, lookup: StemLookup | null): void {
    this.text = text;
    this.count = 0;
    this.candLen = 0;
    const n = text.length;
    if (this.norm.length < n + 1) this.norm = new Uint16Array(n + 1024);
    const norm = this.norm;
    const cls = CHAR_CLASS;
    const fold = CHAR_FOLD;
    const trie = lookup?.chars;
    const first = trie?.first;
    const label = trie?.label;
    const rootDirect = trie?.root;
    const entryFirst = trie?.entryFirst;

    let open = 0;
    let tokStart = 0;
    let tokEnd = 0;
    let normBegin = 0;
    let np = 0;
    let tokFlags = 0;
    let gap = 0;
    let newlines = 0;
    let node = -1;
    let hits = 0;

    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      let k = cls[c]!;
      if (k === 0) k = classifyChar(c);
      const kk = k & CLASS_MASK;
      if (kk === C_LETTER || kk === C_DIGIT) {
        const kind = kk === C_LETTER ? T_WORD : T_NUM;
        if (open !== kind) {
          if (open !== 0) this.push(tokStart, tokEnd, open, tokFlags, normBegin, np, hits, lookup);
          open = kind;
          tokStart = i;
          normBegin = np;
          tokFlags = gap | (k & UPPER ? F_CAP : 0);
          gap = 0;
          newlines = 0;
          node = trie ? 0 : -1;
          hits = 0;
        }
        const f = fold[c]!;
        norm[np++] = f;
        tokEnd = i + 1;
        if (node >= 0) {
          // Inlined child lookup: this is the only per-character work besides folding.
          if (node === 0 && f < ROOT_DIRECT_SIZE) node = rootDirect![f]!;
          else {
            let lo = first![node]!;
            const hi = first![node + 1]!;
            let found = -1;
            if (hi - lo <= 8) {
              for (; lo < hi; lo++) {
                if (label![lo] === f) {
                  found = lo;
                  break;
                }
              }
            } else {
              let h = hi;
              while (lo < h) {
                const mid = (lo + h) >>> 1;
                const v = label![mid]!;
                if (v === f) {
                  found = mid;
                  break;
                }
                if (v < f) lo = mid + 1;
                else h = mid;
              }
            }
            node = found;
          }
          if (node >= 0 && entryFirst![node] !== entryFirst![node + 1] && hits < MAX_STEM_HITS) {
            this.hitNode[hits] = node;
            this.hitLen[hits] = np - normBegin;
            hits++;
          }
        }
        continue;
      }
      if (kk === C_IGNORE) {
        if (open !== 0) tokEnd = i + 1;
        continue;
      }
      if (kk === C_APOS && open === T_WORD && i + 1 < n && (text.charCodeAt(i + 1) | 0x20) === 0x73) {
        const after = i + 2 < n ? text.charCodeAt(i + 2) : 0x20;
        let ak = cls[after]!;
        if (ak === 0) ak = classifyChar(after);
        ak &= CLASS_MASK;
        if (ak !== C_LETTER && ak !== C_DIGIT && ak !== C_IGNORE) {
          this.push(tokStart, i + 2, open, tokFlags | F_POSS, normBegin, np, hits, lookup);
          open = 0;
          i++;
          continue;
        }
      }
      if (open !== 0) {
        this.push(tokStart, tokEnd, open, tokFlags, normBegin, np, hits, lookup);
        open = 0;
      }
      if (kk === C_SPACE || kk === C_SURROGATE) continue;
      if (kk === C_NEWLINE) {
        if (!(c === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a)) {
          newlines++;
          gap |= newlines >= 2 ? F_NEWLINE | F_PARA : F_NEWLINE;
        }
        continue;
      }
      if (kk === C_DASH) {
        gap |= F_DASH;
        continue;
      }
      if (kk === C_QUOTE || kk === C_APOS) {
        gap |= F_QUOTE;
        continue;
      }
      // Punctuation: a one-character token.
      const f = fold[c]!;
      normBegin = np;
      norm[np++] = f;
      hits = 0;
      if (trie) {
        const root = f < ROOT_DIRECT_SIZE ? rootDirect![f]! : childIn(first!, label!, 0, f);
        if (root >= 0 && entryFirst![root] !== entryFirst![root + 1]) {
          this.hitNode[0] = root;
          this.hitLen[0] = 1;
          hits = 1;
        }
      }
      this.push(i, i + 1, T_PUNCT, gap, normBegin, np, hits, lookup);
      gap = 0;
      newlines = 0;
    }
    if (open !== 0) this.push(tokStart, tokEnd, open, tokFlags, normBegin, np, hits, lookup);
    this.normStart[this.count] = np;
    this.candFirst[this.count] = this.candLen;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const grow32 = (a: Int32Array, extra = 0) => {
      const b = new Int32Array(size + extra);
      b.set(a);
      return b;
    };
    const grow8 = (a: Uint8Array) => {
      const b = new Uint8Array(size);
      b.set(a);
      return b;
    };
    this.start = grow32(this.start);
    this.end = grow32(this.end);
    this.kind = grow8(this.kind);
    this.flags = grow8(this.flags);
    this.normStart = grow32(this.normStart, 1);
    this.candFirst = grow32(this.candFirst, 1);
  }

  private push(
    start: number,
    end: number,
    kind: number,
    flags: number,
    normBegin: number,
    normEnd: number,
    hits: number,
    lookup: StemLookup | null,
  ): void {
    const k = this.count;
    if (k + 1 >= this.start.length) this.grow();
    this.start[k] = start;
    this.end[k] = end;
    this.kind[k] = kind;
    this.flags[k] = flags;
    this.normStart[k] = normBegin;
    this.candFirst[k] = this.candLen;
    this.count = k + 1;
    if (hits === 0 || !lookup) return;

    const { entryFirst, entryGroup, entryFlags } = lookup.chars;
    const tokLen = normEnd - normBegin;
    for (let h = 0; h < hits; h++) {
      const node = this.hitNode[h]!;
      const stemLen = this.hitLen[h]!;
      let ending: string | null = null;
      for (let e = entryFirst[node]!; e < entryFirst[node + 1]!; e++) {
        const fl = entryFlags[e]!;
        if (stemLen < tokLen) {
          if (!(fl & E_INFLECTS) || tokLen - stemLen > MAX_SUFFIX) continue;
          ending ??= String.fromCharCode.apply(null, this.norm.subarray(normBegin + stemLen, normEnd) as unknown as number[]);
          if (!isEnding((fl >> E_SCRIPT_SHIFT) & 3, ending)) continue;
        }
        const group = entryGroup[e]!;
        if (fl & E_CASE && !this.caseMatches(start, stemLen, lookup.casePatterns.get(group) ?? '')) continue;
        this.addCandidate(group);
      }
    }
  }

  private addCandidate(group: number): void {
    const from = this.candFirst[this.count - 1]!;
    for (let j = from; j < this.candLen; j++) if (this.cand[j] === group) return;
    if (this.candLen >= this.cand.length) {
      const bigger = new Int32Array(this.cand.length * 2);
      bigger.set(this.cand);
      this.cand = bigger;
    }
    this.cand[this.candLen++] = group;
  }

  /** Re-reads the original letters of a token's stem to compare their case with the alias. */
  private caseMatches(start: number, stemLen: number, pattern: string): boolean {
    const text = this.text;
    let seen = 0;
    for (let i = start; seen < stemLen && i < text.length; i++) {
      const c = text.charCodeAt(i);
      const k = CHAR_CLASS[c]!;
      const kk = k & CLASS_MASK;
      if (kk === C_IGNORE) continue;
      if (kk !== C_LETTER && kk !== C_DIGIT) return false;
      const upper = (k & UPPER) !== 0;
      if (upper !== (pattern.charCodeAt(seen) === 0x55)) return false;
      seen++;
    }
    return seen === stemLen;
  }
}

/** The case pattern of a word as the scanner will compare it: 'U' for upper-case letters. */
export function casePatternOf(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let k = CHAR_CLASS[c]!;
    if (k === 0) k = classifyChar(c);
    const kk = k & CLASS_MASK;
    if (kk === C_LETTER || kk === C_DIGIT) out += k & UPPER ? 'U' : 'l';
  }
  return out;
}
