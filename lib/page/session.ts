/**
 * One page's Dialogue Lens: the annotator, hover intent and the popover, the entity details they
 * need, and the settings applied live. Everything outside the page (messages to the background,
 * storage, the shadow-root UI) is passed in by the content script, so this file holds the rules and
 * the content script only wires.
 */
import type { Entity, Kind } from '../dataset/schema.ts';
import type { PageData, PageMentionSummary } from '../messaging.ts';
import { PageAnnotator, UI_ATTRIBUTE, HIGHLIGHT_NAME, type HighlightStyle, type PageMention } from './annotator.ts';
import { nameIn, type EntityDetails } from '../entity/details.ts';
import type { UiLocale } from '../i18n/index.ts';
import type { PopoverLanguage } from '../settings.ts';
import { cardLanguage, idsForCard, popoverDetails, type CardLanguage } from './card.ts';
import { HoverIntent } from './hover.ts';
import { pageIdle } from './idle.ts';
import { pageLang } from './lang.ts';
import { watchPointer } from './pointer.ts';
import type { MatchText } from './stream.ts';
import { themeFor } from './theme.ts';
import type { Lang } from '../dataset/schema.ts';

/** The part of the popover the session drives (components/popover/controller.tsx). */
export interface PopoverLike {
  readonly isOpen: boolean;
  open(anchor: MentionAnchor, entityId: string, options: { focus: boolean }): Promise<void>;
  close(options?: { restoreFocus: boolean }): void;
}

export interface MentionAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRect[];
  contextElement: Element;
  point?: { x: number; y: number };
}

export interface PopoverCallbacks {
  /** The language of the next card, from the setting as it is now (asked once per opening). */
  language(): CardLanguage;
  /** What the card says about an entity, in `lang` where the dataset has it; undefined when it is not in the dataset. */
  loadCard(entityId: string, lang: Lang): Promise<EntityDetails | undefined>;
  meta(): { datasetVersion: string; asOf: string };
  theme(anchor: MentionAnchor): 'light' | 'dark';
  onPointerEnter(): void;
  onPointerLeave(): void;
  onInteract(): void;
  onCloseRequest(): void;
}

export interface PageSessionDeps {
  win: Window & typeof globalThis;
  getPageData(): Promise<PageData>;
  getEntities(ids: string[]): Promise<Entity[]>;
  /** The mention matcher for the page (lib/mentions, loaded from the background's prebuilt index). */
  createMatcher(data: PageData, doc: Document): MatchText;
  createPopover(callbacks: PopoverCallbacks): PopoverLike;
  onError(error: unknown): void;
  /** Settings at start; later changes come through the setters. */
  disabledKinds: ReadonlySet<Kind>;
  highlightStyle: HighlightStyle;
  /** The "Language of the cards on pages" setting. */
  popoverLanguage: PopoverLanguage;
  /** The interface language (the browser's, as the popup picks it: lib/i18n `pickLocale`). */
  uiLocale: UiLocale;
  /** The `::highlight()` rules, for open shadow roots (see AnnotatorOptions.shadowCss). */
  shadowCss?: string;
  /** False once the extension was reloaded or disabled (WXT's `ctx.isValid`). */
  alive?: () => boolean;
}

export class PageSession {
  annotator: PageAnnotator | undefined;
  private data: PageData | undefined;
  private readonly entities = new Map<string, Entity>();
  private readonly pending = new Set<string>();
  private fetchScheduled = false;
  private disabledKinds: ReadonlySet<Kind>;
  private style: HighlightStyle;
  private popoverLanguage: PopoverLanguage;
  private popover: PopoverLike | undefined;
  private intent: HoverIntent<PageMention> | undefined;
  private unwatch: (() => void) | undefined;
  private lang: Lang | undefined;
  private flash: { timer: number; name: string } | undefined;
  private stopped = false;
  /** Called once the whole page has been read the first time (the benchmark's end mark). */
  readonly onFirstPassListeners: (() => void)[] = [];
  /** performance.now() marks, for the benchmark. */
  readonly marks = { script: 0, idle: 0, start: 0, data: 0, index: 0, firstHighlight: 0, firstPass: 0 };

  constructor(private readonly deps: PageSessionDeps) {
    this.disabledKinds = deps.disabledKinds;
    this.style = deps.highlightStyle;
    this.popoverLanguage = deps.popoverLanguage;
  }

  private get win() {
    return this.deps.win;
  }

  async start(): Promise<void> {
    this.marks.start = this.win.performance.now();
    await pageIdle(this.win);
    if (this.stopped) return;
    this.marks.idle = this.win.performance.now();
    const data = await this.deps.getPageData();
    if (this.stopped) return;
    this.data = data;
    this.marks.data = this.win.performance.now();
    const match = this.deps.createMatcher(data, this.win.document);
    this.marks.index = this.win.performance.now();
    const annotator = new PageAnnotator(this.win, {
      match,
      enabled: (id) => this.enabled(id),
      onChange: (added) => this.onMentionsChanged(added),
      onFirstPass: () => {
        this.marks.firstPass = this.win.performance.now();
        for (const listener of this.onFirstPassListeners) listener();
      },
      onError: this.deps.onError,
      shadowCss: this.deps.shadowCss,
      alive: this.deps.alive,
    });
    this.annotator = annotator;
    annotator.setStyle(this.style);
    annotator.start();
    this.intent = new HoverIntent<PageMention>(
      { set: (fn, ms) => this.win.setTimeout(fn, ms), clear: (id) => this.win.clearTimeout(id as number) },
      {
        open: (m) => void this.openPopover(m, false),
        close: () => this.popover?.close({ restoreFocus: true }),
      },
    );
    this.unwatch = watchPointer(this.win, {
      intent: this.intent,
      mentionAt: (x, y) => annotator.mentionAt(x, y),
      isOwnUi: (t) => t instanceof this.win.Element && t.hasAttribute(UI_ATTRIBUTE),
      openPinned: (m) => this.intent?.openPinned(m),
      onEscape: () => this.intent?.close(),
      onPoint: (x, y) => (this.point = { x, y }),
    });
  }

  stop(): void {
    this.stopped = true;
    this.unwatch?.();
    this.intent?.close();
    this.popover?.close({ restoreFocus: false });
    this.annotator?.stop();
    if (this.flash) this.win.CSS?.highlights?.delete(this.flash.name);
  }

  setDisabledKinds(kinds: ReadonlySet<Kind>): void {
    this.disabledKinds = kinds;
    this.annotator?.refresh();
    this.requestEntities([...new Set([...(this.annotator?.mentions ?? [])].map((m) => m.entityId))]);
  }

  setHighlightStyle(style: HighlightStyle): void {
    this.style = style;
    this.annotator?.setStyle(style);
  }

  /** The version of the dataset this page's matcher came from (undefined until it arrived). */
  get datasetVersion(): string | undefined {
    return this.data?.datasetVersion;
  }

  /** Applies to the next card opened (an open one keeps its language while the reader navigates in it). */
  setPopoverLanguage(language: PopoverLanguage): void {
    this.popoverLanguage = language;
  }

  /** The language of the next card: the setting applied to this page and this browser. */
  cardLanguage(): CardLanguage {
    return cardLanguage(this.popoverLanguage, this.pageLang(), this.deps.uiLocale);
  }

  /** The popup's "On this page": each entity with how often it is mentioned where the reader can see it. */
  async pageMentions(): Promise<PageMentionSummary[]> {
    const mentions = this.annotator?.visibleMentions() ?? [];
    const counts = new Map<string, number>();
    for (const m of mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    await this.ensureEntities([...counts.keys()]);
    return [...counts].map(([entityId, count]) => {
      const e = this.entities.get(entityId);
      return { entityId, count, name: e ? nameIn(e, this.pageLang()).text : entityId };
    });
  }

  /** Scrolls to the n-th visible mention of an entity and flashes it. */
  reveal(entityId: string, occurrence = 0): boolean {
    const m = this.annotator?.visibleMentions().filter((x) => x.entityId === entityId)[occurrence];
    if (!m) return false;
    this.scrollTo(m);
    this.flashMention(m);
    return true;
  }

  /** The keyboard command: the next mention after the open one (or after the top of the viewport), with its popover focused. */
  async focusNext(): Promise<boolean> {
    const annotator = this.annotator;
    if (!annotator || !this.intent) return false;
    const list = annotator.visibleMentions();
    if (!list.length) return false;
    const current = this.intent.openTarget;
    let index: number;
    if (current) index = (list.indexOf(current) + 1) % list.length;
    else {
      index = list.findIndex((m) => annotator.rangeOf(m).getBoundingClientRect().top >= 0);
      if (index < 0) index = 0;
    }
    const next = list[index]!;
    this.scrollTo(next);
    this.intent.close();
    this.intent.openPinned(next);
    return true;
  }

  private scrollTo(m: PageMention): void {
    const rect = this.annotator!.rangeOf(m).getBoundingClientRect();
    if (rect.top >= 0 && rect.bottom <= this.win.innerHeight) return;
    m.startNode.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  private flashMention(m: PageMention): void {
    const name = `${HIGHLIGHT_NAME}-flash`;
    if (!this.win.CSS?.highlights) return;
    if (this.flash) this.win.clearTimeout(this.flash.timer);
    this.win.CSS.highlights.set(name, new this.win.Highlight(m.range));
    this.flash = { name, timer: this.win.setTimeout(() => this.win.CSS.highlights.delete(name), 1600) };
  }

  private pageLang(): Lang {
    this.lang ??= pageLang(this.win.document.documentElement.lang, () => this.win.document.body?.textContent?.slice(0, 20_000) ?? '');
    return this.lang;
  }

  private enabled(entityId: string): boolean {
    if (!this.disabledKinds.size) return true;
    const entity = this.entities.get(entityId);
    // Until its kind is known, a mention of a possibly switched-off kind waits.
    return entity !== undefined && !this.disabledKinds.has(entity.kind);
  }

  private onMentionsChanged(added: readonly PageMention[]): void {
    if (!added.length) return;
    if (!this.marks.firstHighlight) this.marks.firstHighlight = this.win.performance.now();
    const unknown = new Set<string>();
    for (const m of added) if (!this.entities.has(m.entityId)) unknown.add(m.entityId);
    this.requestEntities([...unknown]);
  }

  /** Entity details for the mentions found, fetched in the background of the scan: kinds for the filter, cards for hover. */
  private requestEntities(ids: string[]): void {
    for (const id of ids) if (!this.entities.has(id)) this.pending.add(id);
    if (!this.pending.size || this.fetchScheduled) return;
    this.fetchScheduled = true;
    this.win.setTimeout(() => {
      this.fetchScheduled = false;
      const batch = [...this.pending];
      this.pending.clear();
      void this.ensureEntities(batch).then(() => {
        if (this.disabledKinds.size) this.annotator?.refresh();
      });
    }, 50);
  }

  private async ensureEntities(ids: string[]): Promise<void> {
    const missing = ids.filter((id) => !this.entities.has(id));
    if (!missing.length) return;
    try {
      for (const e of await this.deps.getEntities(missing)) this.entities.set(e.id, e);
    } catch (error) {
      this.deps.onError(error);
    }
  }

  /** What the card says about an entity, in `lang`; undefined when the dataset has no such entity (any more). */
  async loadCard(entityId: string, lang: Lang): Promise<EntityDetails | undefined> {
    await this.ensureEntities([entityId]);
    const entity = this.entities.get(entityId);
    if (!entity) return undefined;
    await this.ensureEntities(idsForCard(entity));
    return popoverDetails(entity, this.entities, { lang, ...this.meta() });
  }

  private meta() {
    return { datasetVersion: this.data?.datasetVersion ?? '', asOf: this.data?.asOf ?? '' };
  }

  private anchorOf(m: PageMention): MentionAnchor {
    const annotator = this.annotator!;
    return {
      getBoundingClientRect: () => annotator.rangeOf(m).getBoundingClientRect(),
      getClientRects: () => [...annotator.rangeOf(m).getClientRects()],
      contextElement: m.startNode.parentElement ?? this.win.document.documentElement,
    };
  }

  private theme(anchor: MentionAnchor): 'light' | 'dark' {
    const backgrounds: string[] = [];
    for (let el: Element | null = anchor.contextElement; el; el = el.parentElement) {
      backgrounds.push(this.win.getComputedStyle(el).backgroundColor);
    }
    // With no background anywhere, the canvas is dark only if the page opted into dark schemes.
    const root = this.win.document.documentElement;
    const darkCanvas =
      this.win.getComputedStyle(root).colorScheme.includes('dark') &&
      (this.win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false);
    return themeFor(backgrounds, darkCanvas);
  }

  private async openPopover(m: PageMention, focus: boolean): Promise<void> {
    this.popover ??= this.deps.createPopover({
      language: () => this.cardLanguage(),
      loadCard: (id, lang) => this.loadCard(id, lang),
      meta: () => this.meta(),
      theme: (a) => this.theme(a),
      onPointerEnter: () => this.intent?.enterPopover(),
      onPointerLeave: () => this.intent?.leavePopover(),
      onInteract: () => this.intent?.pin(),
      onCloseRequest: () => this.intent?.close(),
    });
    // Opened by the keyboard command (pinned without a pointer): focus goes into the card.
    const byKeyboard = focus || this.keyboardOpen;
    const anchor = { ...this.anchorOf(m), point: byKeyboard ? undefined : this.point };
    await this.popover.open(anchor, m.entityId, { focus: byKeyboard });
    this.keyboardOpen = false;
  }

  private keyboardOpen = false;
  private point: { x: number; y: number } | undefined;

  /** Marks the next open as keyboard-driven (called by the command handler). */
  openByKeyboard(): Promise<boolean> {
    this.keyboardOpen = true;
    return this.focusNext();
  }
}
