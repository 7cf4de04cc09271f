// Gathers what the HTML report shows: the status report plus 14 days of runs, every saved match and
// the postings closed recently. Read-only queries; rendering is report/html.ts.

import { listMatches, type MatchRow } from '../matches/repo.js';
import type { Config } from '../config/config.js';
import type { Store } from '../db/client.js';
import { DAY_MS } from '../schedule/tiers.js';
import { statusReport, type StatusReport } from './status.js';

export const REPORT_DAYS = 14;

export interface ReportRun {
  id: number;
  startedAt: number;
  durationMs: number | null;
  status: string;
  exitCode: number | null;
  succeeded: number;
  failed: number;
  deferred: number;
}

export interface ClosedPosting {
  company: string;
  title: string;
  url: string;
  firstSeenAt: number;
  closedAt: number;
  /** The application status when some user saved it as a match. */
  savedStatus: string | null;
}

export interface ReportData {
  generatedAt: number;
  status: StatusReport;
  runs: ReportRun[];
  matches: MatchRow[];
  closed: ClosedPosting[];
  minScore: number;
}

/** `ownRunId`: the tick writing the report as it ends (so the report does not call it running). */
export function gatherReport(store: Store, config: Config, nowMs: number, ownRunId: number | null = null): ReportData {
  const since = nowMs - REPORT_DAYS * DAY_MS;
  const runs = store.sqlite.prepare(`SELECT id, started_at AS startedAt, duration_ms AS durationMs, status, exit_code AS exitCode,
      succeeded, failed, deferred FROM runs WHERE started_at >= ? ORDER BY started_at, id`).all(since) as ReportRun[];
  const closed = store.sqlite.prepare(`SELECT c.name AS company, p.title, p.url, p.first_seen_at AS firstSeenAt, p.closed_at AS closedAt,
      (SELECT sj.status FROM saved_jobs sj WHERE sj.posting_id = p.id ORDER BY sj.updated_at DESC LIMIT 1) AS savedStatus
      FROM postings p JOIN companies c ON c.id = p.company_id WHERE p.closed_at >= ? ORDER BY p.closed_at DESC LIMIT 200`).all(since) as ClosedPosting[];
  return { generatedAt: nowMs, status: statusReport(store, config, nowMs, ownRunId), runs, matches: listMatches(store, {}), closed, minScore: config.minScore };
}
