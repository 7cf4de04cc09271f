import {
  scrapesByPath
} from "./chunk-RF3DKUWY.js";
import {
  latestDigests
} from "./chunk-U5AXCYXE.js";
import "./chunk-DUZE2QZ6.js";
import {
  quotaDay
} from "./chunk-ABQ3YUBT.js";
import "./chunk-4VNS5WPM.js";

// dist/report/metrics.js
var escapeLabel = (v) => v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
function formatMetrics(metrics) {
  const lines = [];
  for (const m of metrics) {
    lines.push(`# HELP ${m.name} ${m.help}`, `# TYPE ${m.name} gauge`);
    for (const s of m.samples) {
      const labels = s.labels && Object.keys(s.labels).length ? `{${Object.entries(s.labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(",")}}` : "";
      lines.push(`${m.name}${labels} ${Number.isFinite(s.value) ? s.value : 0}`);
    }
  }
  return `${lines.join("\n")}
`;
}
var SCRAPE_PATHS = ["feed", "static", "browser", "both"];
function scrapePathMetrics(paths) {
  const of = (path) => paths.find((p) => p.path === path);
  return [
    { name: "scoutly_last_run_scrapes", help: "Successful scrapes of the last tick by path.", samples: SCRAPE_PATHS.map((path) => ({ labels: { path }, value: of(path)?.scrapes ?? 0 })) },
    { name: "scoutly_last_run_scrape_bytes", help: "Bytes fetched by the last tick's scrapes, by path.", samples: SCRAPE_PATHS.map((path) => ({ labels: { path }, value: of(path)?.bytes ?? 0 })) },
    {
      name: "scoutly_last_run_scrape_cpu_seconds",
      help: "CPU time of the last tick's scrapes by path (parsing, and Chromium's main-thread time for its pages).",
      samples: SCRAPE_PATHS.map((path) => ({ labels: { path }, value: (of(path)?.cpuMs ?? 0) / 1e3 }))
    }
  ];
}
function gatherMetrics(store, config, nowMs) {
  const q = (sql, ...params) => store.sqlite.prepare(sql).all(...params);
  const last = q("SELECT id, started_at, finished_at, exit_code, summary FROM runs ORDER BY id DESC LIMIT 1")[0];
  const lastSuccess = q(`SELECT MAX(finished_at) AS at FROM runs WHERE status = 'completed' AND exit_code IN (0, 1)`)[0]?.at ?? null;
  const counters = last?.summary ? JSON.parse(last.summary).counters ?? {} : {};
  const seconds = (ms) => ms ? ms / 1e3 : 0;
  const day = quotaDay(nowMs);
  const usage = q("SELECT requests, input_tokens AS input, output_tokens AS output, thinking_tokens AS thinking FROM ai_usage WHERE day = ? AND model = ?", day, config.gemini.model)[0];
  const requests = usage?.requests ?? 0;
  const digests = latestDigests(store);
  return [
    { name: "scoutly_last_run_start_timestamp_seconds", help: "When the last tick started.", samples: [{ value: seconds(last?.started_at) }] },
    { name: "scoutly_last_run_end_timestamp_seconds", help: "When the last tick ended.", samples: [{ value: seconds(last?.finished_at) }] },
    { name: "scoutly_last_run_exit_code", help: "Exit code of the last tick.", samples: [{ value: last?.exit_code ?? -1 }] },
    { name: "scoutly_last_success_timestamp_seconds", help: "When a tick last completed (exit 0 or 1).", samples: [{ value: seconds(lastSuccess) }] },
    {
      name: "scoutly_last_run_attempts",
      help: "Attempts of the last tick by outcome and error kind.",
      samples: q(`SELECT outcome, error_kind AS kind, COUNT(*) AS n FROM attempts
          WHERE run_id = @id AND started_at >= (SELECT started_at FROM runs WHERE id = @id) GROUP BY outcome, error_kind`, { id: last?.id ?? -1 }).map((r) => ({ labels: { outcome: r.outcome ?? "running", error_kind: r.kind ?? "" }, value: r.n }))
    },
    {
      name: "scoutly_queue_tasks",
      help: "Tasks by kind and status.",
      samples: q("SELECT kind, status, count FROM v_queue").map((r) => ({ labels: { kind: r.kind, status: r.status }, value: r.count }))
    },
    {
      name: "scoutly_problematic_companies",
      help: "Companies failing or behind an open circuit breaker.",
      samples: [{ value: q("SELECT COUNT(*) AS n FROM companies WHERE consecutive_failures > 0 OR breaker_open_until > ?", nowMs)[0].n }]
    },
    ...scrapePathMetrics(scrapesByPath(store, { runId: last?.id ?? -1 })),
    { name: "scoutly_last_run_postings_new", help: "Postings first seen by the last tick.", samples: [{ value: counters.postingsNew ?? 0 }] },
    { name: "scoutly_last_run_postings_closed", help: "Postings closed by the last tick.", samples: [{ value: counters.postingsClosed ?? 0 }] },
    { name: "scoutly_gemini_requests_today", help: "Gemini requests on the current quota day (Pacific).", samples: [{ labels: { model: config.gemini.model }, value: requests }] },
    {
      name: "scoutly_gemini_tokens_today",
      help: "Gemini tokens billed on the current quota day, by kind (thinking is billed as output).",
      samples: ["input", "output", "thinking"].map((kind) => ({ labels: { model: config.gemini.model, kind }, value: usage?.[kind] ?? 0 }))
    },
    {
      name: "scoutly_gemini_quota_remaining",
      help: "Gemini requests left today under GEMINI_DAILY_REQUESTS.",
      samples: [{ labels: { model: config.gemini.model }, value: Math.max(0, config.gemini.dailyRequests - requests) }]
    },
    {
      name: "scoutly_digest_last_failed",
      help: "Whether the last digest on a channel was refused or unanswered (its items wait).",
      samples: digests.map((d) => ({ labels: { channel: d.channel }, value: d.last.status === "failed" ? 1 : 0 }))
    },
    {
      name: "scoutly_digest_last_sent_timestamp_seconds",
      help: "When a channel last accepted a digest.",
      samples: digests.map((d) => ({ labels: { channel: d.channel }, value: seconds(d.lastSentAt) }))
    }
  ];
}
export {
  formatMetrics,
  gatherMetrics
};
