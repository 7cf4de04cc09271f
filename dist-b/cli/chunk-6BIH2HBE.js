import {
  writeTx
} from "./chunk-IERKD2WH.js";
import {
  RetryableError
} from "./chunk-ICS75TSL.js";
import {
  roleKey
} from "./chunk-SJIXDJEM.js";

// dist/postings/repost.js
var REPOST_TEXT_CHARS = 8e3;
var REPOST_SIMILARITY = 0.5;
var MATERIAL_SIMILARITY = 0.85;
var REPOST_WINDOW_MS = 90 * 864e5;
var words = (text) => text.slice(0, REPOST_TEXT_CHARS).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
function triples(text) {
  const w = words(text);
  const out = /* @__PURE__ */ new Set();
  if (w.length < 3)
    out.add(w.join(" "));
  for (let i = 0; i + 2 < w.length; i++)
    out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}
function textSimilarity(a, b) {
  const x = triples(a ?? "");
  const y = triples(b ?? "");
  let shared = 0;
  for (const t of x)
    if (y.has(t))
      shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 1 : shared / union;
}
var sameText = (a, b) => (a ?? "").replace(/\s+/g, " ").trim().toLowerCase() === (b ?? "").replace(/\s+/g, " ").trim().toLowerCase();
function materialChanges(before, after, similarity) {
  const changes = [];
  if (!sameText(before.location, after.location))
    changes.push("location");
  if (!sameText(before.workplaceType, after.workplaceType))
    changes.push("workplace");
  if (!sameText(before.compensation, after.compensation))
    changes.push("pay");
  if (similarity < MATERIAL_SIMILARITY)
    changes.push("text");
  return changes;
}
function findPredecessor(posting, candidates) {
  const role = roleKey(posting.title);
  let best = null;
  for (const c of candidates) {
    if (roleKey(c.title) !== role)
      continue;
    const similarity = textSimilarity(c.descriptionText, posting.descriptionText);
    if (similarity < REPOST_SIMILARITY)
      continue;
    const rank = [sameText(c.location, posting.location) ? 1 : 0, similarity, c.closedAt ?? Infinity];
    if (!best || isAhead(rank, best.rank))
      best = { predecessor: c, similarity, rank };
  }
  return best && { predecessor: best.predecessor, similarity: best.similarity };
}
function isAhead(a, b) {
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i])
      return a[i] > b[i];
  return false;
}

// dist/postings/repo.js
var CLOSE_AFTER_MISSES = 2;
function openPostingUrls(store, companyId) {
  return store.sqlite.prepare("SELECT url FROM postings WHERE company_id = ? AND closed_at IS NULL").pluck().all(companyId);
}
var STORED_COLUMNS = `id, content_hash AS hash, closed_at AS closedAt, missed_scrapes AS missed, source_kind AS sourceKind, source_id AS sourceId,
  url, workplace_type AS workplaceType, department, published_at AS publishedAt, compensation`;
function unchanged(s, p, sourceKind) {
  return s.closedAt === null && s.missed === 0 && s.hash === p.contentHash && s.sourceKind === sourceKind && s.sourceId === p.sourceId && s.url === p.url && s.workplaceType === p.workplaceType && s.department === p.department && s.compensation === p.compensation && (p.publishedAt === null || s.publishedAt === p.publishedAt);
}
function recordScrape(store, companyId, sourceKind, postings, nowMs) {
  return writeTx(store, () => {
    const open = store.sqlite.prepare("SELECT COUNT(*) AS n FROM postings WHERE company_id = ? AND closed_at IS NULL").get(companyId).n;
    if (postings.length === 0 && open > 0) {
      throw new RetryableError("extraction_drift", `found no postings where ${open} were open: the page or feed changed, or the selector no longer matches; nothing was closed`);
    }
    const find = store.sqlite.prepare(`SELECT ${STORED_COLUMNS} FROM postings WHERE company_id = ? AND posting_key = ?`);
    const findByUrl = store.sqlite.prepare(`SELECT ${STORED_COLUMNS} FROM postings
      WHERE company_id = ? AND url = ? AND posting_key <> ? AND posting_key NOT IN (SELECT value FROM json_each(?)) ORDER BY closed_at IS NOT NULL, id LIMIT 1`);
    const rekey = store.sqlite.prepare("UPDATE postings SET posting_key = ? WHERE id = ?");
    const keys = JSON.stringify(postings.map((p) => p.postingKey));
    const insert = store.sqlite.prepare(`INSERT INTO postings (company_id, posting_key, source_kind, source_id, title, url, location, workplace_type,
        department, description_text, published_at, compensation, content_hash, first_seen_at, last_seen_at, repost_of, repost_change)
      VALUES (@companyId, @postingKey, @sourceKind, @sourceId, @title, @url, @location, @workplaceType, @department, @descriptionText,
        @publishedAt, @compensation, @contentHash, @now, @now, @repostOf, @repostChange)`);
    const update = store.sqlite.prepare(`UPDATE postings SET source_kind = @sourceKind, source_id = @sourceId, title = @title, url = @url,
        location = @location, workplace_type = @workplaceType, department = @department, description_text = @descriptionText,
        published_at = COALESCE(@publishedAt, published_at), compensation = @compensation, content_hash = @contentHash,
        last_seen_at = @now, missed_scrapes = 0, closed_at = NULL WHERE id = @id`);
    const record = { seen: postings.length, new: 0, reopened: 0, changed: 0, closed: 0, reposts: 0, toAnalyze: [] };
    const seenIds = [];
    const fresh = [];
    for (const p of postings) {
      const values = { ...p, companyId, sourceKind, now: nowMs };
      let existing = find.get(companyId, p.postingKey);
      if (!existing) {
        existing = findByUrl.get(companyId, p.url, p.postingKey, keys);
        if (existing)
          rekey.run(p.postingKey, existing.id);
      }
      if (!existing) {
        fresh.push(p);
        continue;
      }
      if (!unchanged(existing, p, sourceKind))
        update.run({ ...values, id: existing.id });
      seenIds.push(existing.id);
      if (existing.closedAt !== null)
        record.reopened++;
      if (existing.hash !== p.contentHash)
        record.changed++;
      if (existing.closedAt !== null || existing.hash !== p.contentHash)
        record.toAnalyze.push(existing.id);
    }
    const predecessors = fresh.length > 0 ? repostCandidates(store, companyId, seenIds, nowMs) : null;
    const links = /* @__PURE__ */ new Map();
    for (const samePlace of [true, false]) {
      for (const p of fresh) {
        const found = links.has(p) ? null : predecessors?.find(p, samePlace);
        if (found)
          links.set(p, found);
      }
    }
    const closeNow = store.sqlite.prepare("UPDATE postings SET closed_at = ? WHERE id = ?");
    for (const p of fresh) {
      const found = links.get(p);
      const id = Number(insert.run({
        ...p,
        companyId,
        sourceKind,
        now: nowMs,
        repostOf: found?.rootId ?? null,
        repostChange: found ? found.changes.join(", ") || null : null
      }).lastInsertRowid);
      record.new++;
      record.toAnalyze.push(id);
      seenIds.push(id);
      if (!found)
        continue;
      record.reposts++;
      for (const replaced of found.replaces)
        closeNow.run(nowMs, replaced);
      record.closed += found.replaces.length;
    }
    const unseen = `company_id = @companyId AND closed_at IS NULL AND id NOT IN (SELECT value FROM json_each(@seen))`;
    store.sqlite.prepare(`UPDATE postings SET missed_scrapes = missed_scrapes + 1 WHERE ${unseen}`).run({ companyId, seen: JSON.stringify(seenIds) });
    record.closed += store.sqlite.prepare(`UPDATE postings SET closed_at = @now WHERE company_id = @companyId AND closed_at IS NULL AND missed_scrapes >= ${CLOSE_AFTER_MISSES}`).run({ companyId, now: nowMs }).changes;
    return record;
  });
}
function repostCandidates(store, companyId, seenIds, nowMs) {
  const rows = store.sqlite.prepare(`SELECT p.id, COALESCE(p.repost_of, p.id) AS rootId, p.title, p.location, p.workplace_type AS workplaceType,
        p.compensation, p.closed_at AS closedAt
      FROM postings p WHERE p.id IN (
          SELECT id FROM postings WHERE company_id = @companyId AND closed_at IS NOT NULL AND closed_at >= @since
          UNION ALL
          SELECT id FROM postings WHERE company_id = @companyId AND closed_at IS NULL AND id NOT IN (SELECT value FROM json_each(@seen)))
        AND NOT EXISTS (SELECT 1 FROM postings o WHERE o.repost_of = COALESCE(p.repost_of, p.id) AND o.closed_at IS NULL
          AND o.id IN (SELECT value FROM json_each(@seen)))`).all({ companyId, since: nowMs - REPOST_WINDOW_MS, seen: JSON.stringify(seenIds) });
  const byRole = /* @__PURE__ */ new Map();
  const description = store.sqlite.prepare("SELECT description_text FROM postings WHERE id = ?").pluck();
  const taken = /* @__PURE__ */ new Set();
  return {
    find(p, samePlaceOnly) {
      const role = roleKey(p.title);
      let same = byRole.get(role);
      if (!same) {
        same = rows.filter((r) => roleKey(r.title) === role).map((r) => ({ ...r, descriptionText: description.get(r.id) }));
        byRole.set(role, same);
      }
      const found = findPredecessor(p, same.filter((c) => !taken.has(c.rootId) && (!samePlaceOnly || sameText(c.location, p.location))));
      if (!found)
        return null;
      const { rootId } = found.predecessor;
      taken.add(rootId);
      return {
        rootId,
        changes: materialChanges(found.predecessor, p, found.similarity),
        replaces: same.filter((c) => c.rootId === rootId && c.closedAt === null).map((c) => c.id)
      };
    }
  };
}
var LAST_SEEN_SQL = `CASE WHEN p.closed_at IS NULL AND p.missed_scrapes = 0 THEN MAX(p.last_seen_at, COALESCE(c.last_success_at, 0)) ELSE p.last_seen_at END`;
function listPostings(store, filter) {
  return store.sqlite.prepare(`SELECT p.id, c.slug AS company, p.title, p.url, p.location, p.first_seen_at AS firstSeenAt, ${LAST_SEEN_SQL} AS lastSeenAt,
        p.closed_at AS closedAt, p.repost_of AS repostOf, p.repost_change AS repostChange
      FROM postings p JOIN companies c ON c.id = p.company_id
      WHERE (@slug IS NULL OR c.slug = @slug)
        AND (@state = 'all' OR (@state = 'open' AND p.closed_at IS NULL) OR (@state = 'closed' AND p.closed_at IS NOT NULL))
      ORDER BY c.slug, p.closed_at IS NOT NULL, p.first_seen_at DESC, p.id`).all({ slug: filter.companySlug ?? null, state: filter.state });
}

export {
  openPostingUrls,
  recordScrape,
  listPostings
};
