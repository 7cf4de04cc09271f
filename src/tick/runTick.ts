// One bounded tick: lease → run row → recover orphans → enqueue due → drain until the deadline → close the
// run → retention → checkpoint → digests, report, metrics → release the lease. Returns the summary; the CLI
// owns the exit.

import type { Clock } from '../core/clock.js';
import { DEFAULT_GRACE_MS, type Deadline } from '../core/deadline.js';
import type { Logger } from '../core/log.js';
import type { Config } from '../config/config.js';
import { deferCheckpoints, withoutDiskWait, writeTx, type Store } from '../db/client.js';
import type { TaskKind } from '../db/enums.js';
import type { ClaimedTask, TaskQueue } from '../queue/queue.js';
import { prune } from '../queue/prune.js';
import { exitCodeFor, formatSummary, type TickSummary } from '../report/summary.js';
import type { FollowUp, KindRegistry } from '../tasks/kind.js';
import { enqueueDue } from '../tasks/enqueueScrapes.js';
import { acquireLease, attachRunToLease, releaseLease, type LeaseRow, type ProcessIdentity } from './lease.js';
import { publishTickOutputs } from './outputs.js';
import { longestAttemptMs } from './runner/loop.js';
import { emptyStats, type DrainStats } from './runner/stats.js';
import { closeAbandonedRuns, countClaimable, finishRun, startRun } from './runs.js';
import { usageTotals, type UsageTotals } from '../analyze/usage.js';

export interface TickDeps {
  store: Store;
  queue: TaskQueue;
  clock: Clock;
  log: Logger;
  config: Config;
  kinds: KindRegistry;
  enqueue(followUp: FollowUp): void;
  identity: ProcessIdentity;
  /** Releases what the tick opened (the browser). */
  close?: () => Promise<void>;
  /** Decides whether a lease holder still runs (injected so tests can stage dead holders). */
  holderIsAlive?: (holder: ProcessIdentity, self: ProcessIdentity) => boolean;
}

export interface TickOptions {
  /** The process's one deadline: claims, attempt limits, the lease and the drain's stop all read it. */
  deadline: Deadline;
  concurrency: number;
  /** Only this kind of task is claimed (`--only scrape|analyze`); scrape enqueueing is skipped for analyze. */
  only: TaskKind | null;
  stopSignal: AbortSignal;
  /** How long aborted attempts get to settle after the deadline (the process exits within budget + 30 s). */
  graceMs?: number;
}

export type TickOutcome =
  | { kind: 'lease_held'; holder: LeaseRow }
  | { kind: 'ran'; summary: TickSummary; exitCode: number };

/** How the tick's first transaction ended: another tick holds the lease, or this one started. */
type TickStart =
  | { heldBy: LeaseRow }
  | { tookOver: LeaseRow | null; runId: number; recovered: { recovered: number; dead: number }; enqueued: number; claimed: ClaimedTask[] };

export { DEFAULT_GRACE_MS };
/** Lease lifetime beyond the budget: covers grace, start-up and shutdown, so an expired lease means a dead tick. */
const LEASE_MARGIN_MS = 60_000;

export async function runTick(deps: TickDeps, opts: TickOptions): Promise<TickOutcome> {
  const { store, clock, log, queue } = deps;
  const graceMs = opts.graceMs ?? DEFAULT_GRACE_MS;
  const budgetMs = opts.deadline.budgetMs;
  const startedAt = clock.now();
  const geminiBefore = usageTotals(store);
  // Taking the lease and the start-up steps share one transaction: each commit is an fsync, and an idle tick
  // should cost one. When another tick holds the lease, nothing is written.
  const start = writeTx(store, (): TickStart => {
    const lease = acquireLease(store, deps.identity, startedAt, Math.max(0, opts.deadline.remainingMs()) + graceMs + LEASE_MARGIN_MS, deps.holderIsAlive);
    if (!lease.acquired) return { heldBy: lease.holder };
    closeAbandonedRuns(store, startedAt);
    const runId = startRun(store, startedAt, budgetMs, opts.concurrency);
    attachRunToLease(store, deps.identity.owner, runId);
    const recovered = queue.recoverOrphans(startedAt, (task, outcome, nowMs) => deps.kinds[task.kind]?.onOutcome?.(task, outcome, nowMs));
    const enqueued = opts.only === 'analyze_postings' ? 0 : enqueueDue(store, queue, startedAt).enqueued;
    // The first tasks are claimed in this commit too (durable before their work starts, as every claim): a
    // tick with one company due pays one commit, and its pages, less.
    const mayClaim = !opts.stopSignal.aborted && opts.deadline.remainingMs() >= longestAttemptMs(deps.kinds, opts.deadline);
    const claimed = mayClaim ? queue.claimWithinBatch(opts.concurrency, { nowMs: startedAt, runId, kind: opts.only }) : [];
    return { tookOver: lease.tookOver, runId, recovered, enqueued, claimed };
  });
  if ('heldBy' in start) return { kind: 'lease_held', holder: start.heldBy };
  const { tookOver, runId, recovered, enqueued, claimed } = start;
  if (tookOver) log.warn(`took over the tick lease from ${tookOver.owner}, which is no longer running`);
  const checkpoint = deferCheckpoints(store);

  try {
    log.info(`tick #${runId} started: budget ${Math.round(budgetMs / 1000)}s (${Math.round(Math.max(0, opts.deadline.remainingMs()) / 1000)}s left), concurrency ${opts.concurrency}${opts.only ? `, only ${opts.only}` : ''}`);
    if (recovered.recovered + recovered.dead > 0) {
      log.warn(`recovered ${recovered.recovered} task(s) left running by a dead tick; ${recovered.dead} of them used their last attempt and are dead`);
    }
    log.info(`enqueued ${enqueued} due compan${enqueued === 1 ? 'y' : 'ies'}`);
    const nextStep = firstRunHint(store, deps.config.dbPath);
    if (nextStep) log.info(nextStep);

    // The runner loads only when there is work: an idle tick stays cheap.
    const stats: DrainStats = claimed.length === 0 && countClaimable(store, clock.now()) === 0
      ? emptyStats()
      : await (await import('./drain.js')).drain(
        { queue, clock, log, kinds: deps.kinds, enqueue: deps.enqueue, secrets: deps.config.gemini.apiKey ? [deps.config.gemini.apiKey] : [] },
        { runId, concurrency: opts.concurrency, deadline: opts.deadline, graceMs, kind: opts.only, stopSignal: opts.stopSignal, claimed },
      );
    const finishedAt = clock.now();
    const summary: TickSummary = {
      runId, durationMs: finishedAt - startedAt, enqueued, recovered: recovered.recovered + recovered.dead,
      // A task found dead at recovery (its last attempt killed the tick) is a failure of this tick too.
      claimed: stats.claimed, succeeded: stats.succeeded, failed: stats.failed + recovered.dead, dead: stats.dead + recovered.dead,
      deferred: stats.deferred, failuresByKind: stats.failuresByKind, counters: stats.counters,
      stopReason: stats.stopReason, signal: stats.stopReason === 'signal' ? (opts.stopSignal.reason === 'SIGINT' ? 'SIGINT' : 'SIGTERM') : null,
      stopMessage: stats.stopMessage, configError: stats.configError, pendingLeft: countClaimable(store, finishedAt),
      // From ai_usage, which counts every request sent, whatever became of its task (failed, snoozed, stopped).
      gemini: usageSince(geminiBefore, store),
    };
    const exitCode = exitCodeFor(summary);
    const status = stats.stopReason === 'signal' ? 'interrupted' : stats.stopReason === 'database' ? 'aborted' : 'completed';
    if (stats.stopReason !== 'database') {
      const pruned = writeTx(store, () => {
        finishRun(store, runId, finishedAt, status, exitCode, summary);
        return prune(store, finishedAt);
      });
      if (pruned.tasks + pruned.attempts + pruned.digests > 0) {
        log.info(`pruned ${pruned.tasks} finished task(s), ${pruned.attempts} old attempt(s) and ${pruned.digests} old digest(s)`);
      }
      store.sqlite.pragma('optimize'); // cheap; keeps the planner's statistics fresh as tables grow
      await publishTickOutputs({ store, config: deps.config, clock, log }, runId, { sendDigests: stats.stopReason !== 'signal' });
    }
    for (const line of formatSummary(summary)) (exitCode === 0 ? log.info : log.warn)(line);
    return { kind: 'ran', summary, exitCode };
  } finally {
    await deps.close?.().catch((err: unknown) => log.error('could not close the browser:', err));
    try {
      // The checkpoint below syncs the WAL before anything else, so the release need not wait for the disk itself.
      withoutDiskWait(store, () => releaseLease(store, deps.identity.owner));
    } catch (err) {
      log.error('could not release the tick lease (the next tick will take it over):', err);
    }
    try {
      checkpoint(); // the tick's writes reach the database file once, here, not in its claims
    } catch (err) {
      log.warn('could not checkpoint the WAL (SQLite will at the next chance):', err);
    }
  }
}

function usageSince(before: UsageTotals, store: Store): UsageTotals {
  const now = usageTotals(store);
  return { requests: now.requests - before.requests, input: now.input - before.input, output: now.output - before.output, thinking: now.thinking - before.thinking };
}

/** What a newcomer should do when the database tracks nothing or has nobody to score for; null when set up. */
function firstRunHint(store: Store, dbPath: string): string | null {
  const { users, tracked } = store.sqlite.prepare(`SELECT (SELECT COUNT(*) FROM users) AS users,
    EXISTS (SELECT 1 FROM preferences WHERE tracking = 1) AS tracked`).get() as { users: number; tracked: number };
  if (users > 0 && tracked) return null;
  const steps = [
    ...(users === 0 ? ['add yourself (scoutly users add EMAIL --cv CV.pdf)'] : []),
    'import the companies you follow (scoutly companies import FILE --track --rank 60)',
  ];
  return `nothing to do in ${dbPath} yet: ${steps.join('; ')}; or try the whole pipeline on a demo site with make demo (its own database)`;
}
