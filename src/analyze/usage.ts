// Gemini usage in SQLite (ai_usage): requests and tokens per Pacific quota day and model, and the time
// until which the daily quota is known to be spent. Persisted, so limits hold across ticks.

import { quotaDay } from '../core/quotaDay.js';
import { writeTx, type Store } from '../db/client.js';
import type { TokenUsage } from './generation.js';

export interface UsageToday {
  day: string;
  requests: number;
  exhaustedUntil: number | null;
}

export function usageToday(store: Store, model: string, nowMs: number): UsageToday {
  const day = quotaDay(nowMs);
  const row = store.sqlite.prepare('SELECT requests, exhausted_until AS exhaustedUntil FROM ai_usage WHERE day = ? AND model = ?').get(day, model) as
    { requests: number; exhaustedUntil: number | null } | undefined;
  return { day, requests: row?.requests ?? 0, exhaustedUntil: row?.exhaustedUntil ?? null };
}

/** Counts a request before it is sent: a crash mid-request still used quota. */
export function countRequest(store: Store, model: string, nowMs: number): void {
  writeTx(store, () =>
    store.sqlite.prepare(`INSERT INTO ai_usage (day, model, requests, updated_at) VALUES (?, ?, 1, ?)
      ON CONFLICT (day, model) DO UPDATE SET requests = requests + 1, updated_at = excluded.updated_at`).run(quotaDay(nowMs), model, nowMs));
}

/** Tokens billed for one answer, by kind: input, the answer's output, and thinking (billed as output). */
export function addTokens(store: Store, model: string, nowMs: number, usage: TokenUsage): void {
  writeTx(store, () =>
    store.sqlite.prepare(`UPDATE ai_usage SET input_tokens = input_tokens + ?, output_tokens = output_tokens + ?, thinking_tokens = thinking_tokens + ?,
      updated_at = ? WHERE day = ? AND model = ?`)
      .run(usage.input, usage.output, usage.thinking, nowMs, quotaDay(nowMs), model));
}

export interface UsageTotals extends TokenUsage {
  requests: number;
}

/** Everything ever counted, over all days and models: a tick reports the difference between its start and end. */
export function usageTotals(store: Store): UsageTotals {
  return store.sqlite.prepare(`SELECT COALESCE(SUM(requests), 0) AS requests, COALESCE(SUM(input_tokens), 0) AS input,
    COALESCE(SUM(output_tokens), 0) AS output, COALESCE(SUM(thinking_tokens), 0) AS thinking FROM ai_usage`).get() as UsageTotals;
}

export function markExhausted(store: Store, model: string, nowMs: number, untilMs: number): void {
  writeTx(store, () =>
    store.sqlite.prepare(`INSERT INTO ai_usage (day, model, requests, exhausted_until, updated_at) VALUES (?, ?, 0, ?, ?)
      ON CONFLICT (day, model) DO UPDATE SET exhausted_until = excluded.exhausted_until, updated_at = excluded.updated_at`)
      .run(quotaDay(nowMs), model, untilMs, nowMs));
}
