// One attempt of one claimed task: validate its payload against its kind, run the handler with a narrow
// context under the attempt's limit, and turn whatever happened into a result or a classified error.

import type { Clock } from '../../core/clock.js';
import { attemptLimitMs, type Deadline } from '../../core/deadline.js';
import { classify, PermanentError, TimeoutError, type Classification } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import { timeoutSignal } from '../../core/timeoutSignal.js';
import type { ClaimedTask } from '../../queue/queue.js';
import type { FollowUp, HandlerResult, RunnableKind, TaskRef } from '../../tasks/kind.js';

export interface AttemptEnv {
  clock: Clock;
  log: Logger;
  deadline: Deadline;
  /** Aborted when the tick stops (deadline, SIGTERM, outage, database). */
  stop: AbortSignal;
  enqueue(followUp: FollowUp): void;
  park<T>(waitFor: Promise<T>): Promise<T>;
  /** Values no error message may carry (the Gemini key). */
  secrets: readonly string[];
}

export type AttemptEnd = { ok: true; result: HandlerResult } | { ok: false; error: Classification };

/** A kind without a handler fails at once; this is only its nominal limit. */
const NO_KIND_LIMIT_MS = 1;

export function taskRef(task: ClaimedTask): TaskRef {
  return { id: task.id, kind: task.kind, companyId: task.companyId, userId: task.userId, priority: task.priority, attempts: task.attempts, maxAttempts: task.maxAttempts };
}

/** The attempt's limit for a kind, from the one deadline. */
export const limitFor = (kind: RunnableKind | undefined, deadline: Deadline) => attemptLimitMs(kind?.timeoutMs ?? NO_KIND_LIMIT_MS, deadline);

export async function runAttempt(kind: RunnableKind | undefined, task: ClaimedTask, env: AttemptEnv): Promise<AttemptEnd> {
  const limitMs = limitFor(kind, env.deadline);
  const limit = timeoutSignal(limitMs, env.stop);
  try {
    if (!kind) throw new PermanentError('no_handler', `no handler is registered for task kind "${task.kind}"`);
    const payload = kind.payloadSchema.parse(task.payload);
    if (!payload.ok) throw new PermanentError('invalid_payload', `invalid ${task.kind} payload: ${payload.message}`);
    let tagged: Logger | undefined;
    const ctx = {
      task: taskRef(task), payload: payload.value, clock: env.clock, enqueue: env.enqueue, park: env.park,
      // Both made when the handler first asks: each costs more than a short task's own work.
      get signal(): AbortSignal {
        return limit.signal;
      },
      get log(): Logger {
        return (tagged ??= env.log.withTag(`${task.kind}#${task.id}`));
      },
    };
    // The race makes the watchdog effective even when a handler ignores its signal.
    const result = await Promise.race([
      kind.run(ctx),
      new Promise<never>((_, reject) => limit.onEnd(() => reject(limit.timedOut() && !env.stop.aborted
        ? new TimeoutError(`attempt timed out after ${limitMs} ms`)
        : new Error(`tick stopping (${String(env.stop.reason)})`)))),
    ]);
    return { ok: true, result };
  } catch (err) {
    // Stopped by the tick (not by its own limit): whatever the handler threw, the attempt is handed back.
    const stopping = env.stop.aborted && !limit.timedOut();
    return { ok: false, error: classify(err, stopping, env.secrets) };
  } finally {
    limit.dispose();
  }
}
