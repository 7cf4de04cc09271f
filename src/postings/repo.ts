// The posting life cycle in the store: first seen, last seen, closed after two good scrapes without it,
// reopened when it returns. A scrape that suddenly finds nothing is extraction drift, not a mass closing.
// A posting seen again unchanged is not written: every row rewritten is a page or more on a Pi's SD card,
// scrape after scrape. Its sighting is its company's successful scrape (companies.last_success_at).

import { RetryableError } from '../core/errors.js';
import { writeTx, type Store } from '../db/client.js';
import type { NormalizedPosting } from '../scrape/normalize.js';

/** Consecutive successful scrapes without a posting before it counts as closed. */
export const CLOSE_AFTER_MISSES = 2;

export interface ScrapeRecord {
  seen: number;
  new: number;
  reopened: number;
  changed: number;
  closed: number;
  /** Postings that are new, reopened or whose content changed: what analysis must look at. */
  toAnalyze: number[];
}

/** URLs of a company's open postings (a static page read that loses most of them is checked in Chromium). */
export function openPostingUrls(store: Store, companyId: number): string[] {
  return (store.sqlite.prepare('SELECT url FROM postings WHERE company_id = ? AND closed_at IS NULL').pluck().all(companyId) as string[]);
}

/** What a scrape compares a posting against: the stored values it would write. */
const STORED_COLUMNS = `id, content_hash AS hash, closed_at AS closedAt, missed_scrapes AS missed, source_kind AS sourceKind, source_id AS sourceId,
  url, workplace_type AS workplaceType, department, published_at AS publishedAt, compensation`;

interface StoredPosting {
  id: number; hash: string; closedAt: number | null; missed: number; sourceKind: string | null; sourceId: string | null;
  url: string; workplaceType: string | null; department: string | null; publishedAt: number | null; compensation: string | null;
}

/** Seen again open, not missed before, and nothing the row holds would change: the row is left as it is. */
function unchanged(s: StoredPosting, p: NormalizedPosting, sourceKind: string): boolean {
  return s.closedAt === null && s.missed === 0 && s.hash === p.contentHash && s.sourceKind === sourceKind && s.sourceId === p.sourceId
    && s.url === p.url && s.workplaceType === p.workplaceType && s.department === p.department && s.compensation === p.compensation
    && (p.publishedAt === null || s.publishedAt === p.publishedAt);
}

export function recordScrape(store: Store, companyId: number, sourceKind: string, postings: readonly NormalizedPosting[], nowMs: number): ScrapeRecord {
  return writeTx(store, () => {
    const open = (store.sqlite.prepare('SELECT COUNT(*) AS n FROM postings WHERE company_id = ? AND closed_at IS NULL').get(companyId) as { n: number }).n;
    if (postings.length === 0 && open > 0) {
      throw new RetryableError('extraction_drift', `found no postings where ${open} were open: the page or feed changed, or the selector no longer matches; nothing was closed`);
    }
    const find = store.sqlite.prepare(`SELECT ${STORED_COLUMNS} FROM postings WHERE company_id = ? AND posting_key = ?`);
    // The same advert under another key: the company moved between its page (keyed by URL) and its feed
    // (keyed by id). It is adopted, not closed and found again as new (which would notify twice).
    const findByUrl = store.sqlite.prepare(`SELECT ${STORED_COLUMNS} FROM postings
      WHERE company_id = ? AND url = ? AND posting_key <> ? AND posting_key NOT IN (SELECT value FROM json_each(?)) ORDER BY closed_at IS NOT NULL, id LIMIT 1`);
    const rekey = store.sqlite.prepare('UPDATE postings SET posting_key = ? WHERE id = ?');
    const keys = JSON.stringify(postings.map((p) => p.postingKey));
    const insert = store.sqlite.prepare(`INSERT INTO postings (company_id, posting_key, source_kind, source_id, title, url, location, workplace_type,
        department, description_text, published_at, compensation, content_hash, first_seen_at, last_seen_at)
      VALUES (@companyId, @postingKey, @sourceKind, @sourceId, @title, @url, @location, @workplaceType, @department, @descriptionText,
        @publishedAt, @compensation, @contentHash, @now, @now)`);
    const update = store.sqlite.prepare(`UPDATE postings SET source_kind = @sourceKind, source_id = @sourceId, title = @title, url = @url,
        location = @location, workplace_type = @workplaceType, department = @department, description_text = @descriptionText,
        published_at = COALESCE(@publishedAt, published_at), compensation = @compensation, content_hash = @contentHash,
        last_seen_at = @now, missed_scrapes = 0, closed_at = NULL WHERE id = @id`);
    const record: ScrapeRecord = { seen: postings.length, new: 0, reopened: 0, changed: 0, closed: 0, toAnalyze: [] };
    const seenIds: number[] = [];
    for (const p of postings) {
      const values = { ...p, companyId, sourceKind, now: nowMs };
      let existing = find.get(companyId, p.postingKey) as StoredPosting | undefined;
      if (!existing) {
        existing = findByUrl.get(companyId, p.url, p.postingKey, keys) as StoredPosting | undefined;
        if (existing) rekey.run(p.postingKey, existing.id);
      }
      if (!existing) {
        const id = Number(insert.run(values).lastInsertRowid);
        record.new++;
        record.toAnalyze.push(id);
        seenIds.push(id);
        continue;
      }
      if (!unchanged(existing, p, sourceKind)) update.run({ ...values, id: existing.id });
      seenIds.push(existing.id);
      if (existing.closedAt !== null) record.reopened++;
      if (existing.hash !== p.contentHash) record.changed++;
      if (existing.closedAt !== null || existing.hash !== p.contentHash) record.toAnalyze.push(existing.id);
    }
    const unseen = `company_id = @companyId AND closed_at IS NULL AND id NOT IN (SELECT value FROM json_each(@seen))`;
    store.sqlite.prepare(`UPDATE postings SET missed_scrapes = missed_scrapes + 1 WHERE ${unseen}`).run({ companyId, seen: JSON.stringify(seenIds) });
    record.closed = store.sqlite
      .prepare(`UPDATE postings SET closed_at = @now WHERE company_id = @companyId AND closed_at IS NULL AND missed_scrapes >= ${CLOSE_AFTER_MISSES}`)
      .run({ companyId, now: nowMs }).changes;
    return record;
  });
}

/**
 * When a posting was last seen, `p` joined with its company `c`: its row's last_seen_at, or, while it is open and
 * no scrape has missed it since, its company's last successful scrape (which saw it without writing its row).
 */
export const LAST_SEEN_SQL = `CASE WHEN p.closed_at IS NULL AND p.missed_scrapes = 0 THEN MAX(p.last_seen_at, COALESCE(c.last_success_at, 0)) ELSE p.last_seen_at END`;

export interface PostingListItem {
  id: number; company: string; title: string; url: string; location: string | null; firstSeenAt: number; lastSeenAt: number; closedAt: number | null;
}

export function listPostings(store: Store, filter: { companySlug?: string; state: 'open' | 'closed' | 'all' }): PostingListItem[] {
  return store.sqlite
    .prepare(`SELECT p.id, c.slug AS company, p.title, p.url, p.location, p.first_seen_at AS firstSeenAt, ${LAST_SEEN_SQL} AS lastSeenAt,
        p.closed_at AS closedAt
      FROM postings p JOIN companies c ON c.id = p.company_id
      WHERE (@slug IS NULL OR c.slug = @slug)
        AND (@state = 'all' OR (@state = 'open' AND p.closed_at IS NULL) OR (@state = 'closed' AND p.closed_at IS NOT NULL))
      ORDER BY c.slug, p.closed_at IS NOT NULL, p.first_seen_at DESC, p.id`)
    .all({ slug: filter.companySlug ?? null, state: filter.state }) as PostingListItem[];
}
