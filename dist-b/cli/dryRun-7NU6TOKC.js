import {
  DUE_WITHOUT_TASK_SQL
} from "./chunk-NJD3LYCK.js";
import "./chunk-N5S2ZEWS.js";
import {
  CLAIMABLE_STATUSES_SQL,
  claimOrderSql
} from "./chunk-YJ4EJ3TG.js";
import "./chunk-DTIESMB2.js";
import "./chunk-MH5SMUGM.js";
import "./chunk-DUZE2QZ6.js";
import "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import "./chunk-ICS75TSL.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";

// dist/tick/dryRun.js
function planTick(store, nowMs, only) {
  const scrapes = only !== "analyze_postings";
  const due = scrapes ? store.sqlite.prepare(`SELECT * FROM (${DUE_WITHOUT_TASK_SQL}) ORDER BY priority, runAt`).all({ now: nowMs }) : [];
  const queued = store.sqlite.prepare(`SELECT t.id, t.kind, c.slug, s.effective_rank AS rank, t.attempts, t.priority, t.run_at
      FROM tasks t LEFT JOIN companies c ON c.id = t.company_id LEFT JOIN v_schedule s ON s.company_id = t.company_id
      WHERE t.status IN ${CLAIMABLE_STATUSES_SQL} AND t.run_at <= @now AND (@kind IS NULL OR t.kind = @kind)
      ORDER BY ${claimOrderSql("t")}`).all({ now: nowMs, kind: only });
  const drainOrder = [
    ...queued.map((t) => ({ kind: t.kind, slug: t.slug, rank: t.rank, source: "queued", taskId: t.id, attempts: t.attempts, priority: t.priority, runAt: t.run_at })),
    ...due.map((d) => ({ kind: "scrape_company", slug: d.slug, rank: d.rank, source: "due", taskId: null, attempts: 0, priority: d.priority, runAt: d.runAt }))
  ].sort((a, b) => a.priority - b.priority || a.runAt - b.runAt);
  const wouldRecover = store.sqlite.prepare(`SELECT COUNT(*) AS n FROM tasks WHERE status = 'running'`).get().n;
  return {
    wouldRecover,
    wouldEnqueue: due.map((d) => ({ slug: d.slug, rank: d.rank, nextDueAt: d.runAt })),
    drainOrder: drainOrder.map(({ kind, slug, rank, source, taskId, attempts }) => ({ kind, slug, rank, source, taskId, attempts }))
  };
}
export {
  planTick
};
