// Matches (saved_jobs): the postings an analysis found good enough, what the user did about them, and
// the queries the CLI, the digests and the report read them with.

import { writeTx, type Store } from '../db/client.js';
import type { ApplicationStatus } from '../db/enums.js';

/** Saves (or refreshes) a match for an analysis; call inside the analysis's transaction. Returns whether a row changed. */
export function saveMatch(store: Store, userId: number, postingId: number, analysisId: number, nowMs: number): boolean {
  return store.sqlite
    .prepare(`INSERT INTO saved_jobs (user_id, posting_id, analysis_id, status, created_at, updated_at) VALUES (?, ?, ?, 'want_to_apply', ?, ?)
      ON CONFLICT (user_id, posting_id) DO UPDATE SET analysis_id = excluded.analysis_id, updated_at = excluded.updated_at`)
    .run(userId, postingId, analysisId, nowMs, nowMs).changes > 0;
}

export interface MatchRow {
  id: number; user: string; company: string; title: string; score: number | null; verdict: string | null; url: string;
  location: string | null; status: ApplicationStatus; note: string | null; reasons: string[]; firstSeenAt: number; closedAt: number | null; createdAt: number;
  /** The posting's workplace type, else the company's work model. */
  workplace: string | null;
}

export interface MatchFilter {
  user?: string;
  minScore?: number;
  sinceMs?: number;
  status?: string;
  /** Only matches no digest has announced to every channel yet. */
  unnotified?: boolean;
  /** Only matches whose posting is open. */
  open?: boolean;
  /** Only matches whose posting closed at or after this time. */
  closedSinceMs?: number;
}

export function listMatches(store: Store, f: MatchFilter): MatchRow[] {
  const rows = store.sqlite
    .prepare(`SELECT sj.id, u.email AS user, c.name AS company, p.title, a.score, a.verdict, p.url, p.location, sj.status, sj.note,
        a.reasons, p.first_seen_at AS firstSeenAt, p.closed_at AS closedAt, sj.created_at AS createdAt,
        COALESCE(p.workplace_type, c.work_model) AS workplace
      FROM saved_jobs sj JOIN users u ON u.id = sj.user_id JOIN postings p ON p.id = sj.posting_id
      JOIN companies c ON c.id = p.company_id LEFT JOIN analyses a ON a.id = sj.analysis_id
      WHERE (@user IS NULL OR u.email = @user) AND (@minScore IS NULL OR a.score >= @minScore)
        AND (@since IS NULL OR sj.created_at >= @since) AND (@status IS NULL OR sj.status = @status)
        AND (@unnotified = 0 OR sj.notified_at IS NULL) AND (@open = 0 OR p.closed_at IS NULL)
        AND (@closedSince IS NULL OR p.closed_at >= @closedSince)
      ORDER BY a.score DESC, sj.created_at DESC, sj.id`)
    .all({
      user: f.user ?? null, minScore: f.minScore ?? null, since: f.sinceMs ?? null, status: f.status ?? null,
      unnotified: f.unnotified ? 1 : 0, open: f.open ? 1 : 0, closedSince: f.closedSinceMs ?? null,
    }) as (Omit<MatchRow, 'reasons'> & { reasons: string | null })[];
  return rows.map((r) => ({ ...r, reasons: r.reasons ? (JSON.parse(r.reasons) as string[]) : [] }));
}

/**
 * Records where an application stands. `discarded` ("not for me") keeps the note as the reason later similar
 * postings are lowered for (matches/learning.ts); any other status clears the reason, which undoes the lowering.
 */
export function setMatchStatus(store: Store, id: number, status: ApplicationStatus, note: string | undefined, nowMs: number): boolean {
  return writeTx(store, () =>
    store.sqlite.prepare(`UPDATE saved_jobs SET status = @status, note = COALESCE(@note, note),
        discard_reason = CASE WHEN @status = 'discarded' THEN COALESCE(@note, discard_reason) ELSE NULL END, updated_at = @now WHERE id = @id`)
      .run({ id, status, note: note ?? null, now: nowMs }).changes > 0);
}

/** One match with its posting, its stored analysis and its user's scoring input, for `matches explain`. */
export interface MatchDetail {
  id: number; userId: number; user: string; status: ApplicationStatus; discardReason: string | null;
  company: string; companyId: number; title: string; location: string | null; workplaceType: string | null; descriptionText: string | null; url: string;
  score: number | null; verdict: string | null; analyzer: string | null; model: string | null; promptVersion: string | null;
  reasons: string[]; concerns: string[]; analysedAt: number | null;
  profile: unknown; cvText: string | null;
}

export function matchDetail(store: Store, id: number): MatchDetail | undefined {
  const row = store.sqlite.prepare(`SELECT sj.id, sj.user_id AS userId, u.email AS user, sj.status, sj.discard_reason AS discardReason,
      c.name AS company, c.id AS companyId, p.title, p.location, p.workplace_type AS workplaceType, p.description_text AS descriptionText, p.url,
      a.score, a.verdict, a.analyzer, a.model, a.prompt_version AS promptVersion, a.reasons, a.concerns, a.created_at AS analysedAt,
      u.profile, u.cv_text AS cvText
    FROM saved_jobs sj JOIN users u ON u.id = sj.user_id JOIN postings p ON p.id = sj.posting_id JOIN companies c ON c.id = p.company_id
    LEFT JOIN analyses a ON a.id = sj.analysis_id WHERE sj.id = ?`).get(id) as (Omit<MatchDetail, 'reasons' | 'concerns' | 'profile'> & { reasons: string | null; concerns: string | null; profile: string | null }) | undefined;
  if (!row) return undefined;
  return { ...row, reasons: row.reasons ? (JSON.parse(row.reasons) as string[]) : [], concerns: row.concerns ? (JSON.parse(row.concerns) as string[]) : [],
    profile: row.profile ? (JSON.parse(row.profile) as unknown) : null };
}
