// The `runs` row of a tick: opened at start, closed with its counts, exit code and summary.

import { hostname } from 'node:os';
import { writeTx, type Store } from '../db/client.js';
import type { RunStatus } from '../db/enums.js';
import type { TickSummary } from '../report/summary.js';

export function startRun(store: Store, nowMs: number, budgetMs: number, concurrency: number): number {
  return writeTx(store, () =>
    Number(
      store.sqlite
        .prepare(`INSERT INTO runs (started_at, status, budget_ms, concurrency, host, pid) VALUES (?, 'running', ?, ?, ?, ?)`)
        .run(nowMs, budgetMs, concurrency, hostname(), process.pid).lastInsertRowid,
    ),
  );
}

export function finishRun(store: Store, runId: number, nowMs: number, status: RunStatus, exitCode: number, summary: TickSummary): void {
  writeTx(store, () =>
    store.sqlite
      .prepare(`UPDATE runs SET finished_at = @now, duration_ms = @now - started_at, status = @status, exit_code = @exitCode,
        enqueued = @enqueued, recovered = @recovered, succeeded = @succeeded, failed = @failed, deferred = @deferred,
        summary = @summary WHERE id = @id`)
      .run({
        id: runId, now: nowMs, status, exitCode, enqueued: summary.enqueued, recovered: summary.recovered,
        succeeded: summary.succeeded, failed: summary.failed, deferred: summary.deferred, summary: JSON.stringify(summary),
      }),
  );
}

/** Runs left `running` by a dead tick are closed as aborted when the next tick starts. */
export function closeAbandonedRuns(store: Store, nowMs: number): number {
  return writeTx(store, () =>
    store.sqlite.prepare(`UPDATE runs SET status = 'aborted', finished_at = ? WHERE status = 'running'`).run(nowMs).changes,
  );
}

export function countClaimable(store: Store, nowMs: number): number {
  return (
    store.sqlite.prepare(`SELECT COUNT(*) AS n FROM tasks WHERE status IN ('pending','failed') AND run_at <= ?`).get(nowMs) as { n: number }
  ).n;
}
