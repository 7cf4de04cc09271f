// The SQLite task queue: idempotent enqueue, leased claim (attempt counted at claim), and the
// lease-guarded outcomes complete / fail / snooze / release, each with its `attempts` row and the kind's
// own outcome hook in the same BEGIN IMMEDIATE transaction. Generic: it knows no kind, no company, no
// handler. Raw prepared SQL: this is the hot path.

import type { Classification } from '../core/errors.js';
import { withoutDiskWait, writeTx, type Store } from '../db/client.js';
import { TASK_KINDS, type TaskKind, type TaskStatus } from '../db/enums.js';
import { retryDelayMs } from '../schedule/backoff.js';

export interface Task {
  id: number;
  kind: TaskKind;
  status: TaskStatus;
  companyId: number | null;
  userId: number | null;
  dedupeKey: string;
  payload: unknown;
  priority: number;
  runAt: number;
  attempts: number;
  maxAttempts: number;
  lastErrorKind: string | null;
  lastError: string | null;
}

export interface ClaimedTask extends Task {
  leaseToken: string;
  runId: number;
  claimedAt: number;
}

interface TaskDbRow {
  id: number; kind: TaskKind; status: TaskStatus; company_id: number | null; user_id: number | null;
  dedupe_key: string; payload: string; priority: number; run_at: number; attempts: number; max_attempts: number;
  last_error_kind: string | null; last_error: string | null; run_id: number | null; updated_at: number;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text; // the kind's schema reports it as malformed
  }
}

export function taskFromRow(r: Omit<TaskDbRow, 'run_id' | 'updated_at'>): Task {
  return {
    id: r.id, kind: r.kind, status: r.status, companyId: r.company_id, userId: r.user_id, dedupeKey: r.dedupe_key,
    payload: parseJson(r.payload), priority: r.priority, runAt: r.run_at,
    attempts: r.attempts, maxAttempts: r.max_attempts, lastErrorKind: r.last_error_kind, lastError: r.last_error,
  };
}

/** How an attempt ended, as a kind's outcome hook sees it (inside the outcome's transaction). */
export type Outcome =
  | { type: 'succeeded' }
  /** The attempt was used: retried later or dead. */
  | { type: 'failed'; error: Classification }
  /** A suspect running alone died with its tick: proven guilty. */
  | { type: 'crashed'; message: string };

export interface OutcomeEffect {
  /** The task is not retried before this time (a company's open breaker). */
  notBefore?: number;
}

/** The kind's domain bookkeeping for an outcome; runs inside the outcome's transaction. */
export type OutcomeHook = (task: Task, outcome: Outcome, nowMs: number) => OutcomeEffect | void;

/** A task that was running when its tick died is a suspect: it runs alone, so a poison task cannot take others down. */
export const CRASHED = 'crashed';
const ORPHAN_MESSAGE = 'the tick running this task died (killed, crashed or out of memory)';
const BYSTANDER_MESSAGE = 'the tick died while running this task beside others (not blamed; it runs alone next)';

/**
 * An open task (pending, running or failed: at most one per dedupe key) is one not finished: succeeded and
 * dead are the only statuses with a finished_at. The unique index on open keys says it this way (schema.ts).
 */
export const OPEN_TASK_SQL = (alias?: string) => `${alias ? `${alias}.` : ''}finished_at IS NULL`;
/** Statuses a claim takes from. */
export const CLAIMABLE_STATUSES_SQL = `('pending','failed')`;
/** The insert clause that makes enqueueing idempotent (the partial unique index on open tasks' keys). */
export const ON_OPEN_DUPLICATE_SQL = `ON CONFLICT (dedupe_key) WHERE ${OPEN_TASK_SQL()} DO NOTHING`;
/** Drain order; `alias` qualifies the columns in a join. */
export const claimOrderSql = (alias?: string) => ['priority', 'run_at', 'id'].map((c) => (alias ? `${alias}.${c}` : c)).join(', ');

/** The columns a claim reads: the Task's, nothing it does not carry. */
const CLAIMED_COLUMNS = 'id, kind, status, company_id, user_id, dedupe_key, payload, priority, run_at, attempts, max_attempts, last_error_kind, last_error';

/** The next `n` claimable tasks of one kind: a seek on the claim index (kind, priority, run_at, id), rows already in order. */
const nextOfKind = (kind: TaskKind, n: number) => `SELECT ${CLAIMED_COLUMNS} FROM tasks INDEXED BY tasks_claim_idx
  WHERE kind = '${kind}' AND status IN ${CLAIMABLE_STATUSES_SQL} AND run_at <= @now AND last_error_kind IS NOT '${CRASHED}'
  ORDER BY ${claimOrderSql()} LIMIT ${n}`;

/**
 * The next `n` claimable tasks in drain order, among `kinds`: the head of each kind's run in the claim index,
 * then the best of those. A claim never sorts or walks the backlog, whatever kind is asked for. `n` is
 * written into the SQL: with a bound LIMIT the same claim cost 1.5–2× the CPU here (SQLite plans it for
 * any size). Suspects are claimed one at a time.
 */
export const CLAIM_CANDIDATE_SQL = (suspect: boolean, kinds: readonly TaskKind[] = TASK_KINDS, n = 1) =>
  suspect
    ? // Suspects are few; the least-tried first, so an innocent bystander of a crash runs before a repeat offender.
      // Pending as well as failed: whatever put a suspect back in the queue (a forced scrape, a snooze, a
      // signal, an outage) must not strand it where neither claim would take it.
      `SELECT ${CLAIMED_COLUMNS} FROM tasks
       WHERE status IN ${CLAIMABLE_STATUSES_SQL} AND last_error_kind = '${CRASHED}' AND run_at <= @now AND kind IN (${kinds.map((k) => `'${k}'`).join(',')})
       ORDER BY attempts, ${claimOrderSql()} LIMIT 1`
    : kinds.length === 1
      ? nextOfKind(kinds[0]!, n)
      // Materialized: the at most n rows of each kind are sorted once (left to itself, SQLite sorts each kind's apart).
      : `WITH heads AS MATERIALIZED (${kinds.map((k) => `SELECT * FROM (${nextOfKind(k, n)})`).join(' UNION ALL ')})
         SELECT * FROM heads ORDER BY ${claimOrderSql()} LIMIT ${n}`;

/** Drain priority of a forced task (`queue add`): ahead of every scheduled one. */
export const FORCED_PRIORITY = -1;

export interface ClaimOptions {
  nowMs: number;
  runId: number;
  kind?: TaskKind | null;
  /** Claim a task whose last tick died while running it (see CRASHED). */
  suspect?: boolean;
}

export interface NewTask {
  kind: TaskKind;
  dedupeKey: string;
  companyId?: number | null;
  userId?: number | null;
  payload?: Record<string, unknown>;
  priority?: number;
  runAt?: number;
}

export interface FinishFacts {
  /** Handler facts stored on the attempt row (source, postings seen …). */
  detail?: Record<string, unknown>;
  /**
   * The handler's own writes, made once the lease is confirmed, in the outcome's transaction; returns the
   * attempt's detail (instead of `detail`). If it throws, the outcome is undone with them.
   */
  record?: () => Record<string, unknown> | undefined;
  onOutcome?: OutcomeHook;
}

export type FailResult = 'failed' | 'dead' | 'lost';

const startOf = (task: ClaimedTask) => ({ runId: task.runId, at: task.claimedAt });
type AttemptEnd = 'succeeded' | 'failed' | 'deferred';

export class TaskQueue {
  private readonly s;
  private readonly shaped = new Map<string, ReturnType<Store['sqlite']['prepare']>>();
  /** The store's PRAGMA synchronous, which every commit but a claim's keeps. */
  private readonly durability: number;

  constructor(
    private readonly store: Store,
    private readonly options: { maxAttempts: number; rand?: () => number },
  ) {
    const db = store.sqlite;
    this.durability = db.pragma('synchronous', { simple: true }) as number;
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
      postpone: db.prepare('UPDATE tasks SET run_at = ? WHERE id = ?'),
      orphans: db.prepare(`SELECT * FROM tasks WHERE status = 'running'`),
      recoverOrphan: db.prepare(`
        UPDATE tasks SET status = @status, run_at = @runAt, updated_at = @now, finished_at = @finishedAt, lease_token = NULL,
          last_error_kind = '${CRASHED}', last_error = '${ORPHAN_MESSAGE}'
        WHERE id = @id AND status = 'running'`),
      // A bystander of a crash: its attempt is handed back, nobody is blamed, and it runs alone next (a suspect).
      recoverBystander: db.prepare(`
        UPDATE tasks SET status = 'pending', attempts = MAX(attempts - 1, 0), run_at = @now, updated_at = @now, lease_token = NULL,
          last_error_kind = '${CRASHED}', last_error = '${BYSTANDER_MESSAGE}'
        WHERE id = @id AND status = 'running'`),
    };
  }

  private rand(): number {
    return (this.options.rand ?? Math.random)();
  }

  /** New tasks start with this many attempts. */
  get maxAttempts(): number {
    return this.options.maxAttempts;
  }

  /** A statement prepared once per key (claims come in a few shapes: kind filter, batch size). */
  private prepared(key: string, sql: () => string) {
    let stmt = this.shaped.get(key);
    if (!stmt) this.shaped.set(key, (stmt = this.store.sqlite.prepare(sql())));
    return stmt;
  }

  /** The candidates of a claim of up to `n` tasks. */
  private candidates(suspect: boolean, kind: TaskKind | null, n: number) {
    return this.prepared(`${suspect ? 's' : n}:${kind ?? '*'}`, () => CLAIM_CANDIDATE_SQL(suspect, kind ? [kind] : TASK_KINDS, n));
  }

  /**
   * Marks `n` tasks claimed in one statement: (batch token, run id, now, id…). The attempt counts at claim; each
   * task's lease token is the batch's random one plus its id, so it is unique per claim.
   */
  private markClaimed(n: number) {
    return this.prepared(`mark:${n}`, () => `UPDATE tasks SET status = 'running', attempts = attempts + 1, lease_token = ? || '.' || id,
      run_id = ?, updated_at = ? WHERE id IN (${Array(n).fill('?').join(', ')})`);
  }

  /** Adds one task unless an open one holds its dedupe key. */
  add(task: NewTask, nowMs: number): { id: number; created: boolean } {
    return writeTx(this.store, () => {
      const row = this.s.add.get({
        kind: task.kind, dedupeKey: task.dedupeKey, companyId: task.companyId ?? null, userId: task.userId ?? null,
        payload: JSON.stringify(task.payload ?? {}), priority: task.priority ?? 1000, runAt: task.runAt ?? nowMs,
        maxAttempts: this.options.maxAttempts, now: nowMs,
      }) as { id: number } | undefined;
      if (row) return { id: row.id, created: true };
      const open = this.s.findOpen.get(task.dedupeKey) as { id: number };
      return { id: open.id, created: false };
    });
  }

  /**
   * Claims the next claimable task in drain order, counting the attempt now (so a crash still uses it).
   * `suspect` claims a task whose last tick died while running it.
   */
  claim(opts: ClaimOptions): ClaimedTask | undefined {
    return this.claimMany(1, opts)[0];
  }

  /**
   * Claims up to `n` tasks in one transaction. Its commit does not wait for the disk (synchronous=NORMAL for
   * this one commit): WAL keeps a commit through the process dying (kill -9, OOM), which is what the
   * attempt counted at claim must survive; only a power cut can lose it, and then the task is simply
   * pending again, unattempted, as is everything after it (the WAL is replayed in order). Outcomes keep
   * the store's own setting.
   */
  claimMany(n: number, opts: ClaimOptions): ClaimedTask[] {
    return withoutDiskWait(this.store, () => this.claimInTx(n, opts), this.durability);
  }

  /**
   * Claims up to `n` tasks inside the caller's open transaction (a batch of outcomes): the claim is durable
   * with the outcomes that freed the slots, one commit instead of two.
   */
  claimWithinBatch(n: number, opts: ClaimOptions): ClaimedTask[] {
    if (!this.store.sqlite.inTransaction) throw new Error('claimWithinBatch runs inside batch()');
    return this.claimInTx(n, opts);
  }

  /** Whether a claim now would find a task (suspects aside): after a claim, that the drain has reached its tail. */
  hasClaimable(opts: { nowMs: number; kind?: TaskKind | null }): boolean {
    return this.candidates(false, opts.kind ?? null, 1).get({ now: opts.nowMs }) !== undefined;
  }

  /** Reads the candidates and marks them claimed in one BEGIN IMMEDIATE transaction: nobody can claim in between. */
  private claimInTx(n: number, opts: ClaimOptions): ClaimedTask[] {
    const suspect = opts.suspect ?? false;
    return writeTx(this.store, () => {
      const rows = this.candidates(suspect, opts.kind ?? null, n).all({ now: opts.nowMs }) as Omit<TaskDbRow, 'run_id' | 'updated_at'>[];
      if (rows.length === 0) return [];
      // The global Web Crypto loads on first use: a tick that claims nothing never pays for node:crypto.
      const batch = crypto.randomUUID();
      this.markClaimed(rows.length).run([batch, opts.runId, opts.nowMs, ...rows.map((r) => r.id)]);
      return rows.map((row) => ({
        ...taskFromRow(row), status: 'running', attempts: row.attempts + 1, leaseToken: `${batch}.${row.id}`, runId: opts.runId, claimedAt: opts.nowMs,
      }));
    });
  }

  /** Runs several outcome writes in one transaction (group commit); each keeps its own savepoint. */
  batch<T>(fn: () => T): T {
    return writeTx(this.store, fn);
  }

  /** Marks a claimed task done. False when the lease was lost (the task is no longer ours). */
  complete(task: ClaimedTask, nowMs: number, facts: FinishFacts = {}): boolean {
    return writeTx(this.store, () => {
      if (this.s.complete.run(nowMs, nowMs, task.id, task.leaseToken).changes === 0) return false;
      this.writeAttempt(task, startOf(task), nowMs, 'succeeded', null, facts.record ? facts.record() : facts.detail);
      facts.onOutcome?.(task, { type: 'succeeded' }, nowMs);
      return true;
    });
  }

  /** Records a failed attempt: retried later with backoff, or dead (permanent, or attempts used up). */
  fail(task: ClaimedTask, nowMs: number, error: Classification, facts: FinishFacts = {}): FailResult {
    return writeTx(this.store, () => {
      const dead = error.disposition === 'permanent' || task.attempts >= task.maxAttempts;
      const retryAt = nowMs + retryDelayMs(task.attempts, () => this.rand());
      const changed = this.s.fail.run({
        id: task.id, token: task.leaseToken, now: nowMs, status: dead ? 'dead' : 'failed', runAt: dead ? task.runAt : retryAt,
        finishedAt: dead ? nowMs : null, message: error.message, kind: error.kind,
      }).changes;
      if (changed === 0) return 'lost';
      this.writeAttempt(task, startOf(task), nowMs, 'failed', error, facts.detail);
      const notBefore = facts.onOutcome?.(task, { type: 'failed', error }, nowMs)?.notBefore;
      if (!dead && notBefore !== undefined && notBefore > retryAt) this.s.postpone.run(notBefore, task.id);
      return dead ? 'dead' : 'failed';
    });
  }

  /** Gives the attempt back and parks the task until `untilMs` (rate limit, quota). */
  snooze(task: ClaimedTask, nowMs: number, untilMs: number, error: Classification, detail?: Record<string, unknown>): boolean {
    return this.giveBack(task, nowMs, untilMs, error, detail);
  }

  /** Gives the attempt back and leaves the task where it was in the queue (budget spent, SIGTERM, outage). */
  release(task: ClaimedTask, nowMs: number, error: Classification, detail?: Record<string, unknown>): boolean {
    return this.giveBack(task, nowMs, task.runAt, error, detail);
  }

  private giveBack(task: ClaimedTask, nowMs: number, runAt: number, error: Classification, detail?: Record<string, unknown>): boolean {
    return writeTx(this.store, () => {
      if (this.s.giveBack.run({ id: task.id, token: task.leaseToken, now: nowMs, runAt }).changes === 0) return false;
      this.writeAttempt(task, startOf(task), nowMs, 'deferred', error, detail);
      return true;
    });
  }

  /** The attempt's one row: written when it ends (or by recovery), from when and in which run it started. */
  private writeAttempt(
    task: Task, started: { runId: number | null; at: number }, nowMs: number, outcome: AttemptEnd,
    error: { kind: string; message: string } | null, detail?: Record<string, unknown>,
  ): void {
    this.s.insertAttempt.run(task.id, started.runId, task.kind, task.companyId, task.attempts, started.at, nowMs, nowMs - started.at,
      outcome, error?.kind ?? null, error?.message ?? null, detail ? JSON.stringify(detail) : null);
  }

  /**
   * Tasks left `running` by a dead tick. Only call while holding the tick lease: then no live tick owns them.
   * A kill -9, a power cut or the OOM killer takes down every task in flight, so a crash proves nothing
   * about them: each is handed its attempt back, blamed on nobody, and marked suspect, so it runs alone.
   * Only a suspect that dies while running alone is proven guilty: its attempt stays counted (a poison
   * task ends dead) and its kind's hook hears of it (a company's breaker stops it re-enqueueing for ever).
   */
  recoverOrphans(nowMs: number, onOutcome?: OutcomeHook): { recovered: number; dead: number } {
    return writeTx(this.store, () => {
      let recovered = 0;
      let dead = 0;
      for (const row of this.s.orphans.all() as TaskDbRow[]) {
        const task = taskFromRow(row);
        // The attempt started when the task was claimed (updated_at), in the run that claimed it.
        const started = { runId: row.run_id, at: row.updated_at };
        // Running with the suspect mark means claimed as a suspect, and suspects always run alone.
        if (row.last_error_kind !== CRASHED) {
          this.writeAttempt(task, started, nowMs, 'deferred', { kind: CRASHED, message: BYSTANDER_MESSAGE });
          this.s.recoverBystander.run({ id: row.id, now: nowMs });
          recovered++;
          continue;
        }
        const isDead = row.attempts >= row.max_attempts;
        this.writeAttempt(task, started, nowMs, 'failed', { kind: CRASHED, message: ORPHAN_MESSAGE });
        const effect = onOutcome?.(task, { type: 'crashed', message: ORPHAN_MESSAGE }, nowMs);
        this.s.recoverOrphan.run({
          id: row.id, now: nowMs, runAt: Math.max(nowMs, effect?.notBefore ?? 0), status: isDead ? 'dead' : 'failed', finishedAt: isDead ? nowMs : null,
        });
        if (isDead) dead++;
        else recovered++;
      }
      return { recovered, dead };
    });
  }
}
