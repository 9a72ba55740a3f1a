/**
 * Hover intent for mentions: the popover opens when the pointer rests on a mention (not when it
 * merely passes over one on its way somewhere), stays open while the pointer travels into it, and
 * closes a moment after the pointer leaves both. Timers are injected so the rules are tested in Node.
 */

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(id: unknown): void;
}

export interface HoverCallbacks<T> {
  open(target: T): void;
  close(): void;
}

export interface HoverDelays {
  /** How long the pointer rests on a mention before its popover opens. */
  open: number;
  /** Grace to cross the gap between a mention and its popover. */
  close: number;
}

export class HoverIntent<T> {
  private candidate: T | null = null;
  private current: T | null = null;
  private pinned = false;
  private inPopover = false;
  private openTimer: unknown;
  private closeTimer: unknown;

  constructor(
    private readonly timers: Timers,
    private readonly callbacks: HoverCallbacks<T>,
    private readonly delays: HoverDelays = { open: 120, close: 300 },
  ) {}

  get openTarget(): T | null {
    return this.current;
  }

  get isPinned(): boolean {
    return this.pinned;
  }

  /** The pointer is now over `target` (a mention) or over nothing of ours (`null`). */
  over(target: T | null): void {
    if (target === this.candidate) return;
    this.candidate = target;
    this.cancelOpen();
    if (this.pinned) return;
    if (target !== null && target === this.current) {
      this.cancelClose();
    } else if (target !== null) {
      this.openTimer = this.timers.set(() => {
        this.openTimer = undefined;
        this.show(target);
      }, this.delays.open);
    } else if (this.current !== null && !this.inPopover) {
      this.scheduleClose();
    }
  }

  enterPopover(): void {
    this.inPopover = true;
    this.cancelClose();
  }

  leavePopover(): void {
    this.inPopover = false;
    if (!this.pinned && this.current !== null && this.candidate !== this.current) this.scheduleClose();
  }

  /** Opens at once (a tap, the keyboard command) and keeps it open until closed. */
  openPinned(target: T): void {
    this.cancelOpen();
    this.cancelClose();
    this.pinned = true;
    this.show(target);
  }

  /** A click on the open mention or inside the popover keeps it open. */
  pin(): void {
    if (this.current === null) return;
    this.pinned = true;
    this.cancelClose();
  }

  /** Escape, the mention scrolled away, the close button. */
  close(): void {
    this.cancelOpen();
    this.cancelClose();
    this.pinned = false;
    this.inPopover = false;
    if (this.current === null) return;
    this.current = null;
    this.callbacks.close();
  }

  private show(target: T): void {
    this.cancelClose();
    this.current = target;
    this.callbacks.open(target);
  }

  private scheduleClose(): void {
    if (this.closeTimer !== undefined) return;
    this.closeTimer = this.timers.set(() => {
      this.closeTimer = undefined;
      this.close();
    }, this.delays.close);
  }

  private cancelOpen(): void {
    if (this.openTimer === undefined) return;
    this.timers.clear(this.openTimer);
    this.openTimer = undefined;
  }

  private cancelClose(): void {
    if (this.closeTimer === undefined) return;
    this.timers.clear(this.closeTimer);
    this.closeTimer = undefined;
  }
}

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Whether a point is on one of a mention's line boxes. The caret APIs snap to the nearest character
 * even when the pointer is in the margin beyond a line's end, so their answer is checked against
 * the rectangles the text actually occupies (with a pixel of slack for sub-pixel edges).
 */
export function pointInRects(rects: Iterable<RectLike>, x: number, y: number, slack = 1): boolean {
  for (const r of rects) {
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return true;
  }
  return false;
}
