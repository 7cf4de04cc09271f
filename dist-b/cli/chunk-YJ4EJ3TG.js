import {
  TASK_KINDS
} from "./chunk-DTIESMB2.js";
import {
  breakerOpenUntil,
  retryDelayMs
} from "./chunk-MH5SMUGM.js";
import {
  withoutDiskWait,
  writeTx
} from "./chunk-IERKD2WH.js";
import {
  oncePer
} from "./chunk-YU7T37VA.js";

// dist/queue/queue.js
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
function taskFromRow(r) {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    companyId: r.company_id,
    userId: r.user_id,
    dedupeKey: r.dedupe_key,
    payload: parseJson(r.payload),
    priority: r.priority,
    runAt: r.run_at,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    lastErrorKind: r.last_error_kind,
    lastError: r.last_error
  };
}
var CRASHED = "crashed";
var ORPHAN_MESSAGE = "the tick running this task died (killed, crashed or out of memory)";
var BYSTANDER_MESSAGE = "the tick died while running this task beside others (not blamed; it runs alone next)";
var OPEN_TASK_SQL = (alias) => `${alias ? `${alias}.` : ""}finished_at IS NULL`;
var CLAIMABLE_STATUSES_SQL = `('pending','failed')`;
var ON_OPEN_DUPLICATE_SQL = `ON CONFLICT (dedupe_key) WHERE ${OPEN_TASK_SQL()} DO NOTHING`;
var claimOrderSql = (alias) => ["priority", "run_at", "id"].map((c) => alias ? `${alias}.${c}` : c).join(", ");
var CLAIMED_COLUMNS = "id, kind, status, company_id, user_id, dedupe_key, payload, priority, run_at, attempts, max_attempts, last_error_kind, last_error";
var nextOfKind = (kind, n) => `SELECT ${CLAIMED_COLUMNS} FROM tasks INDEXED BY tasks_claim_idx
  WHERE kind = '${kind}' AND status IN ${CLAIMABLE_STATUSES_SQL} AND run_at <= @now AND last_error_kind IS NOT '${CRASHED}'
  ORDER BY ${claimOrderSql()} LIMIT ${n}`;
var CLAIM_CANDIDATE_SQL = (suspect, kinds = TASK_KINDS, n = 1) => suspect ? (
  // Suspects are few; the least-tried first, so an innocent bystander of a crash runs before a repeat offender.
  // Pending as well as failed: whatever put a suspect back in the queue (a forced scrape, a snooze, a
  // signal, an outage) must not strand it where neither claim would take it.
  `SELECT ${CLAIMED_COLUMNS} FROM tasks
       WHERE status IN ${CLAIMABLE_STATUSES_SQL} AND last_error_kind = '${CRASHED}' AND run_at <= @now AND kind IN (${kinds.map((k) => `'${k}'`).join(",")})
       ORDER BY attempts, ${claimOrderSql()} LIMIT 1`
) : kinds.length === 1 ? nextOfKind(kinds[0], n) : `WITH heads AS MATERIALIZED (${kinds.map((k) => `SELECT * FROM (${nextOfKind(k, n)})`).join(" UNION ALL ")})
         SELECT * FROM heads ORDER BY ${claimOrderSql()} LIMIT ${n}`;
var FORCED_PRIORITY = -1;
var startOf = (task) => ({ runId: task.runId, at: task.claimedAt });
var TaskQueue = class {
  store;
  options;
  s;
  shaped = /* @__PURE__ */ new Map();
  /** The store's PRAGMA synchronous, which every commit but a claim's keeps. */
  durability;
  constructor(store, options) {
    this.store = store;
    this.options = options;
    const db = store.sqlite;
    this.durability = db.pragma("synchronous", { simple: true });
    this.s = {
      add: db.prepare(`
        INSERT INTO tasks (kind, status, company_id, user_id, dedupe_key, payload, priority, run_at, attempts, max_attempts, created_at, updated_at)
        VALUES (@kind, 'pending', @companyId, @userId, @dedupeKey, @payload, @priority, @runAt, 0, @maxAttempts, @now, @now)
        ${ON_OPEN_DUPLICATE_SQL}
        RETURNING id`),
      findOpen: db.prepare(`SELECT id FROM tasks WHERE dedupe_key = ? AND ${OPEN_TASK_SQL()}`),
      // The attempt row is written once, when the attempt ends (or by recovery, for a tick that died).
      // Positional parameters on the two statements every task runs: binding by name costs more.
      insertAttempt: db.prepare(`
        INSERT INTO attempts (task_id, run_id, kind, company_id, attempt, started_at, finished_at, duration_ms, outcome, error_kind, error_message, detail)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      // (now, now, id, lease token)
      complete: db.prepare(`
        UPDATE tasks SET status = 'succeeded', finished_at = ?, updated_at = ?, lease_token = NULL,
          last_error = NULL, last_error_kind = NULL
        WHERE id = ? AND lease_token = ? AND status = 'running'`),
      fail: db.prepare(`
        UPDATE tasks SET status = @status, run_at = @runAt, finished_at = @finishedAt, updated_at = @now,
          lease_token = NULL, last_error = @message, last_error_kind = @kind
        WHERE id = @id AND lease_token = @token AND status = 'running'`),
      giveBack: db.prepare(`
        UPDATE tasks SET status = 'pending', attempts = MAX(attempts - 1, 0), run_at = @runAt, updated_at = @now, lease_token = NULL
        WHERE id = @id AND lease_token = @token AND status = 'running'`),
      postpone: db.prepare("UPDATE tasks SET run_at = ? WHERE id = ?"),
      orphans: db.prepare(`SELECT * FROM tasks WHERE status = 'running'`),
      recoverOrphan: db.prepare(`
        UPDATE tasks SET status = @status, run_at = @runAt, updated_at = @now, finished_at = @finishedAt, lease_token = NULL,
          last_error_kind = '${CRASHED}', last_error = '${ORPHAN_MESSAGE}'
        WHERE id = @id AND status = 'running'`),
      // A bystander of a crash: its attempt is handed back, nobody is blamed, and it runs alone next (a suspect).
      recoverBystander: db.prepare(`
        UPDATE tasks SET status = 'pending', attempts = MAX(attempts - 1, 0), run_at = @now, updated_at = @now, lease_token = NULL,
          last_error_kind = '${CRASHED}', last_error = '${BYSTANDER_MESSAGE}'
        WHERE id = @id AND status = 'running'`)
    };
  }
  rand() {
    return (this.options.rand ?? Math.random)();
  }
  /** New tasks start with this many attempts. */
  get maxAttempts() {
    return this.options.maxAttempts;
  }
  /** A statement prepared once per key (claims come in a few shapes: kind filter, batch size). */
  prepared(key, sql) {
    let stmt = this.shaped.get(key);
    if (!stmt)
      this.shaped.set(key, stmt = this.store.sqlite.prepare(sql()));
    return stmt;
  }
  /** The candidates of a claim of up to `n` tasks. */
  candidates(suspect, kind, n) {
    return this.prepared(`${suspect ? "s" : n}:${kind ?? "*"}`, () => CLAIM_CANDIDATE_SQL(suspect, kind ? [kind] : TASK_KINDS, n));
  }
  /**
   * Marks `n` tasks claimed in one statement: (batch token, run id, now, id…). The attempt counts at claim; each
   * task's lease token is the batch's random one plus its id, so it is unique per claim.
   */
  markClaimed(n) {
    return this.prepared(`mark:${n}`, () => `UPDATE tasks SET status = 'running', attempts = attempts + 1, lease_token = ? || '.' || id,
      run_id = ?, updated_at = ? WHERE id IN (${Array(n).fill("?").join(", ")})`);
  }
  /** Adds one task unless an open one holds its dedupe key. */
  add(task, nowMs) {
    return writeTx(this.store, () => {
      const row = this.s.add.get({
        kind: task.kind,
        dedupeKey: task.dedupeKey,
        companyId: task.companyId ?? null,
        userId: task.userId ?? null,
        payload: JSON.stringify(task.payload ?? {}),
        priority: task.priority ?? 1e3,
        runAt: task.runAt ?? nowMs,
        maxAttempts: this.options.maxAttempts,
        now: nowMs
      });
      if (row)
        return { id: row.id, created: true };
      const open = this.s.findOpen.get(task.dedupeKey);
      return { id: open.id, created: false };
    });
  }
  /**
   * Claims the next claimable task in drain order, counting the attempt now (so a crash still uses it).
   * `suspect` claims a task whose last tick died while running it.
   */
  claim(opts) {
    return this.claimMany(1, opts)[0];
  }
  /**
   * Claims up to `n` tasks in one transaction. Its commit does not wait for the disk (synchronous=NORMAL for
   * this one commit): WAL keeps a commit through the process dying (kill -9, OOM), which is what the
   * attempt counted at claim must survive; only a power cut can lose it, and then the task is simply
   * pending again, unattempted, as is everything after it (the WAL is replayed in order). Outcomes keep
   * the store's own setting.
   */
  claimMany(n, opts) {
    return withoutDiskWait(this.store, () => this.claimInTx(n, opts), this.durability);
  }
  /** Reads the candidates and marks them claimed in one BEGIN IMMEDIATE transaction: nobody can claim in between. */
  claimInTx(n, opts) {
    const suspect = opts.suspect ?? false;
    return writeTx(this.store, () => {
      const rows = this.candidates(suspect, opts.kind ?? null, n).all({ now: opts.nowMs });
      if (rows.length === 0)
        return [];
      const batch = crypto.randomUUID();
      this.markClaimed(rows.length).run([batch, opts.runId, opts.nowMs, ...rows.map((r) => r.id)]);
      return rows.map((row) => ({
        ...taskFromRow(row),
        status: "running",
        attempts: row.attempts + 1,
        leaseToken: `${batch}.${row.id}`,
        runId: opts.runId,
        claimedAt: opts.nowMs
      }));
    });
  }
  /** Runs several outcome writes in one transaction (group commit); each keeps its own savepoint. */
  batch(fn) {
    return writeTx(this.store, fn);
  }
  /** Marks a claimed task done. False when the lease was lost (the task is no longer ours). */
  complete(task, nowMs, facts = {}) {
    return writeTx(this.store, () => {
      if (this.s.complete.run(nowMs, nowMs, task.id, task.leaseToken).changes === 0)
        return false;
      this.writeAttempt(task, startOf(task), nowMs, "succeeded", null, facts.detail);
      facts.onOutcome?.(task, { type: "succeeded" }, nowMs);
      return true;
    });
  }
  /** Records a failed attempt: retried later with backoff, or dead (permanent, or attempts used up). */
  fail(task, nowMs, error, facts = {}) {
    return writeTx(this.store, () => {
      const dead = error.disposition === "permanent" || task.attempts >= task.maxAttempts;
      const retryAt = nowMs + retryDelayMs(task.attempts, () => this.rand());
      const changed = this.s.fail.run({
        id: task.id,
        token: task.leaseToken,
        now: nowMs,
        status: dead ? "dead" : "failed",
        runAt: dead ? task.runAt : retryAt,
        finishedAt: dead ? nowMs : null,
        message: error.message,
        kind: error.kind
      }).changes;
      if (changed === 0)
        return "lost";
      this.writeAttempt(task, startOf(task), nowMs, "failed", error, facts.detail);
      const notBefore = facts.onOutcome?.(task, { type: "failed", error }, nowMs)?.notBefore;
      if (!dead && notBefore !== void 0 && notBefore > retryAt)
        this.s.postpone.run(notBefore, task.id);
      return dead ? "dead" : "failed";
    });
  }
  /** Gives the attempt back and parks the task until `untilMs` (rate limit, quota). */
  snooze(task, nowMs, untilMs, error, detail) {
    return this.giveBack(task, nowMs, untilMs, error, detail);
  }
  /** Gives the attempt back and leaves the task where it was in the queue (budget spent, SIGTERM, outage). */
  release(task, nowMs, error, detail) {
    return this.giveBack(task, nowMs, task.runAt, error, detail);
  }
  giveBack(task, nowMs, runAt, error, detail) {
    return writeTx(this.store, () => {
      if (this.s.giveBack.run({ id: task.id, token: task.leaseToken, now: nowMs, runAt }).changes === 0)
        return false;
      this.writeAttempt(task, startOf(task), nowMs, "deferred", error, detail);
      return true;
    });
  }
  /** The attempt's one row: written when it ends (or by recovery), from when and in which run it started. */
  writeAttempt(task, started, nowMs, outcome, error, detail) {
    this.s.insertAttempt.run(task.id, started.runId, task.kind, task.companyId, task.attempts, started.at, nowMs, nowMs - started.at, outcome, error?.kind ?? null, error?.message ?? null, detail ? JSON.stringify(detail) : null);
  }
  /**
   * Tasks left `running` by a dead tick. Only call while holding the tick lease: then no live tick owns them.
   * A kill -9, a power cut or the OOM killer takes down every task in flight, so a crash proves nothing
   * about them: each is handed its attempt back, blamed on nobody, and marked suspect, so it runs alone.
   * Only a suspect that dies while running alone is proven guilty: its attempt stays counted (a poison
   * task ends dead) and its kind's hook hears of it (a company's breaker stops it re-enqueueing for ever).
   */
  recoverOrphans(nowMs, onOutcome) {
    return writeTx(this.store, () => {
      let recovered = 0;
      let dead = 0;
      for (const row of this.s.orphans.all()) {
        const task = taskFromRow(row);
        const started = { runId: row.run_id, at: row.updated_at };
        if (row.last_error_kind !== CRASHED) {
          this.writeAttempt(task, started, nowMs, "deferred", { kind: CRASHED, message: BYSTANDER_MESSAGE });
          this.s.recoverBystander.run({ id: row.id, now: nowMs });
          recovered++;
          continue;
        }
        const isDead = row.attempts >= row.max_attempts;
        this.writeAttempt(task, started, nowMs, "failed", { kind: CRASHED, message: ORPHAN_MESSAGE });
        const effect = onOutcome?.(task, { type: "crashed", message: ORPHAN_MESSAGE }, nowMs);
        this.s.recoverOrphan.run({
          id: row.id,
          now: nowMs,
          runAt: Math.max(nowMs, effect?.notBefore ?? 0),
          status: isDead ? "dead" : "failed",
          finishedAt: isDead ? nowMs : null
        });
        if (isDead)
          dead++;
        else
          recovered++;
      }
      return { recovered, dead };
    });
  }
};

// dist/companies/health.js
var of = oncePer((store) => {
  const db = store.sqlite;
  return {
    success: db.prepare(`
      UPDATE companies SET last_success_at = @now, last_attempt_at = @now, consecutive_failures = 0,
        breaker_open_until = NULL, last_error = NULL, last_error_kind = NULL, updated_at = @now WHERE id = @id`),
    failure: db.prepare(`
      UPDATE companies SET last_attempt_at = @now, last_error = @message, last_error_kind = @kind,
        consecutive_failures = consecutive_failures + @blame, updated_at = @now
      WHERE id = @id RETURNING consecutive_failures`),
    breaker: db.prepare(`UPDATE companies SET breaker_open_until = ? WHERE id = ?`)
  };
});
function recordCompanySuccess(store, companyId, nowMs) {
  of(store).success.run({ id: companyId, now: nowMs });
}
function recordCompanyFailure(store, companyId, nowMs, failure) {
  const s = of(store);
  const row = s.failure.get({ id: companyId, now: nowMs, message: failure.message, kind: failure.kind, blame: failure.blamesCompany ? 1 : 0 });
  if (!row || !failure.blamesCompany)
    return null;
  const until = breakerOpenUntil(row.consecutive_failures, nowMs);
  if (until !== null)
    s.breaker.run(until, companyId);
  return until;
}

// dist/tasks/payload.js
function idsPayload(...fields) {
  return {
    parse(raw) {
      if (typeof raw !== "object" || raw === null || Array.isArray(raw))
        return { ok: false, message: "(root): expected an object" };
      const value = {};
      for (const field of fields) {
        const v = raw[field];
        if (typeof v !== "number" || !Number.isSafeInteger(v) || v <= 0) {
          return { ok: false, message: `${field}: expected a positive whole number, got ${v === void 0 ? "nothing" : JSON.stringify(v)}` };
        }
        value[field] = v;
      }
      return { ok: true, value };
    }
  };
}

// dist/tasks/kinds/scrapeCompany.js
var SCRAPE_TIMEOUT_MS = 9e4;
var scrapeDedupeKey = (p) => `scrape_company:${p.companyId}`;
var scrapeDedupeKeySql = (companyIdExpr) => `'scrape_company:' || ${companyIdExpr}`;
var scrapeCompanyKind = {
  kind: "scrape_company",
  payloadSchema: idsPayload("companyId"),
  dedupeKey: scrapeDedupeKey,
  timeoutMs: SCRAPE_TIMEOUT_MS,
  reachesSites: true,
  handler: async (ctx, deps) => (await import("./scrapeCompany-EML6PYAS.js")).scrapeCompany(ctx, deps),
  onOutcome(tx, task, outcome, nowMs) {
    if (task.companyId === null)
      return;
    if (outcome.type === "succeeded")
      return void recordCompanySuccess(tx, task.companyId, nowMs);
    const failure = outcome.type === "failed" ? outcome.error : { kind: "crashed", message: outcome.message, blamesCompany: true };
    const breakerUntil = recordCompanyFailure(tx, task.companyId, nowMs, failure);
    return breakerUntil === null ? void 0 : { notBefore: breakerUntil };
  }
};

export {
  OPEN_TASK_SQL,
  CLAIMABLE_STATUSES_SQL,
  ON_OPEN_DUPLICATE_SQL,
  claimOrderSql,
  FORCED_PRIORITY,
  TaskQueue,
  idsPayload,
  scrapeDedupeKey,
  scrapeDedupeKeySql,
  scrapeCompanyKind
};
