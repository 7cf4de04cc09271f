// Drains the queue with bounded concurrency until it is empty, the budget is spent or the tick is told
// to stop. A pull loop: a task is claimed only when a slot is free and its timeout still fits in the budget.
// Every claimed task ends in exactly one queue outcome (complete, fail, snooze or release).

import PQueue from 'p-queue';
import { setMaxListeners } from 'node:events';
import { performance } from 'node:perf_hooks';
import { classify, PermanentError, type Classification, type ErrorKind } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import { timeoutSignal } from '../core/timeoutSignal.js';
import type { Clock } from '../core/clock.js';
import type { Config } from '../config/config.js';
import type { Store } from '../db/client.js';
import type { TaskKind } from '../db/enums.js';
import { parsePayload } from '../queue/payloads.js';
import type { ClaimedTask, TaskQueue } from '../queue/queue.js';
import type { HandlerRegistry, TaskDefinition, TaskResult } from './registry.js';

export type StopReason = 'budget' | 'signal' | 'unavailable' | 'database';

export interface DrainDeps {
  store: Store;
  queue: TaskQueue;
  clock: Clock;
  log: Logger;
  config: Config;
  handlers: HandlerRegistry;
}

export interface DrainOptions {
  runId: number;
  concurrency: number;
  budgetMs: number;
  /** After the budget, in-flight attempts are aborted and get this long to settle. */
  graceMs: number;
  kind: TaskKind | null;
  /** SIGTERM and friends. */
  stopSignal: AbortSignal;
}

export interface DrainStats {
  claimed: number;
  succeeded: number;
  failed: number;
  dead: number;
  deferred: number;
  failuresByKind: Partial<Record<ErrorKind, number>>;
  counters: Record<string, number>;
  stopReason: StopReason | null;
  /** The message of the error that stopped the tick (unavailable, database). */
  stopMessage: string | null;
  /** A configuration problem met by a task (a refused key): the tick exits 78. */
  configError: string | null;
}

/** The per-attempt limit: the kind's own, but never more than half the budget, so claims stay possible. */
export function attemptTimeoutMs(definition: TaskDefinition | undefined, budgetMs: number): number {
  return Math.max(1, Math.min(definition?.timeoutMs ?? 60_000, Math.floor(budgetMs / 2)));
}

/** How long a task that met a configuration problem waits: past this tick, so it is not retried in a loop. */
const CONFIG_RETRY_MS = 15 * 60_000;

/** Unreachable companies in a row, with none reachable, that make the tick conclude the network is down. */
const NETWORK_DOWN_AFTER = 3;

function whenAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

export async function drain(deps: DrainDeps, opts: DrainOptions): Promise<DrainStats> {
  const { queue, clock, log } = deps;
  const stats: DrainStats = {
    claimed: 0, succeeded: 0, failed: 0, dead: 0, deferred: 0, failuresByKind: {}, counters: {}, stopReason: null, stopMessage: null,
    configError: null,
  };
  // The budget runs on the monotonic clock: a wall-clock jump (NTP at boot on a Pi) must not end or extend a tick.
  const startedAt = performance.now();
  const remainingMs = () => opts.budgetMs - (performance.now() - startedAt);
  const stop = new AbortController();
  setMaxListeners(1000, stop.signal);
  const requestStop = (reason: StopReason, message: string | null = null) => {
    if (stop.signal.aborted) return;
    stats.stopReason = reason;
    stats.stopMessage = message;
    stop.abort(reason);
  };
  const budgetTimer = setTimeout(() => requestStop('budget'), Math.max(0, opts.budgetMs));
  const onSignal = () => requestStop('signal');
  if (opts.stopSignal.aborted) onSignal();
  opts.stopSignal.addEventListener('abort', onSignal, { once: true });

  // Tasks parked on a shared resource (a browser page slot) lend their slot: at most as many again are claimed.
  const maxClaimed = opts.concurrency * 2;
  let parked = 0;
  const park = async <T>(waitFor: Promise<T>): Promise<T> => {
    parked++;
    wake?.();
    try {
      return await waitFor;
    } finally {
      parked--;
    }
  };
  const lanes = new PQueue({ concurrency: maxClaimed });
  const inFlight = new Map<number, { task: ClaimedTask; settled: Promise<void> }>();
  // A claim must leave room for the slowest kind; a kind without a handler fails at once and needs none.
  const longestTimeout = Math.max(1, ...Object.values(deps.handlers).map((d) => attemptTimeoutMs(d, opts.budgetMs)));

  // Outcomes that arrive together are written in one transaction (group commit): each commit is an
  // fsync, which on a Pi's SD card is the dominant cost of a short task.
  let pendingWrites: { task: ClaimedTask; write: () => void }[] = [];
  let flush: Promise<void> | null = null;
  // Tasks whose outcome could not be written (another writer held the lock past the busy timeout): handed
  // back at the end, so the next tick does not take them for victims of a crash.
  const unrecorded = new Map<number, ClaimedTask>();
  const record = (task: ClaimedTask, write: () => void): Promise<void> => {
    pendingWrites.push({ task, write });
    flush ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        const writes = pendingWrites;
        pendingWrites = [];
        flush = null;
        try {
          queue.batch(() => {
            for (const { write } of writes) {
              try {
                write(); // its own savepoint: one bad write does not undo the others
              } catch (err) {
                if ((err as { name?: string }).name === 'SqliteError') throw err;
                log.error('internal error while recording an outcome:', err);
              }
            }
          });
        } catch (err) {
          log.error('could not record outcomes (handed back at the end of the tick if the database frees up):', err);
          for (const { task } of writes) unrecorded.set(task.id, task);
          requestStop('database', (err as Error).message);
        }
        resolve();
      }),
    );
    return flush;
  };

  // A network failure is not blamed on its company until some scrape in this tick got through: when
  // none does, the network is down for everyone and those attempts are handed back (exit 69).
  let networkProven = false;
  const heldNetworkFailures: { task: ClaimedTask; error: Classification }[] = [];
  const failTask = (task: ClaimedTask, c: Classification, tracksCompanyHealth: boolean) => {
    const result = queue.fail(task, clock.now(), c, { tracksCompanyHealth });
    if (result === 'lost') return;
    stats.failed++;
    stats.failuresByKind[c.kind] = (stats.failuresByKind[c.kind] ?? 0) + 1;
    if (result === 'dead') stats.dead++;
    const what = result === 'dead' ? 'is dead' : 'will be retried';
    log.warn(`${task.kind} #${task.id} attempt ${task.attempts}/${task.maxAttempts} failed (${c.kind}) and ${what}: ${c.message}`);
  };

  const settle = (task: ClaimedTask, outcome: 'succeeded' | Classification, result?: TaskResult | void) => record(task, () => {
    const now = clock.now();
    const tracksCompanyHealth = deps.handlers[task.kind]?.tracksCompanyHealth ?? false;
    const detail = result ? result.detail : undefined;
    if (outcome === 'succeeded') {
      if (tracksCompanyHealth && !networkProven) {
        networkProven = true;
        for (const held of heldNetworkFailures.splice(0)) failTask(held.task, held.error, true);
      }
      if (queue.complete(task, now, { detail, tracksCompanyHealth })) {
        stats.succeeded++;
        for (const [name, n] of Object.entries(result?.counters ?? {})) stats.counters[name] = (stats.counters[name] ?? 0) + n;
        log.debug(`${task.kind} #${task.id} succeeded`);
      }
      return;
    }
    const c = outcome;
    switch (c.disposition) {
      case 'retry':
      case 'permanent': {
        if (c.kind === 'network' && tracksCompanyHealth && !networkProven) {
          heldNetworkFailures.push({ task, error: c });
          log.info(`${task.kind} #${task.id}: ${c.message} (held until the network is known to work)`);
          if (heldNetworkFailures.length >= NETWORK_DOWN_AFTER) {
            requestStop('unavailable', `${heldNetworkFailures.length} companies in a row were unreachable and none reachable: the network looks down`);
          }
          return;
        }
        failTask(task, c, tracksCompanyHealth);
        return;
      }
      case 'config': {
        // Not retried this tick: every attempt would meet the same wrong setting.
        if (queue.snooze(task, now, now + CONFIG_RETRY_MS, c)) stats.deferred++;
        stats.configError ??= c.message;
        log.error(`${task.kind} #${task.id}: ${c.message}`);
        return;
      }
      case 'snooze': {
        if (queue.snooze(task, now, now + (c.delayMs ?? 0), c)) stats.deferred++;
        log.info(`${task.kind} #${task.id} deferred (${c.kind}) for ${Math.round((c.delayMs ?? 0) / 1000)}s`);
        return;
      }
      case 'interrupted':
      case 'unavailable':
      case 'fatal': {
        if (queue.release(task, now, c)) stats.deferred++;
        if (c.disposition === 'unavailable') requestStop('unavailable', c.message);
        if (c.disposition === 'fatal') requestStop('database', c.message);
        return;
      }
    }
  });

  const execute = async (task: ClaimedTask) => {
    const definition = deps.handlers[task.kind];
    const timeoutMs = attemptTimeoutMs(definition, opts.budgetMs);
    const deadline = timeoutSignal(timeoutMs, stop.signal);
    const signal = deadline.signal;
    try {
      if (!definition) throw new PermanentError('no_handler', `no handler is registered for task kind "${task.kind}"`);
      const payload = parsePayload(task.kind, task.payload);
      if (!payload.ok) throw new PermanentError('invalid_payload', payload.message);
      const taskLog = log.withTag(`${task.kind}#${task.id}`);
      // The race makes the watchdog effective even when a handler ignores its signal.
      const result = await Promise.race([
        definition.handler({ task, signal, log: taskLog, clock, store: deps.store, queue, config: deps.config, park }),
        new Promise<never>((_, reject) => {
          const onAbort = () =>
            reject(deadline.timedOut() && !stop.signal.aborted
              ? Object.assign(new Error(`attempt timed out after ${timeoutMs} ms`), { name: 'TimeoutError' })
              : new Error(`tick stopping (${String(stop.signal.reason)})`));
          if (signal.aborted) onAbort();
          else signal.addEventListener('abort', onAbort, { once: true });
        }),
      ]);
      await settle(task, 'succeeded', result);
    } catch (err) {
      const stopping = stop.signal.aborted && !deadline.timedOut();
      await settle(task, classify(err, stopping, deps.config.gemini.apiKey ? [deps.config.gemini.apiKey] : []));
    } finally {
      deadline.dispose();
    }
  };

  const launch = (task: ClaimedTask) => {
    stats.claimed++;
    log.debug(`claimed ${task.kind} #${task.id} (attempt ${task.attempts}/${task.maxAttempts})`);
    const settled = lanes
      .add(() => execute(task))
      .catch((err: unknown) => log.error(`internal error while settling task #${task.id}:`, err))
      .finally(() => {
        inFlight.delete(task.id);
        wake?.();
      });
    inFlight.set(task.id, { task, settled });
  };

  // Woken after a task has fully settled (its slot is free in inFlight), or when the tick stops.
  let wake: (() => void) | null = null;
  const waitForSlotOrStop = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        wake = null;
        stop.signal.removeEventListener('abort', done);
        resolve();
      };
      wake = done;
      stop.signal.addEventListener('abort', done, { once: true });
    });

  try {
    while (!stop.signal.aborted) {
      const working = inFlight.size - parked;
      if (working >= opts.concurrency || inFlight.size >= maxClaimed) {
        await waitForSlotOrStop();
        continue;
      }
      if (remainingMs() < longestTimeout) {
        stats.stopReason = 'budget'; // no claim that cannot finish inside the budget
        break;
      }
      const claimOpts = { nowMs: clock.now(), runId: opts.runId, leaseMs: longestTimeout + opts.graceMs, kind: opts.kind };
      const tasks = queue.claimMany(Math.min(opts.concurrency - working, maxClaimed - inFlight.size), claimOpts);
      if (tasks.length > 0) {
        tasks.forEach(launch);
        continue;
      }
      if (inFlight.size > 0) {
        await waitForSlotOrStop(); // running tasks may enqueue more work
        continue;
      }
      // Only suspects are left (their last tick died under them): one at a time, alone.
      const suspect = queue.claim({ ...claimOpts, suspect: true });
      if (!suspect) break;
      log.warn(`running ${suspect.kind} #${suspect.id} alone: its last tick died while running it`);
      launch(suspect);
      await inFlight.get(suspect.id)?.settled;
    }
    // Let in-flight attempts finish inside the budget; at its end (or on stop) they are aborted.
    await Promise.race([lanes.onIdle(), whenAborted(stop.signal)]);
    if (inFlight.size > 0) {
      const graceOver = new Promise<void>((r) => setTimeout(r, opts.graceMs).unref());
      await Promise.race([Promise.allSettled([...inFlight.values()].map((f) => f.settled)), graceOver]);
    }
  } catch (err) {
    // A claim failed: the database is unusable. Stop, and hand back what is still ours.
    requestStop('database', (err as Error).message);
  } finally {
    clearTimeout(budgetTimer);
    opts.stopSignal.removeEventListener('abort', onSignal);
  }
  if (heldNetworkFailures.length > 0) {
    stats.stopReason = 'unavailable';
    stats.stopMessage ??= 'every company that was tried was unreachable: the network looks down; no company is blamed';
    for (const { task, error } of heldNetworkFailures.splice(0)) {
      if (queue.release(task, clock.now(), { ...error, disposition: 'unavailable', blamesCompany: false })) stats.deferred++;
    }
  }
  // Attempts that ignored the abort even through the grace period: hand them back so nothing stays running.
  for (const { task } of inFlight.values()) {
    try {
      if (queue.release(task, clock.now(), classify(new Error('did not stop within the grace period'), true))) stats.deferred++;
    } catch (err) {
      unrecorded.set(task.id, task);
      log.error(`could not release task #${task.id}:`, err);
    }
  }
  if (unrecorded.size > 0) stats.deferred += await handBackWhenFree(queue, clock, log, [...unrecorded.values()]);
  return stats;
}

/** How long a tick that lost the database to another writer keeps trying to hand its tasks back before exiting. */
export const HAND_BACK_WINDOW_MS = 30_000;

/**
 * Hands back, in one transaction, tasks whose outcome could not be written because another writer held
 * the lock (`sqlite3` in a long transaction, a backup): retried while the window lasts (each try also waits
 * the busy timeout). Their attempts are given back and nobody is blamed. If the lock outlasts the window
 * they stay `running`, and the next tick's recovery treats them as bystanders of a crash (refunded, run
 * alone once). Returns how many were handed back.
 */
async function handBackWhenFree(queue: TaskQueue, clock: Clock, log: Logger, tasks: ClaimedTask[]): Promise<number> {
  const until = performance.now() + HAND_BACK_WINDOW_MS;
  const why: Classification = { kind: 'database', disposition: 'fatal', message: 'the database was locked by another writer; handed back', blamesCompany: false };
  for (let tryNo = 1; ; tryNo++) {
    try {
      let handed = 0;
      queue.batch(() => {
        for (const task of tasks) if (queue.release(task, clock.now(), why)) handed++;
      });
      log.info(`handed back ${handed} task(s) once the database was free again`);
      return handed;
    } catch (err) {
      if (performance.now() >= until) {
        log.error(`could not hand back ${tasks.length} task(s) within ${HAND_BACK_WINDOW_MS / 1000} s; the next tick will recover them:`, err);
        return 0;
      }
      if (tryNo === 1) log.warn(`the database is locked by another writer; handing ${tasks.length} task(s) back as soon as it is free`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}
