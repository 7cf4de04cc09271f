import {
  DURATION_FORM,
  parseDuration
} from "./chunk-P3GHZZT5.js";

// dist/core/deadline.js
var monotonicMs = () => process.uptime() * 1e3;
var MIN_BUDGET_MS = 1e3;
var MAX_BUDGET_MS = 24 * 36e5;
var DEFAULT_GRACE_MS = 1e4;
var SHUTDOWN_MARGIN_MS = 2e4;
function parseBudget(raw) {
  const ms = parseDuration(raw);
  if (ms === null || ms < MIN_BUDGET_MS || ms > MAX_BUDGET_MS)
    return { ok: false, accepted: `${DURATION_FORM}, between 1s and 24h; got "${raw}"` };
  return { ok: true, ms };
}
function budgetWithinUnit(budgetMs, unitTimeoutMs, graceMs = DEFAULT_GRACE_MS) {
  if (unitTimeoutMs === null)
    return { budgetMs, cappedFrom: null };
  const fits = Math.max(MIN_BUDGET_MS, unitTimeoutMs - graceMs - SHUTDOWN_MARGIN_MS);
  return budgetMs <= fits ? { budgetMs, cappedFrom: null } : { budgetMs: fits, cappedFrom: budgetMs };
}
function startDeadline(budgetMs, opts = {}) {
  const monotonic = opts.monotonic ?? monotonicMs;
  const endsAt = (opts.startedAt ?? monotonic()) + budgetMs;
  const remainingMs = () => endsAt - monotonic();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort("budget"), Math.max(0, remainingMs()));
  timer.unref();
  return {
    budgetMs,
    remainingMs,
    signal: controller.signal,
    dispose: () => clearTimeout(timer)
  };
}
function attemptLimitMs(kindTimeoutMs, deadline) {
  return Math.max(1, Math.min(kindTimeoutMs, Math.floor(deadline.budgetMs / 2)));
}

export {
  DEFAULT_GRACE_MS,
  parseBudget,
  budgetWithinUnit,
  startDeadline,
  attemptLimitMs
};
