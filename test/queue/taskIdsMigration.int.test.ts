// Migration 0014 (runs and tasks without AUTOINCREMENT) on a database that has history: the rebuilds keep every row
// and the views over them, and a task id that attempts still hold is never handed to a new task.
import { afterAll, describe, expect, it } from 'vitest';
import { closeStore, openStore } from '../../src/db/client.js';
import { cleanupTempDirs, databaseBefore, tempDbPath } from '../helpers/db.js';

afterAll(() => cleanupTempDirs());

describe('migration 0014: runs and tasks without a sequence', () => {
  it('keeps every run, task and attempt, the views and the checks, and never reuses a task id an attempt holds', async () => {
    const path = tempDbPath();
    const old = databaseBefore('0014_runs_tasks_without_sequence', path);
    for (const table of ['runs', 'tasks']) {
      expect(old.prepare(`SELECT sql FROM sqlite_schema WHERE name = ?`).pluck().get(table)).toMatch(/AUTOINCREMENT/);
    }
    old.exec(`INSERT INTO companies (id, slug, name, careers_url, created_at, updated_at) VALUES (1, 'acme', 'Acme', 'https://acme.example/jobs', 0, 0);
      INSERT INTO runs (id, started_at, status, budget_ms, concurrency, host, pid) VALUES (1, 1000, 'completed', 600000, 5, 'pi', 1), (2, 2000, 'running', 600000, 5, 'pi', 2);`);
    const task = old.prepare(`INSERT INTO tasks (id, kind, status, company_id, dedupe_key, run_at, run_id, created_at, updated_at, finished_at)
      VALUES (?, 'scrape_company', ?, 1, ?, 0, 1, 0, 0, ?)`);
    task.run(1, 'succeeded', 'scrape:1:a', 1500);
    task.run(2, 'pending', 'scrape:1', null);
    task.run(3, 'succeeded', 'scrape:1:c', 1600);
    task.run(4, 'succeeded', 'scrape:1:d', 1700);
    const attempt = old.prepare(`INSERT INTO attempts (task_id, run_id, kind, company_id, attempt, started_at, finished_at, outcome)
      VALUES (?, 1, 'scrape_company', 1, 1, ?, ?, 'succeeded')`);
    for (const id of [1, 3, 4]) attempt.run(id, 1000 + id, 1010 + id);
    old.exec('DELETE FROM tasks WHERE id IN (3, 4)'); // pruned: the sequence stays at 4, the largest kept id is 2
    const runsBefore = old.prepare('SELECT * FROM runs ORDER BY id').all();
    const tasksBefore = old.prepare('SELECT * FROM tasks ORDER BY id').all();
    const queueBefore = old.prepare('SELECT * FROM v_queue ORDER BY kind, status').all();
    old.close();

    const store = await openStore(path);
    try {
      const db = store.sqlite;
      expect(db.prepare('SELECT * FROM runs ORDER BY id').all()).toEqual(runsBefore);
      expect(db.prepare('SELECT * FROM tasks ORDER BY id').all()).toEqual(tasksBefore);
      expect(db.prepare('SELECT * FROM v_queue ORDER BY kind, status').all()).toEqual(queueBefore);
      expect(db.prepare('SELECT id FROM v_recent_runs').pluck().all()).toEqual([2, 1]);
      for (const table of ['runs', 'tasks']) {
        expect(db.prepare(`SELECT sql FROM sqlite_schema WHERE name = ?`).pluck().get(table)).not.toMatch(/AUTOINCREMENT/);
      }
      expect(db.prepare(`SELECT name FROM sqlite_sequence WHERE name IN ('runs', 'tasks')`).all()).toEqual([]);
      expect(db.prepare(`SELECT name FROM sqlite_schema WHERE tbl_name = 'tasks' AND type = 'index' ORDER BY name`).pluck().all())
        .toEqual(['tasks_claim_idx', 'tasks_company_idx', 'tasks_open_dedupe_uq']);
      expect(db.prepare(`SELECT name FROM sqlite_schema WHERE tbl_name = 'runs' AND type = 'index'`).pluck().all()).toEqual(['runs_started_at_idx']);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      // The attempts of the pruned tasks 3 and 4 let go of ids the next tasks take; task 1's keeps its id.
      expect(db.prepare('SELECT task_id FROM attempts ORDER BY id').pluck().all()).toEqual([1, null, null]);
      const next = Number(db.prepare(`INSERT INTO tasks (kind, status, company_id, dedupe_key, run_at, created_at, updated_at)
        VALUES ('scrape_company', 'pending', 1, 'scrape:1:e', 0, 0, 0)`).run().lastInsertRowid);
      expect(next).toBe(3);
      expect(db.prepare('SELECT COUNT(*) FROM attempts WHERE task_id = 3').pluck().get()).toBe(0);
      expect(Number(db.prepare(`INSERT INTO runs (started_at, status, budget_ms, concurrency, host, pid) VALUES (3000, 'running', 1, 1, 'pi', 3)`)
        .run().lastInsertRowid)).toBe(3);
      // The checks and the foreign keys survived the rename.
      expect(() => db.prepare(`UPDATE tasks SET status = 'exploded' WHERE id = 2`).run()).toThrow(/CHECK constraint failed/);
      expect(() => db.prepare(`UPDATE runs SET status = 'exploded' WHERE id = 1`).run()).toThrow(/CHECK constraint failed/);
      expect(() => db.prepare(`UPDATE tasks SET company_id = 99 WHERE id = 2`).run()).toThrow(/FOREIGN KEY constraint failed/);
      // A task below the largest goes with its attempts' ids left alone; the largest takes them off when it goes.
      db.prepare('DELETE FROM attempts').run();
      const add = db.prepare(`INSERT INTO attempts (task_id, run_id, kind, company_id, attempt, started_at, outcome) VALUES (?, 1, 'scrape_company', 1, 1, 0, 'succeeded')`);
      for (const id of [1, 2, 3]) add.run(id);
      db.prepare('DELETE FROM tasks WHERE id = 1').run();
      expect(db.prepare('SELECT task_id FROM attempts ORDER BY id').pluck().all()).toEqual([1, 2, 3]);
      db.prepare('DELETE FROM companies WHERE id = 1').run(); // cascades to tasks 2 and 3
      expect(db.prepare('SELECT task_id FROM attempts ORDER BY id').pluck().all()).toEqual([null, null, null]);
    } finally {
      closeStore(store);
    }
  });
});
