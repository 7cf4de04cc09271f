// Outcomes that arrive together are written in one transaction (group commit): each commit is an fsync,
// which on a Pi's SD card is the dominant cost of a short task, and every page it dirties is written whole.
// Each write keeps its own savepoint, so one bad write does not undo the others; a database error fails the
// whole group, which the caller hands back.

import type { Logger } from '../../core/log.js';

export interface GroupCommit<T> {
  /** Queues `write` for the next group; resolves once the group has been written (or failed). */
  add(item: T, write: () => void): Promise<void>;
}

/**
 * `transaction` runs a function in one write transaction (the queue's batch); `size` is how many items the
 * group holds (the slots its commit frees). `onFailed` hears of the items of a group whose transaction failed
 * (another writer held the lock past the busy timeout, a full disk). A group is what arrives in one turn of
 * the event loop. (Waiting longer for the other tasks in flight, up to half a task's run, took a re-scrape
 * task's writes from ≈ 39 to ≈ 23 KiB, but idled the lanes: a budgeted browser tick read late lists short.)
 */
export function groupCommit<T>(
  transaction: (fn: () => void, size: number) => void, log: Logger, onFailed: (items: T[], err: unknown) => void,
): GroupCommit<T> {
  let pending: { item: T; write: () => void }[] = [];
  let written: { promise: Promise<void>; resolve: () => void } | null = null;
  let flushScheduled = false;
  const flush = () => {
    const group = pending;
    const done = written!;
    pending = [];
    written = null;
    flushScheduled = false;
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
  return {
    add(item, write) {
      pending.push({ item, write });
      if (!written) {
        let resolve!: () => void;
        written = { promise: new Promise<void>((r) => (resolve = r)), resolve };
      }
      flushSoon();
      return written.promise;
    },
  };
}
