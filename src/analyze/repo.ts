// Analyses in the store: what a user still has to see analysed, and saving analyses (those at or above
// the minimum score become matches, see matches/repo.ts).

import { createHash } from 'node:crypto';
import { writeTx, type Store } from '../db/client.js';
import { saveMatch } from '../matches/repo.js';
import type { Analysis, PostingForAnalysis } from './types.js';

export interface PendingPosting extends PostingForAnalysis {
  id: number;
  companyId: number;
  contentHash: string;
}

/** The cache key: the same posting content, analyzer, model, prompt version and profile are never analysed twice. */
export function analysisCacheKey(contentHash: string, analyzer: string, model: string | null, promptVersion: string, profileHash: string): string {
  return createHash('sha256').update([contentHash, analyzer, model ?? '-', promptVersion, profileHash].join('|')).digest('hex');
}

export function openPostingsOf(store: Store, companyId: number): PendingPosting[] {
  return store.sqlite
    .prepare(`SELECT id, company_id AS companyId, title, location, workplace_type AS workplaceType, description_text AS descriptionText, content_hash AS contentHash
      FROM postings WHERE company_id = ? AND closed_at IS NULL ORDER BY id`)
    .all(companyId) as PendingPosting[];
}

/** Up to `limit` pending postings of the user's other tracked companies, highest rank first (batch filling). */
export function otherPendingOf(store: Store, userId: number, exceptCompanyId: number, isPending: (p: PendingPosting) => boolean, limit: number): PendingPosting[] {
  const candidates = store.sqlite
    .prepare(`SELECT p.id, p.company_id AS companyId, p.title, p.location, p.workplace_type AS workplaceType, p.description_text AS descriptionText, p.content_hash AS contentHash
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
    const inserted = store.sqlite
      .prepare(`INSERT INTO analyses (posting_id, user_id, score, verdict, reasons, concerns, analyzer, model, prompt_version, cache_key, flagged, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, posting_id, cache_key) DO NOTHING`)
      .run(postingId, userId, a.score, a.verdict, JSON.stringify(a.reasons), JSON.stringify(a.concerns), a.analyzer, a.model,
        a.promptVersion, cacheKey, a.flagged ? 1 : 0, nowMs);
    // Saved before (a task run again after a crash between this commit and its outcome's): lastInsertRowid would
    // then be another row's id, so the match links the analysis already there.
    const analysisId = inserted.changes > 0 ? Number(inserted.lastInsertRowid)
      : (store.sqlite.prepare('SELECT id FROM analyses WHERE user_id = ? AND posting_id = ? AND cache_key = ?').get(userId, postingId, cacheKey) as { id: number }).id;
    // A posting that tried to instruct the model is kept for a person to look at, never saved as a match.
    if (a.score < minScore || a.verdict === 'excluded' || a.flagged) return false;
    return saveMatch(store, userId, postingId, analysisId, nowMs);
  });
}

/** Users tracking a company who have a profile or a CV to derive one from: whose analyses a scrape's new postings need. */
export function analysingUsersOf(store: Store, companyId: number): number[] {
  return (store.sqlite
    .prepare(`SELECT u.id FROM preferences p JOIN users u ON u.id = p.user_id WHERE p.company_id = ? AND p.tracking = 1 AND (u.profile IS NOT NULL OR u.cv_text IS NOT NULL)`)
    .all(companyId) as { id: number }[]).map((r) => r.id);
}
