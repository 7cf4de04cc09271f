import {
  statusReport
} from "./chunk-RF3DKUWY.js";
import {
  DAY_MS
} from "./chunk-DUZE2QZ6.js";
import {
  listMatches
} from "./chunk-TNVQQQLA.js";

// dist/report/reportData.js
var REPORT_DAYS = 14;
function gatherReport(store, config, nowMs, ownRunId = null) {
  const since = nowMs - REPORT_DAYS * DAY_MS;
  const runs = store.sqlite.prepare(`SELECT id, started_at AS startedAt, duration_ms AS durationMs, status, exit_code AS exitCode,
      succeeded, failed, deferred FROM runs WHERE started_at >= ? ORDER BY started_at, id`).all(since);
  const closed = store.sqlite.prepare(`SELECT c.name AS company, p.title, p.url, p.first_seen_at AS firstSeenAt, p.closed_at AS closedAt,
      (SELECT sj.status FROM saved_jobs sj WHERE sj.posting_id = p.id ORDER BY sj.updated_at DESC LIMIT 1) AS savedStatus,
      EXISTS (SELECT 1 FROM postings o WHERE o.repost_of = COALESCE(p.repost_of, p.id) AND o.id <> p.id AND o.closed_at IS NULL) AS reposted
      FROM postings p JOIN companies c ON c.id = p.company_id WHERE p.closed_at >= ? ORDER BY p.closed_at DESC LIMIT 200`).all(since);
  return {
    generatedAt: nowMs,
    status: statusReport(store, config, nowMs, ownRunId),
    runs,
    matches: listMatches(store, {}),
    closed: closed.map((c) => ({ ...c, reposted: c.reposted === 1 })),
    minScore: config.minScore,
    staleDays: config.staleDays
  };
}

export {
  REPORT_DAYS,
  gatherReport
};
