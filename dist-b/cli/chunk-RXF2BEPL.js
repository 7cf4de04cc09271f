import {
  DAY_MS
} from "./chunk-DUZE2QZ6.js";
import {
  writeTx
} from "./chunk-IERKD2WH.js";

// dist/queue/prune.js
var FINISHED_TASK_RETENTION_MS = 30 * DAY_MS;
var ATTEMPT_RETENTION_MS = 90 * DAY_MS;
var DIGEST_RETENTION_MS = 90 * DAY_MS;
function prune(store, nowMs) {
  return writeTx(store, () => {
    const attempts = store.sqlite.prepare("DELETE FROM attempts WHERE started_at < ?").run(nowMs - ATTEMPT_RETENTION_MS).changes;
    const tasks = store.sqlite.prepare(`DELETE FROM tasks WHERE status IN ('succeeded','dead') AND finished_at < ?`).run(nowMs - FINISHED_TASK_RETENTION_MS).changes;
    const digests = store.sqlite.prepare("DELETE FROM digests WHERE created_at < ?").run(nowMs - DIGEST_RETENTION_MS).changes;
    return { tasks, attempts, digests };
  });
}

export {
  prune
};
