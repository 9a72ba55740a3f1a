import { describe, expect, test } from 'vitest';
import { SliceQueue, type SliceClock } from './slices.ts';

/** A clock whose time moves only when the work says it does, and whose deferred tasks run on demand. */
function manualClock() {
  let time = 0;
  const tasks: (() => void)[] = [];
  const clock: SliceClock = { now: () => time, defer: (fn) => void tasks.push(fn) };
  return {
    clock,
    spend: (ms: number) => void (time += ms),
    pending: () => tasks.length,
    runNext: () => tasks.shift()?.(),
    runAll: () => {
      let n = 0;
      while (tasks.length) {
        tasks.shift()!();
        n += 1;
      }
      return n;
    },
  };
}

describe('slicing page work', () => {
  test('a long job is cut into slices no longer than the budget, one task each', () => {
    const c = manualClock();
    const queue = new SliceQueue(c.clock, 10);
    let units = 0;
    queue.push((shouldYield) => {
      while (units < 100) {
        units += 1;
        c.spend(1);
        if (shouldYield()) return units === 100;
      }
      return true;
    });
    expect(units).toBe(0); // nothing runs in the caller's task
    const tasks = c.runAll();
    expect(units).toBe(100);
    expect(tasks).toBe(10);
    expect(queue.stats.longestSliceMs).toBe(10);
    expect(queue.stats.busyMs).toBe(100);
  });

  test('jobs run in order and idle() resolves when all are done', async () => {
    const c = manualClock();
    const queue = new SliceQueue(c.clock, 10);
    const order: string[] = [];
    queue.push(() => (order.push('a'), true));
    queue.push(() => (order.push('b'), true));
    let idle = false;
    void queue.idle().then(() => (idle = true));
    c.runAll();
    await Promise.resolve();
    expect(order).toEqual(['a', 'b']);
    expect(idle).toBe(true);
  });

  test('stop() drops the remaining work, so nothing runs after the extension goes away', () => {
    const c = manualClock();
    const queue = new SliceQueue(c.clock, 10);
    let runs = 0;
    queue.push(() => {
      runs += 1;
      c.spend(20);
      return false;
    });
    c.runNext();
    queue.stop();
    c.runAll();
    queue.push(() => ((runs += 1), true));
    c.runAll();
    expect(runs).toBe(1);
  });

  test('once the extension is gone, no further slice runs', () => {
    const c = manualClock();
    let alive = true;
    const queue = new SliceQueue(c.clock, 10, undefined, () => alive);
    let runs = 0;
    queue.push(() => {
      runs += 1;
      c.spend(20);
      return false;
    });
    c.runNext();
    alive = false;
    c.runAll();
    expect(runs).toBe(1);
    expect(queue.busy).toBe(false);
  });

  test('a job that throws is dropped and reported; the next one still runs', () => {
    const c = manualClock();
    const errors: unknown[] = [];
    const queue = new SliceQueue(c.clock, 10, (e) => errors.push(e));
    let ran = false;
    queue.push(() => {
      throw new Error('page broke Node.prototype');
    });
    queue.push(() => ((ran = true), true));
    c.runAll();
    expect(errors).toHaveLength(1);
    expect(ran).toBe(true);
  });
});
