// What each attempt's end does to its task: complete, fail (retry or dead), snooze, or hand back; the
// kind's outcome hook in the same transaction; the tick's counts; and when an end means the tick must stop.

import type { Clock } from '../../core/clock.js';
import { classify, type Classification } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import type { ClaimedTask, TaskQueue } from '../../queue/queue.js';
import type { StopReason } from '../../report/summary.js';
import { writesOnSuccess, type HandlerResult, type KindRegistry, type TaskResult } from '../../tasks/kind.js';
import type { AttemptEnd } from './attempt.js';
import type { GroupCommit } from './groupCommit.js';
import { NetworkGate } from './networkGate.js';
import type { DrainStats } from './stats.js';

/** How long a task that met a configuration problem waits: past this tick, so it is not retried in a loop. */
export const CONFIG_RETRY_MS = 15 * 60_000;

type Held = { task: ClaimedTask; error: Classification };

export class Outcomes {
  readonly gate = new NetworkGate<Held>();

  constructor(
    private readonly queue: TaskQueue,
    private readonly kinds: KindRegistry,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly stats: DrainStats,
    private readonly commits: GroupCommit<ClaimedTask>,
    private readonly requestStop: (reason: StopReason, message?: string) => void,
    /** Values no recorded error may carry (a handler's deferred writes fail here, not in the handler). */
    private readonly secrets: readonly string[] = [],
  ) {}

  /** Records the attempt's end with the next group of outcomes. */
  settle(task: ClaimedTask, end: AttemptEnd): Promise<void> {
    return this.commits.add(task, () => (end.ok ? this.succeeded(task, end.result) : this.failed(task, end.error)));
  }

  private succeeded(task: ClaimedTask, handed: HandlerResult): void {
    const kind = this.kinds[task.kind];
    if (kind?.reachesSites) for (const held of this.gate.reached()) this.fail(held.task, held.error);
    let result: TaskResult | undefined;
    let record: (() => Record<string, unknown> | undefined) | undefined;
    let writeError: { err: unknown } | undefined;
    if (writesOnSuccess(handed)) {
      record = () => {
        try {
          return (result = handed.writeOnSuccess()).detail;
        } catch (err) {
          writeError = { err };
          throw err;
        }
      };
    } else {
      result = handed ?? undefined;
    }
    try {
      if (!this.queue.complete(task, this.clock.now(), { detail: result?.detail, record, onOutcome: kind?.onOutcome })) return;
    } catch (err) {
      if (!writeError) throw err;
      return this.failed(task, classify(writeError.err, false, this.secrets)); // as if the handler had thrown it
    }
    this.stats.succeeded++;
    for (const [name, n] of Object.entries(result?.counters ?? {})) this.stats.counters[name] = (this.stats.counters[name] ?? 0) + n;
    this.log.debug(`${task.kind} #${task.id} succeeded`);
  }

  private failed(task: ClaimedTask, c: Classification): void {
    const now = this.clock.now();
    switch (c.disposition) {
      case 'retry':
      case 'permanent':
        if (c.kind === 'network' && this.kinds[task.kind]?.reachesSites && this.gate.hold({ task, error: c })) {
          this.log.info(`${task.kind} #${task.id}: ${c.message} (held until the network is known to work)`);
          if (this.gate.looksDown()) {
            this.requestStop('unavailable', `${this.gate.heldCount} companies in a row were unreachable and none reachable: the network looks down`);
          }
          return;
        }
        return this.fail(task, c);
      case 'config':
        // Not retried this tick: every attempt would meet the same wrong setting.
        if (this.queue.snooze(task, now, now + CONFIG_RETRY_MS, c)) this.stats.deferred++;
        this.stats.configError ??= c.message;
        this.log.error(`${task.kind} #${task.id}: ${c.message}`);
        return;
      case 'snooze':
        if (this.queue.snooze(task, now, now + (c.delayMs ?? 0), c)) this.stats.deferred++;
        this.log.info(`${task.kind} #${task.id} deferred (${c.kind}) for ${Math.round((c.delayMs ?? 0) / 1000)}s`);
        return;
      case 'interrupted':
      case 'unavailable':
      case 'fatal':
        this.handBack(task, c);
        if (c.disposition === 'unavailable') this.requestStop('unavailable', c.message);
        if (c.disposition === 'fatal') this.requestStop('database', c.message);
        return;
    }
  }

  private fail(task: ClaimedTask, c: Classification): void {
    const result = this.queue.fail(task, this.clock.now(), c, { onOutcome: this.kinds[task.kind]?.onOutcome });
    if (result === 'lost') return;
    this.stats.failed++;
    this.stats.failuresByKind[c.kind] = (this.stats.failuresByKind[c.kind] ?? 0) + 1;
    if (result === 'dead') this.stats.dead++;
    const what = result === 'dead' ? 'is dead' : 'will be retried';
    this.log.warn(`${task.kind} #${task.id} attempt ${task.attempts}/${task.maxAttempts} failed (${c.kind}) and ${what}: ${c.message}`);
  }

  /** Gives the attempt back (the task keeps its place); counted as deferred. */
  handBack(task: ClaimedTask, c: Classification): void {
    if (this.queue.release(task, this.clock.now(), c)) this.stats.deferred++;
  }

  /** At the end: network failures still held mean the network was down for everyone; nobody is blamed. */
  releaseHeld(): void {
    const held = this.gate.takeHeld();
    if (held.length === 0) return;
    this.stats.stopReason = 'unavailable';
    this.stats.stopMessage ??= 'every company that was tried was unreachable: the network looks down; no company is blamed';
    for (const { task, error } of held) this.handBack(task, { ...error, disposition: 'unavailable', blamesCompany: false });
  }
}
