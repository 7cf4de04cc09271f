// The posting life cycle in the store: first seen, last seen, closed after two good scrapes without it,
// reopened when it returns. A scrape that suddenly finds nothing is extraction drift, not a mass closing.

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

export function recordScrape(store: Store, companyId: number, sourceKind: string, postings: readonly NormalizedPosting[], nowMs: number): ScrapeRecord {
  return writeTx(store, () => {
    const open = (store.sqlite.prepare('SELECT COUNT(*) AS n FROM postings WHERE company_id = ? AND closed_at IS NULL').get(companyId) as { n: number }).n;
    if (postings.length === 0 && open > 0) {
      throw new RetryableError('extraction_drift', `found no postings where ${open} were open: the page or feed changed, or the selector no longer matches; nothing was closed`);
    }
    const find = store.sqlite.prepare('SELECT id, content_hash AS hash, closed_at AS closedAt FROM postings WHERE company_id = ? AND posting_key = ?');
    // The same advert under another key: the company moved between its page (keyed by URL) and its feed
    // (keyed by id). It is adopted, not closed and found again as new (which would notify twice).
    const findByUrl = store.sqlite.prepare(`SELECT id, content_hash AS hash, closed_at AS closedAt FROM postings
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
      type Existing = { id: number; hash: string; closedAt: number | null };
      let existing = find.get(companyId, p.postingKey) as Existing | undefined;
      if (!existing) {
        existing = findByUrl.get(companyId, p.url, p.postingKey, keys) as Existing | undefined;
        if (existing) rekey.run(p.postingKey, existing.id);
      }
      if (!existing) {
        const id = Number(insert.run(values).lastInsertRowid);
        record.new++;
        record.toAnalyze.push(id);
        seenIds.push(id);
        continue;
      }
      update.run({ ...values, id: existing.id });
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

export interface PostingListItem {
  id: number; company: string; title: string; url: string; location: string | null; firstSeenAt: number; lastSeenAt: number; closedAt: number | null;
}

export function listPostings(store: Store, filter: { companySlug?: string; state: 'open' | 'closed' | 'all' }): PostingListItem[] {
  return store.sqlite
    .prepare(`SELECT p.id, c.slug AS company, p.title, p.url, p.location, p.first_seen_at AS firstSeenAt, p.last_seen_at AS lastSeenAt,
        p.closed_at AS closedAt
      FROM postings p JOIN companies c ON c.id = p.company_id
      WHERE (@slug IS NULL OR c.slug = @slug)
        AND (@state = 'all' OR (@state = 'open' AND p.closed_at IS NULL) OR (@state = 'closed' AND p.closed_at IS NOT NULL))
      ORDER BY c.slug, p.closed_at IS NOT NULL, p.first_seen_at DESC, p.id`)
    .all({ slug: filter.companySlug ?? null, state: filter.state }) as PostingListItem[];
}
