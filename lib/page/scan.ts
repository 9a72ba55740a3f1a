/**
 * Reads the text of a page (or of one part of it) the way a reader sees it, and finds the mentions
 * in it: text is joined across inline elements, so `<b>Mejlis</b> of Turkmenistan` is one mention,
 * and separated at block boundaries, so a heading does not run into the next paragraph.
 *
 * Reading every text node is the floor of what any annotator costs (touching a node from script
 * creates its wrapper), so the walk does as little as possible per node: a plain TreeWalker with no
 * JS filter, and what we need to know about a node's parent element (skip it? which block is it in?)
 * is computed once per element and cached.
 *
 * Works on a root passed in (a document, an element, an open shadow root), so it runs in any
 * document and in tests against fixture pages.
 */
import { pointsOf } from './offsets.ts';
import { StreamMatcher, type MatchText, type StreamOptions, type TextMatch } from './stream.ts';

/** Subtrees whose text is not prose a reader sees, or that the user types into. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP', 'DATALIST',
  'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'svg', 'math', 'script', 'style', 'title',
  'CODE', 'KBD', 'SAMP', 'VAR', 'HEAD', 'TITLE',
]);

/** Elements that start a new line of text; the rest (a, b, span, …) flow inside one. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'BUTTON', 'CAPTION', 'CENTER', 'DD', 'DETAILS',
  'DIALOG', 'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'IMG', 'LEGEND', 'LI', 'MAIN', 'MENU',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
  'VIDEO', 'AUDIO',
]);

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;

interface ElementInfo {
  skip: boolean;
  /** The nearest block ancestor-or-self; text under different blocks is not joined. */
  block: Node;
}

export interface ScanOptions {
  /** Elements never entered: our own UI. */
  ignore?: (element: Element) => boolean;
  stream?: StreamOptions;
  /** A clock, to split the time spent into reading, matching and looking for shadow roots (benchmark). */
  now?: () => number;
}

/** A mention found in the DOM: the matcher's result with its DOM positions. */
export interface FoundMention {
  entityId: string;
  alias: string;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/**
 * Editable regions (typing there must never meet our work) and `hidden` subtrees (but not
 * `hidden="until-found"`, which find-in-page reveals). Queried once per scanned root: every call
 * into the DOM from a content script's world costs, and asking each element would be one per element.
 */
const SKIP_SELECTOR =
  '[contenteditable]:not([contenteditable="false" i]), [hidden]:not([hidden="until-found" i])';

/**
 * One pass over `root`. Call `step()` in slices until it returns true; each call appends what it
 * found to `found` (drain it as you go) and any open shadow roots it saw to `shadowRoots`.
 */
export class RootScan {
  readonly found: FoundMention[] = [];
  readonly shadowRoots: ShadowRoot[] = [];
  /** Characters and text nodes read, for the benchmark. */
  chars = 0;
  textNodes = 0;
  readonly timings = { read: 0, match: 0, map: 0, hosts: 0 };

  private readonly walker: TreeWalker;
  private readonly stream: StreamMatcher;
  private readonly info = new Map<Node, ElementInfo>();
  /**
   * The editable and hidden elements under the root, found by one selector query: asking each
   * element (`matches`) costs a call into the DOM per element, and a content script's calls are slow.
   */
  private readonly skipped: ReadonlySet<Element>;
  private readonly rootInfo: ElementInfo;
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  /** Nodes before this index are behind the matcher and no longer needed. */
  private nodeBase = 0;
  private lastParent: Node | null = null;
  private lastInfo: ElementInfo | undefined;
  private lastBlock: Node | null = null;
  private lastNode: Text | null = null;
  private walked = false;
  private hostWalker: TreeWalker | undefined;
  private hostsDone = false;

  constructor(
    readonly root: Node,
    match: MatchText,
    private readonly options: ScanOptions = {},
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, SHOW_TEXT);
    this.stream = new StreamMatcher(match, options.stream);
    this.skipped = new Set('querySelectorAll' in root ? (root as ParentNode).querySelectorAll(SKIP_SELECTOR) : []);
    const rootIsElement = root.nodeType === ELEMENT_NODE;
    const skipRoot = rootIsElement && this.skips(root as Element);
    this.rootInfo = { skip: skipRoot || this.insideSkipped(root), block: root };
    this.info.set(root, this.rootInfo);
    if (doc.designMode === 'on') this.rootInfo.skip = true;
    // Inside an editor or our own UI: nothing to read (typing there rescans its block on every key).
    if (this.rootInfo.skip) this.walked = this.hostsDone = true;
  }

  /** Does the work until `shouldYield()`; true when the whole root is done. */
  step(shouldYield: () => boolean): boolean {
    const now = this.options.now;
    while (true) {
      const t0 = now?.() ?? 0;
      if (!this.walked && !this.stream.ready(false)) {
        this.read(512);
        if (now) this.timings.read += now() - t0;
      } else if (this.stream.ready(this.walked)) {
        const matches = this.stream.step(this.walked);
        const t1 = now?.() ?? 0;
        this.emit(matches);
        if (now) {
          this.timings.match += t1 - t0;
          this.timings.map += now() - t1;
        }
      } else if (!this.hostsDone) {
        this.findShadowRoots(2048);
        if (now) this.timings.hosts += now() - t0;
      } else {
        this.release();
        return true;
      }
      if (shouldYield()) return false;
    }
  }

  private skips(element: Element): boolean {
    return SKIP_TAGS.has(element.nodeName) || element.matches(SKIP_SELECTOR);
  }

  /** A rescan of a part of the page must still honour skipped ancestors (an editor's subtree). */
  private insideSkipped(root: Node): boolean {
    for (let p = root.parentNode; p && p.nodeType === ELEMENT_NODE; p = p.parentNode) {
      if (this.skips(p as Element)) return true;
    }
    return false;
  }

  private infoOf(parent: Node): ElementInfo {
    let info = this.info.get(parent);
    if (info) return info;
    const chain: Node[] = [];
    let cur: Node | null = parent;
    while (cur && !(info = this.info.get(cur))) {
      chain.push(cur);
      cur = cur.parentNode;
    }
    info ??= this.rootInfo;
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i]!;
      if (!info.skip && node.nodeType === ELEMENT_NODE) {
        const element = node as Element;
        const name = element.nodeName;
        if (SKIP_TAGS.has(name) || this.skipped.has(element)) info = { skip: true, block: info.block };
        else if (BLOCK_TAGS.has(name)) info = { skip: false, block: element };
      }
      this.info.set(node, info);
    }
    return info;
  }

  /*
   * Separators: nothing between text nodes inside a line (`<b>Mejlis</b> of Turkmenistan`), a blank
   * line between blocks (the matcher never runs a name across one), a line break for `<br>`.
   */

  private read(budget: number): void {
    const { walker, nodes, starts, lengths } = this;
    let text = '';
    let total = this.stream.length;
    let { lastParent, lastInfo, lastBlock, lastNode } = this;
    let chars = 0;
    let count = 0;
    for (let i = 0; i < budget; i++) {
      const node = walker.nextNode() as Text | null;
      if (!node) {
        this.walked = true;
        break;
      }
      const value = node.nodeValue!;
      if (!value) continue;
      const parent = node.parentNode!;
      const sameParent = parent === lastParent;
      if (!sameParent) {
        lastInfo = this.infoOf(parent);
        lastParent = parent;
      }
      const info = lastInfo!;
      if (info.skip) continue;
      if (info.block !== lastBlock) {
        if (lastBlock) {
          text += '\n\n';
          total += 2;
        }
        lastBlock = info.block;
      } else if (sameParent && lastNode && node.previousSibling !== lastNode) {
        const sep = this.gap(node, lastNode);
        text += sep;
        total += sep.length;
      }
      nodes.push(node);
      starts.push(total);
      lengths.push(value.length);
      text += value;
      total += value.length;
      chars += value.length;
      count += 1;
      lastNode = node;
    }
    Object.assign(this, { lastParent, lastInfo, lastBlock, lastNode });
    this.chars += chars;
    this.textNodes += count;
    this.stream.append(text);
  }

  /** What markup between two sibling text nodes adds: a line for `<br>`, a blank line for a block. */
  private gap(node: Node, previous: Node): string {
    let sep = '';
    for (let n = node.previousSibling; n && n !== previous; n = n.previousSibling) {
      if (n.nodeType !== ELEMENT_NODE) continue;
      if (n.nodeName === 'BR') sep ||= '\n';
      else if (BLOCK_TAGS.has(n.nodeName)) return '\n\n';
    }
    return sep;
  }

  private emit(matches: TextMatch[]): void {
    for (const m of matches) {
      const points = pointsOf(this.starts, this.lengths, m.start, m.end, this.nodeBase);
      if (!points) continue;
      this.found.push({
        entityId: m.entityId,
        alias: m.alias,
        startNode: this.nodes[points.start.node]!,
        startOffset: points.start.offset,
        endNode: this.nodes[points.end.node]!,
        endOffset: points.end.offset,
      });
    }
    this.trim();
  }

  /** Lets go of nodes the matcher has passed, so a long page is not held twice. */
  private trim(): void {
    const keptFrom = this.stream.keptFrom;
    while (this.nodeBase < this.nodes.length && this.starts[this.nodeBase]! + this.lengths[this.nodeBase]! <= keptFrom) {
      this.nodeBase += 1;
    }
    if (this.nodeBase < 4096) return;
    this.nodes.splice(0, this.nodeBase);
    this.starts.splice(0, this.nodeBase);
    this.lengths.splice(0, this.nodeBase);
    this.nodeBase = 0;
  }

  /** Open shadow roots are separate trees that the text walker does not enter. */
  private findShadowRoots(budget: number): void {
    if (this.rootInfo.skip) {
      this.hostsDone = true;
      return;
    }
    const doc = this.root.ownerDocument ?? (this.root as Document);
    this.hostWalker ??= doc.createTreeWalker(this.root, SHOW_ELEMENT);
    for (let i = 0; i < budget; i++) {
      const element = this.hostWalker.nextNode() as Element | null;
      if (!element) {
        this.hostsDone = true;
        return;
      }
      const shadow = element.shadowRoot;
      if (shadow && !this.options.ignore?.(element)) this.shadowRoots.push(shadow);
    }
  }

  private release(): void {
    this.info.clear();
    this.nodes.length = this.starts.length = this.lengths.length = 0;
    this.lastParent = this.lastBlock = this.lastNode = null;
  }
}
