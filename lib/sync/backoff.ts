/**
 * When to try again after a failed sync. Doubling from about a minute, so a flaky network is retried
 * soon, capped at 12 hours, so a broken server is not hammered by every installed copy at once; the
 * jitter spreads those copies out after an outage.
 */
export const FIRST_RETRY_MS = 60_000;
export const MAX_RETRY_MS = 12 * 60 * 60 * 1000;

/** Delay before retry number `failures` (1 = first failure). `random` is in [0, 1). */
export function retryDelay(failures: number, random: number): number {
  const n = Math.max(1, Math.floor(failures));
  // 2 ** 40 is far past the cap; stop there so the exponent never overflows to Infinity.
  const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(n - 1, 40));
  // "Equal jitter": at least half the ceiling, so the delay still grows; at most the ceiling.
  const r = Math.min(Math.max(random, 0), 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * r);
}

export interface RetryPlan {
  /** Epoch ms of the next attempt. */
  at: number;
  /** Offline: try as soon as the browser is back online instead of waiting for `at`. */
  waitForOnline: boolean;
}

export function planRetry(failures: number, now: number, random: number, online: boolean): RetryPlan {
  return { at: now + retryDelay(failures, random), waitForOnline: !online };
}
