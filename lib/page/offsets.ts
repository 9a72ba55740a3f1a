/**
 * Maps offsets in the joined text of a page back to the text nodes they came from. Pure, so
 * it is tested in Node; the scanner builds `starts`/`lengths` as it reads the nodes.
 */

export interface NodePoint {
  /** Index of the node in the scanner's list. */
  node: number;
  offset: number;
}

/** Index of the last node that starts at or before `pos` (-1 if none). */
function lastStartingAtOrBefore(starts: readonly number[], pos: number, from: number): number {
  let lo = from;
  let hi = starts.length - 1;
  let found = from - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The node positions of `[start, end)` in the joined text, or undefined when either end falls in a
 * separator we inserted between blocks (a match never should; the check keeps a Range valid).
 * `from` is the first index worth searching (nodes before it were already released).
 */
export function pointsOf(
  starts: readonly number[],
  lengths: readonly number[],
  start: number,
  end: number,
  from = 0,
): { start: NodePoint; end: NodePoint } | undefined {
  const a = lastStartingAtOrBefore(starts, start, from);
  if (a < from || start >= starts[a]! + lengths[a]!) return undefined;
  const b = lastStartingAtOrBefore(starts, end - 1, a);
  if (b < a || end > starts[b]! + lengths[b]!) return undefined;
  return { start: { node: a, offset: start - starts[a]! }, end: { node: b, offset: end - starts[b]! } };
}
