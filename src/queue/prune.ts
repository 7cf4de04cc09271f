// Retention (SPEC `scoutly prune`): finished tasks older than 30 days, attempts older than 90 days,
// and the digest log (with what each digest told) after 90 days.

import { writeTx, type Store } from '../db/client.js';
import { DAY_MS } from '../schedule/tiers.js';

export const FINISHED_TASK_RETENTION_MS = 30 * DAY_MS;
export const ATTEMPT_RETENTION_MS = 90 * DAY_MS;
export const DIGEST_RETENTION_MS = 90 * DAY_MS;

export function prune(store: Store, nowMs: number): { tasks: number; attempts: number; digests: number } {
  return writeTx(store, () => {
    const attempts = store.sqlite.prepare('DELETE FROM attempts WHERE started_at < ?').run(nowMs - ATTEMPT_RETENTION_MS).changes;
    const tasks = store.sqlite
      .prepare(`DELETE FROM tasks WHERE status IN ('succeeded','dead') AND finished_at < ?`)
      .run(nowMs - FINISHED_TASK_RETENTION_MS).changes;
    const digests = store.sqlite.prepare('DELETE FROM digests WHERE created_at < ?').run(nowMs - DIGEST_RETENTION_MS).changes;
    return { tasks, attempts, digests };
  });
}
