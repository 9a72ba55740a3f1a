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
import * as chars from './normalize.ts';
import * as inflection from './inflection.ts';
import * as bits from './types.ts';
import type { CharTrie } from './types.ts';

// Module-local copies: bundlers and Node's loaders may turn imported bindings into getter calls,
// which would cost a function call per character in the loop below.
const C_LETTER = chars.C_LETTER;
const C_DIGIT = chars.C_DIGIT;
const C_IGNORE = chars.C_IGNORE;
const C_SPACE = chars.C_SPACE;
const C_NEWLINE = chars.C_NEWLINE;
const C_DASH = chars.C_DASH;
const C_QUOTE = chars.C_QUOTE;
const C_APOS = chars.C_APOS;
const C_SURROGATE = chars.C_SURROGATE;
const CLASS_MASK = chars.CLASS_MASK;
const UPPER = chars.UPPER;
const CHAR_CLASS = chars.CHAR_CLASS;
const CHAR_FOLD = chars.CHAR_FOLD;
const CHAR_CODE = chars.CHAR_CODE;
const CODE_SHIFT = chars.CODE_SHIFT;
const classifyChar = chars.classifyChar;
const classifyCode = chars.classifyCode;
const MAX_SUFFIX = inflection.MAX_SUFFIX;
const endingsBySize = inflection.endingsBySize;
const isPluralLetters = inflection.isPluralLetters;
const E_CASE = bits.E_CASE;
const E_INFLECTS = bits.E_INFLECTS;
const E_SCRIPT_SHIFT = bits.E_SCRIPT_SHIFT;
const E_STARTS = bits.E_STARTS;
const STEM_INFLECTS = bits.STEM_INFLECTS;
const STEM_STARTS = bits.STEM_STARTS;
const STEM_SOLE = bits.STEM_SOLE;

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

const MAX_STEM_HITS = 32;
/** Slots of the table of words resolved before (a power of two; at most half are filled). */
const MEMO_SIZE = 4096;
/** Scratch for folding one word (words longer than this are cut: no alias word is that long). */
const FOLD_BUFFER = new Uint16Array(256);

export interface StemLookup {
  chars: CharTrie;
  casePatterns: ReadonlyMap<number, string>;
}

const EMPTY_TRIE: CharTrie = {
  first: new Int32Array(2),
  label: new Uint16Array(1),
  entryFirst: new Int32Array(2),
  entryGroup: new Int32Array(0),
  entryFlags: new Uint8Array(0),
  slots: { base: new Int32Array(1), check: new Int32Array([-2]), node: new Int32Array([0]), slot: new Int32Array([0]) },
  stemEnd: new Uint8Array(1),
  depth: new Uint16Array(1),
  stemAbove: new Int32Array([-1]),
  inflectsUp: new Int32Array([-1]),
};

/**
 * The tokens of the last scanned text. Folded spellings are not stored: the scanner folds a
 * character only while the word can still be an alias word, and `textOf` folds again on the rare
 * occasions a context rule needs to read a word.
 */
export class Tokens {
  count = 0;
  text = '';
  /** Original UTF-16 offsets; `end` includes an absorbed possessive "'s". */
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  kind = new Uint8Array(1024);
  flags = new Uint8Array(1024);
  /** The folded first character of each token: most questions about a token are settled by it without reading the text. */
  first = new Uint16Array(1024);
  /** Word groups token k can be: cand[candFirst[k]] .. cand[candFirst[k+1]-1]. */
  candFirst = new Int32Array(1024);
  cand = new Int32Array(1024);
  /** Tokens that can begin an alias, in order: starts[0] .. starts[startCount-1]. */
  starts = new Int32Array(256);
  startCount = 0;
  private candLen = 0;
  private readonly hitNode = new Int32Array(MAX_STEM_HITS);
  private readonly hitLen = new Int32Array(MAX_STEM_HITS);
  /** `endingsBySize` of the word being resolved. */
  private readonly endings = new Uint8Array(MAX_SUFFIX + 1);
  /**
   * Words resolved before, by the trie slot where the word left the trie (or ended) and the letters
   * after it (their count and two hashes; most are an ending): their word groups, in `memoPool`, and
   * whether they can start an alias. Pages repeat their words, and a word seen again costs a probe
   * instead of stems, endings and entries. Kept from scan to scan while the index stays the same.
   */
  private readonly memoSlot = new Int32Array(MEMO_SIZE).fill(-1);
  private readonly memoTrail = new Int32Array(MEMO_SIZE);
  private readonly memoHash1 = new Int32Array(MEMO_SIZE);
  private readonly memoHash2 = new Int32Array(MEMO_SIZE);
  private readonly memoFrom = new Int32Array(MEMO_SIZE);
  private readonly memoTo = new Int32Array(MEMO_SIZE);
  private readonly memoStarts = new Uint8Array(MEMO_SIZE);
  private memoPool = new Int32Array(4 * MEMO_SIZE);
  private memoPoolLen = 0;
  private memoCount = 0;
  private memoFor: StemLookup | null = null;
  /** Set by `resolve` when an entry's letter case was compared: its result is not the word's alone. */
  private caseCompared = false;

  /** The folded spelling of token k (allocates; for the rare checks around a match). */
  textOf(k: number): string {
    if (k < 0 || k >= this.count) return '';
    return this.foldedLetters(this.start[k]!, this.end[k]!, 0);
  }

  isWord(k: number): boolean {
    return k >= 0 && k < this.count && this.kind[k] === T_WORD;
  }

  /** Whether token k, folded, is `word` (no allocation: context rules ask this of many tokens). */
  is(k: number, word: string): boolean {
    if (k < 0 || k >= this.count || this.first[k] !== word.charCodeAt(0)) return false;
    const text = this.text;
    const end = this.end[k]!;
    // Each folded letter comes from a character of its own: a shorter token cannot be the word.
    if (end - this.start[k]! < word.length) return false;
    let at = 0;
    for (let i = this.start[k]!; i < end; i++) {
      const c = text.charCodeAt(i);
      const kk = CHAR_CLASS[c]! & CLASS_MASK;
      if (kk === C_IGNORE) continue;
      if (kk === C_APOS) break;
      if (at >= word.length || CHAR_FOLD[c] !== word.charCodeAt(at)) return false;
      at++;
    }
    return at === word.length;
  }

  /** Whether token k, folded, begins with `prefix` (no allocation). */
  startsWith(k: number, prefix: string): boolean {
    if (k < 0 || k >= this.count || (prefix.length !== 0 && this.first[k] !== prefix.charCodeAt(0))) return false;
    const text = this.text;
    const end = this.end[k]!;
    let at = 0;
    for (let i = this.start[k]!; i < end && at < prefix.length; i++) {
      const c = text.charCodeAt(i);
      const kk = CHAR_CLASS[c]! & CLASS_MASK;
      if (kk === C_IGNORE) continue;
      if (kk === C_APOS || CHAR_FOLD[c] !== prefix.charCodeAt(at)) return false;
      at++;
    }
    return at === prefix.length;
  }

  /** A hash of token k's folded spelling (`hashWord` of it), to test membership in word lists without a string. */
  hashOf(k: number): number {
    if (k < 0 || k >= this.count) return 0;
    const text = this.text;
    const end = this.end[k]!;
    let h = 0x811c9dc5 | 0;
    for (let i = this.start[k]!; i < end; i++) {
      const c = text.charCodeAt(i);
      const kk = CHAR_CLASS[c]! & CLASS_MASK;
      if (kk === C_IGNORE) continue;
      if (kk === C_APOS) break;
      h = Math.imul(h ^ CHAR_FOLD[c]!, 0x01000193);
    }
    return h;
  }

  /** The folded first character of token k (0 outside the text). */
  firstFolded(k: number): number {
    return k >= 0 && k < this.count ? this.first[k]! : 0;
  }

  /** Whether token k is written in the Cyrillic script (Russian). */
  isCyrillic(k: number): boolean {
    if (k < 0 || k >= this.count) return false;
    // A Cyrillic letter folds to a Cyrillic letter, and nothing else folds to one.
    const c = this.first[k]!;
    return c >= 0x400 && c <= 0x52f;
  }

  /** Whether token k is written in the Latin script (English, Turkmen). */
  isLatin(k: number): boolean {
    return k >= 0 && k < this.count && this.text.charCodeAt(this.start[k]!) < 0x250;
  }

  /** Whether token k is the (folded) alias word `word` in the plural (`isPluralForm`, without making a string). */
  isPluralOf(k: number, word: string): boolean {
    if (k < 0 || k >= this.count) return false;
    return isPluralLetters(word, FOLD_BUFFER, this.foldInto(this.start[k]!, this.end[k]!, 0));
  }

  /** Folded letters and digits of text[from, to) after the first `skip` of them, up to an apostrophe. */
  private foldedLetters(from: number, to: number, skip: number): string {
    const n = this.foldInto(from, to, skip);
    return String.fromCharCode.apply(null, FOLD_BUFFER.subarray(0, n) as unknown as number[]);
  }

  /** `foldedLetters` into FOLD_BUFFER; returns their number. */
  private foldInto(from: number, to: number, skip: number): number {
    const text = this.text;
    if (to - from > FOLD_BUFFER.length) to = from + FOLD_BUFFER.length;
    let n = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      const k = CHAR_CLASS[c]! & CLASS_MASK;
      if (k === C_LETTER || k === C_DIGIT) {
        if (skip > 0) skip--;
        else FOLD_BUFFER[n++] = CHAR_FOLD[c]!;
      } else if (k === C_APOS) break;
      else if (k !== C_IGNORE) FOLD_BUFFER[n++] = CHAR_FOLD[c]!;
    }
    return n;
  }


  /** Splits `text`; with `lookup`, also finds the word groups of every token. */
  scan(text: string, lookup: StemLookup | null): void {
    this.text = text;
    this.candLen = 0;
    this.startCount = 0;
    if (lookup !== this.memoFor) {
      this.memoFor = lookup;
      this.memoSlot.fill(-1);
      this.memoCount = 0;
      this.memoPoolLen = 0;
    }
    const n = text.length;
    // Room for the tokens of ordinary prose before the loop, so that growing (rare, and a path the
    // compiled loop may never have seen) stays out of it in all but odd texts.
    while (this.start.length <= n >> 2) this.grow();
    const code = CHAR_CODE;
    const trie = lookup ? lookup.chars : EMPTY_TRIE;
    const walk = lookup !== null;
    const daBase = trie.slots.base;
    const daCheck = trie.slots.check;
    const daSize = daCheck.length;
    const stemEnd = trie.stemEnd;
    const inflectsUp = trie.inflectsUp;
    const slotNode = trie.slots.node;
    const entryFirst = trie.entryFirst;
    const entryGroup = trie.entryGroup;
    const depth = trie.depth;
    const hitNode = this.hitNode;
    const hitLen = this.hitLen;
    // Token arrays live in locals for the loop (reloaded after growing); tokens are written
    // inline at each place one ends, without a call per token.
    let cap = this.start.length - 1;
    let tStart = this.start;
    let tEnd = this.end;
    let tKind = this.kind;
    let tFlags = this.flags;
    let tFirst = this.first;
    let tCand = this.candFirst;
    let count = 0;

    let open = 0;
    let tokStart = 0;
    let tokFlags = 0;
    let tokFirst = 0;
    let gap = 0;
    let newlines = 0;
    let stem = -1;
    let node = 0;
    let trail = 0;
    let h1 = 0;
    let h2 = 0;
    let letters = 0;

    for (let i = 0; i <= n; i++) {
      // One past the end reads as a space, which ends the last word.
      let c = i < n ? text.charCodeAt(i) : 0x20;
      let ch = code[c]!;
      if (ch === 0) ch = classifyCode(c);
      let kk = ch & CLASS_MASK;
      if (kk === C_LETTER || kk === C_DIGIT) {
        // A word (or number) starts: C_LETTER and C_DIGIT equal T_WORD and T_NUM.
        open = kk;
        tokStart = i;
        tokFirst = ch >>> CODE_SHIFT;
        tokFlags = gap | (ch & UPPER ? F_CAP : 0);
        gap = 0;
        newlines = 0;
        // While the word can still be an alias word: one step in the stem trie per letter (most
        // words leave the trie after a few letters); the stems it passes are found at its end.
        // `left`: the word left the trie at letter i.
        node = 0;
        let left = !walk;
        if (walk) {
          for (;;) {
            if (kk === open) {
              const t = daBase[node]! + (ch >>> CODE_SHIFT);
              if (t >>> 0 >= daSize || daCheck[t] !== node) {
                left = true;
                break;
              }
              node = t;
            } else if (kk !== C_IGNORE) break;
            if (++i >= n) break;
            c = text.charCodeAt(i);
            ch = code[c]!;
            if (ch === 0) ch = classifyCode(c);
            kk = ch & CLASS_MASK;
          }
        }
        if (left) {
          // Letter i is not on any stem's path: read on to the word's end, counting the letters
          // that may form an ending if it passed a stem that takes endings.
          stem = inflectsUp[node]!;
          if (stem >= 0) {
            // Letter i and those after it are hashed too: with the slot, they name the word.
            trail = 1;
            h1 = Math.imul(0x811c9dc5 ^ (ch >>> CODE_SHIFT), 0x01000193);
            h2 = Math.imul(0x9747b28c ^ (ch >>> CODE_SHIFT), 0x5bd1e995);
            while (++i < n) {
              c = text.charCodeAt(i);
              ch = code[c]!;
              if (ch === 0) ch = classifyCode(c);
              kk = ch & CLASS_MASK;
              if (kk === open) {
                trail++;
                h1 = Math.imul(h1 ^ (ch >>> CODE_SHIFT), 0x01000193);
                h2 = Math.imul(h2 ^ (ch >>> CODE_SHIFT), 0x5bd1e995);
              } else if (kk !== C_IGNORE) break;
            }
            letters = depth[node]! + trail;
          } else {
            while (++i < n) {
              c = text.charCodeAt(i);
              ch = code[c]!;
              if (ch === 0) ch = classifyCode(c);
              kk = ch & CLASS_MASK;
              if (kk !== open && kk !== C_IGNORE) break;
            }
          }
        }
        // The word ended on the trie: the stem it spells, or shorter ones followed by an ending.
        else {
          stem = stemEnd[node] !== 0 ? node : inflectsUp[node]!;
          letters = depth[node]!;
          trail = 0;
          h1 = 0;
          h2 = 0;
        }
        if (i >= n) {
          c = 0x20;
          kk = C_SPACE;
        }
        // The word ends before text[i], which is handled below like any character after a word.
      }
      if (kk === C_IGNORE) continue;
      if (open !== 0) {
        let tokEnd = i;
        if (kk === C_APOS && open === T_WORD && i + 1 < n && (text.charCodeAt(i + 1) | 0x20) === 0x73) {
          const after = i + 2 < n ? text.charCodeAt(i + 2) : 0x20;
          let ak = code[after]!;
          if (ak === 0) ak = classifyCode(after);
          ak &= CLASS_MASK;
          if (ak !== C_LETTER && ak !== C_DIGIT && ak !== C_IGNORE) {
            tokEnd = i + 2;
            tokFlags |= F_POSS;
          }
        }
        if (count >= cap) {
          this.grow();
          cap = this.start.length - 1;
          tStart = this.start;
          tEnd = this.end;
          tKind = this.kind;
          tFlags = this.flags;
          tFirst = this.first;
          tCand = this.candFirst;
        }
        tStart[count] = tokStart;
        tFirst[count] = tokFirst;
        tEnd[count] = tokEnd;
        tKind[count] = open;
        tFlags[count] = tokFlags;
        tCand[count] = this.candLen;
        count++;
        if (stem >= 0) {
          const bits = stemEnd[stem]!;
          if (stem === node && letters === depth[stem] && bits & STEM_SOLE) {
            // The common case ("the", "of", "и", "Mejlis"), inline: the whole word is one stem,
            // whose entries need no case check and no ending, and are distinct groups.
            const at0 = slotNode[stem]!;
            const from = entryFirst[at0]!;
            const to = entryFirst[at0 + 1]!;
            if (this.candLen + (to - from) > this.cand.length) this.growCandidates();
            const cand = this.cand;
            let at = this.candLen;
            for (let e = from; e < to; e++) cand[at++] = entryGroup[e]!;
            this.candLen = at;
            if (bits & STEM_STARTS) this.markStart(count - 1);
          } else this.resolveWord(count, tokStart, letters, stem, node, trail, h1, h2, lookup!);
        }
        open = 0;
        if (tokEnd !== i) {
          i = tokEnd - 1;
          continue;
        }
        // A digit right after letters (or letters after digits) starts the next token.
        if (kk === C_LETTER || kk === C_DIGIT) {
          i--;
          continue;
        }
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
      if (count >= cap) {
        this.grow();
        cap = this.start.length - 1;
        tStart = this.start;
        tEnd = this.end;
        tKind = this.kind;
        tFlags = this.flags;
        tFirst = this.first;
        tCand = this.candFirst;
      }
      tFirst[count] = ch >>> CODE_SHIFT;
      tStart[count] = i;
      tEnd[count] = i + 1;
      tKind[count] = T_PUNCT;
      tFlags[count] = gap;
      tCand[count] = this.candLen;
      count++;
      gap = 0;
      newlines = 0;
      if (walk) {
        const t = daBase[0]! + (ch >>> CODE_SHIFT);
        if (t >>> 0 < daSize && daCheck[t] === 0 && stemEnd[t] !== 0) {
          hitNode[0] = t;
          hitLen[0] = 1;
          this.resolve(count, i, 1, 1, lookup!);
        }
      }
    }
    this.count = count;
    this.candFirst[count] = this.candLen;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const grow32 = (a: Int32Array) => {
      const b = new Int32Array(size);
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
    const first = new Uint16Array(size);
    first.set(this.first);
    this.first = first;
    this.candFirst = grow32(this.candFirst);
  }

  /**
   * Like `resolve`, for token count−1: a word that walked the trie to `slot` and then read `trail`
   * more letters hashed to h1 and h2, whose deepest possible stem is `stem`.
   */
  private resolveWord(count: number, start: number, letters: number, stem: number, slot: number, trail: number, h1: number, h2: number, lookup: StemLookup): void {
    const mask = MEMO_SIZE - 1;
    let at = (Math.imul(slot, 0x9e3779b1) ^ h1) & mask;
    for (; this.memoSlot[at] !== -1; at = (at + 1) & mask) {
      if (this.memoSlot[at] !== slot || this.memoTrail[at] !== trail || this.memoHash1[at] !== h1 || this.memoHash2[at] !== h2) continue;
      const from = this.memoFrom[at]!;
      const to = this.memoTo[at]!;
      if (this.candLen + (to - from) > this.cand.length) this.growCandidates();
      const cand = this.cand;
      const pool = this.memoPool;
      let n = this.candLen;
      for (let e = from; e < to; e++) cand[n++] = pool[e]!;
      this.candLen = n;
      if (this.memoStarts[at]) this.markStart(count - 1);
      return;
    }
    const starts = this.startCount;
    const first = this.candLen;
    this.caseCompared = false;
    this.resolve(count, start, letters, this.stemsOf(stem, lookup.chars), lookup);
    // A case-sensitive entry's result depends on how this very word is written.
    if (this.caseCompared || 2 * this.memoCount >= MEMO_SIZE) return;
    const size = this.candLen - first;
    if (this.memoPoolLen + size > this.memoPool.length) {
      const bigger = new Int32Array(this.memoPool.length * 2);
      bigger.set(this.memoPool);
      this.memoPool = bigger;
    }
    this.memoPool.set(this.cand.subarray(first, this.candLen), this.memoPoolLen);
    this.memoCount++;
    this.memoSlot[at] = slot;
    this.memoTrail[at] = trail;
    this.memoHash1[at] = h1;
    this.memoHash2[at] = h2;
    this.memoFrom[at] = this.memoPoolLen;
    this.memoTo[at] = this.memoPoolLen + size;
    this.memoStarts[at] = this.startCount > starts ? 1 : 0;
    this.memoPoolLen += size;
  }

  /** Fills the hit arrays with the stems above and at `slot`, shortest first; returns their number. */
  private stemsOf(slot: number, trie: CharTrie): number {
    let hits = 0;
    for (let s = slot; s >= 0 && hits < MAX_STEM_HITS; s = trie.stemAbove[s]!) hits++;
    let h = hits;
    for (let s = slot; h > 0; s = trie.stemAbove[s]!) {
      h--;
      this.hitNode[h] = s;
      this.hitLen[h] = trie.depth[s]!;
    }
    return hits;
  }

  /** Which word groups the token just written (`count` tokens so far) can be, from the stems its letters walked through. */
  private resolve(count: number, start: number, letters: number, hits: number, lookup: StemLookup): void {
    const { entryFirst, entryGroup, entryFlags, slots, stemEnd } = lookup.chars;
    let endingsRead = false;
    for (let h = 0; h < hits; h++) {
      const stemLen = this.hitLen[h]!;
      // A shorter stem ("the" in "there") counts only if one of its entries takes endings.
      if (stemLen < letters && !(stemEnd[this.hitNode[h]!]! & STEM_INFLECTS)) continue;
      const node = slots.node[this.hitNode[h]!]!;
      for (let e = entryFirst[node]!; e < entryFirst[node + 1]!; e++) {
        const fl = entryFlags[e]!;
        if (stemLen < letters) {
          if (!(fl & E_INFLECTS) || letters - stemLen > MAX_SUFFIX) continue;
          if (!endingsRead) {
            endingsRead = true;
            // A possessive "'s" absorbed into the token is not part of the ending.
            const end = this.end[count - 1]! - (this.flags[count - 1]! & F_POSS ? 2 : 0);
            endingsBySize(this.text, start, end, this.endings);
          }
          if (!(this.endings[letters - stemLen]! & (1 << ((fl >> E_SCRIPT_SHIFT) & 3)))) continue;
        }
        const group = entryGroup[e]!;
        if (fl & E_CASE) {
          this.caseCompared = true;
          if (!this.caseMatches(start, stemLen, lookup.casePatterns.get(group) ?? '')) continue;
        }
        this.addCandidate(group, count);
        if (fl & E_STARTS) this.markStart(count - 1);
      }
    }
  }

  private markStart(token: number): void {
    if (this.startCount > 0 && this.starts[this.startCount - 1] === token) return;
    if (this.startCount >= this.starts.length) {
      const bigger = new Int32Array(this.starts.length * 2);
      bigger.set(this.starts);
      this.starts = bigger;
    }
    this.starts[this.startCount++] = token;
  }

  private growCandidates(): void {
    const bigger = new Int32Array(this.cand.length * 2);
    bigger.set(this.cand);
    this.cand = bigger;
  }

  private addCandidate(group: number, count: number): void {
    const from = this.candFirst[count - 1]!;
    for (let j = from; j < this.candLen; j++) if (this.cand[j] === group) return;
    if (this.candLen >= this.cand.length) this.growCandidates();
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

/** The hash `Tokens.hashOf` gives a token spelled (folded) `word`. */
export function hashWord(word: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}
