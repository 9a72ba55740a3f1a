/**
 * Mentions across pieces of text, for a DOM walker: the text nodes of one block are matched as
 * one string (a name may span "<b>Mejlis</b> of Turkmenistan"), and each mention comes back as
 * positions in the pieces it starts and ends in.
 */
import { findMentions } from './match.ts';
import type { MatchOptions, MentionIndex } from './types.ts';

export interface PartMention {
  startPart: number;
  startOffset: number;
  endPart: number;
  /** Exclusive, within `endPart`. */
  endOffset: number;
  entityId: string;
  alias: string;
}

export function findMentionsInParts(index: MentionIndex, parts: readonly string[], options: MatchOptions = {}): PartMention[] {
  const offsets = new Int32Array(parts.length + 1);
  for (let i = 0; i < parts.length; i++) offsets[i + 1] = offsets[i]! + parts[i]!.length;
  // Finds the piece holding a character; `atEnd` places an end offset in the piece it closes.
  const locate = (at: number, atEnd: boolean): [number, number] => {
    let lo = 0;
    let hi = parts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (atEnd ? offsets[mid]! < at : offsets[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return [lo, at - offsets[lo]!];
  };
  return findMentions(index, parts.join(''), options).map((m) => {
    const [startPart, startOffset] = locate(m.start, false);
    const [endPart, endOffset] = locate(m.end, true);
    return { startPart, startOffset, endPart, endOffset, entityId: m.entityId, alias: m.alias };
  });
}
