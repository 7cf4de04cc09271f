// The SQL view and enqueue priority must say exactly what the pure rules say.
import { afterAll, describe, expect, it } from 'vitest';
import { drainPriority, nextDueAt } from '../../src/schedule/due.js';
import { DAY_MS, intervalMsForRank } from '../../src/schedule/tiers.js';
import { drainPrioritySql } from '../../src/schedule/scheduleSql.js';
import { cleanupTempDirs, openTestStore } from '../helpers/db.js';
import { trackCompanies } from '../helpers/seed.js';

const store = await openTestStore();
afterAll(() => cleanupTempDirs([store]));
const t0 = Date.UTC(2026, 0, 1);

describe('v_schedule agrees with the pure schedule', () => {
  it('for every rank from 1 to 100, with and without a last success', () => {
    const ranks = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`c${i + 1}`, i + 1]));
    const ids = trackCompanies(store, ranks, t0);
    // every other company succeeded once, at a rank-dependent moment
    for (let r = 2; r <= 100; r += 2) {
      store.sqlite.prepare('UPDATE companies SET last_success_at = ? WHERE id = ?').run(t0 + r * 1000, ids[`c${r}`]);
    }
    const rows = store.sqlite.prepare('SELECT slug, effective_rank, interval_ms, last_success_at, next_due_at FROM v_schedule').all() as {
      slug: string; effective_rank: number; interval_ms: number; last_success_at: number | null; next_due_at: number;
    }[];
    expect(rows).toHaveLength(100);
    for (const row of rows) {
      expect(row.interval_ms).toBe(intervalMsForRank(row.effective_rank));
      expect(row.next_due_at).toBe(nextDueAt({ effectiveRank: row.effective_rank, lastSuccessAt: row.last_success_at, trackedSince: t0 }));
    }
  });

  it('uses the highest rank among tracking users only', () => {
    const ids = trackCompanies(store, { shared: 20 }, t0, 'a@example.com');
    trackCompanies(store, { shared: 95 }, t0, 'b@example.com');
    const rank = () => (store.sqlite.prepare('SELECT effective_rank AS r FROM v_schedule WHERE company_id = ?').get(ids.shared) as { r: number }).r;
    expect(rank()).toBe(95);
    store.sqlite.prepare(`UPDATE preferences SET tracking = 0 WHERE company_id = ? AND rank = 95`).run(ids.shared);
    expect(rank()).toBe(20);
  });

  it('computes the drain priority like drainPriority()', () => {
    const expr = drainPrioritySql('@rank', '@due', '@interval', '@now');
    const stmt = store.sqlite.prepare(`SELECT ${expr} AS p`);
    const now = t0 + 100 * DAY_MS;
    for (const rank of [1, 5, 10, 11, 30, 31, 60, 61, 80, 81, 100]) {
      for (const overdueDays of [0, 1, 2, 5, 9.99, 10, 10.01, 30]) {
        const due = now - overdueDays * DAY_MS;
        const sqlPriority = (stmt.get({ rank, due, interval: intervalMsForRank(rank), now }) as { p: number }).p;
        expect(sqlPriority).toBe(drainPriority(rank, due, now));
      }
    }
  });
});
