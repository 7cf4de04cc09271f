import { describe, expect, it } from 'vitest';
import { BREAKER_THRESHOLD, breakerOpenUntil, RETRY_BASE_MS, RETRY_CAP_MS, retryDelayMs } from '../../src/schedule/backoff.js';

describe('retry backoff', () => {
  it('doubles per attempt with jitter between half and the full delay', () => {
    expect(retryDelayMs(1, () => 0)).toBe(RETRY_BASE_MS / 2);
    expect(retryDelayMs(1, () => 1)).toBe(RETRY_BASE_MS);
    expect(retryDelayMs(2, () => 1)).toBe(2 * RETRY_BASE_MS);
    expect(retryDelayMs(3, () => 0.5)).toBe(3 * RETRY_BASE_MS);
  });

  it('is capped', () => {
    expect(retryDelayMs(40, () => 1)).toBe(RETRY_CAP_MS);
  });
});

describe('circuit breaker', () => {
  const now = 1_000_000;
  it('stays closed below the threshold', () => {
    expect(breakerOpenUntil(BREAKER_THRESHOLD - 1, now)).toBeNull();
  });
  it('opens at the threshold and doubles its cool-down with each failed probe, up to a cap', () => {
    const first = breakerOpenUntil(BREAKER_THRESHOLD, now)! - now;
    const second = breakerOpenUntil(BREAKER_THRESHOLD + 1, now)! - now;
    expect(first).toBeGreaterThan(0);
    expect(second).toBe(2 * first);
    expect(breakerOpenUntil(BREAKER_THRESHOLD + 50, now)! - now).toBe(72 * 3_600_000);
  });
});
