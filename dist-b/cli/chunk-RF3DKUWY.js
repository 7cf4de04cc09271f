import {
  latestDigests
} from "./chunk-U5AXCYXE.js";
import {
  RANK_TIERS
} from "./chunk-DUZE2QZ6.js";
import {
  quotaDay
} from "./chunk-ABQ3YUBT.js";

// dist/report/status.js
function scrapesByPath(store, where) {
  const filter = "runId" in where ? "run_id = @runId AND started_at >= (SELECT started_at FROM runs WHERE id = @runId)" : "started_at >= @sinceMs";
  return store.sqlite.prepare(`SELECT CASE WHEN json_extract(detail, '$.source') <> 'browser' THEN 'feed'
        ELSE COALESCE(json_extract(detail, '$.render'), 'browser') END AS path,
      COUNT(*) AS scrapes, COALESCE(SUM(json_extract(detail, '$.bytes')), 0) AS bytes, COALESCE(SUM(json_extract(detail, '$.cpuMs')), 0) AS cpuMs
    FROM attempts WHERE kind = 'scrape_company' AND outcome = 'succeeded' AND json_extract(detail, '$.source') IS NOT NULL AND ${filter}
    GROUP BY path ORDER BY path`).all(where);
}
function statusReport(store, config, nowMs, ownRunId = null) {
  const q = (sql, params = {}) => store.sqlite.prepare(sql).all(params);
  const one = (sql, params = {}) => store.sqlite.prepare(sql).get(params);
  const tierRows = q(`SELECT interval_ms, COUNT(*) AS tracked, SUM(next_due_at <= @now) AS due FROM v_schedule GROUP BY interval_ms`, { now: nowMs });
  const day = quotaDay(nowMs);
  const usage = one(`SELECT requests, exhausted_until, input_tokens AS input, output_tokens AS output, thinking_tokens AS thinking
     FROM ai_usage WHERE day = @day AND model = @model`, { day, model: config.gemini.model });
  const lease = one(`SELECT owner, run_id, acquired_at, expires_at FROM tick_lease WHERE id = 1`);
  return {
    now: nowMs,
    queue: q(`SELECT kind, status, count FROM v_queue ORDER BY kind, status`),
    companies: one(`SELECT (SELECT COUNT(*) FROM companies) AS total, (SELECT COUNT(*) FROM v_schedule) AS tracked,
        (SELECT COUNT(*) FROM v_schedule WHERE next_due_at <= @now) AS dueNow`, { now: nowMs }),
    tiers: RANK_TIERS.map((t) => {
      const row = tierRows.find((r) => r.interval_ms === t.intervalDays * 864e5);
      return { ranks: `${t.minRank}\u2013${t.maxRank}`, intervalDays: t.intervalDays, tracked: row?.tracked ?? 0, due: row?.due ?? 0 };
    }),
    nextUp: q(`SELECT t.id AS taskId, t.kind, c.slug, s.effective_rank AS rank, t.status, t.run_at AS runAt, t.attempts
        FROM tasks t LEFT JOIN companies c ON c.id = t.company_id LEFT JOIN v_schedule s ON s.company_id = t.company_id
        WHERE t.status IN ('pending','failed') ORDER BY t.run_at > @now, t.priority, t.run_at, t.id LIMIT 10`, { now: nowMs }),
    problematic: q(`SELECT slug, consecutive_failures AS consecutiveFailures, last_error_kind AS lastErrorKind, last_error AS lastError,
        breaker_open_until AS breakerOpenUntil, last_success_at AS lastSuccessAt
        FROM companies WHERE consecutive_failures > 0 OR breaker_open_until > @now
        ORDER BY consecutive_failures DESC, slug LIMIT 20`, { now: nowMs }),
    drift: q(`SELECT slug, drift_note AS note, last_success_at AS lastSuccessAt FROM companies WHERE drift_note IS NOT NULL ORDER BY slug LIMIT 20`),
    recentRuns: q(`SELECT id, started_at AS startedAt, duration_ms AS durationMs, status, exit_code AS exitCode, enqueued, succeeded, failed, deferred
        FROM runs ORDER BY started_at DESC, id DESC LIMIT 10`),
    gemini: {
      configured: Boolean(config.gemini.apiKey),
      model: config.gemini.model,
      day,
      requests: usage?.requests ?? 0,
      dailyLimit: config.gemini.dailyRequests,
      exhaustedUntil: usage?.exhausted_until ?? null,
      tokens: { input: usage?.input ?? 0, output: usage?.output ?? 0, thinking: usage?.thinking ?? 0 }
    },
    lastCompletedTick: one(`SELECT id, finished_at AS finishedAt, exit_code AS exitCode FROM runs
        WHERE status = 'completed' AND exit_code IN (0, 1) ORDER BY finished_at DESC LIMIT 1`) ?? null,
    tickRunning: lease && lease.expires_at > nowMs && (ownRunId === null || lease.run_id !== ownRunId) ? { owner: lease.owner, since: lease.acquired_at } : null,
    digests: latestDigests(store),
    scrapePaths: scrapesByPath(store, { sinceMs: nowMs - 864e5 })
  };
}

export {
  scrapesByPath,
  statusReport
};
