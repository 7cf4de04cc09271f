// Drains the queue until it is empty, the deadline comes or the tick is told to stop: the claim loop,
// attempts and outcomes wired together (tick/runner/ holds each piece). Every claimed task ends in exactly
// one queue outcome (complete, fail, snooze or release), handed back at the end if it could not be written.

import { setMaxListeners } from 'node:events';
import PQueue from 'p-queue';
import type { Clock } from '../core/clock.js';
import type { Deadline } from '../core/deadline.js';
import { classify } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import type { TaskKind } from '../db/enums.js';
import type { ClaimedTask, TaskQueue } from '../queue/queue.js';
import type { StopReason } from '../report/summary.js';
import type { FollowUp, KindRegistry } from '../tasks/kind.js';
import { runAttempt, type AttemptEnv } from './runner/attempt.js';
import { groupCommit } from './runner/groupCommit.js';
import { claimAhead, claimLoop, longestAttemptMs, type ClaimDeps } from './runner/loop.js';
import { handBackWhenFree } from './runner/handBack.js';
import { Outcomes } from './runner/outcomes.js';
import { emptyStats, type DrainStats } from './runner/stats.js';
import { Slots } from './runner/slots.js';

export type { DrainStats };

export interface DrainDeps {
  queue: TaskQueue;
  clock: Clock;
  log: Logger;
  kinds: KindRegistry;
  /** Adds a handler's follow-up task (its dedupe key from its kind). */
  enqueue(followUp: FollowUp): void;
  /** Values no recorded error may carry. */
  secrets: readonly string[];
}

export interface DrainOptions {
  runId: number;
  concurrency: number;
  deadline: Deadline;
  /** After the deadline, in-flight attempts are aborted and get this long to settle. */
  graceMs: number;
  kind: TaskKind | null;
  /** SIGTERM and friends. */
  stopSignal: AbortSignal;
  /** Tasks already claimed for this drain (in the tick's first commit), started before any other claim. */
  claimed?: ClaimedTask[];
}

/**
 * The longest an outcome at the drain's tail waits for the other tasks in flight, so that tasks finishing close
 * together share one commit's pages (on a Pi's SD card every page is written whole, to the WAL and again at
 * the checkpoint). Short: until written, an outcome is neither durable nor reported.
 */
export const TAIL_LINGER_MS = 2_000;

const whenAborted = (signal: AbortSignal) =>
  signal.aborted ? Promise.resolve() : new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));

export async function drain(deps: DrainDeps, opts: DrainOptions): Promise<DrainStats> {
  const { queue, clock, log, kinds } = deps;
  const stats = emptyStats();
  const stop = new AbortController();
  setMaxListeners(1000, stop.signal);
  const requestStop = (reason: StopReason, message: string | null = null) => {
    if (stop.signal.aborted) return;
    stats.stopReason = reason;
    stats.stopMessage = message;
    stop.abort(reason);
  };
  const onDeadline = () => requestStop('budget');
  const onSignal = () => requestStop('signal');
  for (const [signal, listener] of [[opts.deadline.signal, onDeadline], [opts.stopSignal, onSignal]] as const) {
    if (signal.aborted) listener();
    else signal.addEventListener('abort', listener, { once: true });
  }

  // Tasks whose outcome could not be written (another writer held the lock past the busy timeout): handed
  // back at the end, so the next tick does not take them for victims of a crash.
  const unrecorded = new Map<number, ClaimedTask>();
  const slots = new Slots(opts.concurrency);
  const claims: ClaimDeps = {
    queue, deadline: opts.deadline, slots, stop: stop.signal, now: () => clock.now(), runId: opts.runId, kind: opts.kind, ready: [...(opts.claimed ?? [])],
    longestAttemptMs: longestAttemptMs(kinds, opts.deadline),
    // The tick's first commit claimed all there was to claim.
    tail: { reached: opts.claimed !== undefined && !queue.hasClaimable({ nowMs: clock.now(), kind: opts.kind }) },
  };
  // Each group of outcomes claims the next tasks for the slots it frees in its own commit. A claim that fails
  // there undoes only itself (a savepoint): the outcomes stand, and the loop's own claim meets the error.
  const commits = groupCommit<ClaimedTask>((fn, settling) => {
    claims.ready.push(...queue.batch(() => {
      fn();
      try {
        return claimAhead(claims, settling);
      } catch (err) {
        log.debug('claiming ahead with the outcomes failed:', err);
        return [];
      }
    }));
  }, log, (tasks, err) => {
    log.error('could not record outcomes (handed back at the end of the tick if the database frees up):', err);
    for (const task of tasks) unrecorded.set(task.id, task);
    requestStop('database', (err as Error).message);
  }, {
    atTail: () => claims.tail.reached && claims.ready.length === 0,
    othersInFlight: (queued) => slots.busy - queued,
    maxMs: TAIL_LINGER_MS,
    stop: stop.signal,
  });
  const outcomes = new Outcomes(queue, kinds, clock, log, stats, commits, requestStop, deps.secrets);
  // The claim loop claims only into a free slot; the lanes keep the same bound and tell when all have settled.
  const lanes = new PQueue({ concurrency: slots.maxClaimed });
  const inFlight = new Map<number, { task: ClaimedTask; settled: Promise<void> }>();
  const env: AttemptEnv = {
    clock, log, deadline: opts.deadline, stop: stop.signal, enqueue: deps.enqueue, park: (waitFor) => slots.park(waitFor), secrets: deps.secrets,
  };
  const start = (task: ClaimedTask): Promise<void> => {
    stats.claimed++;
    log.debug(`claimed ${task.kind} #${task.id} (attempt ${task.attempts}/${task.maxAttempts})`);
    const settled = lanes
      .add(async () => outcomes.settle(task, await runAttempt(kinds[task.kind], task, env)))
      .catch((err: unknown) => log.error(`internal error while settling task #${task.id}:`, err))
      .finally(() => inFlight.delete(task.id));
    inFlight.set(task.id, { task, settled });
    return settled;
  };

  try {
    const end = await claimLoop({ ...claims, log, start });
    if (end === 'budget') stats.stopReason ??= 'budget';
    // Let in-flight attempts finish before the deadline; at it (or on stop) they are aborted.
    await Promise.race([lanes.onIdle(), whenAborted(stop.signal)]);
  } catch (err) {
    // A claim failed: the database is unusable (another writer holds it). Stop; what is ours is handed back.
    requestStop('database', (err as Error).message);
  }
  // Aborted attempts get the grace period to record their own outcomes, however the loop ended: one whose
  // outcome cannot be written joins the hand-back below rather than racing it.
  if (inFlight.size > 0) {
    const graceOver = new Promise<void>((r) => setTimeout(r, opts.graceMs).unref());
    await Promise.race([Promise.allSettled([...inFlight.values()].map((f) => f.settled)), graceOver]);
  }
  opts.deadline.signal.removeEventListener('abort', onDeadline);
  opts.stopSignal.removeEventListener('abort', onSignal);
  outcomes.releaseHeld();
  const handBack = (task: ClaimedTask, why: string) => {
    try {
      outcomes.handBack(task, classify(new Error(why), true));
    } catch (err) {
      unrecorded.set(task.id, task);
      log.error(`could not release task #${task.id}:`, err);
    }
  };
  // Attempts that ignored the abort even through the grace period: hand them back so nothing stays running;
  // so are tasks claimed ahead that the stopped loop never started.
  for (const { task } of inFlight.values()) handBack(task, 'did not stop within the grace period');
  for (const task of claims.ready.splice(0)) handBack(task, 'claimed as the tick stopped, not started');
  if (unrecorded.size > 0) stats.deferred += await handBackWhenFree(queue, clock, log, [...unrecorded.values()]);
  return stats;
}
