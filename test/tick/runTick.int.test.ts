// The tick runner in-process, with staged handlers registered through the registry (the real extension
// point), a real SQLite file and a steppable clock for timestamps. Budgets are real but tiny.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/log.js';
import { RetryableError, UnavailableError } from '../../src/core/errors.js';
import { loadConfig } from '../../src/config/config.js';
import { TICK_CHECKPOINT_PAGES, type Store } from '../../src/db/client.js';
import { buildTickDeps } from '../../src/tick/deps.js';
import type { ProcessIdentity } from '../../src/tick/lease.js';
import type { TaskContext } from '../../src/tasks/kind.js';
import type { DepsOverrides } from '../../src/tick/deps.js';
import { runTick, type TickOptions } from '../../src/tick/runTick.js';
import { steppableClock } from '../helpers/clock.js';
import { gatherReport } from '../../src/report/reportData.js';
import { renderReportHtml } from '../../src/report/html.js';
import { cleanupTempDirs, openTestStore, tempDir } from '../helpers/db.js';
import { trackCompanies } from '../helpers/seed.js';
import { tickOptions } from '../helpers/tick.js';

let store: Store;
let logText: string;
const clock = steppableClock();

beforeEach(async () => {
  store = await openTestStore();
  logText = '';
});
afterEach(() => cleanupTempDirs([store]));

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });

function deps(handlers: Handlers, extra: { identity?: ProcessIdentity; holderIsAlive?: () => boolean; env?: Record<string, string> } = {}) {
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => void (logText += chunk.toString()));
  const log = createLogger({ format: 'journal', level: 'debug', stream });
  const d = buildTickDeps(loadConfig({ env: extra.env ?? {} }), store, log, { clock, handlers, rand: () => 0.5 });
  return { ...d, ...(extra.identity ? { identity: extra.identity } : {}), ...(extra.holderIsAlive ? { holderIsAlive: extra.holderIsAlive } : {}) };
}

const options = (o: Parameters<typeof tickOptions>[0] = {}): TickOptions => tickOptions({ budgetMs: 5_000, graceMs: 500, ...o });

type Handlers = NonNullable<DepsOverrides['handlers']>;
type Ctx = TaskContext<Record<string, number>>;

const scrape = (handler: (ctx: Ctx) => Promise<void>, timeoutMs = 60_000): Handlers => ({
  scrape_company: { handler: async (ctx) => void (await handler(ctx)), timeoutMs },
});

/**
 * Commits in the store's WAL so far, read from the file the way SQLite reads it: frames of the current WAL
 * (its salt) whose header holds the database size, which only a transaction's last frame does.
 */
function walCommits(): number {
  const wal = readFileSync(`${store.path}-wal`);
  const pageSize = wal.readUInt32BE(8);
  const salt = wal.subarray(16, 24);
  let commits = 0;
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    if (!wal.subarray(at + 8, at + 16).equals(salt)) break;
    if (wal.readUInt32BE(at + 4) !== 0) commits++;
  }
  return commits;
}

const statusCounts = () =>
  Object.fromEntries((store.sqlite.prepare('SELECT status, COUNT(*) AS n FROM tasks GROUP BY status').all() as { status: string; n: number }[]).map((r) => [r.status, r.n]));

describe('runTick', () => {
  it('drains every due company, records each attempt and a run, and exits 0', async () => {
    trackCompanies(store, { a: 90, b: 50, c: 10 }, clock.now());
    const outcome = await runTick(deps(scrape(async () => {})), options());
    expect(outcome).toMatchObject({ kind: 'ran', exitCode: 0, summary: { enqueued: 3, claimed: 3, succeeded: 3, failed: 0 } });
    expect(statusCounts()).toEqual({ succeeded: 3 });
    expect(store.sqlite.prepare(`SELECT outcome, COUNT(*) AS n FROM attempts GROUP BY outcome`).all()).toEqual([{ outcome: 'succeeded', n: 3 }]);
    expect(store.sqlite.prepare('SELECT status, exit_code, enqueued, succeeded FROM runs').get()).toEqual({ status: 'completed', exit_code: 0, enqueued: 3, succeeded: 3 });
    expect(store.sqlite.prepare('SELECT COUNT(*) AS n FROM tick_lease').get()).toEqual({ n: 0 });
    expect(logText).toMatch(/^<6>tick #1 finished/m);
  });

  it('claims a lane\'s next task in the commit that records the outcome that freed it', async () => {
    trackCompanies(store, { a: 90, b: 50, c: 10 }, clock.now());
    const seen: { commits: number; tasks: Record<string, number> }[] = [];
    await runTick(deps(scrape(async () => void seen.push({ commits: walCommits(), tasks: statusCounts() }))), options({ concurrency: 1 }));
    // Between one task's start and the next's: its outcome and the next claim, in one commit (two before).
    expect(seen.slice(1).map((s, i) => s.commits - seen[i]!.commits)).toEqual([1, 1]);
    // Each claim is durable before its work starts, each outcome before the next task runs.
    expect(seen.map((s) => s.tasks)).toEqual([{ running: 1, pending: 2 }, { running: 1, pending: 1, succeeded: 1 }, { running: 1, succeeded: 2 }]);
  });

  it('claims its first tasks in its first commit, with the lease, the run row and the enqueueing', async () => {
    trackCompanies(store, { a: 90 }, clock.now());
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const seen: { commits: number; tasks: Record<string, number> }[] = [];
    await runTick(deps(scrape(async () => void seen.push({ commits: walCommits(), tasks: statusCounts() }))), options());
    expect(seen).toEqual([{ commits: 1, tasks: { running: 1 } }]);
  });

  it('at the tail, records the outcomes of tasks that finish close together in one commit', async () => {
    trackCompanies(store, { a: 90, b: 50, c: 10 }, clock.now());
    let before = 0;
    let started = 0;
    const sleepReal = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await runTick(deps(scrape(async () => {
      if (started++ === 0) before = walCommits();
      await sleepReal(10 * started); // they finish a few ms apart, in different turns of the event loop
    })), options({ concurrency: 5 })); // all three claimed in the first commit: nothing else to claim
    // The three outcomes share one commit, then the tick's closing three (the run's end with retention, the
    // lease's release, the planner's statistics): 6 when each outcome had its own.
    expect(walCommits() - before).toBe(1 + 3);
    expect(statusCounts()).toEqual({ succeeded: 3 });
  });

  it('before the tail, an outcome does not wait for the others: its commit claims the next task', async () => {
    trackCompanies(store, { a: 90, b: 50, c: 10, d: 5 }, clock.now());
    const seen: Record<string, number>[] = [];
    let started = 0;
    const sleepReal = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await runTick(deps(scrape(async () => {
      const n = ++started;
      seen.push(statusCounts());
      await sleepReal(n === 1 ? 5 : 200); // the first finishes while the second still runs
    })), options({ concurrency: 2 }));
    // The third task started once the first's outcome was written, the second still running.
    expect(seen[2]).toEqual({ running: 2, succeeded: 1, pending: 1 });
    expect(statusCounts()).toEqual({ succeeded: 4 });
  });

  it('writes what a handler defers to its success in its outcome\'s commit, with the result it gives', async () => {
    trackCompanies(store, { a: 90, b: 50 }, clock.now());
    const commits: number[] = [];
    const rename = (slug: string) => store.sqlite.prepare(`UPDATE companies SET name = 'scraped' WHERE slug = ?`).run(slug);
    const names = () => (store.sqlite.prepare('SELECT name FROM companies ORDER BY slug').all() as { name: string }[]).map((r) => r.name);
    const seenNames: string[][] = [];
    const handlers: Handlers = { scrape_company: { timeoutMs: 60_000, handler: async (ctx) => {
      commits.push(walCommits());
      seenNames.push(names());
      const slug = store.sqlite.prepare('SELECT slug FROM companies WHERE id = ?').pluck().get(ctx.task.companyId) as string;
      return { writeOnSuccess: () => (rename(slug), { detail: { renamed: slug }, counters: { postingsNew: 1 } }) };
    } } };
    const outcome = await runTick(deps(handlers), options({ concurrency: 1 }));
    expect(outcome).toMatchObject({ kind: 'ran', exitCode: 0, summary: { succeeded: 2 } });
    expect(seenNames).toEqual([['a', 'b'], ['scraped', 'b']]); // written before the next task ran
    expect(commits[1]! - commits[0]!).toBe(1); // the write, the outcome and the next claim: one commit
    expect(store.sqlite.prepare(`SELECT json_extract(detail, '$.renamed') FROM attempts ORDER BY id`).pluck().all()).toEqual(['a', 'b']);
  });

  it('fails the attempt and undoes its writes when what a handler deferred to its success throws', async () => {
    trackCompanies(store, { a: 90 }, clock.now());
    const handlers: Handlers = { scrape_company: { timeoutMs: 60_000, handler: async () => ({ writeOnSuccess: () => {
      store.sqlite.prepare(`UPDATE companies SET name = 'half-written'`).run();
      throw new RetryableError('http_5xx', 'HTTP 503 while writing');
    } }) } };
    const outcome = await runTick(deps(handlers), options());
    expect(outcome).toMatchObject({ kind: 'ran', summary: { succeeded: 0, failed: 1 } });
    expect(store.sqlite.prepare('SELECT name FROM companies').pluck().get()).toBe('a');
    expect(store.sqlite.prepare('SELECT status, last_error_kind FROM tasks').get()).toEqual({ status: 'failed', last_error_kind: 'http_5xx' });
    expect(store.sqlite.prepare('SELECT outcome, error_kind FROM attempts').all()).toEqual([{ outcome: 'failed', error_kind: 'http_5xx' }]);
  });

  it('keeps WAL checkpoints out of its claims while it runs, and puts the setting back after', async () => {
    trackCompanies(store, { a: 90 }, clock.now());
    const during: unknown[] = [];
    await runTick(deps(scrape(async () => void during.push(store.sqlite.pragma('wal_autocheckpoint', { simple: true })))), options());
    expect(during).toEqual([TICK_CHECKPOINT_PAGES]);
    expect(store.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });

  it('exits 0 when nothing is due', async () => {
    const outcome = await runTick(deps(scrape(async () => {})), options());
    expect(outcome).toMatchObject({ kind: 'ran', exitCode: 0, summary: { enqueued: 0, claimed: 0 } });
  });

  it('writes its report at its end without calling itself running; a report made while it runs says so', async () => {
    trackCompanies(store, { a: 90 }, clock.now());
    const env = { SCOUTLY_REPORT_FILE: join(tempDir(), 'report.html') };
    let duringTick = '';
    const report = () => renderReportHtml(gatherReport(store, loadConfig({ env }), clock.now()));
    const tick = deps(scrape(async () => void (duringTick = report())), { env });
    expect(await runTick(tick, options())).toMatchObject({ kind: 'ran', exitCode: 0 });
    expect(duringTick).toMatch(/A tick is running since <time/);
    const written = readFileSync(env.SCOUTLY_REPORT_FILE, 'utf8');
    expect(written).toMatch(/Last completed tick #1 at <time/);
    expect(written).not.toContain('A tick is running');
  });

  it('fails a task of an unregistered kind permanently, never silently, and exits 1', async () => {
    trackCompanies(store, { a: 90 }, clock.now());
    const outcome = await runTick(deps({}), options());
    expect(outcome).toMatchObject({ kind: 'ran', exitCode: 1, summary: { failed: 1, dead: 1, failuresByKind: { no_handler: 1 } } });
    expect(store.sqlite.prepare('SELECT status, last_error_kind, last_error FROM tasks').get()).toEqual({
      status: 'dead', last_error_kind: 'no_handler', last_error: 'no handler is registered for task kind "scrape_company"',
    });
    expect(logText).toMatch(/^<4>.*no_handler/m);
  });

  it('fails a task with a malformed payload permanently', async () => {
    const ids = trackCompanies(store, { a: 90 }, clock.now());
    store.sqlite.prepare(`INSERT INTO tasks (kind, company_id, dedupe_key, payload, run_at, created_at, updated_at)
      VALUES ('scrape_company', ?, 'odd', '{"companyId":"not-a-number"}', 0, 0, 0)`).run(ids.a);
    store.sqlite.prepare('UPDATE preferences SET tracking = 0').run();
    const outcome = await runTick(deps(scrape(async () => {})), options());
    expect(outcome).toMatchObject({ exitCode: 1, summary: { failuresByKind: { invalid_payload: 1 } } });
    expect(store.sqlite.prepare('SELECT last_error FROM tasks').get()).toEqual({ last_error: expect.stringContaining('companyId') });
  });

  it('retries a failed task later and exits 1', async () => {
    trackCompanies(store, { a: 90 }, clock.now());
    const outcome = await runTick(deps(scrape(async () => { throw new RetryableError('http_5xx', 'HTTP 502'); })), options());
    expect(outcome).toMatchObject({ exitCode: 1, summary: { failed: 1, dead: 0 } });
    expect(store.sqlite.prepare('SELECT status, attempts FROM tasks').get()).toEqual({ status: 'failed', attempts: 1 });
  });

  it('drains work that handlers enqueue during the tick', async () => {
    const ids = trackCompanies(store, { a: 90, b: 80 }, clock.now());
    const user = (store.sqlite.prepare('SELECT id FROM users').get() as { id: number }).id;
    const analyzed: number[] = [];
    const handlers: Handlers = {
      scrape_company: {
        timeoutMs: 10_000,
        handler: async (ctx) => {
          const { companyId } = ctx.payload;
          ctx.enqueue({ kind: 'analyze_postings', companyId, userId: user, payload: { companyId, userId: user } });
        },
      },
      analyze_postings: { timeoutMs: 10_000, handler: async (ctx) => void analyzed.push(ctx.payload.companyId!) },
    };
    const outcome = await runTick(deps(handlers), options({ concurrency: 1 }));
    expect(outcome).toMatchObject({ exitCode: 0, summary: { claimed: 4, succeeded: 4 } });
    expect(analyzed.sort()).toEqual([ids.a, ids.b].sort());
  });

  it('stops claiming when the budget cannot fit a task: the rest stay pending with attempts unchanged', async () => {
    trackCompanies(store, Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`c${i}`, 50])), clock.now());
    const outcome = await runTick(deps(scrape((ctx) => sleep(300, ctx.signal), 400)), options({ budgetMs: 1_200, concurrency: 1 }));
    expect(outcome).toMatchObject({ kind: 'ran', exitCode: 0, summary: { stopReason: 'budget' } });
    const counts = statusCounts();
    expect(counts.running).toBeUndefined();
    expect(counts.pending).toBeGreaterThan(0);
    expect(store.sqlite.prepare(`SELECT COUNT(*) AS n FROM tasks WHERE status = 'pending' AND attempts <> 0`).get()).toEqual({ n: 0 });
    expect(store.sqlite.prepare(`SELECT COUNT(*) AS n FROM attempts WHERE outcome IS NULL`).get()).toEqual({ n: 0 });
  });

  it('limits each attempt to what fits in the budget, so no attempt outlives the tick', async () => {
    trackCompanies(store, { a: 90, b: 90 }, clock.now());
    // The kind allows 60 s, but a 1 s budget caps each attempt at half of it.
    const outcome = await runTick(deps(scrape((ctx) => sleep(60_000, ctx.signal), 60_000)), options({ budgetMs: 1_000, graceMs: 200 }));
    expect(outcome).toMatchObject({ kind: 'ran', exitCode: 1, summary: { claimed: 2, failed: 2, failuresByKind: { timeout: 2 } } });
    expect(store.sqlite.prepare('SELECT status, attempts FROM tasks').all()).toEqual([{ status: 'failed', attempts: 1 }, { status: 'failed', attempts: 1 }]);
    expect(store.sqlite.prepare(`SELECT COUNT(*) AS n FROM attempts WHERE outcome IS NULL`).get()).toEqual({ n: 0 });
  });

  it('the watchdog ends an attempt that ignores its signal; the other tasks finish', async () => {
    const ids = trackCompanies(store, { stuck: 90, fine1: 50, fine2: 50 }, clock.now());
    const handlers = scrape(async (ctx) => {
      if (ctx.task.companyId === ids.stuck) await new Promise(() => {}); // never settles, ignores the signal
    }, 300);
    const outcome = await runTick(deps(handlers), options({ budgetMs: 5_000, concurrency: 2 }));
    expect(outcome).toMatchObject({ kind: 'ran', exitCode: 1, summary: { succeeded: 2, failed: 1, failuresByKind: { timeout: 1 } } });
    expect(store.sqlite.prepare('SELECT consecutive_failures, last_error_kind FROM companies WHERE id = ?').get(ids.stuck))
      .toEqual({ consecutive_failures: 1, last_error_kind: 'timeout' });
  });

  it('on a stop signal claims nothing more and hands in-flight attempts back', async () => {
    trackCompanies(store, Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`c${i}`, 50])), clock.now());
    const stop = new AbortController();
    let started = 0;
    const handlers = scrape(async (ctx) => {
      if (++started === 2) stop.abort('SIGTERM');
      await sleep(30_000, ctx.signal);
    });
    const outcome = await runTick(deps(handlers), options({ concurrency: 2, stopSignal: stop.signal }));
    expect(outcome).toMatchObject({ kind: 'ran', exitCode: 143, summary: { stopReason: 'signal', signal: 'SIGTERM', claimed: 2, deferred: 2, failed: 0 } });
    expect(statusCounts()).toEqual({ pending: 10 });
    expect(store.sqlite.prepare('SELECT status FROM runs').get()).toEqual({ status: 'interrupted' });
  });

  it('exits 69 when the network is down for everyone, blaming no company', async () => {
    trackCompanies(store, { a: 90, b: 80, c: 70 }, clock.now());
    const outcome = await runTick(deps(scrape(async () => { throw new UnavailableError('no route to any host'); })), options({ concurrency: 1 }));
    expect(outcome).toMatchObject({ kind: 'ran', exitCode: 69, summary: { stopReason: 'unavailable', failed: 0 } });
    expect(store.sqlite.prepare('SELECT MAX(consecutive_failures) AS n FROM companies').get()).toEqual({ n: 0 });
    expect(store.sqlite.prepare(`SELECT COUNT(*) AS n FROM tasks WHERE status = 'pending' AND attempts = 0`).get()).toEqual({ n: 3 });
  });
});

describe('the tick lease', () => {
  const other: ProcessIdentity = { owner: 'otherhost:4242', host: 'otherhost', pid: 4242, bootId: 'b', pidStartTicks: '1' };
  const stage = (expiresAt: number) =>
    store.sqlite.prepare(`INSERT INTO tick_lease (id, owner, host, pid, boot_id, pid_start_ticks, acquired_at, expires_at)
      VALUES (1, @owner, @host, @pid, @bootId, @pidStartTicks, 0, @expiresAt)`).run({ ...other, expiresAt });

  it('a live holder means nothing is done', async () => {
    trackCompanies(store, { a: 90 }, clock.now());
    stage(clock.now() + 60_000);
    const outcome = await runTick(deps(scrape(async () => {}), { holderIsAlive: () => true }), options());
    expect(outcome).toMatchObject({ kind: 'lease_held', holder: { owner: 'otherhost:4242' } });
    expect(store.sqlite.prepare('SELECT COUNT(*) AS n FROM tasks').get()).toEqual({ n: 0 });
    expect(store.sqlite.prepare('SELECT owner FROM tick_lease').get()).toEqual({ owner: 'otherhost:4242' });
  });

  it('a dead holder is taken over', async () => {
    stage(clock.now() + 60_000);
    const outcome = await runTick(deps(scrape(async () => {}), { holderIsAlive: () => false }), options());
    expect(outcome.kind).toBe('ran');
    expect(logText).toContain('took over the tick lease from otherhost:4242');
  });

  it('an expired lease is taken over even if its holder seems alive', async () => {
    stage(clock.now() - 1);
    const outcome = await runTick(deps(scrape(async () => {}), { holderIsAlive: () => true }), options());
    expect(outcome.kind).toBe('ran');
  });
});
