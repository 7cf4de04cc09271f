// The task-handler registry: what the runner calls for each task kind. Scraping and analysis plug in
// here (tick/deps.ts wires them); the runner never names a kind itself.

import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/log.js';
import type { Config } from '../config/config.js';
import type { Store } from '../db/client.js';
import type { TaskKind } from '../db/enums.js';
import type { ClaimedTask, TaskQueue } from '../queue/queue.js';

export interface TaskContext {
  task: ClaimedTask;
  /** Aborted on the per-task timeout, at the end of the budget and on SIGTERM: stop promptly. */
  signal: AbortSignal;
  log: Logger;
  clock: Clock;
  store: Store;
  queue: TaskQueue;
  config: Config;
  /**
   * Waits for a shared resource the task cannot work without (a browser page slot): meanwhile its task slot
   * is lent to the next task, so feeds and static pages keep flowing while pages wait to render.
   */
  park<T>(waitFor: Promise<T>): Promise<T>;
}

export interface TaskResult {
  /** Stored on the attempt row. */
  detail?: Record<string, unknown>;
  /** Summed into the tick summary (postingsNew, postingsClosed, analyses, matches, declinedByGemini …). */
  counters?: Record<string, number>;
}

export type TaskHandler = (ctx: TaskContext) => Promise<TaskResult | void>;

export interface TaskDefinition {
  handler: TaskHandler;
  /** Hard limit for one attempt; the runner aborts the attempt when it passes. */
  timeoutMs: number;
  /** Whether an outcome of this kind says something about the company's careers page. */
  tracksCompanyHealth: boolean;
}

export type HandlerRegistry = Partial<Record<TaskKind, TaskDefinition>>;
