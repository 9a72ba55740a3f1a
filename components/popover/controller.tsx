/**
 * Shows the popover for a mention: mounts our one shadow-root host on first use, positions the card
 * next to the mention with floating-ui (flipping and shifting at the viewport's edges, never taller
 * than the space there), keeps a small history for navigating between entities, and moves focus in
 * and back out when the reader came by keyboard. The card's language is decided when it opens
 * (the "Language of the cards on pages" setting, lib/page/card.ts) and kept while the reader
 * navigates inside it.
 */
import { render } from 'preact';
import { autoUpdate, computePosition, flip, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import type { Lang } from '../../lib/dataset/schema.ts';
import type { EntityDetails } from '../../lib/entity/details.ts';
import { createTranslator, type MessageKey, type Translator } from '../../lib/i18n/index.ts';
import type { CardLanguage } from '../../lib/page/card.ts';
import { Popover } from './Popover.tsx';

export interface PopoverAnchor extends VirtualElement {
  contextElement: Element;
  /** Where the pointer rested, if it did. */
  point?: { x: number; y: number };
}

export interface PopoverDeps {
  /** Creates (once) the shadow-root UI and returns the element to render into. */
  mount(): Promise<HTMLElement>;
  /** The language of the card about to open. */
  language(): CardLanguage;
  /** Undefined: the entity is not in the dataset (any more). */
  loadCard(entityId: string, lang: Lang): Promise<EntityDetails | undefined>;
  search(entityId: string): void;
  copy(text: string): Promise<boolean>;
  meta(): { datasetVersion: string; asOf: string };
  theme(anchor: PopoverAnchor): 'light' | 'dark';
  /** The pointer entered or left the card (hover intent keeps it open meanwhile). */
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** A click inside the card: keep it open. */
  onInteract(): void;
  /** Close button, Escape inside the card, or the mention scrolled out of view. */
  onCloseRequest(): void;
}

export class PopoverController {
  private layer: HTMLElement | undefined;
  private mounting: Promise<HTMLElement> | undefined;
  private stopAutoUpdate: (() => void) | undefined;
  private history: string[] = [];
  private details: EntityDetails | undefined;
  private error: MessageKey | undefined;
  private names: Lang = 'en';
  private i18n: Translator = createTranslator('en');
  private anchor: PopoverAnchor | undefined;
  private returnFocus: HTMLElement | undefined;
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly deps: PopoverDeps,
  ) {}

  get isOpen(): boolean {
    return this.anchor !== undefined;
  }

  /** The entity whose card is showing. */
  get entityId(): string | undefined {
    return this.history.at(-1);
  }

  async open(anchor: PopoverAnchor, entityId: string, options: { focus: boolean }): Promise<void> {
    const generation = ++this.generation;
    const layer = await this.ensureLayer();
    if (generation !== this.generation) return;
    if (options.focus) {
      const active = this.doc.activeElement;
      // Focus already in our card stays with the element it will return to.
      if (active instanceof HTMLElement && !active.hasAttribute('data-dialogue-lens-ui')) this.returnFocus = active;
    }
    this.anchor = anchor;
    this.history = [entityId];
    const language = this.deps.language();
    this.names = language.names;
    if (this.i18n.locale !== language.ui) this.i18n = createTranslator(language.ui);
    layer.dataset.theme = this.deps.theme(anchor);
    layer.hidden = false;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = autoUpdate(anchor, layer, () => void this.position());
    await this.show(entityId, generation);
    if (options.focus && generation === this.generation) layer.querySelector<HTMLElement>('.dl-card')?.focus();
  }

  close(options: { restoreFocus: boolean } = { restoreFocus: true }): void {
    this.generation += 1;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    this.anchor = undefined;
    this.history = [];
    this.details = undefined;
    this.error = undefined;
    if (this.layer) {
      this.layer.hidden = true;
      render(null, this.layer);
    }
    const target = this.returnFocus;
    this.returnFocus = undefined;
    if (options.restoreFocus && target?.isConnected) target.focus({ preventScroll: true });
  }

  private async show(entityId: string, generation: number): Promise<void> {
    this.details = undefined;
    this.error = undefined;
    this.rerender();
    try {
      const details = await this.deps.loadCard(entityId, this.names);
      if (generation !== this.generation) return;
      this.details = details;
      if (!details) this.error = 'notInDataset';
    } catch {
      if (generation !== this.generation) return;
      this.error = 'datasetUnreadable';
    }
    this.rerender();
    await this.position();
  }

  private navigate(entityId: string): void {
    this.history.push(entityId);
    void this.show(entityId, this.generation);
  }

  private back(): void {
    if (this.history.length < 2) return;
    this.history.pop();
    void this.show(this.history.at(-1)!, this.generation);
  }

  private rerender(): void {
    if (!this.layer) return;
    const meta = this.deps.meta();
    render(
      <Popover
        details={this.details}
        i18n={this.i18n}
        error={this.error}
        datasetVersion={meta.datasetVersion}
        asOf={meta.asOf}
        canGoBack={this.history.length > 1}
        onBack={() => this.back()}
        onNavigate={(id) => this.navigate(id)}
        onSearch={(id) => this.deps.search(id)}
        onCopy={(text) => this.deps.copy(text)}
        onClose={() => this.deps.onCloseRequest()}
      />,
      this.layer,
    );
  }

  private async position(): Promise<void> {
    const { anchor, layer } = this;
    if (!anchor || !layer) return;
    const rect = anchor.getBoundingClientRect();
    const view = this.doc.defaultView!;
    // The mention scrolled out of view (or was removed by the page): the card has nothing to point at.
    if (rect.bottom < 0 || rect.top > view.innerHeight || rect.right < 0 || rect.left > view.innerWidth || (!rect.width && !rect.height)) {
      this.deps.onCloseRequest();
      return;
    }
    // Measured at its natural height, so that flip() can move a tall card above the mention; size()
    // then caps it to the room on the side chosen.
    layer.style.maxHeight = '';
    const { x, y } = await computePosition(anchor, layer, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        // A mention wrapped over two lines: the card goes next to the line the pointer is on.
        inline(anchor.point ?? {}),
        offset(6),
        flip({ padding: 8, fallbackStrategy: 'bestFit' }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply: ({ availableHeight, elements }) => {
            // The room next to the mention, at least enough to read a definition, never more than the viewport.
            const room = Math.min(520, Math.max(140, Math.floor(availableHeight)), view.innerHeight - 16);
            elements.floating.style.maxHeight = `${room}px`;
          },
        }),
      ],
    });
    layer.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }

  private ensureLayer(): Promise<HTMLElement> {
    if (this.layer) return Promise.resolve(this.layer);
    this.mounting ??= this.deps.mount().then((container) => {
      const layer = this.doc.createElement('div');
      layer.className = 'dl-layer';
      layer.hidden = true;
      layer.addEventListener('pointerenter', () => this.deps.onPointerEnter());
      layer.addEventListener('pointerleave', () => this.deps.onPointerLeave());
      layer.addEventListener('pointerdown', () => this.deps.onInteract());
      layer.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          this.deps.onCloseRequest();
        }
      });
      container.append(layer);
      this.layer = layer;
      return layer;
    });
    return this.mounting;
  }
}
