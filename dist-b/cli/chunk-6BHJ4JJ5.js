import {
  writeTx
} from "./chunk-IERKD2WH.js";

// dist/queue/admin.js
function listTasks(store, status, limit = 200) {
  return store.sqlite.prepare(`SELECT t.id, t.kind, t.status, c.slug AS company, u.email AS user, t.priority, t.run_at AS runAt, t.attempts,
        t.max_attempts AS maxAttempts, t.last_error_kind AS lastErrorKind, t.last_error AS lastError, t.updated_at AS updatedAt
      FROM tasks t LEFT JOIN companies c ON c.id = t.company_id LEFT JOIN users u ON u.id = t.user_id
      WHERE (@status IS NULL OR t.status = @status)
      ORDER BY t.status IN ('succeeded','dead'), t.priority, t.run_at, t.id LIMIT @limit`).all({ status, limit });
}
function retryMessage(id, result) {
  return {
    retried: `task #${id} will run at the next tick`,
    not_found: `no task #${id}; see \`scoutly queue list\``,
    not_retryable: `task #${id} is neither dead nor failed; only those can be retried`,
    open_task_exists: `task #${id} was not retried: another open task already does the same work`
  }[result];
}
function retryTask(store, id, nowMs) {
  return writeTx(store, () => {
    const row = store.sqlite.prepare("SELECT status, dedupe_key FROM tasks WHERE id = ?").get(id);
    if (!row)
      return "not_found";
    if (row.status !== "dead" && row.status !== "failed")
      return "not_retryable";
    const other = store.sqlite.prepare(`SELECT id FROM tasks WHERE dedupe_key = ? AND id <> ? AND status IN ('pending','running','failed')`).get(row.dedupe_key, id);
    if (other)
      return "open_task_exists";
    store.sqlite.prepare(`UPDATE tasks SET status = 'pending', attempts = 0, run_at = @now, finished_at = NULL, updated_at = @now,
        last_error = NULL, last_error_kind = NULL WHERE id = @id`).run({ id, now: nowMs });
    return "retried";
  });
}
function retryDeadTasks(store, nowMs) {
  return writeTx(store, () => {
    const ids = store.sqlite.prepare(`SELECT id FROM tasks WHERE status = 'dead' ORDER BY id DESC`).all().map((r) => r.id);
    let retried = 0;
    for (const id of ids)
      if (retryTask(store, id, nowMs) === "retried")
        retried++;
    return { retried, skipped: ids.length - retried };
  });
}

export {
  listTasks,
  retryMessage,
  retryTask,
  retryDeadTasks
};
