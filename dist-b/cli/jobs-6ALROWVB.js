import {
  errorKindWords
} from "./chunk-K2WVCZSV.js";
import {
  HttpProblem,
  adminOnly,
  notFound
} from "./chunk-FWA5WURM.js";
import {
  listTasks,
  retryMessage,
  retryTask
} from "./chunk-6BHJ4JJ5.js";
import {
  REPORT_DAYS
} from "./chunk-HVCFYUSW.js";
import "./chunk-RF3DKUWY.js";
import "./chunk-U5AXCYXE.js";
import {
  listCompanies,
  requireCompany
} from "./chunk-WD5LNO2G.js";
import "./chunk-BMFWJ45U.js";
import "./chunk-TOKAQMRD.js";
import "./chunk-HSXQT5O5.js";
import "./chunk-YABR2AWV.js";
import {
  DAY_MS
} from "./chunk-DUZE2QZ6.js";
import "./chunk-TNVQQQLA.js";
import "./chunk-ABQ3YUBT.js";
import "./chunk-T6BXHNBH.js";
import "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import "./chunk-ICS75TSL.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";

// dist/report/jobs.js
function jobsReport(store, nowMs) {
  const db = store.sqlite;
  const lease = db.prepare("SELECT owner, acquired_at AS since, run_id AS runId, expires_at AS expiresAt FROM tick_lease WHERE id = 1").get();
  let running = null;
  if (lease && lease.expiresAt > nowMs) {
    const counts = lease.runId === null ? [] : db.prepare(`SELECT outcome, COUNT(*) AS n FROM attempts
        WHERE run_id = @runId AND started_at >= (SELECT started_at FROM runs WHERE id = @runId) GROUP BY outcome
        UNION ALL SELECT 'running', COUNT(*) FROM tasks WHERE status = 'running' AND run_id = @runId`).all({ runId: lease.runId });
    const n = (o) => counts.find((c) => c.outcome === o)?.n ?? 0;
    running = {
      owner: lease.owner,
      since: lease.since,
      runId: lease.runId,
      attempts: { succeeded: n("succeeded"), failed: n("failed"), deferred: n("deferred"), running: n("running") },
      waiting: db.prepare(`SELECT COUNT(*) AS n FROM tasks WHERE status IN ('pending','failed') AND run_at <= ?`).get(nowMs).n
    };
  }
  return {
    queue: db.prepare("SELECT kind, status, count FROM v_queue ORDER BY kind, status").all(),
    runs: db.prepare(`SELECT id, started_at AS startedAt, finished_at AS finishedAt, duration_ms AS durationMs, status, exit_code AS exitCode,
        enqueued, succeeded, failed, deferred FROM runs WHERE started_at >= ? ORDER BY started_at DESC, id DESC`).all(nowMs - REPORT_DAYS * DAY_MS),
    running
  };
}
function companyAttempts(store, companyId, limit = 50) {
  return store.sqlite.prepare(`SELECT id, task_id AS taskId, run_id AS runId, kind, attempt, started_at AS startedAt, duration_ms AS durationMs,
      outcome, error_kind AS errorKind, error_message AS errorMessage, detail FROM attempts WHERE company_id = ? ORDER BY started_at DESC, id DESC LIMIT ?`).all(companyId, limit).map((r) => ({ ...r, detail: r.detail ? JSON.parse(r.detail) : null }));
}

// dist/web/actions/jobs.js
function problems(deps) {
  const companies = listCompanies(deps.store, { problematic: true, nowMs: deps.clock.now() }).map((c) => ({
    slug: c.slug,
    name: c.name,
    consecutiveFailures: c.consecutiveFailures,
    lastErrorKind: c.lastErrorKind,
    lastError: c.lastError,
    lastErrorWords: errorKindWords(c.lastErrorKind),
    breakerOpenUntil: c.breakerOpenUntil,
    lastSuccessAt: c.lastSuccessAt
  }));
  const deadTasks = listTasks(deps.store, "dead").map((t) => ({
    id: t.id,
    kind: t.kind,
    status: t.status,
    company: t.company,
    attempts: t.attempts,
    maxAttempts: t.maxAttempts,
    runAt: t.runAt,
    lastErrorKind: t.lastErrorKind,
    lastError: t.lastError,
    lastErrorWords: errorKindWords(t.lastErrorKind)
  }));
  return { companies, deadTasks };
}
function retry(deps, caller, id) {
  if (!caller.account.isAdmin)
    throw adminOnly();
  const result = retryTask(deps.store, id, deps.clock.now());
  if (result === "not_found")
    throw notFound(`task #${id}`);
  if (result !== "retried")
    throw new HttpProblem(409, "Conflict", retryMessage(id, result));
  return { id, message: retryMessage(id, result) };
}
var jobs = (deps) => jobsReport(deps.store, deps.clock.now());
function attemptsOf(deps, slug) {
  let company;
  try {
    company = requireCompany(deps.store, slug);
  } catch {
    throw notFound(`company "${slug}"`);
  }
  return companyAttempts(deps.store, company.id);
}
export {
  attemptsOf,
  jobs,
  problems,
  retry
};
