import {
  saveMatch
} from "./chunk-TNVQQQLA.js";
import {
  writeTx
} from "./chunk-IERKD2WH.js";

// dist/analyze/repo.js
import { createHash } from "node:crypto";
function analysisCacheKey(contentHash, analyzer, model, promptVersion, profileHash) {
  return createHash("sha256").update([contentHash, analyzer, model ?? "-", promptVersion, profileHash].join("|")).digest("hex");
}
function openPostingsOf(store, companyId) {
  return store.sqlite.prepare(`SELECT id, company_id AS companyId, title, location, workplace_type AS workplaceType, description_text AS descriptionText, content_hash AS contentHash
      FROM postings WHERE company_id = ? AND closed_at IS NULL ORDER BY id`).all(companyId);
}
function otherPendingOf(store, userId, exceptCompanyId, isPending, limit) {
  const candidates = store.sqlite.prepare(`SELECT p.id, p.company_id AS companyId, p.title, p.location, p.workplace_type AS workplaceType, p.description_text AS descriptionText, p.content_hash AS contentHash
      FROM postings p JOIN preferences pr ON pr.company_id = p.company_id AND pr.user_id = ? AND pr.tracking = 1
      WHERE p.closed_at IS NULL AND p.company_id <> ? ORDER BY pr.rank DESC, p.id LIMIT 500`).all(userId, exceptCompanyId);
  const out = [];
  for (const c of candidates) {
    if (out.length >= limit)
      break;
    if (isPending(c))
      out.push(c);
  }
  return out;
}
function scrapesRunningFor(store, userId) {
  return store.sqlite.prepare(`SELECT COUNT(*) AS n FROM tasks t JOIN preferences p ON p.company_id = t.company_id AND p.user_id = ? AND p.tracking = 1
      WHERE t.kind = 'scrape_company' AND t.status = 'running'`).get(userId).n;
}
function hasAnalysis(store, userId, postingId, cacheKey) {
  return Boolean(store.sqlite.prepare("SELECT 1 FROM analyses WHERE user_id = ? AND posting_id = ? AND cache_key = ?").get(userId, postingId, cacheKey));
}
function saveAnalysis(store, userId, postingId, cacheKey, a, minScore, nowMs) {
  return writeTx(store, () => {
    const analysisId = Number(store.sqlite.prepare(`INSERT INTO analyses (posting_id, user_id, score, verdict, reasons, concerns, analyzer, model, prompt_version, cache_key, flagged, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, posting_id, cache_key) DO NOTHING`).run(postingId, userId, a.score, a.verdict, JSON.stringify(a.reasons), JSON.stringify(a.concerns), a.analyzer, a.model, a.promptVersion, cacheKey, a.flagged ? 1 : 0, nowMs).lastInsertRowid);
    if (a.score < minScore || a.verdict === "excluded" || a.flagged)
      return false;
    return saveMatch(store, userId, postingId, analysisId, nowMs);
  });
}
function analysingUsersOf(store, companyId) {
  return store.sqlite.prepare(`SELECT u.id FROM preferences p JOIN users u ON u.id = p.user_id WHERE p.company_id = ? AND p.tracking = 1 AND (u.profile IS NOT NULL OR u.cv_text IS NOT NULL)`).all(companyId).map((r) => r.id);
}

export {
  analysisCacheKey,
  openPostingsOf,
  otherPendingOf,
  scrapesRunningFor,
  hasAnalysis,
  saveAnalysis,
  analysingUsersOf
};
