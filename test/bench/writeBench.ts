// `make bench`, the store's write path: WAL bytes one task writes (claim and outcome; its postings apart), an
// idle tick's writes, and claims behind a 30,000-task backlog with 100,000 finished rows against an empty
// queue (throughput and p99), with the settings a tick runs under. Prints figures and ratios; asserts nothing.

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { createLogger } from '../../src/core/log.js';
import { startDeadline } from '../../src/core/deadline.js';
import { loadConfig } from '../../src/config/config.js';
import { classify } from '../../src/core/errors.js';
import { closeStore, deferCheckpoints, openStore, type Store } from '../../src/db/client.js';
import { prune } from '../../src/queue/prune.js';
import { TaskQueue, type ClaimedTask } from '../../src/queue/queue.js';
import { enqueueDue } from '../../src/tasks/enqueueScrapes.js';
import { outcomeHooks } from '../../src/tasks/kinds/index.js';
import { buildTickDeps } from '../../src/tick/deps.js';
import { runTick } from '../../src/tick/runTick.js';
import { trackCompanies } from '../helpers/seed.js';

const dir = mkdtempSync(join(tmpdir(), 'scoutly-write-bench-'));
const line = (label: string, value: string) => console.log(`  ${label.padEnd(52)} ${value}`);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const NOW = Date.UTC(2026, 10, 28, 8);

/** Bytes in the WAL since it was last reset: frames appended (each a page plus a 24-byte header). */
function walBytes(store: Store): number {
  try {
    return statSync(`${store.path}-wal`).size;
  } catch {
    return 0;
  }
}

/** Empties the WAL so the next writes start it afresh (nothing else has it open). */
function resetWal(store: Store): void {
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
}

async function seededStore(name: string, companies: number): Promise<{ store: Store; queue: TaskQueue }> {
  const store = await openStore(join(dir, name));
  trackCompanies(store, Object.fromEntries(Array.from({ length: companies }, (_, i) => [`c${i}`, 1 + (i % 100)])), NOW);
  return { store, queue: new TaskQueue(store, { maxAttempts: 5 }) };
}

function runRow(store: Store): number {
  return Number(store.sqlite.prepare(`INSERT INTO runs (started_at, budget_ms, concurrency, host, pid) VALUES (?, 600000, 5, 'bench', 1)`).run(NOW).lastInsertRowid);
}

/** One scrape task at a time, each claim and outcome its own commit: the most a task can cost. */
async function bytesPerTask(): Promise<void> {
  console.log('\nWAL written per scrape task, postings apart (goal ≤ 16 KiB; was 19 pages ≈ 77 KiB: claim 9, complete 6)');
  const { store, queue } = await seededStore('per-task.db', 300);
  enqueueDue(store, queue, NOW);
  const runId = runRow(store);
  const hooks = { onOutcome: outcomeHooks(store) };
  const detail = { source: 'greenhouse', render: null, bytes: 48_213, cpuMs: 12, seen: 14, new: 0, reopened: 0, changed: 0, closed: 0 };
  const done = deferCheckpoints(store);
  resetWal(store);
  let claimBytes = 0;
  let outcomeBytes = 0;
  let tasks = 0;
  const pageSize = store.sqlite.pragma('page_size', { simple: true }) as number;
  for (;;) {
    const before = walBytes(store);
    const task = queue.claim({ nowMs: NOW, runId });
    if (!task) break;
    const claimed = walBytes(store);
    if ((tasks & 7) === 7) queue.fail(task, NOW, classify(new Error('HTTP 503')), hooks);
    else queue.complete(task, NOW, { ...hooks, detail });
    outcomeBytes += walBytes(store) - claimed;
    claimBytes += claimed - before;
    tasks++;
  }
  done();
  const perTask = (claimBytes + outcomeBytes) / tasks;
  line('tasks (1 in 8 failing, so the breaker path runs)', String(tasks));
  line('claim, per task', `${kib(claimBytes / tasks)}  (${(claimBytes / tasks / (pageSize + 24)).toFixed(1)} pages)`);
  line('outcome with its attempt row and company health, per task', `${kib(outcomeBytes / tasks)}  (${(outcomeBytes / tasks / (pageSize + 24)).toFixed(1)} pages)`);
  line('per task, one commit each (ratio to the 16 KiB goal)', `${kib(perTask)}  (${(perTask / 16_384).toFixed(2)}×)`);
  closeStore(store);
}

const quietLog = () => createLogger({ format: 'plain', level: 'error', stream: new PassThrough() });
const fixedClock = { now: () => NOW, sleep: async () => {} };

/** One tick over `companies` due companies whose scrape is a stand-in (nothing found): its WAL bytes. */
async function tickWal(store: Store, companies: number): Promise<{ bytes: number; tasks: number }> {
  const deps = buildTickDeps(loadConfig({ env: {} }), store, quietLog(), {
    clock: fixedClock,
    handlers: { scrape_company: { handler: async () => ({ detail: { source: 'greenhouse', render: null, bytes: 48_213, cpuMs: 12, seen: 14, new: 0, closed: 0 } }) } },
  });
  resetWal(store);
  const deadline = startDeadline(600_000);
  const r = await runTick(deps, { deadline, concurrency: 5, only: null, stopSignal: new AbortController().signal });
  deadline.dispose();
  if (r.kind !== 'ran' || r.summary.succeeded !== companies) throw new Error(`the tick did ${r.kind === 'ran' ? r.summary.succeeded : 0} of ${companies}`);
  return { bytes: walBytes(store), tasks: companies };
}

/** What a task adds to a tick as it runs: 5 slots, claims batched, outcomes group-committed. */
async function bytesPerTaskInTick(): Promise<void> {
  console.log('\nWAL written per scrape task inside a tick (5 slots, claims batched, outcomes group-committed; goal ≤ 16 KiB)');
  const { store } = await seededStore('in-tick.db', 300);
  const busy = await tickWal(store, 300);
  // The same store a moment later, nothing due: what a tick costs without its tasks.
  const idle = await openIdle(store);
  const perTask = (busy.bytes - idle) / busy.tasks;
  line('tick of 300 scrapes, whole WAL', kib(busy.bytes));
  line('less an idle tick of the same store', kib(idle));
  line('per task (ratio to the 16 KiB goal)', `${kib(perTask)}  (${(perTask / 16_384).toFixed(2)}×)`);
  closeStore(store);
}

async function openIdle(store: Store): Promise<number> {
  const deps = buildTickDeps(loadConfig({ env: {} }), store, quietLog(), { clock: fixedClock });
  resetWal(store);
  const deadline = startDeadline(60_000);
  const r = await runTick(deps, { deadline, concurrency: 5, only: null, stopSignal: new AbortController().signal });
  deadline.dispose();
  if (r.kind !== 'ran' || r.summary.claimed !== 0) throw new Error('the idle tick claimed work');
  return walBytes(store);
}

/** A tick with nothing due, as the timer fires it most of the time. */
async function idleTick(): Promise<void> {
  console.log('\nWAL written by an idle tick (goal ≤ 48 KiB)');
  const { store } = await seededStore('idle.db', 111);
  // Every company scraped a moment ago: nothing is due.
  store.sqlite.prepare('UPDATE companies SET last_success_at = ?').run(NOW);
  // A first tick settles the statistics `optimize` keeps; the second is the one every timer firing repeats.
  for (const label of ['first idle tick', 'next idle tick']) {
    const bytes = await openIdle(store);
    line(`${label} (ratio to the 48 KiB goal)`, `${kib(bytes)}  (${(bytes / 49_152).toFixed(2)}×)`);
  }
  closeStore(store);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/** Claims and completes `n` tasks, timing each claim. */
function claimRun(store: Store, queue: TaskQueue, n: number, kind: 'scrape_company' | 'analyze_postings' | null): { perSecond: number; p50: number; p99: number } {
  const runId = runRow(store);
  const done = deferCheckpoints(store);
  const latencies: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const c0 = performance.now();
    const task: ClaimedTask | undefined = queue.claim({ nowMs: NOW, runId, kind });
    latencies.push(performance.now() - c0);
    if (!task) throw new Error(`ran out of tasks after ${i}`);
    queue.complete(task, NOW, {});
  }
  const elapsed = performance.now() - t0;
  done();
  latencies.sort((a, b) => a - b);
  return { perSecond: n / (elapsed / 1000), p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
}

function addTasks(store: Store, kind: string, count: number, from: number, priority: number, status = 'pending'): void {
  store.sqlite.transaction(() => {
    const add = store.sqlite.prepare(`INSERT INTO tasks (kind, status, dedupe_key, payload, priority, run_at, created_at, updated_at, finished_at)
      VALUES (?, ?, ?, '{"companyId":1,"userId":1}', ?, ?, 0, 0, ?)`);
    for (let i = 0; i < count; i++) add.run(kind, status, `${kind}:bench:${from + i}`, priority, NOW - 1000, status === 'succeeded' ? NOW - 1000 : null);
  })();
}

async function backlog(): Promise<void> {
  const N = 3_000;
  console.log(`\nClaim + complete behind a backlog, ${N} tasks one at a time (goal: ≥ 0.9× the empty queue, p99 ≤ 1 ms; was 0.68×, 3.4 ms)`);
  const empty = await openStore(join(dir, 'empty.db'));
  addTasks(empty, 'scrape_company', N * 2, 0, 10);
  claimRun(empty, new TaskQueue(empty, { maxAttempts: 5 }), N, null); // warm-up: statements, page cache, JIT
  empty.sqlite.prepare(`DELETE FROM tasks WHERE status = 'succeeded'`).run();
  const base = claimRun(empty, new TaskQueue(empty, { maxAttempts: 5 }), N, null);
  closeStore(empty);

  const full = await openStore(join(dir, 'backlog.db'));
  addTasks(full, 'scrape_company', N, 0, 10);
  addTasks(full, 'scrape_company', 30_000, N, 500); // waiting behind them
  addTasks(full, 'scrape_company', 100_000, N + 30_000, 500, 'succeeded');
  full.sqlite.pragma('optimize');
  const withBacklog = claimRun(full, new TaskQueue(full, { maxAttempts: 5 }), N, null);
  // `tick --only analyze` with the scrape backlog ahead of the analyses.
  addTasks(full, 'analyze_postings', N, 0, 2000);
  const onlyAnalyze = claimRun(full, new TaskQueue(full, { maxAttempts: 5 }), N, 'analyze_postings');
  // Retention has no finished_at index to keep up at every outcome: it reads the table once a tick.
  const p0 = performance.now();
  const pruned = prune(full, NOW); // the usual case: the table read, little or nothing old enough
  const pruneMs = performance.now() - p0;
  closeStore(full);

  const row = (label: string, r: { perSecond: number; p50: number; p99: number }) =>
    line(label, `${Math.round(r.perSecond)} tasks/s, claim p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms`);
  row('empty queue', base);
  row('30,000 waiting + 100,000 finished', withBacklog);
  row('--only analyze behind the 30,000 waiting scrapes', onlyAnalyze);
  line('ratio backlog / empty (goal ≥ 0.9×)', `${(withBacklog.perSecond / base.perSecond).toFixed(2)}×`);
  line('prune beside 106,000 finished tasks (each tick\'s retention)', `${pruneMs.toFixed(1)} ms (${pruned.tasks} old enough)`);
}

try {
  await bytesPerTask();
  await bytesPerTaskInTick();
  await idleTick();
  await backlog();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
