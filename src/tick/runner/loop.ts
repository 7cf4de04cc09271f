// The claim loop: a pull loop that claims only when a slot is free and the slowest kind's attempt still
// fits before the deadline; suspects (their last tick died under them) run one at a time, alone, last.

import type { Deadline } from '../../core/deadline.js';
import type { Logger } from '../../core/log.js';
import type { TaskKind } from '../../db/enums.js';
import type { ClaimedTask, TaskQueue } from '../../queue/queue.js';
import type { Slots } from './slots.js';

export interface LoopDeps {
  queue: TaskQueue;
  log: Logger;
  deadline: Deadline;
  slots: Slots;
  /** Aborted when the tick stops. */
  stop: AbortSignal;
  now(): number;
  runId: number;
  kind: TaskKind | null;
  /** The longest attempt limit among the registered kinds: a claim must leave room for it. */
  longestAttemptMs: number;
  /** Starts the task's attempt; resolves when its outcome is recorded. */
  start(task: ClaimedTask): Promise<void>;
}

/** Why the loop ended: nothing left to claim, the deadline cannot fit another attempt, or the tick stopped. */
export type LoopEnd = 'empty' | 'budget' | 'stopped';

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
    if (d.deadline.remainingMs() < d.longestAttemptMs) return 'budget'; // no claim that cannot finish in time
    const claim = { nowMs: d.now(), runId: d.runId, kind: d.kind };
    const tasks = d.queue.claimMany(free, claim);
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
