// Digest storage: what could be told now (unnotified matches, recently closed saved postings, warnings),
// what each channel was already told, and the log of digests sent or failed.

import { listMatches } from '../matches/repo.js';
import type { Config } from '../config/config.js';
import { quotaDay } from '../core/quotaDay.js';
import { writeTx, type Store } from '../db/client.js';
import type { DigestChannel, DigestStatus } from '../db/enums.js';
import { BREAKER_THRESHOLD } from '../schedule/backoff.js';
import { DAY_MS } from '../schedule/tiers.js';
import { closedKey, digestKeys, matchKey, type Digest, type DigestClosed, type DigestMatch, type DigestWarning } from './digest.js';
import { postingAge } from '../matches/age.js';
import { companyWarning, quotaWarning, type FailingCompany } from './warnings.js';

/** A closed saved posting is news for this long; older closings are not announced to a new channel. */
const CLOSED_NEWS_MS = 14 * DAY_MS;

/** The quota warning needs to know whether Gemini is in use, which model, and its daily limit. */
export type GeminiLimits = Pick<Config['gemini'], 'apiKey' | 'model' | 'dailyRequests'>;

/** Everything worth telling right now, before filtering out what a channel has heard. */
export function digestCandidates(store: Store, gemini: GeminiLimits, nowMs: number, staleDays: number): Digest {
  const matches = listMatches(store, { unnotified: true, open: true }).map((m): DigestMatch => ({
    key: matchKey(m.id), savedJobId: m.id, userId: m.userId, user: m.user, company: m.company, title: m.title, score: m.score, reasons: m.reasons,
    location: m.location, workplace: m.workplace, url: m.url, ...postingAge(m.openSince, nowMs, staleDays),
    repost: m.repost && { change: m.repost.change, earlierStatus: m.repost.earlierStatus },
  }));
  // A saved posting that came back as a repost did not close for the user: its repost stands open.
  const reposted = store.sqlite.prepare(`SELECT 1 FROM postings p JOIN postings o ON o.repost_of = COALESCE(p.repost_of, p.id)
      WHERE p.id = ? AND o.id <> p.id AND o.closed_at IS NULL LIMIT 1`).pluck();
  const closed = listMatches(store, { closedSinceMs: nowMs - CLOSED_NEWS_MS })
    .filter((m) => m.status !== 'discarded' && reposted.get(m.postingId) === undefined)
    .sort((a, b) => b.closedAt! - a.closedAt! || a.id - b.id)
    .map((m): DigestClosed => ({
      key: closedKey(m.id, m.closedAt!), savedJobId: m.id, user: m.user, company: m.company, title: m.title, status: m.status, url: m.url,
      closedAt: m.closedAt!,
    }));
  return { matches, closed, warnings: healthWarnings(store, gemini, nowMs) };
}

function healthWarnings(store: Store, gemini: GeminiLimits, nowMs: number): DigestWarning[] {
  const db = store.sqlite;
  // Only tracked companies: an untracked one is never scraped, so its old failures are not news.
  const failing = db.prepare(`SELECT c.id, c.slug, c.consecutive_failures AS consecutiveFailures, c.last_error_kind AS lastErrorKind,
        c.last_error AS lastError, c.last_success_at AS lastSuccessAt, c.breaker_open_until AS breakerOpenUntil
      FROM companies c WHERE c.consecutive_failures >= ?
        AND EXISTS (SELECT 1 FROM preferences p WHERE p.company_id = c.id AND p.tracking = 1)
      ORDER BY c.consecutive_failures DESC, c.slug`).all(BREAKER_THRESHOLD) as FailingCompany[];
  const warnings = failing.map(companyWarning);
  if (gemini.apiKey) {
    const day = quotaDay(nowMs);
    const usage = db.prepare('SELECT requests, exhausted_until AS exhaustedUntil FROM ai_usage WHERE day = ? AND model = ?').get(day, gemini.model) as
      { requests: number; exhaustedUntil: number | null } | undefined;
    const waiting = (db.prepare(`SELECT COUNT(*) AS n FROM tasks WHERE kind = 'analyze_postings' AND status IN ('pending','failed')`).get() as { n: number }).n;
    const quota = quotaWarning({
      day, model: gemini.model, requests: usage?.requests ?? 0, dailyLimit: gemini.dailyRequests,
      exhaustedUntil: usage?.exhaustedUntil ?? null, waitingAnalyses: waiting,
    }, nowMs);
    if (quota) warnings.push(quota);
  }
  return warnings;
}

/** The keys among `keys` that a channel's sent digests already carried. */
export function toldKeys(store: Store, channel: DigestChannel, keys: readonly string[]): Set<string> {
  if (keys.length === 0) return new Set();
  const rows = store.sqlite.prepare(`SELECT DISTINCT di.item_key AS key FROM digest_items di JOIN digests d ON d.id = di.digest_id
      WHERE d.channel = ? AND d.status = 'sent' AND di.item_key IN (SELECT value FROM json_each(?))`)
    .all(channel, JSON.stringify(keys)) as { key: string }[];
  return new Set(rows.map((r) => r.key));
}

export interface DigestRecord {
  runId: number | null;
  channel: DigestChannel;
  status: DigestStatus;
  digest: Digest;
  error: string | null;
}

/** Logs one digest; a sent one keeps its item keys so the channel is never told them again. */
export function recordDigest(store: Store, r: DigestRecord, nowMs: number): number {
  return writeTx(store, () => {
    const id = Number(store.sqlite.prepare(`INSERT INTO digests (run_id, channel, status, created_at, matches, closed, warnings, error)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(r.runId, r.channel, r.status, nowMs, r.digest.matches.length, r.digest.closed.length,
      r.digest.warnings.length, r.error).lastInsertRowid);
    if (r.status === 'sent') {
      const insert = store.sqlite.prepare('INSERT OR IGNORE INTO digest_items (digest_id, item_key) VALUES (?, ?)');
      for (const key of digestKeys(r.digest)) insert.run(id, key);
    }
    return id;
  });
}

/**
 * Sets `saved_jobs.notified_at` for the saved postings that every configured channel has now been told
 * about (as a new match, or as closed). Until then the match stays a candidate for the channels missing it.
 */
export function markNotified(store: Store, channels: readonly DigestChannel[], candidates: Digest, nowMs: number): number {
  if (channels.length === 0) return 0;
  const keysBySavedJob = new Map<number, string[]>();
  for (const item of [...candidates.matches, ...candidates.closed]) {
    keysBySavedJob.set(item.savedJobId, [...(keysBySavedJob.get(item.savedJobId) ?? []), item.key]);
  }
  const allKeys = [...keysBySavedJob.values()].flat();
  const toldBy = channels.map((c) => toldKeys(store, c, allKeys));
  const done = [...keysBySavedJob].filter(([, keys]) => toldBy.every((told) => keys.some((k) => told.has(k)))).map(([id]) => id);
  if (done.length === 0) return 0;
  return writeTx(store, () => store.sqlite
    .prepare('UPDATE saved_jobs SET notified_at = ? WHERE notified_at IS NULL AND id IN (SELECT value FROM json_each(?))')
    .run(nowMs, JSON.stringify(done)).changes);
}
