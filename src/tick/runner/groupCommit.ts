// Outcomes that arrive together are written in one transaction (group commit): each commit is an fsync,
// which on a Pi's SD card is the dominant cost of a short task, and every page it dirties is written whole.
// Each write keeps its own savepoint, so one bad write does not undo the others; a database error fails the
// whole group, which the caller hands back. With a linger, an outcome waits a little for the other tasks in
// flight, so tasks that finish close together share their pages.

import type { Logger } from '../../core/log.js';

export interface GroupCommit<T> {
  /** Queues `write` for the next group; resolves once the group has been written (or failed). */
  add(item: T, write: () => void): Promise<void>;
}

/** How long a group waits for the other tasks in flight. */
export interface Linger<T> {
  /** How long a group whose first item is `first` may wait. */
  ms(first: T): number;
  /** Tasks in flight whose outcome may still join the group (not counting the `queued` already in it). */
  othersInFlight(queued: number): number;
  /** When it aborts, a waiting group is written at once. */
  stop: AbortSignal;
}

/**
 * `transaction` runs a function in one write transaction (the queue's batch); `size` is how many items the
 * group holds (the slots its commit frees). `onFailed` hears of the items of a group whose transaction failed
 * (another writer held the lock past the busy timeout, a full disk). Without `linger`, a group is what arrives
 * in one turn of the event loop; with it, a group is written once no other task in flight can join it, or
 * `linger.ms(first item)` after its first item, or when `linger.stop` aborts, whichever comes first. Until then its tasks
 * are still in flight: their outcomes are neither durable nor reported, and a crash re-runs them.
 */
export function groupCommit<T>(
  transaction: (fn: () => void, size: number) => void, log: Logger, onFailed: (items: T[], err: unknown) => void, linger?: Linger<T>,
): GroupCommit<T> {
  let pending: { item: T; write: () => void }[] = [];
  let written: { promise: Promise<void>; resolve: () => void } | null = null;
  let timer: NodeJS.Timeout | null = null;
  let flushScheduled = false;
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
      if (!linger || linger.stop.aborted || linger.othersInFlight(pending.length) <= 0) flushSoon();
      else timer ??= setTimeout(flushSoon, linger.ms(pending[0]!.item));
      return written.promise;
    },
  };
}
