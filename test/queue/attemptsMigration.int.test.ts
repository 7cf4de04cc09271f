// Migration 0012 (attempts without AUTOINCREMENT and without the task foreign key and its index) on a database that has history: a table rebuild must keep
// every attempt and every row that refers to the rebuilt table's neighbours, and new attempts must follow on.
import { afterAll, describe, expect, it } from 'vitest';
import { closeStore, openStore } from '../../src/db/client.js';
import { cleanupTempDirs, databaseBefore, tempDbPath } from '../helpers/db.js';

afterAll(() => cleanupTempDirs());

describe('migration 0012: leaner attempts', () => {
  it('keeps every attempt and the rows around it, and numbers new attempts after the kept ones', async () => {
    const path = tempDbPath();
    const old = databaseBefore('0012_attempts_leaner', path);
    expect(old.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'attempts'`).pluck().get()).toMatch(/AUTOINCREMENT/);
    old.exec(`INSERT INTO companies (id, slug, name, careers_url, created_at, updated_at) VALUES (1, 'acme', 'Acme', 'https://acme.example/jobs', 0, 0);
      INSERT INTO runs (id, started_at, status, budget_ms, concurrency, host, pid) VALUES (1, 1000, 'completed', 600000, 5, 'pi', 1);
      INSERT INTO tasks (id, kind, status, company_id, dedupe_key, run_at, created_at, updated_at, finished_at)
        VALUES (1, 'scrape_company', 'succeeded', 1, 'scrape:1', 0, 0, 0, 2000);`);
    const insert = old.prepare(`INSERT INTO attempts (task_id, run_id, kind, company_id, attempt, started_at, finished_at, outcome, detail)
      VALUES (1, 1, 'scrape_company', 1, ?, ?, ?, ?, '{"source":"greenhouse"}')`);
    for (let i = 1; i <= 5; i++) insert.run(i, 1000 * i, 1000 * i + 10, i === 5 ? 'succeeded' : 'failed');
    old.exec('DELETE FROM attempts WHERE id = 5'); // AUTOINCREMENT's sequence stays at 5
    const before = old.prepare('SELECT * FROM attempts ORDER BY id').all();
    old.close();

    const store = await openStore(path);
    try {
      const db = store.sqlite;
      expect(db.prepare('SELECT * FROM attempts ORDER BY id').all()).toEqual(before);
      expect(db.prepare('SELECT COUNT(*) FROM tasks').pluck().get()).toBe(1); // the rebuild cascaded nothing
      expect(db.prepare('SELECT COUNT(*) FROM companies').pluck().get()).toBe(1);
      expect(db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'attempts'`).pluck().get()).not.toMatch(/AUTOINCREMENT/);
      expect(db.prepare(`SELECT name FROM sqlite_schema WHERE tbl_name = 'attempts' AND type = 'index' ORDER BY name`).pluck().all())
        .toEqual(['attempts_started_at_idx']);
      expect(db.prepare(`SELECT COUNT(*) FROM sqlite_sequence WHERE name = 'attempts'`).pluck().get()).toBe(0);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      // Rowid numbering: after the largest kept id (the sequence's 5 is gone with the table).
      const id = db.prepare(`INSERT INTO attempts (task_id, run_id, kind, company_id, attempt, started_at) VALUES (1, 1, 'scrape_company', 1, 6, 6000)`).run().lastInsertRowid;
      expect(Number(id)).toBe(5);
      // The outcome CHECK survived the rename.
      expect(() => db.prepare(`UPDATE attempts SET outcome = 'exploded' WHERE id = 5`).run()).toThrow(/CHECK constraint failed/);
      // Pruning the task leaves its attempts as they are, its id included (a newer task keeps the id from coming
      // back: see migration 0014); the other foreign keys still act.
      db.prepare(`INSERT INTO tasks (id, kind, status, company_id, dedupe_key, run_at, created_at, updated_at) VALUES (2, 'scrape_company', 'pending', 1, 'scrape:1', 0, 0, 0)`).run();
      db.prepare('DELETE FROM tasks WHERE id = 1').run();
      expect(db.prepare('SELECT COUNT(*) FROM attempts WHERE task_id = 1').pluck().get()).toBe(5);
      db.prepare('DELETE FROM companies WHERE id = 1').run();
      expect(db.prepare('SELECT COUNT(*) FROM attempts WHERE company_id IS NULL').pluck().get()).toBe(5);
    } finally {
      closeStore(store);
    }
  });
});
