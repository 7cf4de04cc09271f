// What a task kind is to the runner and the queue: its payload, dedupe key, time limit, handler and what
// its outcomes mean for the domain. Neither the runner nor the queue names a kind; kinds/ holds them.

import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/log.js';
import type { Store } from '../db/client.js';
import type { TaskKind } from '../db/enums.js';
import type { Outcome, OutcomeEffect, OutcomeHook } from '../queue/queue.js';
import type { PayloadSchema } from './payload.js';

/** The task as a handler sees it: who and what, never the lease. */
export interface TaskRef {
  id: number;
  kind: TaskKind;
  companyId: number | null;
  userId: number | null;
  priority: number;
  attempts: number;
  maxAttempts: number;
}

/** Work a handler asks for after itself (its dedupe key comes from its kind). */
export interface FollowUp {
  kind: TaskKind;
  payload: Record<string, unknown>;
  companyId?: number | null;
  userId?: number | null;
  priority?: number;
}

export interface TaskContext<P> {
  task: TaskRef;
  /** Validated at claim against the kind's schema. */
  payload: P;
  /** Aborted on the attempt's limit, at the deadline and on SIGTERM: stop promptly. */
  signal: AbortSignal;
  log: Logger;
  clock: Clock;
  enqueue(followUp: FollowUp): void;
  /**
   * Waits for a shared resource the task cannot work without (a browser page slot): meanwhile its task
   * slot is lent to the next task, so feeds and static pages keep flowing while pages wait to render.
   */
  park<T>(waitFor: Promise<T>): Promise<T>;
}

export interface TaskResult {
  /** Stored on the attempt row. */
  detail?: Record<string, unknown>;
  /** Summed into the tick summary (postingsNew, postingsClosed, analyses, matches, declinedByGemini …). */
  counters?: Record<string, number>;
}

/**
 * A handler's result whose writes belong in its outcome's commit: `writeOnSuccess` runs inside the transaction
 * that records the task succeeded (shared with the outcomes that finish near it), only once the lease is
 * confirmed, and gives the result. If it throws, its writes are undone and the attempt fails as if the handler
 * had thrown. A crash before that commit loses nothing reported: the task is still in flight and runs again.
 */
export interface WriteOnSuccess {
  writeOnSuccess(): TaskResult;
}

export type HandlerResult = TaskResult | WriteOnSuccess | void;

export const writesOnSuccess = (result: HandlerResult): result is WriteOnSuccess =>
  typeof (result as Partial<WriteOnSuccess> | undefined)?.writeOnSuccess === 'function';

export interface TaskKindModule<P, D> {
  kind: TaskKind;
  payloadSchema: PayloadSchema<P>;
  dedupeKey(payload: P): string;
  /** Hard limit of one attempt (never more than half the budget; see core/deadline.ts). */
  timeoutMs: number;
  /** Whether a network failure of this kind can mean the network is down for everyone (see tick/runner/networkGate.ts). */
  reachesSites: boolean;
  handler(ctx: TaskContext<P>, deps: D): Promise<HandlerResult>;
  onOutcome?(tx: Store, task: TaskRef, outcome: Outcome, nowMs: number): OutcomeEffect | void;
}

export type { Outcome, OutcomeEffect };

/** A kind with its dependencies and store bound: what the runner calls. */
export interface RunnableKind<P = unknown> extends Omit<TaskKindModule<P, never>, 'handler' | 'onOutcome'> {
  run(ctx: TaskContext<P>): Promise<HandlerResult>;
  onOutcome?: OutcomeHook;
}

export type KindRegistry = Partial<Record<TaskKind, RunnableKind<any>>>;

export function bindKind<P, D>(module: TaskKindModule<P, D>, deps: D, store: Store): RunnableKind<P> {
  const { handler, onOutcome, ...rest } = module;
  return {
    ...rest,
    run: (ctx) => handler(ctx, deps),
    ...(onOutcome ? { onOutcome: (task, outcome, nowMs) => onOutcome(store, task, outcome, nowMs) } : {}),
  };
}
