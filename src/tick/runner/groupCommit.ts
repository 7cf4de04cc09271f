// Outcomes that arrive together are written in one transaction (group commit): each commit is an fsync,
// which on a Pi's SD card is the dominant cost of a short task. Each write keeps its own savepoint, so one
// bad write does not undo the others; a database error fails the whole group, which the caller hands back.

import type { Logger } from '../../core/log.js';

export interface GroupCommit<T> {
  /** Queues `write` for the next group; resolves once the group has been written (or failed). */
  add(item: T, write: () => void): Promise<void>;
}

/**
 * `transaction` runs a function in one write transaction (the queue's batch); `size` is how many items the
 * group holds (the slots its commit frees). `onFailed` hears of the items of a group whose transaction failed
 * (another writer held the lock past the busy timeout, a full disk).
 */
export function groupCommit<T>(transaction: (fn: () => void, size: number) => void, log: Logger, onFailed: (items: T[], err: unknown) => void): GroupCommit<T> {
  let pending: { item: T; write: () => void }[] = [];
  let flushing: Promise<void> | null = null;
  const flush = () => {
    const group = pending;
    pending = [];
    flushing = null;
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
  };
  return {
    add(item, write) {
      pending.push({ item, write });
      flushing ??= new Promise<void>((resolve) => setImmediate(() => {
        flush();
        resolve();
      }));
      return flushing;
    },
  };
}
