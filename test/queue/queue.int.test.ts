import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classify, PermanentError, RetryableError, SnoozeError } from '../../src/core/errors.js';
import type { Store } from '../../src/db/client.js';
import { retryDeadTasks, retryTask } from '../../src/queue/admin.js';
import { enqueueDue, forceScrape } from '../../src/tasks/enqueueScrapes.js';
import { planTick } from '../../src/tick/dryRun.js';
import { outcomeHooks } from '../../src/tasks/kinds/index.js';
import { scrapeDedupeKey } from '../../src/tasks/kinds/scrapeCompany.js';
import { recordDigest } from '../../src/notify/repo.js';
import { prune } from '../../src/queue/prune.js';
import { CLAIM_CANDIDATE_SQL, TaskQueue, type ClaimedTask, type FinishFacts } from '../../src/queue/queue.js';
import { BREAKER_THRESHOLD } from '../../src/schedule/backoff.js';
import { DAY_MS } from '../../src/schedule/tiers.js';
import { cleanupTempDirs, openTestStore } from '../helpers/db.js';
import { steppableClock } from '../helpers/clock.js';
import { trackCompanies } from '../helpers/seed.js';

let store: Store;
let queue: TaskQueue;
const clock = steppableClock();
// The scrape kind's real outcome hook: company health and the breaker, in the outcome's transaction.
let health: FinishFacts;

beforeEach(async () => {
  store = await openTestStore();
  queue = new TaskQueue(store, { maxAttempts: 5, rand: () => 0.5 });
  health = { onOutcome: outcomeHooks(store) };
  clock.set(Date.UTC(2026, 10, 23, 8));
});
afterEach(() => cleanupTempDirs([store]));

const claim = (extra: { suspect?: boolean } = {}) => queue.claim({ nowMs: clock.now(), runId: runId(), ...extra });
let currentRun: number | null = null;
function runId(): number {
  currentRun ??= Number(store.sqlite.prepare(`INSERT INTO runs (started_at, budget_ms, concurrency, host, pid) VALUES (?, 1, 1, 'h', 1)`).run(clock.now()).lastInsertRowid);
  return currentRun;
}
afterEach(() => void (currentRun = null));
const task = (id: number) => store.sqlite.prepare('SELECT * FROM tasks WHERE id = ?').get(id) as Record<string, unknown>;
const attemptsOf = (id: number) => store.sqlite.prepare('SELECT * FROM attempts WHERE task_id = ? ORDER BY id').all(id) as Record<string, unknown>[];
const company = (id: number) => store.sqlite.prepare('SELECT * FROM companies WHERE id = ?').get(id) as Record<string, unknown>;

describe('enqueue', () => {
  it('gives one task per due company however often it runs', () => {
    trackCompanies(store, { a: 90, b: 50, c: 5 }, clock.now());
    expect(enqueueDue(store, queue, clock.now()).enqueued).toBe(3);
    expect(enqueueDue(store, queue, clock.now()).enqueued).toBe(0);
    clock.advance(DAY_MS);
    expect(enqueueDue(store, queue, clock.now()).enqueued).toBe(0);
    expect(store.sqlite.prepare('SELECT COUNT(*) AS n FROM tasks').get()).toEqual({ n: 3 });
  });

  it('is enforced by the unique index, not by a read before the write', () => {
    const ids = trackCompanies(store, { a: 90 }, clock.now());
    enqueueDue(store, queue, clock.now());
    const insert = () => store.sqlite.prepare(`INSERT INTO tasks (kind, dedupe_key, payload, run_at, created_at, updated_at)
      VALUES ('scrape_company', ?, '{}', 0, 0, 0)`).run(scrapeDedupeKey({ companyId: ids.a! }));
    expect(insert).toThrow(/UNIQUE constraint failed/);
  });

  it('after 30 days of downtime enqueues each company once', () => {
    const ids = trackCompanies(store, { daily: 95, every3: 40, every5: 3 }, clock.now());
    for (const id of Object.values(ids)) store.sqlite.prepare('UPDATE companies SET last_success_at = ? WHERE id = ?').run(clock.now(), id);
    clock.advance(30 * DAY_MS);
    expect(enqueueDue(store, queue, clock.now()).enqueued).toBe(3);
    expect(enqueueDue(store, queue, clock.now()).enqueued).toBe(0);
    const perCompany = store.sqlite.prepare('SELECT company_id, COUNT(*) AS n FROM tasks GROUP BY company_id').all() as { n: number }[];
    expect(perCompany.map((r) => r.n)).toEqual([1, 1, 1]);
  });

  it('enqueues only what is due, and again once the interval has passed since the last success', () => {
    const ids = trackCompanies(store, { a: 85, b: 65 }, clock.now());
    enqueueDue(store, queue, clock.now());
    for (let t = claim(); t; t = claim()) queue.complete(t, clock.now(), health);
    expect(company(ids.a!).last_success_at).toBe(clock.now());
    clock.advance(DAY_MS - 1);
    expect(enqueueDue(store, queue, clock.now()).enqueued).toBe(0);
    clock.advance(1);
    expect(enqueueDue(store, queue, clock.now()).enqueued).toBe(1); // rank 85: daily
    clock.advance(DAY_MS);
    expect(enqueueDue(store, queue, clock.now()).enqueued).toBe(1); // rank 65: every 2 days
  });

  it('does not schedule untracked companies', () => {
    const ids = trackCompanies(store, { a: 90 }, clock.now());
    store.sqlite.prepare('UPDATE preferences SET tracking = 0 WHERE company_id = ?').run(ids.a);
    expect(enqueueDue(store, queue, clock.now()).enqueued).toBe(0);
  });
});

describe('claim and drain order', () => {
  it('claims by rank, and a starving low rank before every higher one', () => {
    const ids = trackCompanies(store, { low: 5, high: 95 }, clock.now());
    const slugOf = (id: number | null) => Object.entries(ids).find(([, v]) => v === id)![0];
    for (const id of Object.values(ids)) store.sqlite.prepare('UPDATE companies SET last_success_at = ? WHERE id = ?').run(clock.now(), id);
    clock.advance(5 * DAY_MS); // both are due now
    // Each day the budget only covers the first claim: the rest is released unserved.
    const firstClaims: string[] = [];
    for (let day = 0; day <= 12; day++) {
      enqueueDue(store, queue, clock.now());
      const claimed: ClaimedTask[] = [];
      for (let t = claim(); t; t = claim()) claimed.push(t);
      firstClaims.push(slugOf(claimed[0]!.companyId));
      claimed.forEach((t, i) => {
        if (i === 0) queue.complete(t, clock.now(), health);
        else queue.release(t, clock.now(), classify(new Error('budget'), true));
      });
      clock.advance(DAY_MS);
    }
    // low was due at day 0 of the loop; it starves once overdue by more than 2 × 5 days
    expect(firstClaims.slice(0, 11)).toEqual(Array(11).fill('high'));
    expect(firstClaims[11]).toBe('low');
  });

  it('a claim lowers durability for its own commit only: every other write keeps the store\'s', () => {
    trackCompanies(store, { a: 90, b: 90 }, clock.now());
    enqueueDue(store, queue, clock.now());
    const full = store.sqlite.pragma('synchronous', { simple: true });
    expect(full).toBe(2); // FULL, as the store opens
    const t = claim()!;
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(full);
    queue.complete(t, clock.now(), health);
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(full);
  });

  it('counts the attempt at claim and writes its row once, when it ends', () => {
    trackCompanies(store, { a: 90 }, clock.now());
    enqueueDue(store, queue, clock.now());
    const t = claim()!;
    expect(t.attempts).toBe(1);
    expect(task(t.id)).toMatchObject({ status: 'running', attempts: 1 });
    expect(attemptsOf(t.id)).toEqual([]);
    expect(claim()).toBeUndefined();
    const startedAt = clock.now();
    clock.advance(1_500);
    queue.complete(t, clock.now(), health);
    expect(attemptsOf(t.id)).toEqual([expect.objectContaining({ attempt: 1, outcome: 'succeeded' })]);
    expect(store.sqlite.prepare('SELECT started_at AS s, duration_ms AS d, run_id AS r FROM attempts').get()).toEqual({ s: startedAt, d: 1_500, r: t.runId });
  });

  it('does not claim a task before its run_at', () => {
    const ids = trackCompanies(store, { a: 90 }, clock.now());
    queue.add({ kind: 'scrape_company', dedupeKey: 'x', companyId: ids.a!, payload: { companyId: ids.a }, runAt: clock.now() + 1000 }, clock.now());
    expect(claim()).toBeUndefined();
    clock.advance(1000);
    expect(claim()?.dedupeKey).toBe('x');
  });
});

describe('batch claims', () => {
  it('claim the next n in drain order, count each attempt, and give each task a token of its own', () => {
    trackCompanies(store, { a: 90, b: 60, c: 30, d: 10 }, clock.now());
    enqueueDue(store, queue, clock.now());
    const one = claim()!; // the best first, alone
    const batch = queue.claimMany(5, { nowMs: clock.now(), runId: runId() });
    expect(batch.map((t) => t.priority)).toEqual([...batch.map((t) => t.priority)].sort((x, y) => x - y));
    expect(batch).toHaveLength(3);
    expect(batch.every((t) => t.priority >= one.priority)).toBe(true);
    for (const t of batch) expect(task(t.id)).toMatchObject({ status: 'running', attempts: 1, lease_token: t.leaseToken });
    expect(new Set([one, ...batch].map((t) => t.leaseToken)).size).toBe(4);
    // A sibling's token does not finish a task: each lease is the task's own.
    expect(queue.complete({ ...batch[0]!, leaseToken: batch[1]!.leaseToken }, clock.now(), health)).toBe(false);
    expect(queue.complete(batch[0]!, clock.now(), health)).toBe(true);
    expect(queue.claimMany(5, { nowMs: clock.now(), runId: runId() })).toEqual([]);
  });
});

describe('outcomes', () => {
  function claimed(): ClaimedTask {
    trackCompanies(store, { a: 90 }, clock.now());
    enqueueDue(store, queue, clock.now());
    return claim()!;
  }

  it('a stolen lease cannot overwrite the new owner\'s result', () => {
    const t = claimed();
    const stale = { ...t, leaseToken: 'someone-else' };
    expect(queue.complete(stale, clock.now(), health)).toBe(false);
    expect(queue.fail(stale, clock.now(), classify(new RetryableError('http_5xx', 'x')), health)).toBe('lost');
    expect(queue.release(stale, clock.now(), classify(new Error('x'), true))).toBe(false);
    expect(task(t.id).status).toBe('running');
    expect(queue.complete(t, clock.now(), health)).toBe(true);
    expect(queue.complete(t, clock.now(), health)).toBe(false);
  });

  it('a handler\'s writes deferred to the outcome run only while the lease is ours, and give the attempt\'s detail', () => {
    const t = claimed();
    const records: string[] = [];
    const record = (who: string) => () => (records.push(who), { by: who });
    expect(queue.complete({ ...t, leaseToken: 'someone-else' }, clock.now(), { ...health, record: record('stale') })).toBe(false);
    expect(queue.complete(t, clock.now(), { ...health, record: record('owner') })).toBe(true);
    expect(records).toEqual(['owner']);
    expect(store.sqlite.prepare('SELECT detail FROM attempts WHERE task_id = ?').pluck().all(t.id)).toEqual(['{"by":"owner"}']);
  });

  it('a retryable failure backs off exponentially and records the error everywhere', () => {
    const t = claimed();
    expect(queue.fail(t, clock.now(), classify(new RetryableError('http_5xx', 'HTTP 503')), health)).toBe('failed');
    const row = task(t.id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1, last_error_kind: 'http_5xx', last_error: 'HTTP 503' });
    expect(row.run_at).toBe(clock.now() + 90_000); // 2 min base, rand 0.5 → 1.5 min
    expect(attemptsOf(t.id)[0]).toMatchObject({ outcome: 'failed', error_kind: 'http_5xx' });
    expect(company(t.companyId!)).toMatchObject({ consecutive_failures: 1, last_error_kind: 'http_5xx' });
    expect(claim()).toBeUndefined();
    clock.advance(90_000);
    const again = claim()!;
    expect(again.attempts).toBe(2);
    expect(queue.fail(again, clock.now(), classify(new RetryableError('http_5xx', 'HTTP 503')), health)).toBe('failed');
    expect(task(t.id).run_at).toBe(clock.now() + 180_000);
  });

  it('a permanent failure makes the task dead at once', () => {
    const t = claimed();
    expect(queue.fail(t, clock.now(), classify(new PermanentError('http_4xx', 'HTTP 404')), health)).toBe('dead');
    expect(task(t.id)).toMatchObject({ status: 'dead', finished_at: clock.now() });
  });

  it('is dead after max_attempts', () => {
    let t = claimed();
    const store2 = store;
    store2.sqlite.prepare('UPDATE companies SET consecutive_failures = -100').run(); // keep the breaker out of this test
    for (let attempt = 1; attempt < 5; attempt++) {
      expect(queue.fail(t, clock.now(), classify(new Error('bug')), health)).toBe('failed');
      clock.advance(DAY_MS);
      t = claim()!;
      expect(t.attempts).toBe(attempt + 1);
    }
    expect(queue.fail(t, clock.now(), classify(new Error('bug')), health)).toBe('dead');
    expect(attemptsOf(t.id)).toHaveLength(5);
  });

  it('open and unfinished stay the same rows through every outcome (the open-key index is on finished_at)', () => {
    const mismatched = () => store.sqlite.prepare(`SELECT COUNT(*) FROM tasks
      WHERE (status IN ('pending','running','failed')) <> (finished_at IS NULL)`).pluck().get();
    trackCompanies(store, { a: 90, b: 90, c: 90, d: 90 }, clock.now());
    enqueueDue(store, queue, clock.now());
    const [a, b, c, d] = queue.claimMany(4, { nowMs: clock.now(), runId: runId() });
    expect(mismatched()).toBe(0);
    queue.complete(a!, clock.now(), health);
    queue.fail(b!, clock.now(), classify(new RetryableError('http_5xx', 'x')), health);
    queue.fail(c!, clock.now(), classify(new PermanentError('http_4xx', 'gone')), health);
    queue.release(d!, clock.now(), classify(new Error('budget'), true));
    expect(mismatched()).toBe(0);
    expect(retryTask(store, c!.id, clock.now())).toBe('retried');
    expect(mismatched()).toBe(0);
    // Enqueueing again adds nothing: each company has its open task (one retried, one failed, one pending).
    expect(enqueueDue(store, queue, clock.now() + 7 * DAY_MS).enqueued).toBe(1); // only a's, which succeeded
  });

  it('a snooze gives the attempt back and waits', () => {
    const t = claimed();
    expect(queue.snooze(t, clock.now(), clock.now() + 36_000, classify(new SnoozeError('rate_limited', '429', 36_000)))).toBe(true);
    expect(task(t.id)).toMatchObject({ status: 'pending', attempts: 0, run_at: clock.now() + 36_000 });
    expect(attemptsOf(t.id)[0]).toMatchObject({ outcome: 'deferred', error_kind: 'rate_limited' });
    expect(company(t.companyId!).consecutive_failures).toBe(0);
  });

  it('a release gives the attempt back and keeps the task\'s place', () => {
    const t = claimed();
    const runAt = task(t.id).run_at;
    expect(queue.release(t, clock.now(), classify(new Error('stop'), true))).toBe(true);
    expect(task(t.id)).toMatchObject({ status: 'pending', attempts: 0, run_at: runAt });
    expect(attemptsOf(t.id)[0]).toMatchObject({ outcome: 'deferred', error_kind: 'interrupted' });
  });

  it('success closes the attempt and resets the company\'s health', () => {
    const t = claimed();
    store.sqlite.prepare('UPDATE companies SET consecutive_failures = 2, last_error = ?').run('old');
    clock.advance(1234);
    expect(queue.complete(t, clock.now(), { ...health, detail: { postingsSeen: 3 } })).toBe(true);
    expect(attemptsOf(t.id)[0]).toMatchObject({ outcome: 'succeeded', duration_ms: 1234, detail: '{"postingsSeen":3}' });
    expect(company(t.companyId!)).toMatchObject({ consecutive_failures: 0, last_error: null, last_success_at: clock.now() });
  });

  it('a failure that is not the company\'s fault does not count against it', () => {
    const t = claimed();
    queue.fail(t, clock.now(), classify(new PermanentError('no_handler', 'none')), health);
    expect(company(t.companyId!)).toMatchObject({ consecutive_failures: 0, last_error_kind: 'no_handler' });
  });
});

describe('circuit breaker', () => {
  it('opens after repeated failures, skips the company at enqueue, then lets one probe through', () => {
    const ids = trackCompanies(store, { flaky: 90, fine: 90 }, clock.now());
    for (let i = 0; i < BREAKER_THRESHOLD; i++) {
      enqueueDue(store, queue, clock.now());
      const tasks: ClaimedTask[] = [];
      for (let t = claim(); t; t = claim()) tasks.push(t);
      for (const t of tasks) {
        if (t.companyId === ids.flaky) queue.fail(t, clock.now(), classify(new PermanentError('http_4xx', 'HTTP 404')), health);
        else queue.complete(t, clock.now(), health);
      }
      clock.advance(DAY_MS);
    }
    const flaky = company(ids.flaky!);
    expect(flaky.consecutive_failures).toBe(BREAKER_THRESHOLD);
    expect(flaky.breaker_open_until as number).toBeGreaterThan(clock.now() - DAY_MS);
    clock.set((flaky.breaker_open_until as number) - 1);
    enqueueDue(store, queue, clock.now());
    expect(store.sqlite.prepare(`SELECT COUNT(*) AS n FROM tasks WHERE company_id = ? AND status = 'pending'`).get(ids.flaky)).toEqual({ n: 0 });
    clock.advance(1);
    expect(enqueueDue(store, queue, clock.now()).enqueued).toBeGreaterThanOrEqual(1);
    const probe = claim()!;
    expect(probe.companyId).toBe(ids.flaky);
    queue.complete(probe, clock.now(), health);
    expect(company(ids.flaky!)).toMatchObject({ consecutive_failures: 0, breaker_open_until: null });
  });

  it('holds a retrying task until the breaker closes', () => {
    trackCompanies(store, { a: 90 }, clock.now());
    store.sqlite.prepare('UPDATE companies SET consecutive_failures = ?').run(BREAKER_THRESHOLD - 1);
    enqueueDue(store, queue, clock.now());
    const t = claim()!;
    queue.fail(t, clock.now(), classify(new RetryableError('timeout', 'slow')), health);
    expect(task(t.id).run_at).toBe(company(t.companyId!).breaker_open_until);
  });
});

describe('recovery of tasks left running by a dead tick', () => {
  it('a crash proves nothing about the tasks in flight: attempt handed back, nobody blamed, each runs alone next', () => {
    trackCompanies(store, { a: 90, b: 80 }, clock.now());
    enqueueDue(store, queue, clock.now());
    const t = claim()!;
    expect(queue.recoverOrphans(clock.now(), health.onOutcome)).toEqual({ recovered: 1, dead: 0 });
    expect(company(t.companyId!)).toMatchObject({ consecutive_failures: 0, breaker_open_until: null });
    expect(task(t.id)).toMatchObject({ status: 'pending', attempts: 0, last_error_kind: 'crashed', lease_token: null });
    expect(attemptsOf(t.id)[0]).toMatchObject({ outcome: 'deferred', error_kind: 'crashed' });
    // a suspect is only handed out on request, after the others
    const normal = claim()!;
    expect(normal.id).not.toBe(t.id);
    expect(claim()).toBeUndefined();
    expect(claim({ suspect: true })?.id).toBe(t.id);
  });

  it('a suspect that dies running alone is proven: the attempt counts and its company is blamed', () => {
    trackCompanies(store, { a: 90 }, clock.now());
    enqueueDue(store, queue, clock.now());
    claim();
    queue.recoverOrphans(clock.now(), health.onOutcome);
    const suspect = claim({ suspect: true })!;
    expect(queue.recoverOrphans(clock.now(), health.onOutcome)).toEqual({ recovered: 1, dead: 0 });
    expect(task(suspect.id)).toMatchObject({ status: 'failed', attempts: 1, last_error_kind: 'crashed' });
    expect(company(suspect.companyId!)).toMatchObject({ consecutive_failures: 1, last_error_kind: 'crashed' });
    expect(attemptsOf(suspect.id).map((a) => a.outcome)).toEqual(['deferred', 'failed']);
  });

  it('whatever puts a suspect back in the queue, a suspect claim still takes it (nothing strands)', () => {
    trackCompanies(store, { a: 90 }, clock.now());
    enqueueDue(store, queue, clock.now());
    claim();
    queue.recoverOrphans(clock.now(), health.onOutcome);
    // SIGTERM while it runs: handed back, still pending and marked
    const running = claim({ suspect: true })!;
    queue.release(running, clock.now(), classify(new Error('stopping'), true));
    expect(task(running.id)).toMatchObject({ status: 'pending', last_error_kind: 'crashed' });
    expect(claim({ suspect: true })?.id).toBe(running.id);
  });

  it('a proven suspect that died on its last attempt is dead', () => {
    trackCompanies(store, { a: 90 }, clock.now());
    enqueueDue(store, queue, clock.now());
    const t = claim()!;
    store.sqlite.prepare(`UPDATE tasks SET attempts = max_attempts, last_error_kind = 'crashed' WHERE id = ?`).run(t.id);
    expect(queue.recoverOrphans(clock.now())).toEqual({ recovered: 0, dead: 1 });
    expect(task(t.id).status).toBe('dead');
  });
});

describe('repair and retention', () => {
  it('retries dead tasks unless an open task does the same work', () => {
    const ids = trackCompanies(store, { a: 90, b: 90 }, clock.now());
    enqueueDue(store, queue, clock.now());
    for (let t = claim(); t; t = claim()) queue.fail(t, clock.now(), classify(new PermanentError('http_4xx', '404')), health);
    enqueueDue(store, queue, clock.now()); // new open tasks for both companies
    const deadA = (store.sqlite.prepare(`SELECT id FROM tasks WHERE status = 'dead' AND company_id = ?`).get(ids.a) as { id: number }).id;
    expect(retryTask(store, deadA, clock.now())).toBe('open_task_exists');
    store.sqlite.prepare(`DELETE FROM tasks WHERE status = 'pending'`).run();
    expect(retryTask(store, deadA, clock.now())).toBe('retried');
    expect(task(deadA)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(retryDeadTasks(store, clock.now())).toEqual({ retried: 1, skipped: 0 });
    expect(retryTask(store, 9999, clock.now())).toBe('not_found');
  });

  it('queue add forces a scrape ahead of everything, or brings the open one forward', () => {
    const ids = trackCompanies(store, { top: 100, low: 1 }, clock.now());
    enqueueDue(store, queue, clock.now());
    const forced = forceScrape(store, queue, ids.low!, clock.now());
    expect(forced.created).toBe(false);
    expect(claim()?.companyId).toBe(ids.low);
  });

  it('prunes finished tasks after 30 days, attempts and the digest log after 90', () => {
    trackCompanies(store, { a: 90, b: 80 }, clock.now());
    enqueueDue(store, queue, clock.now());
    const t = claim()!;
    queue.complete(t, clock.now(), health);
    recordDigest(store, { runId: null, channel: 'ntfy', status: 'sent', error: null,
      digest: { matches: [], closed: [], warnings: [{ key: 'warning:x', text: 'x' }] } }, clock.now());
    clock.advance(31 * DAY_MS);
    expect(prune(store, clock.now())).toEqual({ tasks: 1, attempts: 0, digests: 0 });
    expect(store.sqlite.prepare('SELECT COUNT(*) AS n FROM tasks WHERE id = ?').get(t.id)).toEqual({ n: 0 });
    expect(attemptsOf(t.id)).toHaveLength(1); // the task is gone; its attempt stays, with the task's id
    clock.advance(60 * DAY_MS);
    expect(prune(store, clock.now())).toEqual({ tasks: 0, attempts: 1, digests: 1 });
    expect(store.sqlite.prepare('SELECT COUNT(*) AS n FROM digest_items').get()).toEqual({ n: 0 });
  });

  it('never hands a pruned task\'s id to a new task: the newest one\'s attempts let go of its id when it goes', () => {
    const ids = trackCompanies(store, { a: 90 }, clock.now());
    enqueueDue(store, queue, clock.now());
    const t = claim()!;
    queue.complete(t, clock.now(), health);
    clock.advance(31 * DAY_MS);
    expect(prune(store, clock.now())).toEqual({ tasks: 1, attempts: 0, digests: 0 });
    expect(store.sqlite.prepare('SELECT COUNT(*) FROM tasks').pluck().get()).toBe(0);
    // Without a sequence the next task takes the same id; it must not inherit the old attempt.
    const again = forceScrape(store, queue, ids.a!, clock.now());
    expect(again).toEqual({ id: t.id, created: true });
    expect(attemptsOf(t.id)).toEqual([]);
    expect(store.sqlite.prepare('SELECT COUNT(*) FROM attempts WHERE task_id IS NULL').pluck().get()).toBe(1); // kept, unlinked
  });
});

describe('the dry run', () => {
  it('plans what enqueueing adds and the order the queue then claims in, from the same SQL', () => {
    const ids = trackCompanies(store, { a: 95, b: 20, c: 70, d: 5, e: 50 }, clock.now());
    const slugOf = (id: number | null) => Object.entries(ids).find(([, v]) => v === id)![0];
    store.sqlite.prepare(`UPDATE companies SET last_success_at = ? WHERE slug = 'e'`).run(clock.now()); // not due
    const plan = planTick(store, clock.now(), null);
    expect(plan.wouldEnqueue.map((c) => c.slug)).toEqual(['a', 'c', 'b', 'd']);
    enqueueDue(store, queue, clock.now());
    const claimedOrder: string[] = [];
    for (let t = claim(); t; t = claim()) claimedOrder.push(slugOf(t.companyId));
    expect(claimedOrder).toEqual(plan.drainOrder.map((t) => t.slug));
    expect(planTick(store, clock.now(), null)).toMatchObject({ wouldRecover: 4, wouldEnqueue: [] });
  });
});

describe('query plans', () => {
  it('claims by a seek per kind on the claim index: the backlog is never walked or sorted', () => {
    for (const kinds of [['scrape_company'], ['scrape_company', 'analyze_postings']] as const) {
      const plan = store.sqlite.prepare(`EXPLAIN QUERY PLAN ${CLAIM_CANDIDATE_SQL(false, kinds)}`).all({ now: 0 }) as { detail: string; parent: number; id: number }[];
      const text = plan.map((p) => p.detail).join('\n');
      expect(text.match(/SEARCH tasks USING INDEX tasks_claim_idx \(kind=\?\)/g)).toHaveLength(kinds.length);
      expect(text).not.toMatch(/SCAN tasks/);
      // Only the one row per kind is ordered (when there are several kinds), never the backlog.
      expect(text.match(/TEMP B-TREE/g)?.length ?? 0).toBeLessThanOrEqual(kinds.length > 1 ? 1 : 0);
    }
  });
});
