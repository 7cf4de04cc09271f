// The SQLite task queue: idempotent enqueue, leased claim (attempt counted at claim), and the
// lease-guarded outcomes complete / fail / snooze / release, each with its `attempts` row and the
// company's health in the same BEGIN IMMEDIATE transaction. Raw prepared SQL: this is the hot path.
// Knows payload shapes and policies, never handlers.

import { randomUUID } from 'node:crypto';
import type { Classification } from '../core/errors.js';
import { writeTx, type Store } from '../db/client.js';
import type { TaskKind, TaskStatus } from '../db/enums.js';
import { breakerOpenUntil, retryDelayMs } from '../schedule/backoff.js';
import { drainPrioritySql } from '../schedule/scheduleSql.js';

export interface Task {
  id: number;
  kind: TaskKind;
  status: TaskStatus;
  companyId: number | null;
  userId: number | null;
  dedupeKey: string;
  payload: Record<string, unknown>;
  priority: number;
  runAt: number;
  attempts: number;
  maxAttempts: number;
  lastErrorKind: string | null;
  lastError: string | null;
}

export interface ClaimedTask extends Task {
  leaseToken: string;
  attemptId: number;
  claimedAt: number;
}

interface TaskDbRow {
  id: number; kind: TaskKind; status: TaskStatus; company_id: number | null; user_id: number | null;
  dedupe_key: string; payload: string; priority: number; run_at: number; attempts: number; max_attempts: number;
  last_error_kind: string | null; last_error: string | null;
}

export function taskFromRow(r: TaskDbRow): Task {
  return {
    id: r.id, kind: r.kind, status: r.status, companyId: r.company_id, userId: r.user_id, dedupeKey: r.dedupe_key,
    payload: JSON.parse(r.payload) as Record<string, unknown>, priority: r.priority, runAt: r.run_at,
    attempts: r.attempts, maxAttempts: r.max_attempts, lastErrorKind: r.last_error_kind, lastError: r.last_error,
  };
}

/** A task that was running when its tick died is a suspect: it runs alone, so a poison task cannot take others down. */
export const CRASHED = 'crashed';
const ORPHAN_MESSAGE = 'the tick running this task died (killed, crashed or out of memory)';
const BYSTANDER_MESSAGE = 'the tick died while running this task beside others (not blamed; it runs alone next)';

/**
 * The next claimable task in drain order. INDEXED BY pins the partial claim index: the rows come out
 * already in order, so a claim never sorts the backlog (the planner otherwise prefers the status index).
 */
export const CLAIM_CANDIDATE_SQL = (suspect: boolean) =>
  suspect
    ? // Suspects are few; the least-tried first, so an innocent bystander of a crash runs before a repeat offender.
      // Pending as well as failed: whatever put a suspect back in the queue (a forced scrape, a snooze, a
      // signal, an outage) must not strand it where neither claim would take it.
      `SELECT id FROM tasks
       WHERE status IN ('pending','failed') AND last_error_kind = '${CRASHED}' AND run_at <= @now AND (@kind IS NULL OR kind = @kind)
       ORDER BY attempts, priority, run_at, id LIMIT 1`
    : `SELECT id FROM tasks INDEXED BY tasks_claim_idx
       WHERE status IN ('pending','failed') AND run_at <= @now AND (@kind IS NULL OR kind = @kind)
         AND last_error_kind IS NOT '${CRASHED}'
       ORDER BY priority, run_at, id LIMIT 1`;

/** Drain priority of a forced task (`queue add`): ahead of every scheduled one. */
export const FORCED_PRIORITY = -1;

export interface ClaimOptions {
  nowMs: number;
  runId: number;
  leaseMs: number;
  kind?: TaskKind | null;
  /** Claim a task whose last tick died while running it (see CRASHED). */
  suspect?: boolean;
}

export interface EnqueueResult {
  enqueued: number;
  reprioritised: number;
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
  /** Whether this kind's outcome says something about the company's careers page. */
  tracksCompanyHealth: boolean;
}

export type FailResult = 'failed' | 'dead' | 'lost';

export class TaskQueue {
  private readonly s;

  constructor(
    private readonly store: Store,
    private readonly options: { maxAttempts: number; rand?: () => number },
  ) {
    const db = store.sqlite;
    const schedulePriority = drainPrioritySql('s.effective_rank', 's.next_due_at', 's.interval_ms', '@now');
    this.s = {
      // One statement over the v_schedule view; the partial unique index makes it idempotent.
      enqueueDue: db.prepare(`
        INSERT INTO tasks (kind, status, company_id, dedupe_key, payload, priority, run_at, attempts, max_attempts, created_at, updated_at)
        SELECT 'scrape_company', 'pending', s.company_id, 'scrape_company:' || s.company_id, json_object('companyId', s.company_id),
               ${schedulePriority}, s.next_due_at, 0, @maxAttempts, @now, @now
        FROM v_schedule s
        WHERE s.next_due_at <= @now AND (s.breaker_open_until IS NULL OR s.breaker_open_until <= @now)
        ON CONFLICT (dedupe_key) WHERE status IN ('pending','running','failed') DO NOTHING`),
      // Waiting scrape tasks age: refresh their priority so the anti-starvation rule can lift them.
      reprioritise: db.prepare(`
        UPDATE tasks SET priority = p.priority, updated_at = @now
        FROM (SELECT s.company_id, ${schedulePriority} AS priority FROM v_schedule s) p
        WHERE tasks.company_id = p.company_id AND tasks.kind = 'scrape_company'
          AND tasks.status IN ('pending','failed') AND tasks.priority >= 0 AND tasks.priority <> p.priority`),
      add: db.prepare(`
        INSERT INTO tasks (kind, status, company_id, user_id, dedupe_key, payload, priority, run_at, attempts, max_attempts, created_at, updated_at)
        VALUES (@kind, 'pending', @companyId, @userId, @dedupeKey, @payload, @priority, @runAt, 0, @maxAttempts, @now, @now)
        ON CONFLICT (dedupe_key) WHERE status IN ('pending','running','failed') DO NOTHING
        RETURNING id`),
      findOpen: db.prepare(`SELECT id FROM tasks WHERE dedupe_key = ? AND status IN ('pending','running','failed')`),
      claim: (suspect: boolean) =>
        db.prepare(`
        UPDATE tasks SET status = 'running', attempts = attempts + 1, lease_token = @token,
          lease_expires_at = @leaseExpiresAt, run_id = @runId, updated_at = @now
        WHERE id = (${CLAIM_CANDIDATE_SQL(suspect)})
        RETURNING *`),
      insertAttempt: db.prepare(`
        INSERT INTO attempts (task_id, run_id, kind, company_id, attempt, started_at) VALUES (?, ?, ?, ?, ?, ?)`),
      closeAttempt: db.prepare(`
        UPDATE attempts SET finished_at = @now, duration_ms = @now - started_at, outcome = @outcome,
          error_kind = @errorKind, error_message = @errorMessage, detail = @detail WHERE id = @id`),
      complete: db.prepare(`
        UPDATE tasks SET status = 'succeeded', finished_at = @now, updated_at = @now, lease_token = NULL,
          lease_expires_at = NULL, last_error = NULL, last_error_kind = NULL
        WHERE id = @id AND lease_token = @token AND status = 'running'`),
      fail: db.prepare(`
        UPDATE tasks SET status = @status, run_at = @runAt, finished_at = @finishedAt, updated_at = @now,
          lease_token = NULL, lease_expires_at = NULL, last_error = @message, last_error_kind = @kind
        WHERE id = @id AND lease_token = @token AND status = 'running'`),
      giveBack: db.prepare(`
        UPDATE tasks SET status = 'pending', attempts = MAX(attempts - 1, 0), run_at = @runAt, updated_at = @now,
          lease_token = NULL, lease_expires_at = NULL
        WHERE id = @id AND lease_token = @token AND status = 'running'`),
      companySuccess: db.prepare(`
        UPDATE companies SET last_success_at = @now, last_attempt_at = @now, consecutive_failures = 0,
          breaker_open_until = NULL, last_error = NULL, last_error_kind = NULL, updated_at = @now WHERE id = @id`),
      companyFailure: db.prepare(`
        UPDATE companies SET last_attempt_at = @now, last_error = @message, last_error_kind = @kind,
          consecutive_failures = consecutive_failures + @blame, updated_at = @now
        WHERE id = @id RETURNING consecutive_failures`),
      companyBreaker: db.prepare(`UPDATE companies SET breaker_open_until = ? WHERE id = ?`),
      orphans: db.prepare(`SELECT * FROM tasks WHERE status = 'running'`),
      orphanAttempts: db.prepare(`
        UPDATE attempts SET outcome = 'failed', error_kind = '${CRASHED}', finished_at = @now, error_message = '${ORPHAN_MESSAGE}'
        WHERE task_id = @id AND outcome IS NULL`),
      recoverOrphan: db.prepare(`
        UPDATE tasks SET status = @status, run_at = @runAt, updated_at = @now, finished_at = @finishedAt, lease_token = NULL,
          lease_expires_at = NULL, last_error_kind = '${CRASHED}', last_error = '${ORPHAN_MESSAGE}'
        WHERE id = @id AND status = 'running'`),
      // A bystander of a crash: its attempt is handed back, nobody is blamed, and it runs alone next (a suspect).
      orphanBystanderAttempt: db.prepare(`
        UPDATE attempts SET outcome = 'deferred', error_kind = '${CRASHED}', finished_at = @now, error_message = '${BYSTANDER_MESSAGE}'
        WHERE task_id = @id AND outcome IS NULL`),
      recoverBystander: db.prepare(`
        UPDATE tasks SET status = 'pending', attempts = MAX(attempts - 1, 0), run_at = @now, updated_at = @now, lease_token = NULL,
          lease_expires_at = NULL, last_error_kind = '${CRASHED}', last_error = '${BYSTANDER_MESSAGE}'
        WHERE id = @id AND status = 'running'`),
    };
    this.claimNormal = this.s.claim(false);
    this.claimSuspect = this.s.claim(true);
  }

  private readonly claimNormal;
  private readonly claimSuspect;
  private rand(): number {
    return (this.options.rand ?? Math.random)();
  }

  /** Due companies → scrape tasks (one open task per company) and fresher priorities for waiting ones. */
  enqueueDue(nowMs: number): EnqueueResult {
    return writeTx(this.store, () => {
      const reprioritised = this.s.reprioritise.run({ now: nowMs }).changes;
      const enqueued = this.s.enqueueDue.run({ now: nowMs, maxAttempts: this.options.maxAttempts }).changes;
      return { enqueued, reprioritised };
    });
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
   * Claims the next claimable task in drain order, counting the attempt now (so a crash still uses it)
   * and opening its `attempts` row. `suspect` claims a task whose last tick died while running it.
   */
  claim(opts: ClaimOptions): ClaimedTask | undefined {
    return this.claimMany(1, opts)[0];
  }

  /** Claims up to `n` tasks in one transaction: one commit (one fsync) for a batch of free slots. */
  claimMany(n: number, opts: ClaimOptions): ClaimedTask[] {
    return writeTx(this.store, () => {
      const claimed: ClaimedTask[] = [];
      const stmt = opts.suspect ? this.claimSuspect : this.claimNormal;
      while (claimed.length < n) {
        const token = randomUUID();
        const row = stmt.get({
          token, leaseExpiresAt: opts.nowMs + opts.leaseMs, runId: opts.runId, now: opts.nowMs, kind: opts.kind ?? null,
        }) as TaskDbRow | undefined;
        if (!row) break;
        const task = taskFromRow(row);
        const attemptId = Number(
          this.s.insertAttempt.run(task.id, opts.runId, task.kind, task.companyId, task.attempts, opts.nowMs).lastInsertRowid,
        );
        claimed.push({ ...task, leaseToken: token, attemptId, claimedAt: opts.nowMs });
      }
      return claimed;
    });
  }

  /** Runs several outcome writes in one transaction (group commit); each keeps its own savepoint. */
  batch<T>(fn: () => T): T {
    return writeTx(this.store, fn);
  }

  /** Marks a claimed task done. False when the lease was lost (the task is no longer ours). */
  complete(task: ClaimedTask, nowMs: number, facts: FinishFacts): boolean {
    return writeTx(this.store, () => {
      if (this.s.complete.run({ id: task.id, token: task.leaseToken, now: nowMs }).changes === 0) return false;
      this.closeAttempt(task, nowMs, 'succeeded', null, facts.detail);
      if (facts.tracksCompanyHealth && task.companyId !== null) this.s.companySuccess.run({ id: task.companyId, now: nowMs });
      return true;
    });
  }

  /** Records a failed attempt: retried later with backoff, or dead (permanent, or attempts used up). */
  fail(task: ClaimedTask, nowMs: number, error: Classification, facts: FinishFacts): FailResult {
    return writeTx(this.store, () => {
      const breakerUntil = facts.tracksCompanyHealth && task.companyId !== null
        ? this.recordCompanyFailure(task.companyId, nowMs, error.kind, error.message, error.blamesCompany)
        : null;
      const dead = error.disposition === 'permanent' || task.attempts >= task.maxAttempts;
      const retryAt = Math.max(nowMs + retryDelayMs(task.attempts, () => this.rand()), breakerUntil ?? 0);
      const changed = this.s.fail.run({
        id: task.id, token: task.leaseToken, now: nowMs, status: dead ? 'dead' : 'failed', runAt: dead ? task.runAt : retryAt,
        finishedAt: dead ? nowMs : null, message: error.message, kind: error.kind,
      }).changes;
      if (changed === 0) return 'lost';
      this.closeAttempt(task, nowMs, 'failed', error, facts.detail);
      return dead ? 'dead' : 'failed';
    });
  }

  /** Notes a failure on the company; when it blames the company, may open the breaker. Returns the breaker's end. */
  private recordCompanyFailure(companyId: number, nowMs: number, kind: string, message: string, blame: boolean): number | null {
    const row = this.s.companyFailure.get({ id: companyId, now: nowMs, message, kind, blame: blame ? 1 : 0 }) as
      { consecutive_failures: number } | undefined;
    if (!row || !blame) return null;
    const until = breakerOpenUntil(row.consecutive_failures, nowMs);
    if (until !== null) this.s.companyBreaker.run(until, companyId);
    return until;
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
      this.closeAttempt(task, nowMs, 'deferred', error, detail);
      return true;
    });
  }

  private closeAttempt(
    task: ClaimedTask, nowMs: number, outcome: 'succeeded' | 'failed' | 'deferred', error: Classification | null,
    detail: Record<string, unknown> | undefined,
  ): void {
    this.s.closeAttempt.run({
      id: task.attemptId, now: nowMs, outcome, errorKind: error?.kind ?? null, errorMessage: error?.message ?? null,
      detail: detail ? JSON.stringify(detail) : null,
    });
  }

  /**
   * Tasks left `running` by a dead tick. Only call while holding the tick lease: then no live tick owns them.
   * A kill -9, a power cut or the OOM killer takes down every task in flight, so a crash proves nothing
   * about them: each is handed its attempt back, blamed on nobody, and marked suspect, so it runs alone.
   * Only a suspect that dies while running alone is proven guilty: its attempt stays counted (a poison
   * task ends dead) and its company is blamed (the breaker stops it re-enqueueing for ever).
   */
  recoverOrphans(nowMs: number, tracksCompanyHealth: (kind: TaskKind) => boolean): { recovered: number; dead: number } {
    return writeTx(this.store, () => {
      let recovered = 0;
      let dead = 0;
      for (const row of this.s.orphans.all() as TaskDbRow[]) {
        // Running with the suspect mark means claimed as a suspect, and suspects always run alone.
        if (row.last_error_kind !== CRASHED) {
          this.s.orphanBystanderAttempt.run({ id: row.id, now: nowMs });
          this.s.recoverBystander.run({ id: row.id, now: nowMs });
          recovered++;
          continue;
        }
        const isDead = row.attempts >= row.max_attempts;
        this.s.orphanAttempts.run({ id: row.id, now: nowMs });
        // A page that kills the tick counts against its company, so the breaker stops it re-enqueueing forever.
        const breakerUntil = tracksCompanyHealth(row.kind) && row.company_id !== null
          ? this.recordCompanyFailure(row.company_id, nowMs, CRASHED, ORPHAN_MESSAGE, true)
          : null;
        this.s.recoverOrphan.run({
          id: row.id, now: nowMs, runAt: Math.max(nowMs, breakerUntil ?? 0), status: isDead ? 'dead' : 'failed', finishedAt: isDead ? nowMs : null,
        });
        if (isDead) dead++;
        else recovered++;
      }
      return { recovered, dead };
    });
  }
}
