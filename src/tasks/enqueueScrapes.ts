// Companies into scrape tasks: the due ones from the schedule (one statement over v_schedule, made
// idempotent by the queue's open-key index), and a forced one (`queue add`). Also the SQL the dry run
// plans with, so the plan and the tick cannot drift.

import { oncePer } from '../core/memo.js';
import { writeTx, type Store } from '../db/client.js';
import { CLAIMABLE_STATUSES_SQL, FORCED_PRIORITY, ON_OPEN_DUPLICATE_SQL, OPEN_TASK_SQL, type TaskQueue } from '../queue/queue.js';
import { drainPrioritySql } from '../schedule/scheduleSql.js';
import { scrapeDedupeKey, scrapeDedupeKeySql } from './kinds/scrapeCompany.js';

const PRIORITY_SQL = drainPrioritySql('s.effective_rank', 's.next_due_at', 's.interval_ms', '@now');

/** Companies due now whose breaker is closed, with the priority and run time their scrape task gets. */
export const DUE_COMPANIES_SQL = `
  SELECT s.company_id AS companyId, s.slug, s.effective_rank AS rank, s.next_due_at AS runAt, ${PRIORITY_SQL} AS priority
  FROM v_schedule s
  WHERE s.next_due_at <= @now AND (s.breaker_open_until IS NULL OR s.breaker_open_until <= @now)`;

/** Due companies that have no open scrape task yet: what enqueueing would add. */
export const DUE_WITHOUT_TASK_SQL = `
  SELECT d.* FROM (${DUE_COMPANIES_SQL}) d
  WHERE NOT EXISTS (SELECT 1 FROM tasks t WHERE t.dedupe_key = ${scrapeDedupeKeySql('d.companyId')} AND ${OPEN_TASK_SQL('t')})`;

const of = oncePer((store: Store) => {
  const db = store.sqlite;
  return {
    enqueueDue: db.prepare(`
      INSERT INTO tasks (kind, status, company_id, dedupe_key, payload, priority, run_at, attempts, max_attempts, created_at, updated_at)
      SELECT 'scrape_company', 'pending', d.companyId, ${scrapeDedupeKeySql('d.companyId')}, json_object('companyId', d.companyId),
             d.priority, d.runAt, 0, @maxAttempts, @now, @now
      FROM (${DUE_COMPANIES_SQL}) d WHERE true
      ${ON_OPEN_DUPLICATE_SQL}`),
    // Waiting scrape tasks age: refresh their priority so the anti-starvation rule can lift them.
    reprioritise: db.prepare(`
      UPDATE tasks SET priority = p.priority, updated_at = @now
      FROM (SELECT s.company_id, ${PRIORITY_SQL} AS priority FROM v_schedule s) p
      WHERE tasks.company_id = p.company_id AND tasks.kind = 'scrape_company'
        AND tasks.status IN ${CLAIMABLE_STATUSES_SQL} AND tasks.priority >= 0 AND tasks.priority <> p.priority`),
    bringForward: db.prepare(`
      UPDATE tasks SET status = CASE status WHEN 'failed' THEN 'pending' ELSE status END,
        priority = MIN(priority, @priority), run_at = MIN(run_at, @now), updated_at = @now WHERE id = @id AND status <> 'running'`),
  };
});

/** Due companies → scrape tasks (one open task per company) and fresher priorities for waiting ones. */
export function enqueueDue(store: Store, queue: TaskQueue, nowMs: number): { enqueued: number; reprioritised: number } {
  return writeTx(store, () => {
    const s = of(store);
    const reprioritised = s.reprioritise.run({ now: nowMs }).changes;
    const enqueued = s.enqueueDue.run({ now: nowMs, maxAttempts: queue.maxAttempts }).changes;
    return { enqueued, reprioritised };
  });
}

/** A scrape task for the company now, ahead of everything else; an open one is brought forward instead. */
export function forceScrape(store: Store, queue: TaskQueue, companyId: number, nowMs: number): { id: number; created: boolean } {
  return writeTx(store, () => {
    const result = queue.add({ kind: 'scrape_company', dedupeKey: scrapeDedupeKey({ companyId }), companyId, payload: { companyId },
      priority: FORCED_PRIORITY, runAt: nowMs }, nowMs);
    if (!result.created) of(store).bringForward.run({ id: result.id, priority: FORCED_PRIORITY, now: nowMs });
    return result;
  });
}
