// What the Jobs page shows: the queue by kind × status, the runs of the last 14 days with their outcomes,
// the tick running now (from its lease) with its progress, and one company's attempts. Read-only queries.

import type { Store } from '../db/client.js';
import { DAY_MS } from '../schedule/tiers.js';
import { REPORT_DAYS, type ReportRun } from './reportData.js';

export interface RunningTick {
  owner: string;
  since: number;
  runId: number | null;
  /** This run's finished attempts by outcome, and its tasks in flight (`running`: an attempt row is written when it ends). */
  attempts: { succeeded: number; failed: number; deferred: number; running: number };
  /** Tasks that could still be claimed now. */
  waiting: number;
}

export interface JobsReport {
  queue: { kind: string; status: string; count: number }[];
  runs: (ReportRun & { enqueued: number; finishedAt: number | null })[];
  running: RunningTick | null;
}

export function jobsReport(store: Store, nowMs: number): JobsReport {
  const db = store.sqlite;
  const lease = db.prepare('SELECT owner, acquired_at AS since, run_id AS runId, expires_at AS expiresAt FROM tick_lease WHERE id = 1').get() as
    { owner: string; since: number; runId: number | null; expiresAt: number } | undefined;
  let running: RunningTick | null = null;
  if (lease && lease.expiresAt > nowMs) {
    // A run's attempts all start after it did: the started_at index finds them (there is no run_id index).
    const counts = lease.runId === null ? [] : db.prepare(`SELECT outcome, COUNT(*) AS n FROM attempts
        WHERE run_id = @runId AND started_at >= (SELECT started_at FROM runs WHERE id = @runId) GROUP BY outcome
        UNION ALL SELECT 'running', COUNT(*) FROM tasks WHERE status = 'running' AND run_id = @runId`).all({ runId: lease.runId }) as { outcome: string; n: number }[];
    const n = (o: string) => counts.find((c) => c.outcome === o)?.n ?? 0;
    running = {
      owner: lease.owner, since: lease.since, runId: lease.runId,
      attempts: { succeeded: n('succeeded'), failed: n('failed'), deferred: n('deferred'), running: n('running') },
      waiting: (db.prepare(`SELECT COUNT(*) AS n FROM tasks WHERE status IN ('pending','failed') AND run_at <= ?`).get(nowMs) as { n: number }).n,
    };
  }
  return {
    queue: db.prepare('SELECT kind, status, count FROM v_queue ORDER BY kind, status').all() as JobsReport['queue'],
    runs: db.prepare(`SELECT id, started_at AS startedAt, finished_at AS finishedAt, duration_ms AS durationMs, status, exit_code AS exitCode,
        enqueued, succeeded, failed, deferred FROM runs WHERE started_at >= ? ORDER BY started_at DESC, id DESC`).all(nowMs - REPORT_DAYS * DAY_MS) as JobsReport['runs'],
    running,
  };
}

export interface AttemptRow {
  id: number; taskId: number | null; runId: number | null; kind: string; attempt: number; startedAt: number; durationMs: number | null;
  outcome: string | null; errorKind: string | null; errorMessage: string | null; detail: Record<string, unknown> | null;
}

/** A company's most recent attempts, newest first. */
export function companyAttempts(store: Store, companyId: number, limit = 50): AttemptRow[] {
  return (store.sqlite.prepare(`SELECT id, task_id AS taskId, run_id AS runId, kind, attempt, started_at AS startedAt, duration_ms AS durationMs,
      outcome, error_kind AS errorKind, error_message AS errorMessage, detail FROM attempts WHERE company_id = ? ORDER BY started_at DESC, id DESC LIMIT ?`)
    .all(companyId, limit) as (Omit<AttemptRow, 'detail'> & { detail: string | null })[])
    .map((r) => ({ ...r, detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null }));
}
