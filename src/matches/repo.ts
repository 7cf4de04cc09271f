// Matches (saved_jobs): the postings an analysis found good enough, what the user did about them, and
// the queries the CLI, the digests and the report read them with.

import { writeTx, type Store } from '../db/client.js';
import type { ApplicationStatus, ChangeSource } from '../db/enums.js';

/**
 * The user's match on another posting of `p`'s repost chain (the posting it came back as, or an earlier repost):
 * one they acted on first (applied, interviewing …), then the latest.
 */
const EARLIER_MATCH_SQL = (p: string, userId: string, except: string) => `CASE WHEN ${p}.repost_of IS NOT NULL THEN (SELECT e.id
  FROM postings ep JOIN saved_jobs e ON e.user_id = ${userId} AND e.posting_id = ep.id
  WHERE (ep.id = ${p}.repost_of OR ep.repost_of = ${p}.repost_of) AND e.id <> ${except}
  ORDER BY e.status <> 'want_to_apply' DESC, e.updated_at DESC, e.id DESC LIMIT 1) END`;

/**
 * Saves (or refreshes) a match for an analysis; call inside the analysis's transaction. Returns whether a row changed.
 * A repost with no material change of a posting the user already has as a match is not news: it is saved as told.
 */
export function saveMatch(store: Store, userId: number, postingId: number, analysisId: number, nowMs: number): boolean {
  return store.sqlite
    .prepare(`INSERT INTO saved_jobs (user_id, posting_id, analysis_id, status, created_at, updated_at, notified_at)
      VALUES (@userId, @postingId, @analysisId, 'want_to_apply', @now, @now,
        (SELECT @now FROM postings p WHERE p.id = @postingId AND p.repost_change IS NULL AND (${EARLIER_MATCH_SQL('p', '@userId', '-1')}) IS NOT NULL))
      ON CONFLICT (user_id, posting_id) DO UPDATE SET analysis_id = excluded.analysis_id, updated_at = excluded.updated_at`)
    .run({ userId, postingId, analysisId, now: nowMs }).changes > 0;
}

export interface MatchRow {
  id: number; postingId: number; user: string; company: string; title: string; score: number | null; verdict: string | null; url: string;
  location: string | null; status: ApplicationStatus; note: string | null; reasons: string[]; firstSeenAt: number; closedAt: number | null; createdAt: number;
  /** The posting's workplace type, else the company's work model. */
  workplace: string | null;
  /** Where its age counts from: the published date when the source gave one, else when first seen; a repost's, its chain's first posting's. */
  openSince: number;
  /** A repost: the first posting of its chain, what changed materially (null: nothing), and the user's status on the earlier match, if any. */
  repost: { of: number; url: string; change: string | null; earlierMatchId: number | null; earlierStatus: ApplicationStatus | null } | null;
}

/** A match with everything the dashboard shows beside it. */
export interface MatchDetail extends MatchRow {
  userId: number; companySlug: string; concerns: string[]; compensation: string | null; updatedAt: number;
}

export interface MatchFilter {
  user?: string;
  /** One user's matches, by id (the dashboard's: a user sees only their own). */
  userId?: number;
  /** One match (with userId: only if it is that user's). */
  id?: number;
  /** One company, by slug. */
  company?: string;
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

type MatchSqlRow = Omit<MatchDetail, 'reasons' | 'concerns' | 'repost'> & { reasons: string | null; concerns: string | null;
  repostOf: number | null; repostUrl: string | null; repostChange: string | null; earlierMatchId: number | null; earlierStatus: ApplicationStatus | null };

/** The matches' joins and the filter's conditions, shared by the list and its count (`r`: the first posting of a repost's chain). */
const MATCHES_FROM = `FROM saved_jobs sj JOIN users u ON u.id = sj.user_id JOIN postings p ON p.id = sj.posting_id
      JOIN postings r ON r.id = COALESCE(p.repost_of, p.id)
      JOIN companies c ON c.id = p.company_id LEFT JOIN analyses a ON a.id = sj.analysis_id
      WHERE (@user IS NULL OR u.email = @user) AND (@userId IS NULL OR sj.user_id = @userId) AND (@id IS NULL OR sj.id = @id)
        AND (@company IS NULL OR c.slug = @company) AND (@minScore IS NULL OR a.score >= @minScore)
        AND (@since IS NULL OR sj.created_at >= @since) AND (@status IS NULL OR sj.status = @status)
        AND (@unnotified = 0 OR sj.notified_at IS NULL) AND (@open = 0 OR p.closed_at IS NULL)
        AND (@closedSince IS NULL OR p.closed_at >= @closedSince)`;

const filterParams = (f: MatchFilter) => ({
  user: f.user ?? null, userId: f.userId ?? null, id: f.id ?? null, company: f.company ?? null, minScore: f.minScore ?? null, since: f.sinceMs ?? null, status: f.status ?? null,
  unnotified: f.unnotified ? 1 : 0, open: f.open ? 1 : 0, closedSince: f.closedSinceMs ?? null,
});

/** The matches the filter selects, best first; a page of them with `page` (SQLite keeps only that page's rows while sorting). */
export function listMatches(store: Store, f: MatchFilter, page?: { limit: number; offset: number }): MatchDetail[] {
  const rows = store.sqlite
    .prepare(`SELECT sj.id, p.id AS postingId, u.email AS user, c.name AS company, p.title, a.score, a.verdict, p.url, p.location, sj.status, sj.note,
        a.reasons, p.first_seen_at AS firstSeenAt, p.closed_at AS closedAt, sj.created_at AS createdAt,
        COALESCE(p.workplace_type, c.work_model) AS workplace, COALESCE(r.published_at, r.first_seen_at) AS openSince,
        p.repost_of AS repostOf, r.url AS repostUrl, p.repost_change AS repostChange,
        ${EARLIER_MATCH_SQL('p', 'sj.user_id', 'sj.id')} AS earlierMatchId,
        (SELECT em.status FROM saved_jobs em WHERE em.id = ${EARLIER_MATCH_SQL('p', 'sj.user_id', 'sj.id')}) AS earlierStatus,
        sj.user_id AS userId, c.slug AS companySlug, a.concerns, p.compensation, sj.updated_at AS updatedAt
      ${MATCHES_FROM}
      ORDER BY a.score DESC, sj.created_at DESC, sj.id LIMIT @limit OFFSET @offset`)
    .all({ ...filterParams(f), limit: page?.limit ?? -1, offset: page?.offset ?? 0 }) as MatchSqlRow[];
  const list = (json: string | null) => (json ? (JSON.parse(json) as string[]) : []);
  return rows.map(({ repostOf, repostUrl, repostChange, earlierMatchId, earlierStatus, ...r }) => ({
    ...r, reasons: list(r.reasons), concerns: list(r.concerns),
    repost: repostOf === null ? null : { of: repostOf, url: repostUrl!, change: repostChange, earlierMatchId, earlierStatus },
  }));
}

/** How many matches the filter selects (all pages). */
export function countMatches(store: Store, f: MatchFilter): number {
  return (store.sqlite.prepare(`SELECT COUNT(*) AS n ${MATCHES_FROM}`).get(filterParams(f)) as { n: number }).n;
}

/** The companies a user has matches at, by name: the choices of the Matches page's company filter. */
export function matchCompanies(store: Store, userId: number): { slug: string; name: string }[] {
  return store.sqlite.prepare(`SELECT DISTINCT c.slug, c.name FROM saved_jobs sj JOIN postings p ON p.id = sj.posting_id
      JOIN companies c ON c.id = p.company_id WHERE sj.user_id = ? ORDER BY c.name COLLATE NOCASE`).all(userId) as { slug: string; name: string }[];
}

/** One match of one user; undefined when there is none, or it is another user's. */
export function findMatch(store: Store, id: number, userId: number): MatchDetail | undefined {
  return listMatches(store, { id, userId })[0];
}

export interface StatusChange {
  note?: string | undefined;
  /** Where the change was made, kept in the history. */
  via: ChangeSource;
  /** Only this user's match may change (the dashboard and the digest's actions); the CLI may change any. */
  userId?: number;
}

/**
 * Sets where an application stands and records the change in its history. False when there is no such match (of
 * that user). `discarded` ("not for me") keeps the note as the reason later similar postings are lowered for
 * (matches/learning.ts); any other status clears the reason, which undoes the lowering.
 */
export function setMatchStatus(store: Store, id: number, status: ApplicationStatus, change: StatusChange, nowMs: number): boolean {
  return writeTx(store, () => {
    const changed = store.sqlite.prepare(`UPDATE saved_jobs SET status = @status, note = COALESCE(@note, note),
        discard_reason = CASE WHEN @status = 'discarded' THEN COALESCE(@note, discard_reason) ELSE NULL END, updated_at = @now
        WHERE id = @id AND (@userId IS NULL OR user_id = @userId)`)
      .run({ id, status, note: change.note ?? null, now: nowMs, userId: change.userId ?? null }).changes > 0;
    if (changed) {
      store.sqlite.prepare('INSERT INTO application_history (saved_job_id, status, note, via, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(id, status, change.note ?? null, change.via, nowMs);
    }
    return changed;
  });
}

export interface HistoryEntry {
  savedJobId: number; status: ApplicationStatus; note: string | null; via: ChangeSource; createdAt: number;
}

/** The status changes of these matches, oldest first, by match id. */
export function matchHistory(store: Store, ids: readonly number[]): Map<number, HistoryEntry[]> {
  const byMatch = new Map<number, HistoryEntry[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byMatch;
  const rows = store.sqlite.prepare(`SELECT saved_job_id AS savedJobId, status, note, via, created_at AS createdAt FROM application_history
      WHERE saved_job_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, id`).all(JSON.stringify(ids)) as HistoryEntry[];
  for (const r of rows) byMatch.get(r.savedJobId)?.push(r);
  return byMatch;
}

/** One match with its posting, its stored analysis and its user's scoring input, for `matches explain`. */
export interface MatchToExplain {
  id: number; userId: number; user: string; status: ApplicationStatus; discardReason: string | null;
  company: string; companyId: number; title: string; location: string | null; workplaceType: string | null; descriptionText: string | null; url: string;
  score: number | null; verdict: string | null; analyzer: string | null; model: string | null; promptVersion: string | null;
  reasons: string[]; concerns: string[]; analysedAt: number | null;
  profile: unknown; cvText: string | null;
}

export function matchToExplain(store: Store, id: number): MatchToExplain | undefined {
  const row = store.sqlite.prepare(`SELECT sj.id, sj.user_id AS userId, u.email AS user, sj.status, sj.discard_reason AS discardReason,
      c.name AS company, c.id AS companyId, p.title, p.location, p.workplace_type AS workplaceType, p.description_text AS descriptionText, p.url,
      a.score, a.verdict, a.analyzer, a.model, a.prompt_version AS promptVersion, a.reasons, a.concerns, a.created_at AS analysedAt,
      u.profile, u.cv_text AS cvText
    FROM saved_jobs sj JOIN users u ON u.id = sj.user_id JOIN postings p ON p.id = sj.posting_id JOIN companies c ON c.id = p.company_id
    LEFT JOIN analyses a ON a.id = sj.analysis_id WHERE sj.id = ?`).get(id) as (Omit<MatchToExplain, 'reasons' | 'concerns' | 'profile'> & { reasons: string | null; concerns: string | null; profile: string | null }) | undefined;
  if (!row) return undefined;
  return { ...row, reasons: row.reasons ? (JSON.parse(row.reasons) as string[]) : [], concerns: row.concerns ? (JSON.parse(row.concerns) as string[]) : [],
    profile: row.profile ? (JSON.parse(row.profile) as unknown) : null };
}
