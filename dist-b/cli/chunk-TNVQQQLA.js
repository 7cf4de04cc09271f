import {
  writeTx
} from "./chunk-IERKD2WH.js";

// dist/matches/repo.js
var EARLIER_MATCH_SQL = (p, userId, except) => `CASE WHEN ${p}.repost_of IS NOT NULL THEN (SELECT e.id
  FROM postings ep JOIN saved_jobs e ON e.user_id = ${userId} AND e.posting_id = ep.id
  WHERE (ep.id = ${p}.repost_of OR ep.repost_of = ${p}.repost_of) AND e.id <> ${except}
  ORDER BY e.status <> 'want_to_apply' DESC, e.updated_at DESC, e.id DESC LIMIT 1) END`;
function saveMatch(store, userId, postingId, analysisId, nowMs) {
  return store.sqlite.prepare(`INSERT INTO saved_jobs (user_id, posting_id, analysis_id, status, created_at, updated_at, notified_at)
      VALUES (@userId, @postingId, @analysisId, 'want_to_apply', @now, @now,
        (SELECT @now FROM postings p WHERE p.id = @postingId AND p.repost_change IS NULL AND (${EARLIER_MATCH_SQL("p", "@userId", "-1")}) IS NOT NULL))
      ON CONFLICT (user_id, posting_id) DO UPDATE SET analysis_id = excluded.analysis_id, updated_at = excluded.updated_at`).run({ userId, postingId, analysisId, now: nowMs }).changes > 0;
}
var MATCHES_FROM = `FROM saved_jobs sj JOIN users u ON u.id = sj.user_id JOIN postings p ON p.id = sj.posting_id
      JOIN postings r ON r.id = COALESCE(p.repost_of, p.id)
      JOIN companies c ON c.id = p.company_id LEFT JOIN analyses a ON a.id = sj.analysis_id
      WHERE (@user IS NULL OR u.email = @user) AND (@userId IS NULL OR sj.user_id = @userId) AND (@id IS NULL OR sj.id = @id)
        AND (@company IS NULL OR c.slug = @company) AND (@minScore IS NULL OR a.score >= @minScore)
        AND (@since IS NULL OR sj.created_at >= @since) AND (@status IS NULL OR sj.status = @status)
        AND (@unnotified = 0 OR sj.notified_at IS NULL) AND (@open = 0 OR p.closed_at IS NULL)
        AND (@closedSince IS NULL OR p.closed_at >= @closedSince)`;
var filterParams = (f) => ({
  user: f.user ?? null,
  userId: f.userId ?? null,
  id: f.id ?? null,
  company: f.company ?? null,
  minScore: f.minScore ?? null,
  since: f.sinceMs ?? null,
  status: f.status ?? null,
  unnotified: f.unnotified ? 1 : 0,
  open: f.open ? 1 : 0,
  closedSince: f.closedSinceMs ?? null
});
function listMatches(store, f, page) {
  const rows = store.sqlite.prepare(`SELECT sj.id, p.id AS postingId, u.email AS user, c.name AS company, p.title, a.score, a.verdict, p.url, p.location, sj.status, sj.note,
        a.reasons, p.first_seen_at AS firstSeenAt, p.closed_at AS closedAt, sj.created_at AS createdAt,
        COALESCE(p.workplace_type, c.work_model) AS workplace, COALESCE(r.published_at, r.first_seen_at) AS openSince,
        p.repost_of AS repostOf, r.url AS repostUrl, p.repost_change AS repostChange,
        ${EARLIER_MATCH_SQL("p", "sj.user_id", "sj.id")} AS earlierMatchId,
        (SELECT em.status FROM saved_jobs em WHERE em.id = ${EARLIER_MATCH_SQL("p", "sj.user_id", "sj.id")}) AS earlierStatus,
        sj.user_id AS userId, c.slug AS companySlug, a.concerns, p.compensation, sj.updated_at AS updatedAt
      ${MATCHES_FROM}
      ORDER BY a.score DESC, sj.created_at DESC, sj.id LIMIT @limit OFFSET @offset`).all({ ...filterParams(f), limit: page?.limit ?? -1, offset: page?.offset ?? 0 });
  const list = (json) => json ? JSON.parse(json) : [];
  return rows.map(({ repostOf, repostUrl, repostChange, earlierMatchId, earlierStatus, ...r }) => ({
    ...r,
    reasons: list(r.reasons),
    concerns: list(r.concerns),
    repost: repostOf === null ? null : { of: repostOf, url: repostUrl, change: repostChange, earlierMatchId, earlierStatus }
  }));
}
function countMatches(store, f) {
  return store.sqlite.prepare(`SELECT COUNT(*) AS n ${MATCHES_FROM}`).get(filterParams(f)).n;
}
function matchCompanies(store, userId) {
  return store.sqlite.prepare(`SELECT DISTINCT c.slug, c.name FROM saved_jobs sj JOIN postings p ON p.id = sj.posting_id
      JOIN companies c ON c.id = p.company_id WHERE sj.user_id = ? ORDER BY c.name COLLATE NOCASE`).all(userId);
}
function findMatch(store, id, userId) {
  return listMatches(store, { id, userId })[0];
}
function setMatchStatus(store, id, status, change, nowMs) {
  return writeTx(store, () => {
    const changed = store.sqlite.prepare(`UPDATE saved_jobs SET status = @status, note = COALESCE(@note, note),
        discard_reason = CASE WHEN @status = 'discarded' THEN COALESCE(@note, discard_reason) ELSE NULL END, updated_at = @now
        WHERE id = @id AND (@userId IS NULL OR user_id = @userId)`).run({ id, status, note: change.note ?? null, now: nowMs, userId: change.userId ?? null }).changes > 0;
    if (changed) {
      store.sqlite.prepare("INSERT INTO application_history (saved_job_id, status, note, via, created_at) VALUES (?, ?, ?, ?, ?)").run(id, status, change.note ?? null, change.via, nowMs);
    }
    return changed;
  });
}
function matchHistory(store, ids) {
  const byMatch = new Map(ids.map((id) => [id, []]));
  if (ids.length === 0)
    return byMatch;
  const rows = store.sqlite.prepare(`SELECT saved_job_id AS savedJobId, status, note, via, created_at AS createdAt FROM application_history
      WHERE saved_job_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, id`).all(JSON.stringify(ids));
  for (const r of rows)
    byMatch.get(r.savedJobId)?.push(r);
  return byMatch;
}
function matchToExplain(store, id) {
  const row = store.sqlite.prepare(`SELECT sj.id, sj.user_id AS userId, u.email AS user, sj.status, sj.discard_reason AS discardReason,
      c.name AS company, c.id AS companyId, p.title, p.location, p.workplace_type AS workplaceType, p.description_text AS descriptionText, p.url,
      a.score, a.verdict, a.analyzer, a.model, a.prompt_version AS promptVersion, a.reasons, a.concerns, a.created_at AS analysedAt,
      u.profile, u.cv_text AS cvText
    FROM saved_jobs sj JOIN users u ON u.id = sj.user_id JOIN postings p ON p.id = sj.posting_id JOIN companies c ON c.id = p.company_id
    LEFT JOIN analyses a ON a.id = sj.analysis_id WHERE sj.id = ?`).get(id);
  if (!row)
    return void 0;
  return {
    ...row,
    reasons: row.reasons ? JSON.parse(row.reasons) : [],
    concerns: row.concerns ? JSON.parse(row.concerns) : [],
    profile: row.profile ? JSON.parse(row.profile) : null
  };
}

export {
  saveMatch,
  listMatches,
  countMatches,
  matchCompanies,
  findMatch,
  setMatchStatus,
  matchHistory,
  matchToExplain
};
