/**
 * Turns the page's pointer and key events into hover intent: one hit test per animation frame at
 * most, passive listeners only, and nothing is prevented or stopped, so the page's own handlers run
 * exactly as before.
 */
import type { HoverIntent } from './hover.ts';

export interface PointerWiring<T> {
  intent: HoverIntent<T>;
  /** The mention under a viewport point. */
  mentionAt(x: number, y: number): T | undefined;
  /** Whether an event target is our UI's host (the pointer is over the popover). */
  isOwnUi(target: EventTarget | null): boolean;
  /** Open a mention's popover at once and keep it open (a tap). */
  openPinned(target: T): void;
  /** Escape pressed while the popover is open. */
  onEscape(): void;
  /** The last pointer position, where a card will be attached to a mention that wraps lines. */
  onPoint?(x: number, y: number): void;
}

export function watchPointer<T>(win: Window, wiring: PointerWiring<T>): () => void {
  const { intent } = wiring;
  let frame = 0;
  let x = 0;
  let y = 0;
  let overUi = false;
  let lastPointerType = 'mouse';

  const test = () => {
    frame = 0;
    if (overUi) return;
    intent.over(wiring.mentionAt(x, y) ?? null);
  };

  const onMove = (event: PointerEvent) => {
    lastPointerType = event.pointerType;
    if (event.pointerType !== 'mouse' && event.pointerType !== 'pen') return;
    x = event.clientX;
    y = event.clientY;
    overUi = wiring.isOwnUi(event.target);
    if (overUi) return;
    wiring.onPoint?.(x, y);
    frame ||= win.requestAnimationFrame(test);
  };

  const onDown = (event: PointerEvent) => {
    lastPointerType = event.pointerType;
  };

  const onClick = (event: MouseEvent) => {
    if (wiring.isOwnUi(event.target)) return;
    const hit = wiring.mentionAt(event.clientX, event.clientY);
    wiring.onPoint?.(event.clientX, event.clientY);
    if (lastPointerType === 'touch' || lastPointerType === 'pen') {
      if (hit !== undefined) wiring.openPinned(hit);
      else if (intent.openTarget !== null) intent.close();
      return;
    }
    if (hit !== undefined && hit === intent.openTarget) intent.pin();
    else if (intent.isPinned) intent.close();
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && intent.openTarget !== null) wiring.onEscape();
  };

  const onLeaveWindow = (event: MouseEvent) => {
    if (event.relatedTarget === null) intent.over(null);
  };

  const opts = { capture: true, passive: true } as const;
  win.addEventListener('pointermove', onMove, opts);
  win.addEventListener('pointerdown', onDown, opts);
  win.addEventListener('click', onClick, opts);
  win.addEventListener('keydown', onKey, opts);
  win.document.addEventListener('mouseout', onLeaveWindow, opts);
  return () => {
    if (frame) win.cancelAnimationFrame(frame);
    win.removeEventListener('pointermove', onMove, { capture: true });
    win.removeEventListener('pointerdown', onDown, { capture: true });
    win.removeEventListener('click', onClick, { capture: true });
    win.removeEventListener('keydown', onKey, { capture: true });
    win.document.removeEventListener('mouseout', onLeaveWindow, { capture: true });
  };
}
