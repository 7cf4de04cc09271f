// The closing-time index holds closed postings only (migration 0013): adding open postings writes no page of it,
// while the reads by closing time (the report's recently closed) still seek it.
import { afterAll, describe, expect, it } from 'vitest';
import { closeStore, openStore, type Store } from '../../src/db/client.js';
import { recordScrape } from '../../src/postings/repo.js';
import { normalizeAll } from '../../src/scrape/normalize.js';
import { cleanupTempDirs, tempDbPath } from '../helpers/db.js';
import { trackCompanies } from '../helpers/seed.js';

afterAll(() => cleanupTempDirs());

const DAY = 86_400_000;
const board = (slug: string, ids: number[]) => normalizeAll(ids.map((i) => ({
  sourceId: `${slug}-${i}`, title: `Engineer ${i}`, url: `https://${slug}.example.com/jobs/${i}`, location: null, workplaceType: null,
  descriptionText: `Engineer ${i} at ${slug}`,
})));

/** Entries in an index, counted from its b-tree's cells (SQLite's dbstat table). */
const entries = (store: Store, index: string) =>
  store.sqlite.prepare(`SELECT COALESCE(SUM(ncell), 0) FROM dbstat WHERE name = ? AND pagetype = 'leaf'`).pluck().get(index) as number;

describe('postings_closed_at_idx', () => {
  it('takes in a posting when it closes, not when it is added', async () => {
    const store = await openStore(tempDbPath());
    try {
      const { acme } = trackCompanies(store, { acme: 90 }, 0);
      recordScrape(store, acme!, 'greenhouse', board('acme', [1, 2, 3, 4]), 0);
      expect(store.sqlite.prepare('SELECT COUNT(*) FROM postings').pluck().get()).toBe(4);
      expect(entries(store, 'postings_closed_at_idx')).toBe(0);
      // Two scrapes in a row without postings 3 and 4 close them.
      recordScrape(store, acme!, 'greenhouse', board('acme', [1, 2]), DAY);
      recordScrape(store, acme!, 'greenhouse', board('acme', [1, 2]), 2 * DAY);
      expect(store.sqlite.prepare('SELECT COUNT(*) FROM postings WHERE closed_at IS NOT NULL').pluck().get()).toBe(2);
      expect(entries(store, 'postings_closed_at_idx')).toBe(2);
      // Found again: it leaves the index.
      recordScrape(store, acme!, 'greenhouse', board('acme', [1, 2, 3]), 3 * DAY);
      expect(entries(store, 'postings_closed_at_idx')).toBe(1);
    } finally {
      closeStore(store);
    }
  });

  it('still serves the reads by closing time', async () => {
    const store = await openStore(tempDbPath());
    try {
      const plan = store.sqlite.prepare(`EXPLAIN QUERY PLAN SELECT p.id FROM postings p JOIN companies c ON c.id = p.company_id
        WHERE p.closed_at >= ? ORDER BY p.closed_at DESC LIMIT 200`).all(0) as { detail: string }[];
      expect(plan.map((r) => r.detail).join('\n')).toMatch(/SEARCH p USING INDEX postings_closed_at_idx \(closed_at>\?\)/);
    } finally {
      closeStore(store);
    }
  });
});
