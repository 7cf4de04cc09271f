// Analyses and matches in the store: what a user still has to see analysed, saving analyses, and the
// saved_jobs that analyses at or above the minimum score become.

import { createHash } from 'node:crypto';
import { writeTx, type Store } from '../db/client.js';
import type { ApplicationStatus } from '../db/enums.js';
import type { Analysis, PostingForAnalysis } from './types.js';

export interface PendingPosting extends PostingForAnalysis {
  id: number;
  contentHash: string;
}

/** The cache key: the same posting content, analyzer, model, prompt version and profile are never analysed twice. */
export function analysisCacheKey(contentHash: string, analyzer: string, model: string | null, promptVersion: string, profileHash: string): string {
  return createHash('sha256').update([contentHash, analyzer, model ?? '-', promptVersion, profileHash].join('|')).digest('hex');
}

export function openPostingsOf(store: Store, companyId: number): PendingPosting[] {
  return store.sqlite
    .prepare(`SELECT id, title, location, workplace_type AS workplaceType, description_text AS descriptionText, content_hash AS contentHash
      FROM postings WHERE company_id = ? AND closed_at IS NULL ORDER BY id`)
    .all(companyId) as PendingPosting[];
}

/** Up to `limit` pending postings of the user's other tracked companies, highest rank first (batch filling). */
export function otherPendingOf(store: Store, userId: number, exceptCompanyId: number, isPending: (p: PendingPosting) => boolean, limit: number): PendingPosting[] {
  const candidates = store.sqlite
    .prepare(`SELECT p.id, p.title, p.location, p.workplace_type AS workplaceType, p.description_text AS descriptionText, p.content_hash AS contentHash
      FROM postings p JOIN preferences pr ON pr.company_id = p.company_id AND pr.user_id = ? AND pr.tracking = 1
      WHERE p.closed_at IS NULL AND p.company_id <> ? ORDER BY pr.rank DESC, p.id LIMIT 500`)
    .all(userId, exceptCompanyId) as PendingPosting[];
  const out: PendingPosting[] = [];
  for (const c of candidates) {
    if (out.length >= limit) break;
    if (isPending(c)) out.push(c);
  }
  return out;
}

/** Scrapes of the user's tracked companies running right now (their postings may still come). */
export function scrapesRunningFor(store: Store, userId: number): number {
  return (store.sqlite
    .prepare(`SELECT COUNT(*) AS n FROM tasks t JOIN preferences p ON p.company_id = t.company_id AND p.user_id = ? AND p.tracking = 1
      WHERE t.kind = 'scrape_company' AND t.status = 'running'`)
    .get(userId) as { n: number }).n;
}

export function hasAnalysis(store: Store, userId: number, postingId: number, cacheKey: string): boolean {
  return Boolean(store.sqlite.prepare('SELECT 1 FROM analyses WHERE user_id = ? AND posting_id = ? AND cache_key = ?').get(userId, postingId, cacheKey));
}

/** Saves an analysis and, at or above `minScore`, the match. Returns whether a new match was saved. */
export function saveAnalysis(store: Store, userId: number, postingId: number, cacheKey: string, a: Analysis, minScore: number, nowMs: number): boolean {
  return writeTx(store, () => {
    const analysisId = Number(store.sqlite
      .prepare(`INSERT INTO analyses (posting_id, user_id, score, verdict, reasons, concerns, analyzer, model, prompt_version, cache_key, flagged, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, posting_id, cache_key) DO NOTHING`)
      .run(postingId, userId, a.score, a.verdict, JSON.stringify(a.reasons), JSON.stringify(a.concerns), a.analyzer, a.model,
        a.promptVersion, cacheKey, a.flagged ? 1 : 0, nowMs).lastInsertRowid);
    // A posting that tried to instruct the model is kept for a person to look at, never saved as a match.
    if (a.score < minScore || a.verdict === 'excluded' || a.flagged) return false;
    return store.sqlite
      .prepare(`INSERT INTO saved_jobs (user_id, posting_id, analysis_id, status, created_at, updated_at) VALUES (?, ?, ?, 'want_to_apply', ?, ?)
        ON CONFLICT (user_id, posting_id) DO UPDATE SET analysis_id = excluded.analysis_id, updated_at = excluded.updated_at`)
      .run(userId, postingId, analysisId, nowMs, nowMs).changes > 0;
  });
}

/** Users tracking a company who have a profile or a CV to derive one from: whose analyses a scrape's new postings need. */
export function analysingUsersOf(store: Store, companyId: number): number[] {
  return (store.sqlite
    .prepare(`SELECT u.id FROM preferences p JOIN users u ON u.id = p.user_id WHERE p.company_id = ? AND p.tracking = 1 AND (u.profile IS NOT NULL OR u.cv_text IS NOT NULL)`)
    .all(companyId) as { id: number }[]).map((r) => r.id);
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

export function setMatchStatus(store: Store, id: number, status: ApplicationStatus, note: string | undefined, nowMs: number): boolean {
  return writeTx(store, () =>
    store.sqlite.prepare(`UPDATE saved_jobs SET status = @status, note = COALESCE(@note, note), updated_at = @now WHERE id = @id`)
      .run({ id, status, note: note ?? null, now: nowMs }).changes > 0);
}
