// Outcomes that arrive together are written in one transaction (group commit): each commit is an fsync,
// which on a Pi's SD card is the dominant cost of a short task, and every page it dirties is written whole.
// Each write keeps its own savepoint, so one bad write does not undo the others; a database error fails the
// whole group, which the caller hands back. At a drain's tail an outcome waits for the others in flight.

import type { Logger } from '../../core/log.js';

export interface GroupCommit<T> {
  /** Queues `write` for the next group; resolves once the group has been written (or failed). */
  add(item: T, write: () => void): Promise<void>;
}

/** When a group may wait for the other tasks in flight instead of being written in the turn it arrived. */
export interface Linger {
  /** Waiting frees no slot anyone needs: the last claim found nothing to claim (the drain's tail). */
  atTail(): boolean;
  /** Tasks in flight whose outcome may still join the group (not counting the `queued` already in it). */
  othersInFlight(queued: number): number;
  /** The longest a group waits after its first item arrived. */
  maxMs: number;
  /** When it aborts, a waiting group is written at once. */
  stop: AbortSignal;
}

/**
 * `transaction` runs a function in one write transaction (the queue's batch); `size` is how many items the
 * group holds (the slots its commit frees). `onFailed` hears of the items of a group whose transaction failed
 * (another writer held the lock past the busy timeout, a full disk). A group is what arrives in one turn of
 * the event loop; with `linger`, at the tail it also waits (at most `linger.maxMs`) until no other task in flight
 * can join it: there a wait idles no lane, while before the tail it did (a lane held by a waiting outcome is
 * one not claimed for; a budgeted browser tick read late lists short). Until written its tasks are still in
 * flight: their outcomes are neither durable nor reported, and a crash re-runs them.
 */
export function groupCommit<T>(
  transaction: (fn: () => void, size: number) => void, log: Logger, onFailed: (items: T[], err: unknown) => void, linger?: Linger,
): GroupCommit<T> {
  let pending: { item: T; write: () => void }[] = [];
  let written: { promise: Promise<void>; resolve: () => void } | null = null;
  let flushScheduled = false;
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    const group = pending;
    const done = written!;
    pending = [];
    written = null;
    flushScheduled = false;
    if (timer) clearTimeout(timer);
    timer = null;
    try {
      transaction(() => {
        for (const { write } of group) {
          try {
            write();
          } catch (err) {
            if ((err as { name?: string }).name === 'SqliteError') throw err;
            log.error('internal error while recording an outcome:', err);
          }
        }
      }, group.length);
    } catch (err) {
      onFailed(group.map((g) => g.item), err);
    }
    done.resolve();
  };
  // Still within this turn of the event loop: outcomes settled together join (and a kind's follow-ups).
  const flushSoon = () => {
    if (flushScheduled || pending.length === 0) return;
    flushScheduled = true;
    setImmediate(flush);
  };
  linger?.stop.addEventListener('abort', flushSoon, { once: true });
  return {
    add(item, write) {
      pending.push({ item, write });
      if (!written) {
        let resolve!: () => void;
        written = { promise: new Promise<void>((r) => (resolve = r)), resolve };
      }
      if (!linger || linger.stop.aborted || !linger.atTail() || linger.othersInFlight(pending.length) <= 0) flushSoon();
      else timer ??= setTimeout(flushSoon, linger.maxMs);
      return written.promise;
    },
  };
}
