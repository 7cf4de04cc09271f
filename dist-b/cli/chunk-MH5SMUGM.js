// dist/schedule/backoff.js
var MINUTE = 6e4;
var HOUR = 60 * MINUTE;
var RETRY_BASE_MS = 2 * MINUTE;
var RETRY_CAP_MS = 6 * HOUR;
function retryDelayMs(attempt, rand) {
  const exp = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + exp / 2 * rand());
}
var BREAKER_THRESHOLD = 3;
var BREAKER_BASE_MS = HOUR;
var BREAKER_CAP_MS = 72 * HOUR;
function breakerOpenUntil(consecutiveFailures, nowMs) {
  if (consecutiveFailures < BREAKER_THRESHOLD)
    return null;
  const cooldown = Math.min(BREAKER_CAP_MS, BREAKER_BASE_MS * 2 ** (consecutiveFailures - BREAKER_THRESHOLD));
  return nowMs + cooldown;
}

export {
  retryDelayMs,
  BREAKER_THRESHOLD,
  breakerOpenUntil
};
