import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HoverIntent, pointInRects, type Timers } from './hover.ts';

const timers: Timers = { set: (fn, ms) => setTimeout(fn, ms), clear: (id) => clearTimeout(id as ReturnType<typeof setTimeout>) };

function setup() {
  const log: string[] = [];
  const hover = new HoverIntent<string>(timers, { open: (t) => log.push(`open ${t}`), close: () => log.push('close') });
  return { hover, log };
}

describe('hover intent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('resting on a mention opens its popover; passing over it does not', () => {
    const { hover, log } = setup();
    hover.over('mejlis');
    vi.advanceTimersByTime(60);
    hover.over(null);
    vi.advanceTimersByTime(500);
    expect(log).toEqual([]);
    hover.over('ombudsman');
    vi.advanceTimersByTime(120);
    expect(log).toEqual(['open ombudsman']);
  });

  test('the popover stays open while the pointer crosses into it, and closes after it leaves', () => {
    const { hover, log } = setup();
    hover.over('ombudsman');
    vi.advanceTimersByTime(150);
    hover.over(null);
    vi.advanceTimersByTime(100);
    hover.enterPopover();
    vi.advanceTimersByTime(2000);
    expect(log).toEqual(['open ombudsman']);
    hover.leavePopover();
    vi.advanceTimersByTime(300);
    expect(log).toEqual(['open ombudsman', 'close']);
  });

  test('moving back onto the mention keeps the popover open', () => {
    const { hover, log } = setup();
    hover.over('mejlis');
    vi.advanceTimersByTime(150);
    hover.over(null);
    vi.advanceTimersByTime(200);
    hover.over('mejlis');
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['open mejlis']);
  });

  test('a pinned popover ignores the pointer until it is closed', () => {
    const { hover, log } = setup();
    hover.over('mejlis');
    vi.advanceTimersByTime(150);
    hover.pin();
    hover.over(null);
    hover.over('ombudsman');
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['open mejlis']);
    hover.close();
    expect(log).toEqual(['open mejlis', 'close']);
    expect(hover.openTarget).toBeNull();
  });

  test('hovering a second mention switches the popover to it', () => {
    const { hover, log } = setup();
    hover.over('mejlis');
    vi.advanceTimersByTime(150);
    hover.over('ombudsman');
    vi.advanceTimersByTime(150);
    expect(log).toEqual(['open mejlis', 'open ombudsman']);
  });

  test('a tap or the keyboard opens at once, pinned', () => {
    const { hover, log } = setup();
    hover.openPinned('mejlis');
    expect(log).toEqual(['open mejlis']);
    expect(hover.isPinned).toBe(true);
  });
});

describe('hit-testing a mention', () => {
  const lines = [
    { left: 100, top: 10, right: 300, bottom: 30 },
    { left: 0, top: 30, right: 80, bottom: 50 },
  ];
  test('a point on either line box of a wrapped mention hits it', () => {
    expect(pointInRects(lines, 150, 20)).toBe(true);
    expect(pointInRects(lines, 40, 45)).toBe(true);
  });
  test('the margin beyond the end of the line does not', () => {
    expect(pointInRects(lines, 500, 45)).toBe(false);
    expect(pointInRects(lines, 50, 20)).toBe(false);
  });
});
