// What a tick would do now, read-only: orphans it would recover, companies it would enqueue,
// and everything claimable in drain order. Writes nothing.

import type { Store } from '../db/client.js';
import { drainPrioritySql } from '../schedule/scheduleSql.js';

export interface DryRunPlan {
  wouldRecover: number;
  wouldEnqueue: { slug: string; rank: number; nextDueAt: number }[];
  drainOrder: { kind: string; slug: string | null; rank: number | null; source: 'queued' | 'due'; taskId: number | null; attempts: number }[];
}

export function planTick(store: Store, nowMs: number, only: string | null): DryRunPlan {
  const priority = drainPrioritySql('s.effective_rank', 's.next_due_at', 's.interval_ms', '@now');
  const dueWithoutTask = `
    SELECT s.slug, s.effective_rank AS rank, s.next_due_at AS nextDueAt, ${priority} AS priority, s.next_due_at AS runAt
    FROM v_schedule s
    WHERE s.next_due_at <= @now AND (s.breaker_open_until IS NULL OR s.breaker_open_until <= @now)
      AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.dedupe_key = 'scrape_company:' || s.company_id
                      AND t.status IN ('pending','running','failed'))`;
  const scrapeOnly = only === 'analyze_postings' ? [] : null;
  const wouldEnqueue = scrapeOnly ?? (store.sqlite.prepare(`${dueWithoutTask} ORDER BY priority, runAt`).all({ now: nowMs }) as DryRunPlan['wouldEnqueue']);
  const kindFilter = only ? `AND t.kind = '${only === 'analyze_postings' ? 'analyze_postings' : 'scrape_company'}'` : '';
  const drainOrder = store.sqlite
    .prepare(`SELECT * FROM (
        SELECT t.kind, c.slug, s.effective_rank AS rank, 'queued' AS source, t.id AS taskId, t.attempts, t.priority, t.run_at AS runAt
        FROM tasks t LEFT JOIN companies c ON c.id = t.company_id LEFT JOIN v_schedule s ON s.company_id = t.company_id
        WHERE t.status IN ('pending','failed') AND t.run_at <= @now ${kindFilter}
        ${only === 'analyze_postings' ? '' : `UNION ALL
        SELECT 'scrape_company', d.slug, d.rank, 'due', NULL, 0, d.priority, d.runAt FROM (${dueWithoutTask}) d`}
      ) ORDER BY priority, runAt`)
    .all({ now: nowMs }) as DryRunPlan['drainOrder'];
  const wouldRecover = (store.sqlite.prepare(`SELECT COUNT(*) AS n FROM tasks WHERE status = 'running'`).get() as { n: number }).n;
  return { wouldRecover, wouldEnqueue, drainOrder: drainOrder.map(({ kind, slug, rank, source, taskId, attempts }) => ({ kind, slug, rank, source, taskId, attempts })) };
}
