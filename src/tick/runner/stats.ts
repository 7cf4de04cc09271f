// What a drain counts: claims and their ends, failures by kind, handler counters, and why it stopped.

import type { ErrorKind } from '../../core/errors.js';
import type { StopReason } from '../../report/summary.js';

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

export const emptyStats = (): DrainStats => ({
  claimed: 0, succeeded: 0, failed: 0, dead: 0, deferred: 0, failuresByKind: {}, counters: {}, stopReason: null, stopMessage: null, configError: null,
});
