// Retry and circuit-breaker timing. Pure: randomness and "now" are arguments.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const RETRY_BASE_MS = 2 * MINUTE;
export const RETRY_CAP_MS = 6 * HOUR;

/**
 * Delay before retrying after failed attempt number `attempt` (1-based): exponential from 2 min,
 * capped at 6 h, with "equal jitter" (half fixed, half random) so retries of many companies spread out.
 */
export function retryDelayMs(attempt: number, rand: () => number): number {
  const exp = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + (exp / 2) * rand());
}

/** Consecutive failed scrapes of a company that open its circuit breaker. */
export const BREAKER_THRESHOLD = 3;
export const BREAKER_BASE_MS = HOUR;
export const BREAKER_CAP_MS = 72 * HOUR;

/**
 * When a company's breaker stays open until, after `consecutiveFailures` failures; null while closed.
 * Each failure past the threshold (a failed half-open probe) doubles the cool-down.
 */
export function breakerOpenUntil(consecutiveFailures: number, nowMs: number): number | null {
  if (consecutiveFailures < BREAKER_THRESHOLD) return null;
  const cooldown = Math.min(BREAKER_CAP_MS, BREAKER_BASE_MS * 2 ** (consecutiveFailures - BREAKER_THRESHOLD));
  return nowMs + cooldown;
}
