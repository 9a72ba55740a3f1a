/**
 * Keeps a page's mentions highlighted: scans it once, then follows what the page changes (single-page
 * navigation, infinite scroll, late comments) with a MutationObserver, all in short slices.
 *
 * The page's DOM is never touched: mentions are StaticRanges painted through the CSS Custom
 * Highlight API (StaticRanges, unlike live Ranges, cost the page nothing when it edits its own DOM).
 * Only where that API is missing are mentions wrapped in `<mark data-dialogue-lens>`.
 *
 * Takes the window it works in, so it has no hidden globals and runs in any frame.
 */
import { pointInRects } from './hover.ts';
import { RootScan, SKIP_TAGS, type FoundMention } from './scan.ts';
import { SliceQueue } from './slices.ts';
import type { MatchText } from './stream.ts';

export const HIGHLIGHT_NAME = 'dialogue-lens';
/** Marks the host element of our UI (and, in the fallback, our `<mark>`s). */
export const UI_ATTRIBUTE = 'data-dialogue-lens-ui';
export const MARK_ATTRIBUTE = 'data-dialogue-lens';
/**
 * Up to this many shown mentions, every one is in the Highlight. Beyond it, only those near the
 * viewport are: Chromium rebuilds the markers of every range of every Highlight after any change,
 * so on a page with thousands of mentions each change (the end of the first pass, a comment
 * loading, a kind switched off) cost a frame of 60 ms or more.
 */
const PAINT_ALL_UP_TO = 300;
/** How far from the viewport a mention is painted in advance, so scrolling finds it painted. */
const NEAR_MARGIN = '100% 0px';

export type HighlightStyle = 'underline' | 'marker';

export interface PageMention {
  readonly entityId: string;
  readonly alias: string;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  range: AbstractRange;
  /** Not rendered (display:none, a closed tab or <details>); kept to be shown when it appears. */
  hidden: boolean;
  /** Painted (visible and its entity's kind switched on). */
  painted: boolean;
  /** While only mentions near the viewport are painted: the element whose nearness decides it. */
  watched?: Element;
}

export interface AnnotatorOptions {
  match: MatchText;
  /** Whether an entity's mentions are shown (a kind switched off in the settings hides them). */
  enabled?: (entityId: string) => boolean;
  /** Called after mentions were added (those are passed) or removed. */
  onChange?: (added: readonly PageMention[]) => void;
  /** Called once the first full pass over the page has finished. */
  onFirstPass?: () => void;
  onError?: (error: unknown) => void;
  sliceMs?: number;
  /** False once the extension was reloaded or disabled: the annotator then stops itself. */
  alive?: () => boolean;
  /** Force the `<mark>` fallback (for testing it where the Highlight API exists). */
  marks?: boolean;
  /**
   * The `::highlight()` rules. The document gets them from the content script's stylesheet, but a
   * shadow tree only sees its own styles, so they are adopted into each open shadow root we scan.
   */
  shadowCss?: string;
}

/** Our UI's host: never scanned. */
function isOurUi(element: Element): boolean {
  return element.hasAttribute(UI_ATTRIBUTE);
}

/** Nodes whose insertion or removal is ours, not the page's. */
function isOurs(node: Node): boolean {
  return node.nodeType === 1 && ((node as Element).hasAttribute(UI_ATTRIBUTE) || (node as Element).hasAttribute(MARK_ATTRIBUTE));
}

const BLOCKS = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BODY|DD|DETAILS|DIALOG|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HGROUP|LI|MAIN|NAV|OL|P|PRE|SECTION|SUMMARY|TABLE|TBODY|TD|TFOOT|TH|THEAD|TR|UL)$/;

export class PageAnnotator {
  readonly mentions = new Set<PageMention>();
  private readonly byNode = new Map<Text, PageMention[]>();
  private readonly queue: SliceQueue;
  private readonly observers: MutationObserver[] = [];
  private readonly roots = new Set<Node>();
  private readonly highlight: Highlight | undefined;
  /** Ranges found but not yet handed to the Highlight (see `flushPaint`). */
  private readonly pendingPaint = new Set<AbstractRange>();
  private readonly walkers = new Map<Node, TreeWalker>();
  /** How many mentions are shown: painted, or waiting to be handed to the Highlight. */
  private shown = 0;
  /** Past `PAINT_ALL_UP_TO`: which elements holding shown mentions are near the viewport. */
  private nearby: IntersectionObserver | undefined;
  private readonly byElement = new Map<Element, Set<PageMention>>();
  private readonly near = new Set<Element>();
  private readonly useMarks: boolean;
  private dirty = new Set<Node>();
  private removals = false;
  private flushScheduled = false;
  private firstPassDone = false;
  private stopped = false;
  private sorted: PageMention[] | undefined;
  private style: HighlightStyle = 'underline';
  /** Time our own work took (for the benchmark): the sum of the slices. */
  readonly stats = { chars: 0, textNodes: 0, firstPassMs: 0, startedAt: 0, read: 0, match: 0, map: 0, hosts: 0, add: 0 };
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly options: AnnotatorOptions,
  ) {
    const clock = { now: () => win.performance.now(), defer: (fn: () => void) => void win.setTimeout(fn, 0) };
    const alive = options.alive ?? (() => true);
    this.queue = new SliceQueue(clock, options.sliceMs ?? 10, options.onError, () => {
      if (alive()) return true;
      // Stopping touches only what is ours: the registered highlight and our observers.
      queueMicrotask(() => this.stop());
      return false;
    });
    this.useMarks = options.marks === true || !('highlights' in win.CSS);
    if (!this.useMarks) {
      this.highlight = new win.Highlight();
      win.CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
    }
  }

  get sliceStats() {
    return this.queue.stats;
  }

  get document(): Document {
    return this.win.document;
  }

  /** Scans the page and starts following its changes. */
  start(): void {
    this.stats.startedAt = this.win.performance.now();
    this.setStyle(this.style);
    this.addRoot(this.document);
    this.queue.push(() => {
      this.firstPassDone = true;
      this.stats.firstPassMs = this.win.performance.now() - this.stats.startedAt;
      this.options.onFirstPass?.();
      return true;
    });
    // Hidden mentions are shown when the page reveals them: after a click, a key or a <details> toggle.
    const recheck = () => this.win.setTimeout(() => this.queue.push((y) => this.revealHidden(y)), 250);
    for (const type of ['click', 'keyup', 'toggle']) {
      this.win.addEventListener(type, recheck, { capture: true, passive: true });
      this.cleanups.push(() => this.win.removeEventListener(type, recheck, { capture: true }));
    }
  }

  /** Resolves when the work queued so far is done. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  get firstPassComplete(): boolean {
    return this.firstPassDone;
  }

  /** Removes every highlight and stops all work and observation (extension reloaded, site turned off). */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.queue.stop();
    for (const o of this.observers) o.disconnect();
    this.nearby?.disconnect();
    for (const c of this.cleanups) c();
    if (this.useMarks) this.unwrapAll();
    else {
      this.highlight?.clear();
      this.win.CSS.highlights.delete(HIGHLIGHT_NAME);
      this.win.CSS.highlights.delete(`${HIGHLIGHT_NAME}-marker`);
    }
    this.mentions.clear();
    this.byNode.clear();
  }

  /**
   * The look of the highlights. `::highlight(dialogue-lens)` is the dotted underline in our
   * stylesheet; the marker style registers the same Highlight also as `dialogue-lens-marker`, which
   * adds a background. Switching re-registers a name and touches no element of the page. (Each name
   * a Highlight is registered under costs the browser its markers again on every change, so the
   * default registers one.)
   */
  setStyle(style: HighlightStyle): void {
    this.style = style;
    if (this.useMarks || !this.highlight) {
      for (const mark of this.document.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`)) {
        if (mark.getAttribute(MARK_ATTRIBUTE) !== 'off') mark.setAttribute('style', MARK_STYLES[style]);
      }
      return;
    }
    const marker = `${HIGHLIGHT_NAME}-marker`;
    if (style === 'marker') this.win.CSS.highlights.set(marker, this.highlight);
    else this.win.CSS.highlights.delete(marker);
  }

  /** Re-applies `enabled` (a kind was switched on or off). */
  refresh(): void {
    for (const m of this.mentions) this.paint(m);
    this.flushPaint();
    this.sorted = undefined;
    this.options.onChange?.([]);
  }

  /** Mentions in document order that the reader can see. */
  visibleMentions(): PageMention[] {
    this.sorted ??= [...this.mentions].filter((m) => m.painted).sort(compareMentions);
    return this.sorted;
  }

  /** A live Range for a mention (for its rectangles); the page pays for live Ranges, so only on demand. */
  rangeOf(m: PageMention): Range {
    const range = this.document.createRange();
    range.setStart(m.startNode, m.startOffset);
    range.setEnd(m.endNode, m.endOffset);
    return range;
  }

  /** The painted mention under a viewport point, if any. */
  mentionAt(x: number, y: number): PageMention | undefined {
    if (!this.mentions.size) return undefined;
    const hit = this.caretAt(x, y);
    if (!hit) return undefined;
    for (const m of this.byNode.get(hit) ?? []) {
      if (m.painted && pointInRects(this.rangeOf(m).getClientRects(), x, y)) return m;
    }
    return undefined;
  }

  private caretAt(x: number, y: number): Text | undefined {
    const doc = this.document as Document & { caretRangeFromPoint?(x: number, y: number): Range | null };
    const shadowRoots = [...this.roots].filter((r): r is ShadowRoot => r !== doc);
    let node: Node | undefined;
    if (typeof doc.caretPositionFromPoint === 'function') {
      node = doc.caretPositionFromPoint(x, y, shadowRoots.length ? { shadowRoots } : undefined)?.offsetNode;
    } else node = doc.caretRangeFromPoint?.(x, y)?.startContainer;
    return node && node.nodeType === 3 ? (node as Text) : undefined;
  }

  private addRoot(root: Node): void {
    if (this.roots.has(root) || this.stopped) return;
    this.roots.add(root);
    const observer = new this.win.MutationObserver((records) => this.onMutations(records));
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.observers.push(observer);
    if (root.nodeType === 11 && this.options.shadowCss && !this.useMarks) this.adoptStyles(root as ShadowRoot, this.options.shadowCss);
    this.scan(root);
  }

  private adoptStyles(shadow: ShadowRoot, css: string): void {
    try {
      const sheet = new this.win.CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets.push(sheet);
    } catch (error) {
      // A browser without constructable sheets in this world: the mentions are found, just not painted there.
      this.options.onError?.(error);
    }
  }

  private scan(root: Node): void {
    const now = () => this.win.performance.now();
    const scan = new RootScan(root, this.options.match, { ignore: isOurUi, stream: { firstWindow: 16_384 }, now });
    let visibility = new Map<Element, boolean>();
    this.queue.push((shouldYield) => {
      if (!root.isConnected && root !== this.document) return true;
      const done = scan.step(shouldYield);
      if (scan.found.length) {
        const t0 = now();
        this.addFound(scan.found, visibility);
        scan.found.length = 0;
        this.stats.add += now() - t0;
      }
      for (const shadow of scan.shadowRoots.splice(0)) this.addRoot(shadow);
      // The first mentions are shown at once; the rest when the pass is over.
      if (done || this.highlight?.size === 0) this.flushPaint();
      if (done) {
        this.stats.chars += scan.chars;
        this.stats.textNodes += scan.textNodes;
        for (const k of ['read', 'match', 'map', 'hosts'] as const) this.stats[k] += scan.timings[k];
        visibility = new Map();
      }
      return done;
    });
  }

  private addFound(found: FoundMention[], visibility: Map<Element, boolean>): void {
    const added: PageMention[] = [];
    for (const f of found) {
      const parent = f.startNode.parentElement;
      let visible = true;
      if (parent && typeof parent.checkVisibility === 'function') {
        visible = visibility.get(parent) ?? parent.checkVisibility({ checkVisibilityCSS: true });
        visibility.set(parent, visible);
      }
      const m: PageMention = {
        ...f,
        range: new this.win.StaticRange({ startContainer: f.startNode, startOffset: f.startOffset, endContainer: f.endNode, endOffset: f.endOffset }),
        hidden: !visible,
        painted: false,
      };
      this.mentions.add(m);
      this.index(m);
      this.paint(m);
      added.push(m);
    }
    this.sorted = undefined;
    this.options.onChange?.(added);
  }

  private index(m: PageMention): void {
    for (const node of this.nodesOf(m)) {
      const list = this.byNode.get(node);
      if (list) list.push(m);
      else this.byNode.set(node, [m]);
    }
  }

  private unindex(m: PageMention): void {
    for (const node of this.nodesOf(m)) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const rest = list.filter((x) => x !== m);
      if (rest.length) this.byNode.set(node, rest);
      else this.byNode.delete(node);
    }
  }

  /** The text nodes a mention covers (usually one; two or three when markup splits it). */
  private nodesOf(m: PageMention): Text[] {
    if (m.startNode === m.endNode) return [m.startNode];
    const root = m.startNode.getRootNode();
    let walker = this.walkers.get(root);
    if (!walker) this.walkers.set(root, (walker = this.document.createTreeWalker(root, 0x4)));
    const nodes: Text[] = [m.startNode];
    walker.currentNode = m.startNode;
    for (let n = walker.nextNode(); n && nodes.length < 64; n = walker.nextNode()) {
      nodes.push(n as Text);
      if (n === m.endNode) break;
    }
    return nodes;
  }

  private paint(m: PageMention): void {
    const show = !m.hidden && (this.options.enabled?.(m.entityId) ?? true);
    if (show === m.painted) return;
    m.painted = show;
    if (this.useMarks) this.markLater(m, show);
    else if (show) this.show(m);
    else this.unshow(m);
  }

  private remove(m: PageMention): void {
    if (m.painted) {
      m.painted = false;
      if (this.useMarks) this.markLater(m, false);
      else this.unshow(m);
    }
    this.mentions.delete(m);
    this.unindex(m);
  }

  private show(m: PageMention): void {
    this.shown++;
    if (!this.nearby && this.shown > PAINT_ALL_UP_TO) this.paintNearbyOnly();
    if (!this.watch(m)) this.pendingPaint.add(m.range);
    else if (this.near.has(m.watched!)) this.pendingPaint.add(m.range);
  }

  private unshow(m: PageMention): void {
    this.shown--;
    if (!this.pendingPaint.delete(m.range)) this.highlight!.delete(m.range);
    const element = m.watched;
    const list = element && this.byElement.get(element);
    m.watched = undefined;
    if (!list) return;
    list.delete(m);
    if (list.size) return;
    this.byElement.delete(element);
    this.near.delete(element);
    this.nearby!.unobserve(element);
  }

  /** Puts a shown mention under the watch of the nearness observer; false when it is painted regardless. */
  private watch(m: PageMention): boolean {
    const element = this.nearby && m.startNode.parentElement;
    if (!element) return false;
    m.watched = element;
    const list = this.byElement.get(element);
    if (list) list.add(m);
    else {
      this.byElement.set(element, new Set([m]));
      this.nearby!.observe(element);
    }
    return true;
  }

  /**
   * From now on only mentions near the viewport are in the Highlight: their elements are observed,
   * and the observer's first report (one entry per element) keeps those near and drops the rest.
   */
  private paintNearbyOnly(): void {
    this.nearby = new this.win.IntersectionObserver((entries) => this.onNearby(entries), { rootMargin: NEAR_MARGIN });
    for (const m of this.mentions) {
      // Until the first report, a mention already painted stays so (no flash); a pending one waits.
      if (m.painted && this.watch(m)) this.pendingPaint.delete(m.range);
    }
  }

  private onNearby(entries: IntersectionObserverEntry[]): void {
    if (this.stopped || !this.highlight) return;
    for (const entry of entries) {
      const element = entry.target;
      const list = this.byElement.get(element);
      if (!list) continue;
      if (entry.isIntersecting) {
        this.near.add(element);
        for (const m of list) this.pendingPaint.add(m.range);
      } else {
        this.near.delete(element);
        for (const m of list) if (!this.pendingPaint.delete(m.range)) this.highlight.delete(m.range);
      }
    }
    this.flushPaint();
  }

  /**
   * Hands the found ranges to the Highlight in one go. Chromium rebuilds the markers of every
   * registered range after each change to a Highlight, in the next frame's style and layout step,
   * so adding ranges slice by slice made every frame of a long page's pass pay for all of them
   * (frames of 60–140 ms on the 1.5 MB page); a few large additions pay it a few times.
   */
  private flushPaint(): void {
    if (this.useMarks) this.flushMarks();
    if (!this.pendingPaint.size || !this.highlight) return;
    for (const range of this.pendingPaint) this.highlight.add(range);
    this.pendingPaint.clear();
  }

  private revealHidden(shouldYield: () => boolean): boolean {
    const visibility = new Map<Element, boolean>();
    let changed = false;
    for (const m of this.mentions) {
      if (!m.hidden) continue;
      const parent = m.startNode.parentElement;
      if (!parent) continue;
      const visible = visibility.get(parent) ?? parent.checkVisibility({ checkVisibilityCSS: true });
      visibility.set(parent, visible);
      if (visible) {
        m.hidden = false;
        this.paint(m);
        changed = true;
      }
      if (shouldYield()) break;
    }
    if (changed) {
      this.flushPaint();
      this.sorted = undefined;
      this.options.onChange?.([]);
    }
    return true;
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.stopped) return;
    for (const r of records) {
      if (r.type === 'characterData') {
        this.dirty.add(r.target);
        continue;
      }
      if (isOurs(r.target)) continue;
      for (const n of r.removedNodes) {
        if (isOurs(n)) continue;
        this.removals = true;
        // Removing inline content joins the text around it, which can make a new mention.
        if (n.nodeType !== 1 || !BLOCKS.test(n.nodeName)) this.dirty.add(r.target);
      }
      for (const n of r.addedNodes) if (!isOurs(n)) this.dirty.add(n);
    }
    if ((this.dirty.size || this.removals) && !this.flushScheduled) {
      this.flushScheduled = true;
      this.queue.push(() => {
        this.flushScheduled = false;
        this.flush();
        return true;
      });
    }
  }

  /**
   * The block around a changed node: the unit whose text is joined, and so rescanned. None when the
   * change is inside something we never read (a style sheet a CSS-in-JS library keeps rewriting).
   */
  private blockOf(node: Node): Node | undefined {
    let block: Node | undefined;
    let cur: Node | null = node.nodeType === 1 ? node : node.parentNode;
    while (cur && cur.nodeType === 1) {
      if (SKIP_TAGS.has(cur.nodeName)) return undefined;
      if (!block && BLOCKS.test(cur.nodeName)) block = cur;
      const parent: Node | null = cur.parentNode;
      if (!parent || parent.nodeType !== 1) return block ?? cur;
      cur = parent;
    }
    return block ?? cur ?? undefined;
  }

  private flush(): void {
    if (this.removals) {
      this.removals = false;
      for (const m of [...this.mentions]) if (!m.startNode.isConnected || !m.endNode.isConnected) this.remove(m);
    }
    const blocks = new Set<Node>();
    for (const n of this.dirty) {
      if (!n.isConnected) continue;
      const b = this.blockOf(n);
      if (b) blocks.add(b);
    }
    this.dirty = new Set();
    // A block inside another dirty block is rescanned with it.
    const outer = [...blocks].filter((b) => {
      for (let p = b.parentNode; p; p = p.parentNode) if (blocks.has(p)) return false;
      return true;
    });
    if (outer.length) {
      // What was found in these blocks is found again by their rescan.
      const rescanned = new Set(outer);
      for (const m of [...this.mentions]) {
        for (let p: Node | null = m.startNode; p; p = p.parentNode) {
          if (rescanned.has(p)) {
            this.remove(m);
            break;
          }
        }
      }
    }
    for (const block of outer) this.scan(block);
    this.sorted = undefined;
    this.options.onChange?.([]);
  }

  // The <mark> fallback, for browsers without the Custom Highlight API.

  private readonly pendingMarks = new Set<PageMention>();

  private markLater(m: PageMention, show: boolean): void {
    if (show) {
      this.pendingMarks.add(m);
      return;
    }
    if (this.pendingMarks.delete(m)) return;
    const mark = m.startNode.parentElement;
    if (mark?.hasAttribute(MARK_ATTRIBUTE)) {
      mark.setAttribute(MARK_ATTRIBUTE, 'off');
      mark.setAttribute('style', 'all: unset !important');
    }
  }

  /**
   * Wraps the pending mentions, last first: wrapping splits a text node, and the node keeps the
   * text before the mention, so the offsets of the mentions before it stay right. A name split by
   * the page's own markup is left unmarked (a mark cannot span elements without moving them).
   */
  private flushMarks(): void {
    const pending = [...this.pendingMarks].sort((a, b) => compareMentions(b, a));
    this.pendingMarks.clear();
    for (const m of pending) {
      const current = m.startNode.parentElement;
      if (current?.hasAttribute(MARK_ATTRIBUTE)) {
        current.setAttribute(MARK_ATTRIBUTE, 'on');
        current.setAttribute('style', MARK_STYLES[this.style]);
        continue;
      }
      if (m.startNode !== m.endNode || !m.startNode.isConnected) continue;
      const mark = this.document.createElement('mark');
      mark.setAttribute(MARK_ATTRIBUTE, 'on');
      mark.setAttribute('style', MARK_STYLES[this.style]);
      this.unindex(m);
      this.rangeOf(m).surroundContents(mark);
      const text = mark.firstChild as Text;
      Object.assign(m, { startNode: text, endNode: text, startOffset: 0, endOffset: text.length });
      this.index(m);
    }
    // Our own insertions are not the page's changes.
    for (const o of this.observers) o.takeRecords();
  }

  private unwrapAll(): void {
    for (const mark of this.document.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`)) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
  }
}

const MARK_STYLES: Record<HighlightStyle, string> = {
  underline:
    'all: unset !important; text-decoration: underline dotted rgb(217 119 6) !important; text-decoration-thickness: 2px !important; text-underline-offset: 3px !important;',
  marker: 'all: unset !important; background-color: rgb(250 204 21 / 0.35) !important;',
};

function compareMentions(a: PageMention, b: PageMention): number {
  if (a.startNode === b.startNode) return a.startOffset - b.startOffset;
  const pos = a.startNode.compareDocumentPosition(b.startNode);
  if (pos & 4) return -1; // b follows a
  if (pos & 2) return 1;
  return 0;
}
