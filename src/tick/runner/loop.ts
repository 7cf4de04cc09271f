// The claim loop: a pull loop that claims only when a slot is free and the slowest kind's attempt still
// fits before the deadline; suspects (their last tick died under them) run one at a time, alone, last.
// Slots freed by a group of outcomes are claimed for in that group's commit (claimAhead), not in one more.

import { attemptLimitMs, type Deadline } from '../../core/deadline.js';
import type { Logger } from '../../core/log.js';
import type { TaskKind } from '../../db/enums.js';
import type { ClaimedTask, TaskQueue } from '../../queue/queue.js';
import type { KindRegistry } from '../../tasks/kind.js';
import type { Slots } from './slots.js';

export interface ClaimDeps {
  queue: TaskQueue;
  deadline: Deadline;
  slots: Slots;
  /** Aborted when the tick stops. */
  stop: AbortSignal;
  now(): number;
  runId: number;
  kind: TaskKind | null;
  /** The longest attempt limit among the registered kinds: a claim must leave room for it. */
  longestAttemptMs: number;
  /** Tasks claimed ahead by a group of outcomes, launched before anything else is claimed. */
  ready: ClaimedTask[];
  /** Set once a claim left nothing claimable behind (or none fits the budget): the drain's tail. */
  tail: { reached: boolean };
}

export interface LoopDeps extends ClaimDeps {
  log: Logger;
  /** Starts the task's attempt; resolves when its outcome is recorded. */
  start(task: ClaimedTask): Promise<void>;
}

/** Why the loop ended: nothing left to claim, the deadline cannot fit another attempt, or the tick stopped. */
export type LoopEnd = 'empty' | 'budget' | 'stopped';

/** The longest attempt limit among the kinds, which a claim must leave room for (a kind without a handler fails at once). */
export const longestAttemptMs = (kinds: KindRegistry, deadline: Deadline) =>
  Math.max(1, ...Object.values(kinds).map((k) => attemptLimitMs(k?.timeoutMs ?? 1, deadline)));

/** No claim that cannot finish in time (the slowest kind's attempt must fit before the deadline). */
const fitsBeforeDeadline = (d: ClaimDeps) => d.deadline.remainingMs() >= d.longestAttemptMs;

/**
 * Called inside a group of outcomes' transaction, with how many of the tasks in flight that group settles:
 * claims the next tasks for the slots it frees, so they are durable in the same commit (one commit per group
 * instead of an outcome's and a claim's). Suspects are left to the loop, which runs them alone.
 */
export function claimAhead(d: ClaimDeps, settling: number): ClaimedTask[] {
  if (d.stop.aborted) return [];
  if (!fitsBeforeDeadline(d)) {
    d.tail.reached = true; // nothing more will be claimed
    return [];
  }
  const n = d.slots.freeAfter(settling) - d.ready.length;
  if (n <= 0) return [];
  const claim = { nowMs: d.now(), runId: d.runId, kind: d.kind };
  const tasks = d.queue.claimWithinBatch(n, claim);
  d.tail.reached = tasks.length < n || !d.queue.hasClaimable(claim);
  return tasks;
}

export async function claimLoop(d: LoopDeps): Promise<LoopEnd> {
  const launch = (task: ClaimedTask) => {
    d.slots.taken();
    return d.start(task).finally(() => d.slots.released());
  };
  while (!d.stop.aborted) {
    const free = d.slots.free();
    if (free === 0) {
      await d.slots.changed(d.stop);
      continue;
    }
    if (d.ready.length > 0) {
      for (const task of d.ready.splice(0, free)) launch(task); // claimed with the outcomes that freed the slots
      continue;
    }
    if (!fitsBeforeDeadline(d)) {
      d.tail.reached = true;
      return 'budget';
    }
    const claim = { nowMs: d.now(), runId: d.runId, kind: d.kind };
    const tasks = d.queue.claimMany(free, claim);
    d.tail.reached = tasks.length < free || !d.queue.hasClaimable(claim);
    if (tasks.length > 0) {
      for (const task of tasks) launch(task);
      continue;
    }
    if (d.slots.busy > 0) {
      await d.slots.changed(d.stop); // running tasks may enqueue more work
      continue;
    }
    const suspect = d.queue.claim({ ...claim, suspect: true });
    if (!suspect) return 'empty';
    d.log.warn(`running ${suspect.kind} #${suspect.id} alone: its last tick died while running it`);
    await launch(suspect);
  }
  return 'stopped';
}
