// What a tick would do now, read-only: orphans it would recover, companies it would enqueue, and
// everything claimable in drain order. Writes nothing; built from the queue's and the enqueuer's own SQL.

import type { Store } from '../db/client.js';
import type { TaskKind } from '../db/enums.js';
import { CLAIMABLE_STATUSES_SQL, claimOrderSql } from '../queue/queue.js';
import { DUE_WITHOUT_TASK_SQL } from '../tasks/enqueueScrapes.js';

export interface DryRunPlan {
  wouldRecover: number;
  wouldEnqueue: { slug: string; rank: number; nextDueAt: number }[];
  drainOrder: { kind: string; slug: string | null; rank: number | null; source: 'queued' | 'due'; taskId: number | null; attempts: number }[];
}

export function planTick(store: Store, nowMs: number, only: TaskKind | null): DryRunPlan {
  const scrapes = only !== 'analyze_postings';
  const due = scrapes
    ? (store.sqlite.prepare(`SELECT * FROM (${DUE_WITHOUT_TASK_SQL}) ORDER BY priority, runAt`).all({ now: nowMs }) as
      { slug: string; rank: number; runAt: number; priority: number }[])
    : [];
  const queued = store.sqlite
    .prepare(`SELECT t.id, t.kind, c.slug, s.effective_rank AS rank, t.attempts, t.priority, t.run_at
      FROM tasks t LEFT JOIN companies c ON c.id = t.company_id LEFT JOIN v_schedule s ON s.company_id = t.company_id
      WHERE t.status IN ${CLAIMABLE_STATUSES_SQL} AND t.run_at <= @now AND (@kind IS NULL OR t.kind = @kind)
      ORDER BY ${claimOrderSql('t')}`)
    .all({ now: nowMs, kind: only }) as { id: number; kind: string; slug: string | null; rank: number | null; attempts: number; priority: number; run_at: number }[];
  const drainOrder = [
    ...queued.map((t) => ({ kind: t.kind, slug: t.slug, rank: t.rank, source: 'queued' as const, taskId: t.id, attempts: t.attempts, priority: t.priority, runAt: t.run_at })),
    ...due.map((d) => ({ kind: 'scrape_company', slug: d.slug, rank: d.rank, source: 'due' as const, taskId: null, attempts: 0, priority: d.priority, runAt: d.runAt })),
  ].sort((a, b) => a.priority - b.priority || a.runAt - b.runAt);
  const wouldRecover = (store.sqlite.prepare(`SELECT COUNT(*) AS n FROM tasks WHERE status = 'running'`).get() as { n: number }).n;
  return {
    wouldRecover,
    wouldEnqueue: due.map((d) => ({ slug: d.slug, rank: d.rank, nextDueAt: d.runAt })),
    drainOrder: drainOrder.map(({ kind, slug, rank, source, taskId, attempts }) => ({ kind, slug, rank, source, taskId, attempts })),
  };
}
