// The tick's one deadline, on the monotonic clock (an NTP jump at a Pi's boot must not end or stretch a
// tick), counted from when the process started: lease, recovery, enqueue and imports spend the budget too.
// The budget rule (parse, bounds, the cap below the unit's TimeoutStartSec) lives here, once.

import { DURATION_FORM, parseDuration } from './duration.js';

/**
 * Milliseconds since the process started, on the monotonic clock (what performance.now() gives, without
 * loading perf_hooks at start-up: process.uptime() reads the same high-resolution clock).
 */
export const monotonicMs = (): number => process.uptime() * 1000;

export const MIN_BUDGET_MS = 1_000;
export const MAX_BUDGET_MS = 24 * 3_600_000;
/** After the budget, aborted attempts get this long to settle before the tick hands them back. */
export const DEFAULT_GRACE_MS = 10_000;
/** What the tick needs after grace to close the run, write its outputs and close Chromium. */
export const SHUTDOWN_MARGIN_MS = 20_000;

/** The one budget rule, for `--budget` and `SCOUTLY_BUDGET` alike; on bad input, what is accepted (the caller names the setting). */
export function parseBudget(raw: string): { ok: true; ms: number } | { ok: false; accepted: string } {
  const ms = parseDuration(raw);
  if (ms === null || ms < MIN_BUDGET_MS || ms > MAX_BUDGET_MS) return { ok: false, accepted: `${DURATION_FORM}, between 1s and 24h; got "${raw}"` };
  return { ok: true, ms };
}

/**
 * The budget that still lets the tick stop cleanly before systemd kills it: the unit's TimeoutStartSec
 * (given to the tick as SCOUTLY_UNIT_TIMEOUT) less the grace and the shutdown margin. Null: not capped.
 */
export function budgetWithinUnit(budgetMs: number, unitTimeoutMs: number | null, graceMs = DEFAULT_GRACE_MS): { budgetMs: number; cappedFrom: number | null } {
  if (unitTimeoutMs === null) return { budgetMs, cappedFrom: null };
  const fits = Math.max(MIN_BUDGET_MS, unitTimeoutMs - graceMs - SHUTDOWN_MARGIN_MS);
  return budgetMs <= fits ? { budgetMs, cappedFrom: null } : { budgetMs: fits, cappedFrom: budgetMs };
}

export interface Deadline {
  readonly budgetMs: number;
  /** Milliseconds left (negative once passed). */
  remainingMs(): number;
  /** Aborted when the deadline passes. */
  readonly signal: AbortSignal;
  dispose(): void;
}

export interface DeadlineOptions {
  /** Monotonic ms at which the budget started; default now. The CLI passes 0: the process's start. */
  startedAt?: number;
  monotonic?: () => number;
}

export function startDeadline(budgetMs: number, opts: DeadlineOptions = {}): Deadline {
  const monotonic = opts.monotonic ?? monotonicMs;
  const endsAt = (opts.startedAt ?? monotonic()) + budgetMs;
  const remainingMs = () => endsAt - monotonic();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort('budget'), Math.max(0, remainingMs()));
  // Never what keeps the process alive: whatever waits on the deadline holds timers of its own.
  timer.unref();
  return {
    budgetMs,
    remainingMs,
    signal: controller.signal,
    dispose: () => clearTimeout(timer),
  };
}

/** One attempt's limit: its kind's own, never more than half the budget, so the tick can always claim again. */
export function attemptLimitMs(kindTimeoutMs: number, deadline: Pick<Deadline, 'budgetMs'>): number {
  return Math.max(1, Math.min(kindTimeoutMs, Math.floor(deadline.budgetMs / 2)));
}
