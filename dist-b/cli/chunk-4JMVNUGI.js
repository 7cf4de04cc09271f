import {
  createActionToken
} from "./chunk-5MJBCDRW.js";
import {
  BREAKER_THRESHOLD
} from "./chunk-MH5SMUGM.js";
import {
  PartialDelivery,
  SEND_TIMEOUT_MS
} from "./chunk-PH4PHHXG.js";
import {
  closedKey,
  digestKeys,
  isEmptyDigest,
  matchKey,
  postingAge,
  untold
} from "./chunk-Z4DH2GGY.js";
import {
  DAY_MS
} from "./chunk-DUZE2QZ6.js";
import {
  listMatches
} from "./chunk-TNVQQQLA.js";
import {
  quotaDay
} from "./chunk-ABQ3YUBT.js";
import {
  writeTx
} from "./chunk-IERKD2WH.js";
import {
  utcMinute
} from "./chunk-SJIXDJEM.js";

// dist/notify/warnings.js
var QUOTA_WARNING_SHARE = 0.8;
function companyWarning(c) {
  const error = c.lastErrorKind ? `${c.lastErrorKind}${c.lastError ? `: ${c.lastError.slice(0, 160)}` : ""}` : "unknown error";
  const paused = c.breakerOpenUntil ? `; paused until ${utcMinute(c.breakerOpenUntil)}` : "";
  return {
    key: `warning:company:${c.id}:${c.lastSuccessAt ?? 0}`,
    text: `${c.slug} failed ${c.consecutiveFailures} times in a row (${error})${paused}. See \`scoutly companies show ${c.slug}\`.`
  };
}
function quotaWarning(q, nowMs) {
  const waiting = q.waitingAnalyses ? `; ${q.waitingAnalyses} analysis task(s) wait` : "";
  if (q.exhaustedUntil !== null && q.exhaustedUntil > nowMs) {
    return { key: `warning:quota:${q.day}:spent`, text: `Gemini's daily quota for ${q.model} is spent until ${utcMinute(q.exhaustedUntil)}${waiting}.` };
  }
  if (q.requests >= q.dailyLimit) {
    return { key: `warning:quota:${q.day}:spent`, text: `All ${q.dailyLimit} Gemini requests of GEMINI_DAILY_REQUESTS are used for quota day ${q.day}${waiting}.` };
  }
  if (q.requests >= Math.ceil(q.dailyLimit * QUOTA_WARNING_SHARE)) {
    return { key: `warning:quota:${q.day}:low`, text: `Gemini quota running out: ${q.requests} of ${q.dailyLimit} requests used on quota day ${q.day}${waiting}.` };
  }
  return null;
}

// dist/notify/repo.js
var CLOSED_NEWS_MS = 14 * DAY_MS;
function digestCandidates(store, gemini, nowMs, staleDays) {
  const matches = listMatches(store, { unnotified: true, open: true }).map((m) => ({
    key: matchKey(m.id),
    savedJobId: m.id,
    userId: m.userId,
    user: m.user,
    company: m.company,
    title: m.title,
    score: m.score,
    reasons: m.reasons,
    location: m.location,
    workplace: m.workplace,
    url: m.url,
    ...postingAge(m.openSince, nowMs, staleDays),
    repost: m.repost && { change: m.repost.change, earlierStatus: m.repost.earlierStatus }
  }));
  const reposted = store.sqlite.prepare(`SELECT 1 FROM postings p JOIN postings o ON o.repost_of = COALESCE(p.repost_of, p.id)
      WHERE p.id = ? AND o.id <> p.id AND o.closed_at IS NULL LIMIT 1`).pluck();
  const closed = listMatches(store, { closedSinceMs: nowMs - CLOSED_NEWS_MS }).filter((m) => m.status !== "discarded" && reposted.get(m.postingId) === void 0).sort((a, b) => b.closedAt - a.closedAt || a.id - b.id).map((m) => ({
    key: closedKey(m.id, m.closedAt),
    savedJobId: m.id,
    user: m.user,
    company: m.company,
    title: m.title,
    status: m.status,
    url: m.url,
    closedAt: m.closedAt
  }));
  return { matches, closed, warnings: healthWarnings(store, gemini, nowMs) };
}
function healthWarnings(store, gemini, nowMs) {
  const db = store.sqlite;
  const failing = db.prepare(`SELECT c.id, c.slug, c.consecutive_failures AS consecutiveFailures, c.last_error_kind AS lastErrorKind,
        c.last_error AS lastError, c.last_success_at AS lastSuccessAt, c.breaker_open_until AS breakerOpenUntil
      FROM companies c WHERE c.consecutive_failures >= ?
        AND EXISTS (SELECT 1 FROM preferences p WHERE p.company_id = c.id AND p.tracking = 1)
      ORDER BY c.consecutive_failures DESC, c.slug`).all(BREAKER_THRESHOLD);
  const warnings = failing.map(companyWarning);
  if (gemini.apiKey) {
    const day = quotaDay(nowMs);
    const usage = db.prepare("SELECT requests, exhausted_until AS exhaustedUntil FROM ai_usage WHERE day = ? AND model = ?").get(day, gemini.model);
    const waiting = db.prepare(`SELECT COUNT(*) AS n FROM tasks WHERE kind = 'analyze_postings' AND status IN ('pending','failed')`).get().n;
    const quota = quotaWarning({
      day,
      model: gemini.model,
      requests: usage?.requests ?? 0,
      dailyLimit: gemini.dailyRequests,
      exhaustedUntil: usage?.exhaustedUntil ?? null,
      waitingAnalyses: waiting
    }, nowMs);
    if (quota)
      warnings.push(quota);
  }
  return warnings;
}
function toldKeys(store, channel, keys) {
  if (keys.length === 0)
    return /* @__PURE__ */ new Set();
  const rows = store.sqlite.prepare(`SELECT DISTINCT di.item_key AS key FROM digest_items di JOIN digests d ON d.id = di.digest_id
      WHERE d.channel = ? AND d.status = 'sent' AND di.item_key IN (SELECT value FROM json_each(?))`).all(channel, JSON.stringify(keys));
  return new Set(rows.map((r) => r.key));
}
function recordDigest(store, r, nowMs) {
  return writeTx(store, () => {
    const id = Number(store.sqlite.prepare(`INSERT INTO digests (run_id, channel, status, created_at, matches, closed, warnings, error)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(r.runId, r.channel, r.status, nowMs, r.digest.matches.length, r.digest.closed.length, r.digest.warnings.length, r.error).lastInsertRowid);
    if (r.status === "sent") {
      const insert = store.sqlite.prepare("INSERT OR IGNORE INTO digest_items (digest_id, item_key) VALUES (?, ?)");
      for (const key of digestKeys(r.digest))
        insert.run(id, key);
    }
    return id;
  });
}
function markNotified(store, channels, candidates, nowMs) {
  if (channels.length === 0)
    return 0;
  const keysBySavedJob = /* @__PURE__ */ new Map();
  for (const item of [...candidates.matches, ...candidates.closed]) {
    keysBySavedJob.set(item.savedJobId, [...keysBySavedJob.get(item.savedJobId) ?? [], item.key]);
  }
  const allKeys = [...keysBySavedJob.values()].flat();
  const toldBy = channels.map((c) => toldKeys(store, c, allKeys));
  const done = [...keysBySavedJob].filter(([, keys]) => toldBy.every((told) => keys.some((k) => told.has(k)))).map(([id]) => id);
  if (done.length === 0)
    return 0;
  return writeTx(store, () => store.sqlite.prepare("UPDATE saved_jobs SET notified_at = ? WHERE notified_at IS NULL AND id IN (SELECT value FROM json_each(?))").run(nowMs, JSON.stringify(done)).changes);
}

// dist/notify/send.js
function pendingDigests(store, senders, gemini, nowMs, staleDays) {
  const candidates = digestCandidates(store, gemini, nowMs, staleDays);
  const keys = digestKeys(candidates);
  return {
    candidates,
    showUser: new Set([...candidates.matches, ...candidates.closed].map((i) => i.user)).size > 1,
    pending: senders.map((sender) => ({ sender, digest: untold(candidates, toldKeys(store, sender.channel, keys)) }))
  };
}
function withActionTokens(store, pending, webUrl, nowMs) {
  const made = /* @__PURE__ */ new Map();
  return writeTx(store, () => pending.map(({ sender, digest }) => ({
    sender,
    digest: {
      ...digest,
      matches: digest.matches.map((m) => {
        let actions = made.get(m.savedJobId);
        if (!actions) {
          const grant = (action) => createActionToken(store, { userId: m.userId, savedJobId: m.savedJobId, action }, nowMs);
          actions = { webUrl, appliedToken: grant("applied"), discardToken: grant("discarded") };
          made.set(m.savedJobId, actions);
        }
        return { ...m, actions };
      })
    }
  })));
}
async function sendDigests(deps) {
  const { store, senders, log } = deps;
  const timeoutMs = deps.timeoutMs ?? SEND_TIMEOUT_MS;
  if (senders.length === 0)
    return [];
  const found = pendingDigests(store, senders, deps.gemini, deps.now(), deps.staleDays);
  const { candidates, showUser } = found;
  const anyMatch = found.pending.some((p) => p.digest.matches.length > 0);
  const pending = deps.webUrl && anyMatch ? withActionTokens(store, found.pending, deps.webUrl, deps.now()) : found.pending;
  const outcomes = await Promise.all(pending.map(async ({ sender, digest }) => {
    const counts = { matches: digest.matches.length, closed: digest.closed.length, warnings: digest.warnings.length };
    if (isEmptyDigest(digest))
      return { channel: sender.channel, label: sender.label, status: "nothing_new", ...counts };
    try {
      await sender.send(digest, { nowMs: deps.now(), showUser, signal: AbortSignal.timeout(timeoutMs), timeoutMs });
    } catch (err) {
      const error = err.message;
      let unsent = digest;
      if (err instanceof PartialDelivery) {
        recordDigest(store, { runId: deps.runId, channel: sender.channel, status: "sent", digest: err.delivered, error: null }, deps.now());
        unsent = untold(digest, new Set(digestKeys(err.delivered)));
      }
      recordDigest(store, { runId: deps.runId, channel: sender.channel, status: "failed", digest: unsent, error }, deps.now());
      const told = digestKeys(digest).length - digestKeys(unsent).length;
      log.warn(told === 0 ? `digest not delivered (${error}); it is tried again at the next tick` : `digest delivered in part, ${told} of ${digestKeys(digest).length} item(s), then: ${error}; the rest is tried again at the next tick`);
      return { channel: sender.channel, label: sender.label, status: "failed", ...counts, error };
    }
    recordDigest(store, { runId: deps.runId, channel: sender.channel, status: "sent", digest, error: null }, deps.now());
    log.info(`digest sent to ${sender.label}: ${counts.matches} new match(es), ${counts.closed} closed, ${counts.warnings} warning(s)`);
    return { channel: sender.channel, label: sender.label, status: "sent", ...counts };
  }));
  markNotified(store, senders.map((s) => s.channel), candidates, deps.now());
  return outcomes;
}
async function sendTestMessages(senders, digest, nowMs, timeoutMs = SEND_TIMEOUT_MS) {
  return Promise.all(senders.map(async (sender) => {
    try {
      await sender.send(digest, { nowMs, showUser: false, signal: AbortSignal.timeout(timeoutMs), timeoutMs });
      return { sender, error: null };
    } catch (err) {
      return { sender, error: err.message };
    }
  }));
}

export {
  pendingDigests,
  sendDigests,
  sendTestMessages
};
