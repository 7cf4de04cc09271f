import {
  quotaDay
} from "./chunk-ABQ3YUBT.js";
import {
  writeTx
} from "./chunk-IERKD2WH.js";

// dist/analyze/usage.js
function usageToday(store, model, nowMs) {
  const day = quotaDay(nowMs);
  const row = store.sqlite.prepare("SELECT requests, exhausted_until AS exhaustedUntil FROM ai_usage WHERE day = ? AND model = ?").get(day, model);
  return { day, requests: row?.requests ?? 0, exhaustedUntil: row?.exhaustedUntil ?? null };
}
function countRequest(store, model, nowMs) {
  writeTx(store, () => store.sqlite.prepare(`INSERT INTO ai_usage (day, model, requests, updated_at) VALUES (?, ?, 1, ?)
      ON CONFLICT (day, model) DO UPDATE SET requests = requests + 1, updated_at = excluded.updated_at`).run(quotaDay(nowMs), model, nowMs));
}
function addTokens(store, model, nowMs, usage) {
  writeTx(store, () => store.sqlite.prepare(`UPDATE ai_usage SET input_tokens = input_tokens + ?, output_tokens = output_tokens + ?, thinking_tokens = thinking_tokens + ?,
      updated_at = ? WHERE day = ? AND model = ?`).run(usage.input, usage.output, usage.thinking, nowMs, quotaDay(nowMs), model));
}
function usageTotals(store) {
  return store.sqlite.prepare(`SELECT COALESCE(SUM(requests), 0) AS requests, COALESCE(SUM(input_tokens), 0) AS input,
    COALESCE(SUM(output_tokens), 0) AS output, COALESCE(SUM(thinking_tokens), 0) AS thinking FROM ai_usage`).get();
}
function markExhausted(store, model, nowMs, untilMs) {
  writeTx(store, () => store.sqlite.prepare(`INSERT INTO ai_usage (day, model, requests, exhausted_until, updated_at) VALUES (?, ?, 0, ?, ?)
      ON CONFLICT (day, model) DO UPDATE SET exhausted_until = excluded.exhausted_until, updated_at = excluded.updated_at`).run(quotaDay(nowMs), model, untilMs, nowMs));
}

export {
  usageToday,
  countRequest,
  addTokens,
  usageTotals,
  markExhausted
};
