// Real processes sharing one SQLite file: concurrent ticks, kill -9, poison tasks, SIGTERM.
import { afterAll, describe, expect, it } from 'vitest';
import { closeStore, sqliteDriver } from '../../src/db/client.js';
import { cleanupTempDirs, openTestStore, tempDbPath } from '../helpers/db.js';
import { run, start, STAGED_TICK, waitFor } from '../helpers/cli.js';
import { seedMatches, trackCompanies } from '../helpers/seed.js';
import { json, serve } from '../helpers/servers.js';

const Database = await sqliteDriver();

afterAll(() => cleanupTempDirs());

/** A database with these companies tracked; returns its path. */
async function seeded(ranks: Record<string, number>): Promise<string> {
  const path = tempDbPath();
  const store = await openTestStore(path);
  trackCompanies(store, ranks, Date.now() - 1000);
  closeStore(store);
  return path;
}

function query<T>(path: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const tasksBySlug = (path: string) =>
  Object.fromEntries(query<{ slug: string; status: string; attempts: number }>(path,
    'SELECT c.slug, t.status, t.attempts FROM tasks t JOIN companies c ON c.id = t.company_id ORDER BY t.id').map((r) => [r.slug, r]));

describe('ticks as processes', () => {
  it('two ticks started together: one exits 75 and no task is claimed twice', async () => {
    const db = await seeded(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`c${i}`, 50])));
    const env = { SCOUTLY_DB: db, STAGED_HANDLER: 'slow', STAGED_DELAY_MS: '300', SCOUTLY_CONCURRENCY: '2' };
    const [a, b] = await Promise.all([start(STAGED_TICK, [], env).done, start(STAGED_TICK, [], env).done]);
    expect([a.code, b.code].sort()).toEqual([0, 75]);
    expect((a.code === 75 ? a : b).stderr).toContain('another tick holds the lease');
    expect(query(db, `SELECT COUNT(*) AS n FROM tasks WHERE status = 'succeeded'`)).toEqual([{ n: 10 }]);
    expect(query(db, 'SELECT task_id, COUNT(*) AS n FROM attempts GROUP BY task_id HAVING n > 1')).toEqual([]);
    expect(query(db, 'SELECT COUNT(*) AS n FROM runs')).toEqual([{ n: 1 }]);
  });

  it('kill -9 in the middle of a task: the next tick recovers it, hands the attempt back and blames nobody', async () => {
    const db = await seeded({ acme: 90 });
    const env = { SCOUTLY_DB: db, STAGED_HANDLER: 'hang-first' };
    const first = start(STAGED_TICK, [], env);
    await waitFor(() => query<{ n: number }>(db, `SELECT COUNT(*) AS n FROM tasks WHERE status = 'running'`)[0]!.n === 1, 'the task to run');
    first.child.kill('SIGKILL');
    expect((await first.done).signal).toBe('SIGKILL');

    const second = run(STAGED_TICK, [], env);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('took over the tick lease');
    expect(second.stderr).toContain('recovered 1 task(s) left running by a dead tick');
    expect(second.stderr).toContain('running scrape_company #1 alone'); // a suspect until it proves itself
    expect(tasksBySlug(db).acme).toMatchObject({ status: 'succeeded', attempts: 1 });
    expect(query(db, 'SELECT attempt, outcome, error_kind FROM attempts ORDER BY id')).toEqual([
      { attempt: 1, outcome: 'deferred', error_kind: 'crashed' },
      { attempt: 1, outcome: 'succeeded', error_kind: null },
    ]);
    expect(query(db, 'SELECT consecutive_failures FROM companies')).toEqual([{ consecutive_failures: 0 }]);
    expect(query(db, 'SELECT status FROM runs ORDER BY id')).toEqual([{ status: 'aborted' }, { status: 'completed' }]);
  });

  it('a task that kills its tick every time ends dead and does not block the others', async () => {
    const db = await seeded({ poison: 100, a: 50, b: 50, c: 50 });
    const env = { SCOUTLY_DB: db, STAGED_HANDLER: 'slow', STAGED_DELAY_MS: '100', SCOUTLY_CONCURRENCY: '2' };
    const outcomes: (number | string | null)[] = [];
    for (let i = 0; i < 10 && tasksBySlug(db).poison?.status !== 'dead'; i++) {
      if (i > 0) {
        // A day passes between ticks: the crashes open the company's breaker for hours, so move the
        // stored "not before" times into the past instead of waiting (the processes use the real clock).
        const w = new Database(db);
        w.prepare(`UPDATE companies SET breaker_open_until = breaker_open_until - 86400000 WHERE breaker_open_until IS NOT NULL`).run();
        w.prepare(`UPDATE tasks SET run_at = run_at - 86400000 WHERE status IN ('pending','failed')`).run();
        w.close();
      }
      const r = run(STAGED_TICK, [], env);
      outcomes.push(r.code ?? r.signal);
    }
    const tasks = tasksBySlug(db);
    expect(tasks.poison).toMatchObject({ status: 'dead', attempts: 5 });
    for (const slug of ['a', 'b', 'c']) expect(tasks[slug]).toMatchObject({ status: 'succeeded' });
    // the bystander of the first crash got its attempt back and was never blamed
    expect(Math.max(...['a', 'b', 'c'].map((s) => tasks[s]!.attempts))).toBe(1);
    expect(query(db, `SELECT MAX(consecutive_failures) AS n FROM companies WHERE slug <> 'poison'`)).toEqual([{ n: 0 }]);
    // the first crash (beside another task) proved nothing; then it died alone five times, each counted;
    // ticks that found its breaker open ran the rest and exited 0
    expect(outcomes.filter((o) => o === 'SIGKILL')).toHaveLength(6);
    expect(outcomes.slice(0, -1).filter((o) => o !== 'SIGKILL')).toEqual(outcomes.slice(0, -1).filter((o) => o === 0));
    expect(outcomes.at(-1)).toBe(1); // the tick that found it dead reports the failure
    // the company stays behind its breaker: a tick right after has nothing of it to do and exits 0
    expect(query(db, 'SELECT consecutive_failures FROM companies WHERE slug = ?', 'poison')).toEqual([{ consecutive_failures: 5 }]);
    expect(run(STAGED_TICK, [], env).code).toBe(0);
  });

  it('SIGTERM mid-drain: exits by itself, in-flight tasks handed back with their attempt', async () => {
    const db = await seeded(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`c${i}`, 50])));
    const tick = start(STAGED_TICK, [], { SCOUTLY_DB: db, STAGED_HANDLER: 'slow', STAGED_DELAY_MS: '60000', SCOUTLY_CONCURRENCY: '2' });
    await waitFor(() => query<{ n: number }>(db, `SELECT COUNT(*) AS n FROM tasks WHERE status = 'running'`)[0]!.n === 2, 'two running tasks');
    tick.child.kill('SIGTERM');
    const result = await tick.done;
    expect(result.code).toBe(143); // 128 + SIGTERM: `scoutly tick && …` stops; the unit counts it as success
    expect(result.stderr).toContain('SIGTERM received');
    expect(result.stderr).toMatch(/finished in .*\(stopped by a signal\)/);
    expect(query(db, 'SELECT status, attempts, COUNT(*) AS n FROM tasks GROUP BY status, attempts')).toEqual([{ status: 'pending', attempts: 0, n: 5 }]);
    expect(query(db, 'SELECT outcome, error_kind, COUNT(*) AS n FROM attempts GROUP BY outcome, error_kind')).toEqual([
      { outcome: 'deferred', error_kind: 'interrupted', n: 2 },
    ]);
    expect(query(db, 'SELECT status FROM runs')).toEqual([{ status: 'interrupted' }]);
  });

  it('another writer holds the lock past the busy timeout: exit 74, the task handed back unblamed, not a suspect', async () => {
    const db = await seeded({ acme: 90 });
    const env = { SCOUTLY_DB: db, STAGED_HANDLER: 'slow', STAGED_DELAY_MS: '1500' };
    const tick = start(STAGED_TICK, [], env);
    await waitFor(() => query<{ n: number }>(db, `SELECT COUNT(*) AS n FROM tasks WHERE status = 'running'`)[0]!.n === 1, 'the task to run');
    // What `sqlite3 scoutly.db` with `BEGIN EXCLUSIVE;` typed in does: a second writer holding the lock.
    const locker = new Database(db);
    locker.exec('BEGIN EXCLUSIVE');
    await waitFor(() => tick.stderr().includes('locked by another writer'), 'the tick to meet the lock', 30_000);
    locker.exec('COMMIT');
    locker.close();
    const result = await tick.done;
    expect(result.code).toBe(74);
    expect(result.stderr).toContain('handed back 1 task(s)');
    expect(query(db, 'SELECT status, attempts, last_error_kind FROM tasks')).toEqual([{ status: 'pending', attempts: 0, last_error_kind: null }]);
    expect(query(db, 'SELECT outcome, error_kind FROM attempts')).toEqual([{ outcome: 'deferred', error_kind: 'database' }]);

    const next = run(STAGED_TICK, [], env);
    expect(next.code).toBe(0);
    expect(next.stderr).not.toContain('left running by a dead tick');
    expect(next.stderr).not.toContain('alone');
    expect(query(db, 'SELECT status, attempts FROM tasks')).toEqual([{ status: 'succeeded', attempts: 1 }]);
    expect(query(db, 'SELECT consecutive_failures FROM companies')).toEqual([{ consecutive_failures: 0 }]);
  }, 90_000);

  it('Ctrl-C (SIGINT) exits 130 after handing the task back', async () => {
    const db = await seeded({ c0: 50 });
    const tick = start(STAGED_TICK, [], { SCOUTLY_DB: db, STAGED_HANDLER: 'slow', STAGED_DELAY_MS: '60000' });
    await waitFor(() => query<{ n: number }>(db, `SELECT COUNT(*) AS n FROM tasks WHERE status = 'running'`)[0]!.n === 1, 'a running task');
    tick.child.kill('SIGINT');
    const result = await tick.done;
    expect(result.code).toBe(130);
    expect(query(db, 'SELECT status, attempts FROM tasks')).toEqual([{ status: 'pending', attempts: 0 }]);
    expect(query(db, 'SELECT exit_code FROM runs')).toEqual([{ exit_code: 130 }]);
  });

  it('sends no digest after SIGTERM, so the process exits promptly; the next tick sends it', async () => {
    const path = tempDbPath();
    const store = await openTestStore(path);
    seedMatches(store, 'matched', [{ title: 'Platform Engineer', score: 80 }], Date.now() - 1000);
    closeStore(store);
    const hook = await serve((_req, res) => json(res, { ok: true }));
    try {
      const env = { SCOUTLY_DB: path, SCOUTLY_NOTIFY_URL: `${hook.url}/hook`, STAGED_HANDLER: 'slow', STAGED_DELAY_MS: '60000' };
      const tick = start(STAGED_TICK, [], env);
      await waitFor(() => query<{ n: number }>(path, `SELECT COUNT(*) AS n FROM tasks WHERE status = 'running'`)[0]!.n === 1, 'a running task');
      tick.child.kill('SIGTERM');
      expect((await tick.done).code).toBe(143);
      expect(hook.requests).toHaveLength(0);
      const next = await start(STAGED_TICK, [], { ...env, STAGED_DELAY_MS: '0' }).done;
      expect(next.code, next.stderr).toBe(0);
      expect(hook.requests).toHaveLength(1);
      expect(JSON.parse(hook.requests[0]!.body)).toMatchObject({ matches: [expect.objectContaining({ title: 'Platform Engineer' })] });
    } finally {
      await hook.close();
    }
  });

  it('exits 1 when tasks fail and 69 when the network is down for everyone', async () => {
    const failing = await seeded({ a: 90 });
    expect(run(STAGED_TICK, [], { SCOUTLY_DB: failing, STAGED_HANDLER: 'fail' }).code).toBe(1);
    const down = await seeded({ a: 90, b: 80 });
    const r = run(STAGED_TICK, [], { SCOUTLY_DB: down, STAGED_HANDLER: 'unavailable' });
    expect(r.code).toBe(69);
    expect(query(down, 'SELECT MAX(consecutive_failures) AS n FROM companies')).toEqual([{ n: 0 }]);
  });

  it('chaos: 50 kill -9 at random moments over 30 companies, then ordinary ticks: every company done, no breaker opened by a crash', async () => {
    const db = await seeded(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`c${String(i).padStart(2, '0')}`, 50 + (i % 50)])));
    const env = { SCOUTLY_DB: db, STAGED_HANDLER: 'slow', STAGED_DELAY_MS: '400', SCOUTLY_CONCURRENCY: '5' };
    let seed = 42; // a fixed pseudo-random sequence: the same moments every run
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 50; i++) {
      const tick = start(STAGED_TICK, [], env);
      await new Promise((r) => setTimeout(r, 150 + random() * 1200));
      tick.child.kill('SIGKILL');
      await tick.done;
    }
    for (let i = 0; i < 15 && query<{ n: number }>(db, `SELECT COUNT(*) AS n FROM tasks WHERE status <> 'succeeded'`)[0]!.n > 0; i++) {
      const w = new Database(db);
      w.prepare(`UPDATE tasks SET run_at = 0 WHERE status IN ('pending','failed')`).run(); // time passes
      w.close();
      const r = run(STAGED_TICK, [], env);
      expect([0, 1], r.stderr).toContain(r.code);
    }
    expect(query(db, `SELECT status, COUNT(*) AS n FROM tasks GROUP BY status`)).toEqual([{ status: 'succeeded', n: 30 }]);
    expect(query(db, `SELECT COUNT(*) AS n FROM companies WHERE last_success_at IS NULL`)).toEqual([{ n: 0 }]);
    expect(query(db, `SELECT COUNT(*) AS n FROM companies WHERE breaker_open_until IS NOT NULL OR consecutive_failures > 0`)).toEqual([{ n: 0 }]);
    // no task ran twice to success, and none used an attempt for a crash it was not proven to cause
    expect(query(db, `SELECT COUNT(*) AS n FROM attempts WHERE outcome = 'succeeded' GROUP BY task_id HAVING n > 1`)).toEqual([]);
  }, 300_000);
});
