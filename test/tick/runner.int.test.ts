// The runner's pieces with a real SQLite file and the real queue: group commit, one attempt, the claim
// loop and what outcomes do to tasks. runTick.int.test.ts drives them together.
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDeadline, type Deadline } from '../../src/core/deadline.js';
import { RetryableError } from '../../src/core/errors.js';
import { createLogger } from '../../src/core/log.js';
import type { Store } from '../../src/db/client.js';
import { TaskQueue, type ClaimedTask } from '../../src/queue/queue.js';
import { enqueueDue } from '../../src/tasks/enqueueScrapes.js';
import { bindKind, type KindRegistry, type RunnableKind, type TaskContext } from '../../src/tasks/kind.js';
import { scrapeCompanyKind, scrapeDedupeKey, scrapeDedupeKeySql } from '../../src/tasks/kinds/scrapeCompany.js';
import { runAttempt, type AttemptEnv } from '../../src/tick/runner/attempt.js';
import { groupCommit } from '../../src/tick/runner/groupCommit.js';
import { claimLoop } from '../../src/tick/runner/loop.js';
import { Outcomes } from '../../src/tick/runner/outcomes.js';
import { emptyStats } from '../../src/tick/runner/stats.js';
import { Slots } from '../../src/tick/runner/slots.js';
import { steppableClock } from '../helpers/clock.js';
import { cleanupTempDirs, openTestStore } from '../helpers/db.js';
import { trackCompanies } from '../helpers/seed.js';

let store: Store;
let queue: TaskQueue;
const clock = steppableClock();
const log = createLogger({ format: 'plain', level: 'error', stream: new PassThrough() });
const deadlines: Deadline[] = [];
const deadline = (ms: number) => {
  const d = startDeadline(ms);
  deadlines.push(d);
  return d;
};

beforeEach(async () => {
  store = await openTestStore();
  queue = new TaskQueue(store, { maxAttempts: 3, rand: () => 0.5 });
});
afterEach(() => {
  for (const d of deadlines.splice(0)) d.dispose();
  cleanupTempDirs([store]);
});

const runId = () => Number(store.sqlite.prepare(`INSERT INTO runs (started_at, budget_ms, concurrency, host, pid) VALUES (?, 1, 1, 'h', 1)`).run(clock.now()).lastInsertRowid);
const scrapeKind = (run: (ctx: TaskContext<{ companyId: number }>) => Promise<void>, timeoutMs = 10_000): RunnableKind<{ companyId: number }> =>
  ({ ...bindKind(scrapeCompanyKind, { store, config: null as never, services: async () => { throw new Error('unused'); } }, store), timeoutMs, run });
const seedScrapes = (n: number) => {
  const ids = trackCompanies(store, Object.fromEntries(Array.from({ length: n }, (_, i) => [`c${i}`, 50])), clock.now());
  enqueueDue(store, queue, clock.now());
  return ids;
};
const env = (over: Partial<AttemptEnv> = {}): AttemptEnv => ({
  clock, log, deadline: deadline(10_000), stop: new AbortController().signal, enqueue: () => {}, park: (p) => p, secrets: [], ...over,
});

describe('the scrape kind\'s dedupe key', () => {
  it('is the same in SQL as in code', () => {
    const [id] = Object.values(seedScrapes(1));
    expect(store.sqlite.prepare(`SELECT ${scrapeDedupeKeySql('id')} AS k FROM companies`).get()).toEqual({ k: scrapeDedupeKey({ companyId: id! }) });
  });
});

describe('group commit', () => {
  it('writes what arrives together in one transaction, and one bad write does not undo the others', async () => {
    let transactions = 0;
    const failed: number[] = [];
    const commits = groupCommit<number>((fn) => { transactions++; queue.batch(fn); }, log, (items) => failed.push(...items));
    const insert = (slug: string) => () => void store.sqlite.prepare(`INSERT INTO companies (slug, name, careers_url, created_at, updated_at) VALUES (?, ?, 'https://x.example', 0, 0)`).run(slug, slug);
    await Promise.all([
      commits.add(1, insert('a')),
      commits.add(2, () => { throw new Error('a bug in one write'); }),
      commits.add(3, insert('b')),
    ]);
    expect(transactions).toBe(1);
    expect(failed).toEqual([]);
    expect(store.sqlite.prepare('SELECT slug FROM companies ORDER BY slug').all()).toEqual([{ slug: 'a' }, { slug: 'b' }]);
  });

  it('at the tail, an outcome waits for the other tasks in flight and shares their commit', async () => {
    let transactions = 0;
    const commits = groupCommit<number>((fn) => { transactions++; queue.batch(fn); }, log, () => {},
      { atTail: () => true, othersInFlight: (queued) => 3 - queued, maxMs: 60_000, stop: new AbortController().signal });
    const first = commits.add(1, () => {});
    await new Promise((resolve) => setTimeout(resolve, 5)); // the others finish later, not in the same turn
    const second = commits.add(2, () => {});
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(transactions).toBe(0);
    await Promise.all([first, second, commits.add(3, () => {})]);
    expect(transactions).toBe(1);
  });

  it('before the tail an outcome is written in the turn it arrived, however many tasks are in flight', async () => {
    let transactions = 0;
    const commits = groupCommit<number>((fn) => { transactions++; queue.batch(fn); }, log, () => {},
      { atTail: () => false, othersInFlight: () => 4, maxMs: 60_000, stop: new AbortController().signal });
    await commits.add(1, () => {});
    await commits.add(2, () => {});
    expect(transactions).toBe(2);
  });

  it('a waiting group is written when its time is up, or at once when the tick stops', async () => {
    let transactions = 0;
    const stop = new AbortController();
    const waiting = (maxMs: number) => groupCommit<number>((fn) => { transactions++; queue.batch(fn); }, log, () => {},
      { atTail: () => true, othersInFlight: () => 1, maxMs, stop: stop.signal });
    await waiting(1).add(1, () => {}); // the other task never finishes: written after 1 ms all the same
    expect(transactions).toBe(1);
    const held = waiting(60_000).add(2, () => {});
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(transactions).toBe(1);
    stop.abort();
    await held;
    expect(transactions).toBe(2);
  });

  it('hands the whole group to the caller when the database fails it', async () => {
    const failed: number[] = [];
    const commits = groupCommit<number>((fn) => queue.batch(fn), log, (items) => failed.push(...items));
    await Promise.all([
      commits.add(1, () => void store.sqlite.prepare(`INSERT INTO companies (slug, name, careers_url, created_at, updated_at) VALUES ('a', 'a', 'https://x.example', 0, 0)`).run()),
      commits.add(2, () => void store.sqlite.prepare('INSERT INTO no_such_table VALUES (1)').run()),
    ]);
    expect(failed).toEqual([1, 2]);
    expect(store.sqlite.prepare('SELECT COUNT(*) AS n FROM companies').get()).toEqual({ n: 0 });
  });
});

describe('one attempt', () => {
  const claimOne = () => queue.claim({ nowMs: clock.now(), runId: runId() })!;

  it('hands the handler the parsed payload and a narrow context', async () => {
    const ids = seedScrapes(1);
    let seen: unknown;
    const end = await runAttempt(scrapeKind(async (ctx) => void (seen = { payload: ctx.payload, keys: Object.keys(ctx).sort() })), claimOne(), env());
    expect(end).toEqual({ ok: true, result: undefined });
    expect(seen).toEqual({ payload: { companyId: ids.c0 }, keys: ['clock', 'enqueue', 'log', 'park', 'payload', 'signal', 'task'] });
  });

  it('refuses a malformed payload and a kind without a handler, permanently', async () => {
    seedScrapes(2);
    store.sqlite.prepare(`UPDATE tasks SET payload = '{"companyId":-1}' WHERE id = 1`).run();
    expect(await runAttempt(scrapeKind(async () => {}), claimOne(), env())).toMatchObject({
      ok: false, error: { kind: 'invalid_payload', disposition: 'permanent', message: expect.stringContaining('companyId') },
    });
    expect(await runAttempt(undefined, claimOne(), env())).toMatchObject({ ok: false, error: { kind: 'no_handler', disposition: 'permanent' } });
  });

  it('ends a handler that ignores its signal at its limit (half the budget), as a timeout', async () => {
    seedScrapes(1);
    const end = await runAttempt(scrapeKind(() => new Promise(() => {}), 60_000), claimOne(), env({ deadline: deadline(200) }));
    expect(end).toMatchObject({ ok: false, error: { kind: 'timeout', disposition: 'retry', message: 'attempt timed out after 100 ms' } });
  });

  it('an attempt stopped by the tick is interrupted, whatever the handler threw', async () => {
    seedScrapes(1);
    const stop = new AbortController();
    const end = runAttempt(scrapeKind(async (ctx) => {
      await new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(new RetryableError('http_5xx', 'HTTP 502'))));
    }), claimOne(), env({ stop: stop.signal }));
    stop.abort('signal');
    expect(await end).toMatchObject({ ok: false, error: { kind: 'interrupted', disposition: 'interrupted' } });
  });
});

describe('the claim loop', () => {
  const loop = (kinds: KindRegistry, slots: Slots, d: Deadline, started: ClaimedTask[], run: (t: ClaimedTask) => Promise<void>) =>
    claimLoop({
      queue, log, deadline: d, slots, stop: new AbortController().signal, now: () => clock.now(), runId: runId(), kind: null, ready: [], tail: { reached: false },
      longestAttemptMs: Math.max(...Object.values(kinds).map((k) => k!.timeoutMs)),
      start: (task) => {
        started.push(task);
        return run(task);
      },
    });

  it('never has more tasks working than slots, and ends when the queue is empty', async () => {
    seedScrapes(7);
    const slots = new Slots(3);
    let working = 0;
    let most = 0;
    const started: ClaimedTask[] = [];
    const end = await loop({ scrape_company: scrapeKind(async () => {}, 100) }, slots, deadline(10_000), started, async (task) => {
      working++;
      most = Math.max(most, working);
      await new Promise((r) => setTimeout(r, 20));
      queue.complete(task, clock.now());
      working--;
    });
    expect(end).toBe('empty');
    expect(started).toHaveLength(7);
    expect(most).toBe(3);
  });

  it('claims nothing once the slowest attempt cannot finish before the deadline', async () => {
    seedScrapes(3);
    const started: ClaimedTask[] = [];
    const end = await loop({ scrape_company: scrapeKind(async () => {}, 60_000) }, new Slots(2), deadline(30_000), started, async () => {});
    expect(end).toBe('budget');
    expect(started).toHaveLength(0);
    expect(store.sqlite.prepare(`SELECT COUNT(*) AS n FROM tasks WHERE status = 'pending' AND attempts = 0`).get()).toEqual({ n: 3 });
  });

  it('runs suspects last, one at a time, alone', async () => {
    seedScrapes(3);
    store.sqlite.prepare(`UPDATE tasks SET last_error_kind = 'crashed' WHERE id IN (SELECT id FROM tasks ORDER BY id LIMIT 2)`).run();
    const slots = new Slots(5);
    const order: { id: number; alongside: number }[] = [];
    let working = 0;
    const started: ClaimedTask[] = [];
    await loop({ scrape_company: scrapeKind(async () => {}, 100) }, slots, deadline(10_000), started, async (task) => {
      working++;
      order.push({ id: task.id, alongside: working - 1 });
      await new Promise((r) => setTimeout(r, 10));
      queue.complete(task, clock.now());
      working--;
    });
    expect(order.map((o) => o.id)).toEqual([3, 1, 2]);
    expect(order.slice(1).every((o) => o.alongside === 0)).toBe(true);
  });
});

describe('outcomes', () => {
  const setup = (kinds: KindRegistry) => {
    const stats = emptyStats();
    const stops: string[] = [];
    const commits = groupCommit<ClaimedTask>((fn) => queue.batch(fn), log, () => {});
    return { stats, stops, outcomes: new Outcomes(queue, kinds, clock, log, stats, commits, (reason) => void stops.push(reason)) };
  };
  const network = { ok: false as const, error: { kind: 'network' as const, disposition: 'retry' as const, message: 'ECONNREFUSED', blamesCompany: true } };

  it('holds network failures until a site answers; then they count against their companies', async () => {
    seedScrapes(3);
    const kinds = { scrape_company: scrapeKind(async () => {}) };
    const { stats, outcomes } = setup(kinds);
    const [a, b, c] = queue.claimMany(3, { nowMs: clock.now(), runId: runId() });
    await outcomes.settle(a!, network);
    await outcomes.settle(b!, network);
    expect(stats.failed).toBe(0);
    expect(store.sqlite.prepare(`SELECT COUNT(*) AS n FROM companies WHERE consecutive_failures > 0`).get()).toEqual({ n: 0 });
    await outcomes.settle(c!, { ok: true, result: { counters: { postingsNew: 2 } } });
    expect(stats).toMatchObject({ succeeded: 1, failed: 2, counters: { postingsNew: 2 }, failuresByKind: { network: 2 } });
    // The kind's outcome hook ran in each outcome's transaction: the company's health.
    expect(store.sqlite.prepare(`SELECT consecutive_failures AS f FROM companies ORDER BY id`).all()).toEqual([{ f: 1 }, { f: 1 }, { f: 0 }]);
  });

  it('stops the tick as unavailable when every company tried was unreachable, blaming none', async () => {
    seedScrapes(3);
    const { stats, stops, outcomes } = setup({ scrape_company: scrapeKind(async () => {}) });
    for (const task of queue.claimMany(3, { nowMs: clock.now(), runId: runId() })) await outcomes.settle(task, network);
    expect(stops).toEqual(['unavailable']);
    outcomes.releaseHeld();
    expect(stats).toMatchObject({ failed: 0, deferred: 3, stopReason: 'unavailable' });
    expect(store.sqlite.prepare(`SELECT status, attempts FROM tasks`).all()).toEqual(Array(3).fill({ status: 'pending', attempts: 0 }));
  });

  it('snoozes a configuration problem past the tick and remembers it for exit 78', async () => {
    seedScrapes(1);
    const { stats, outcomes } = setup({ scrape_company: scrapeKind(async () => {}) });
    const [task] = queue.claimMany(1, { nowMs: clock.now(), runId: runId() });
    await outcomes.settle(task!, { ok: false, error: { kind: 'auth', disposition: 'config', message: 'key refused', blamesCompany: false } });
    expect(stats).toMatchObject({ deferred: 1, configError: 'key refused' });
    expect(store.sqlite.prepare('SELECT status, attempts, run_at - ? AS wait FROM tasks').get(clock.now())).toEqual({ status: 'pending', attempts: 0, wait: 15 * 60_000 });
  });
});
