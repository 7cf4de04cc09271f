import {
  STARVATION_INTERVALS
} from "./chunk-N5S2ZEWS.js";
import {
  CLAIMABLE_STATUSES_SQL,
  FORCED_PRIORITY,
  ON_OPEN_DUPLICATE_SQL,
  OPEN_TASK_SQL,
  scrapeDedupeKey,
  scrapeDedupeKeySql
} from "./chunk-YJ4EJ3TG.js";
import {
  writeTx
} from "./chunk-IERKD2WH.js";
import {
  oncePer
} from "./chunk-YU7T37VA.js";

// dist/schedule/scheduleSql.js
function drainPrioritySql(rankColumn, dueColumn, intervalColumn, nowParam) {
  return `(CASE WHEN ${nowParam} - ${dueColumn} > ${STARVATION_INTERVALS} * ${intervalColumn} THEN 0 ELSE 1000 END + (100 - ${rankColumn}))`;
}

// dist/tasks/enqueueScrapes.js
var PRIORITY_SQL = drainPrioritySql("s.effective_rank", "s.next_due_at", "s.interval_ms", "@now");
var DUE_COMPANIES_SQL = `
  SELECT s.company_id AS companyId, s.slug, s.effective_rank AS rank, s.next_due_at AS runAt, ${PRIORITY_SQL} AS priority
  FROM v_schedule s
  WHERE s.next_due_at <= @now AND (s.breaker_open_until IS NULL OR s.breaker_open_until <= @now)`;
var DUE_WITHOUT_TASK_SQL = `
  SELECT d.* FROM (${DUE_COMPANIES_SQL}) d
  WHERE NOT EXISTS (SELECT 1 FROM tasks t WHERE t.dedupe_key = ${scrapeDedupeKeySql("d.companyId")} AND ${OPEN_TASK_SQL("t")})`;
var of = oncePer((store) => {
  const db = store.sqlite;
  return {
    enqueueDue: db.prepare(`
      INSERT INTO tasks (kind, status, company_id, dedupe_key, payload, priority, run_at, attempts, max_attempts, created_at, updated_at)
      SELECT 'scrape_company', 'pending', d.companyId, ${scrapeDedupeKeySql("d.companyId")}, json_object('companyId', d.companyId),
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
        priority = MIN(priority, @priority), run_at = MIN(run_at, @now), updated_at = @now WHERE id = @id AND status <> 'running'`)
  };
});
function enqueueDue(store, queue, nowMs) {
  return writeTx(store, () => {
    const s = of(store);
    const reprioritised = s.reprioritise.run({ now: nowMs }).changes;
    const enqueued = s.enqueueDue.run({ now: nowMs, maxAttempts: queue.maxAttempts }).changes;
    return { enqueued, reprioritised };
  });
}
function forceScrape(store, queue, companyId, nowMs) {
  return writeTx(store, () => {
    const result = queue.add({
      kind: "scrape_company",
      dedupeKey: scrapeDedupeKey({ companyId }),
      companyId,
      payload: { companyId },
      priority: FORCED_PRIORITY,
      runAt: nowMs
    }, nowMs);
    if (!result.created)
      of(store).bringForward.run({ id: result.id, priority: FORCED_PRIORITY, now: nowMs });
    return result;
  });
}

export {
  DUE_COMPANIES_SQL,
  DUE_WITHOUT_TASK_SQL,
  enqueueDue,
  forceScrape
};
