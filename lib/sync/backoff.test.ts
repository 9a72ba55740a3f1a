import { describe, expect, test } from 'vitest';
import { FIRST_RETRY_MS, MAX_RETRY_MS, planRetry, retryDelay } from './backoff.ts';

describe('retry backoff', () => {
  test('the first retry comes within a minute or so, and each failure roughly doubles the wait', () => {
    expect(retryDelay(1, 0)).toBe(FIRST_RETRY_MS / 2);
    expect(retryDelay(1, 0.999999)).toBeLessThanOrEqual(FIRST_RETRY_MS);
    for (let n = 1; n < 8; n++) expect(retryDelay(n + 1, 0.5)).toBe(2 * retryDelay(n, 0.5));
  });

  test('reaches the 12-hour ceiling after 11 failures in a row and never waits longer', () => {
    for (const n of [11, 12, 20, 100, 10_000]) {
      expect(retryDelay(n, 0.999999)).toBeLessThanOrEqual(MAX_RETRY_MS);
      expect(retryDelay(n, 0)).toBeGreaterThanOrEqual(MAX_RETRY_MS / 2);
    }
  });

  test('jitter spreads copies that failed at the same moment', () => {
    const delays = new Set([0, 0.25, 0.5, 0.75].map((r) => retryDelay(5, r)));
    expect(delays.size).toBe(4);
  });

  test('offline, the plan waits for the browser to come back online', () => {
    expect(planRetry(1, 1000, 0, false)).toEqual({ at: 1000 + FIRST_RETRY_MS / 2, waitForOnline: true });
    expect(planRetry(1, 1000, 0, true).waitForOnline).toBe(false);
  });
});
