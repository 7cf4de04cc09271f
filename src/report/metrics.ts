// The Prometheus textfile (node_exporter's textfile collector): gathered from SQLite after each tick,
// formatted purely; the tick writes it with core/files.ts writeFileAtomically.

import type { Config } from '../config/config.js';
import { quotaDay } from '../core/quotaDay.js';
import type { Store } from '../db/client.js';
import { latestDigests } from '../notify/digestLog.js';
import { scrapesByPath, type ScrapePath } from './status.js';

export interface MetricSample {
  labels?: Record<string, string>;
  value: number;
}

export interface Metric {
  name: string;
  help: string;
  samples: MetricSample[];
}

const escapeLabel = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

/** Pure: the text exposition format, one gauge family per metric. */
export function formatMetrics(metrics: readonly Metric[]): string {
  const lines: string[] = [];
  for (const m of metrics) {
    lines.push(`# HELP ${m.name} ${m.help}`, `# TYPE ${m.name} gauge`);
    for (const s of m.samples) {
      const labels = s.labels && Object.keys(s.labels).length
        ? `{${Object.entries(s.labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',')}}`
        : '';
      lines.push(`${m.name}${labels} ${Number.isFinite(s.value) ? s.value : 0}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const SCRAPE_PATHS = ['feed', 'static', 'browser', 'both'] as const;

/** The last tick's successful scrapes by path (feed, static page, page in Chromium, both compared) and their cost. */
function scrapePathMetrics(paths: readonly ScrapePath[]): Metric[] {
  const of = (path: string) => paths.find((p) => p.path === path);
  return [
    { name: 'scoutly_last_run_scrapes', help: 'Successful scrapes of the last tick by path.', samples: SCRAPE_PATHS.map((path) => ({ labels: { path }, value: of(path)?.scrapes ?? 0 })) },
    { name: 'scoutly_last_run_scrape_bytes', help: 'Bytes fetched by the last tick\'s scrapes, by path.', samples: SCRAPE_PATHS.map((path) => ({ labels: { path }, value: of(path)?.bytes ?? 0 })) },
    {
      name: 'scoutly_last_run_scrape_cpu_seconds', help: 'CPU time of the last tick\'s scrapes by path (parsing, and Chromium\'s main-thread time for its pages).',
      samples: SCRAPE_PATHS.map((path) => ({ labels: { path }, value: (of(path)?.cpuMs ?? 0) / 1000 })),
    },
  ];
}

export function gatherMetrics(store: Store, config: Config, nowMs: number): Metric[] {
  const q = <T>(sql: string, ...params: unknown[]) => store.sqlite.prepare(sql).all(...params) as T[];
  const last = q<{ id: number; started_at: number; finished_at: number | null; exit_code: number | null; summary: string | null }>(
    'SELECT id, started_at, finished_at, exit_code, summary FROM runs ORDER BY id DESC LIMIT 1')[0];
  const lastSuccess = q<{ at: number | null }>(`SELECT MAX(finished_at) AS at FROM runs WHERE status = 'completed' AND exit_code IN (0, 1)`)[0]?.at ?? null;
  const counters = last?.summary ? ((JSON.parse(last.summary) as { counters?: Record<string, number> }).counters ?? {}) : {};
  const seconds = (ms: number | null | undefined) => (ms ? ms / 1000 : 0);
  const day = quotaDay(nowMs);
  const usage = q<{ requests: number; input: number; output: number; thinking: number }>(
    'SELECT requests, input_tokens AS input, output_tokens AS output, thinking_tokens AS thinking FROM ai_usage WHERE day = ? AND model = ?', day, config.gemini.model)[0];
  const requests = usage?.requests ?? 0;
  const digests = latestDigests(store);
  return [
    { name: 'scoutly_last_run_start_timestamp_seconds', help: 'When the last tick started.', samples: [{ value: seconds(last?.started_at) }] },
    { name: 'scoutly_last_run_end_timestamp_seconds', help: 'When the last tick ended.', samples: [{ value: seconds(last?.finished_at) }] },
    { name: 'scoutly_last_run_exit_code', help: 'Exit code of the last tick.', samples: [{ value: last?.exit_code ?? -1 }] },
    { name: 'scoutly_last_success_timestamp_seconds', help: 'When a tick last completed (exit 0 or 1).', samples: [{ value: seconds(lastSuccess) }] },
    {
      name: 'scoutly_last_run_attempts', help: 'Attempts of the last tick by outcome and error kind.',
      samples: q<{ outcome: string | null; kind: string | null; n: number }>(
        `SELECT outcome, error_kind AS kind, COUNT(*) AS n FROM attempts
          WHERE run_id = @id AND started_at >= (SELECT started_at FROM runs WHERE id = @id) GROUP BY outcome, error_kind`, { id: last?.id ?? -1 })
        .map((r) => ({ labels: { outcome: r.outcome ?? 'running', error_kind: r.kind ?? '' }, value: r.n })),
    },
    {
      name: 'scoutly_queue_tasks', help: 'Tasks by kind and status.',
      samples: q<{ kind: string; status: string; count: number }>('SELECT kind, status, count FROM v_queue').map((r) => ({ labels: { kind: r.kind, status: r.status }, value: r.count })),
    },
    {
      name: 'scoutly_problematic_companies', help: 'Companies failing or behind an open circuit breaker.',
      samples: [{ value: q<{ n: number }>('SELECT COUNT(*) AS n FROM companies WHERE consecutive_failures > 0 OR breaker_open_until > ?', nowMs)[0]!.n }],
    },
    ...scrapePathMetrics(scrapesByPath(store, { runId: last?.id ?? -1 })),
    { name: 'scoutly_last_run_postings_new', help: 'Postings first seen by the last tick.', samples: [{ value: counters.postingsNew ?? 0 }] },
    { name: 'scoutly_last_run_postings_closed', help: 'Postings closed by the last tick.', samples: [{ value: counters.postingsClosed ?? 0 }] },
    { name: 'scoutly_gemini_requests_today', help: 'Gemini requests on the current quota day (Pacific).', samples: [{ labels: { model: config.gemini.model }, value: requests }] },
    {
      name: 'scoutly_gemini_tokens_today', help: 'Gemini tokens billed on the current quota day, by kind (thinking is billed as output).',
      samples: (['input', 'output', 'thinking'] as const).map((kind) => ({ labels: { model: config.gemini.model, kind }, value: usage?.[kind] ?? 0 })),
    },
    {
      name: 'scoutly_gemini_quota_remaining', help: 'Gemini requests left today under GEMINI_DAILY_REQUESTS.',
      samples: [{ labels: { model: config.gemini.model }, value: Math.max(0, config.gemini.dailyRequests - requests) }],
    },
    {
      name: 'scoutly_digest_last_failed', help: 'Whether the last digest on a channel was refused or unanswered (its items wait).',
      samples: digests.map((d) => ({ labels: { channel: d.channel }, value: d.last.status === 'failed' ? 1 : 0 })),
    },
    {
      name: 'scoutly_digest_last_sent_timestamp_seconds', help: 'When a channel last accepted a digest.',
      samples: digests.map((d) => ({ labels: { channel: d.channel }, value: seconds(d.lastSentAt) })),
    },
  ];
}
