/**
 * Runs the mention matcher over a page's text as it is read, one window at a time, so that one
 * call never takes long enough to block the page, and the text of the whole page never has to be
 * held as one string. Each window is matched with some text on both sides, so a mention that
 * crosses a window's edge, and the words around a mention that the matcher looks at (word
 * boundaries, "no other country named next to it"), are seen whole.
 */

export interface TextMatch {
  start: number;
  end: number;
  entityId: string;
  alias: string;
}

export type MatchText = (text: string) => readonly TextMatch[];

export interface StreamOptions {
  /** Characters matched per call (about 1 ms of matching in Chromium; fewer calls copy less text). */
  window?: number;
  /** Context on each side; longer than the longest alias. */
  margin?: number;
  /**
   * A larger first window: the matcher judges the page's context (is it about Turkmenistan?) from
   * the first text it is given, so it gets the headline and the start of the article at least.
   */
  firstWindow?: number;
}

export class StreamMatcher {
  private buf = '';
  /** Offset of `buf[0]` in the whole text. */
  private bufStart = 0;
  private total = 0;
  /** Matches starting before this offset have been reported. */
  private cursor = 0;
  /** End of the last reported match: the next must not overlap it. */
  private lastEnd = 0;
  private readonly windowSize: number;
  private readonly firstWindow: number;
  private readonly margin: number;

  constructor(
    private readonly match: MatchText,
    options: StreamOptions = {},
  ) {
    this.windowSize = options.window ?? 32_768;
    this.firstWindow = options.firstWindow ?? this.windowSize;
    this.margin = options.margin ?? 256;
  }

  append(text: string): void {
    this.buf += text;
    this.total += text.length;
  }

  /** Length of all the text appended so far. */
  get length(): number {
    return this.total;
  }

  /** Offset of the earliest text still kept: text before it will not be looked at again. */
  get keptFrom(): number {
    return this.bufStart;
  }

  private get window(): number {
    return this.cursor === 0 ? this.firstWindow : this.windowSize;
  }

  /** Whether `step` has a whole window (with its right margin) to match; `final` once the text is complete. */
  ready(final: boolean): boolean {
    if (this.cursor >= this.total) return false;
    return final || this.total >= this.cursor + this.window + this.margin;
  }

  /** Matches the next window and returns its matches, in whole-text offsets. */
  step(final: boolean): TextMatch[] {
    const end = final ? Math.min(this.cursor + this.window, this.total) : this.cursor + this.window;
    const from = Math.max(this.bufStart, this.cursor - this.margin);
    const to = Math.min(this.total, end + this.margin);
    const text = this.buf.slice(from - this.bufStart, to - this.bufStart);
    const found: TextMatch[] = [];
    for (const m of this.match(text)) {
      const start = m.start + from;
      if (start < this.cursor || start >= end || start < this.lastEnd) continue;
      found.push({ ...m, start, end: m.end + from });
      this.lastEnd = m.end + from;
    }
    this.cursor = end;
    const keepFrom = Math.max(this.bufStart, end - this.margin);
    this.buf = this.buf.slice(keepFrom - this.bufStart);
    this.bufStart = keepFrom;
    return found;
  }
}
