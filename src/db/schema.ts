// The SQLite schema: every table and view in SPEC "Tables and views". Times are integer
// milliseconds since the Unix epoch (UTC) in every `…_at` column; durations are `…_ms`.
// No side effects here: drizzle-kit loads this file to generate migrations/.

import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, sqliteView, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { intervalCaseSql } from '../schedule/scheduleSql.js';
import {
  APPLICATION_STATUSES, ATTEMPT_OUTCOMES, CHANGE_SOURCES, ONE_TIME_PURPOSES, DIGEST_CHANNELS, DIGEST_STATUSES, RUN_STATUSES, SOURCE_KINDS, SOURCE_ORIGINS, RENDER_MODES, RENDER_ORIGINS, TASK_KINDS, TASK_STATUSES, WORK_MODELS,
} from './enums.js';

export * from './enums.js';

/** `'a','b'` for CHECK constraints and partial indexes: DDL cannot take bound parameters. */
const literals = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));

export const companies = sqliteTable(
  'companies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    careersUrl: text('careers_url').notNull(),
    selector: text('selector'),
    workModel: text('work_model', { enum: WORK_MODELS }),
    headquarters: text('headquarters'),
    officeLocations: text('office_locations', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    fields: text('fields', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    openToApplication: integer('open_to_application', { mode: 'boolean' }),
    sourceKind: text('source_kind', { enum: SOURCE_KINDS }),
    sourceToken: text('source_token'),
    /** The filter pasted with the careers URL, tracking parameters removed: `{"department": ["Engineering"]}`. */
    sourceFilter: text('source_filter'),
    sourceOrigin: text('source_origin', { enum: SOURCE_ORIGINS }),
    renderMode: text('render_mode', { enum: RENDER_MODES }).notNull().default('auto'),
    renderOrigin: text('render_origin', { enum: RENDER_ORIGINS }),
    /** Page scrapes in Chromium since the page was last tried with plain HTTP (re-checked every few). */
    renderScrapesSinceCheck: integer('render_scrapes_since_check').notNull().default(0),
    lastSuccessAt: integer('last_success_at'),
    lastAttemptAt: integer('last_attempt_at'),
    lastError: text('last_error'),
    lastErrorKind: text('last_error_kind'),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    breakerOpenUntil: integer('breaker_open_until'),
    /** What the latest successful scrape's feed lost without failing (fields left empty, postings dropped); null when nothing. */
    driftNote: text('drift_note'),
    /** When that drift was last logged as a warning: once per company and UTC day. */
    driftWarnedAt: integer('drift_warned_at'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    check('companies_source_kind_chk', sql`${t.sourceKind} IS NULL OR ${t.sourceKind} IN (${literals(SOURCE_KINDS)})`),
    check('companies_source_origin_chk', sql`${t.sourceOrigin} IS NULL OR ${t.sourceOrigin} IN (${literals(SOURCE_ORIGINS)})`),
    check('companies_render_mode_chk', sql`${t.renderMode} IN (${literals(RENDER_MODES)})`),
    check('companies_render_origin_chk', sql`${t.renderOrigin} IS NULL OR ${t.renderOrigin} IN (${literals(RENDER_ORIGINS)})`),
    check('companies_work_model_chk', sql`${t.workModel} IS NULL OR ${t.workModel} IN (${literals(WORK_MODELS)})`),
  ],
);

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  /** The candidate profile (JSON object); its shape is validated by the analysis layer. */
  profile: text('profile', { mode: 'json' }).$type<Record<string, unknown>>(),
  cvFileName: text('cv_file_name'),
  /** Plain text of a .txt/.md CV; for a PDF, filled once its text is extracted. */
  cvText: text('cv_text'),
  /** The original CV file, kept so a PDF can be read again by a later version. */
  cvFile: text('cv_file', { mode: 'json' }).$type<{ encoding: 'base64'; data: string }>(),
  /** `scrypt$N$r$p$salt$hash` (base64): the parameters travel with the hash so they can be raised later. */
  passwordHash: text('password_hash'),
  passwordChangedAt: integer('password_changed_at'),
  /** Set by `users add --admin`; the first user is an admin whatever this says (auth/accounts.ts). */
  isAdmin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const preferences = sqliteTable(
  'preferences',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
    rank: integer('rank').notNull(),
    tracking: integer('tracking', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('preferences_user_company_uq').on(t.userId, t.companyId),
    // Covers the effective-rank GROUP BY of v_schedule without touching the table.
    index('preferences_tracking_company_rank_idx').on(t.tracking, t.companyId, t.rank, t.createdAt),
    check('preferences_rank_chk', sql`${t.rank} BETWEEN 1 AND 100`),
  ],
);

export const runs = sqliteTable(
  'runs',
  {
    // No AUTOINCREMENT: its sqlite_sequence row was a page every tick's first commit wrote (an idle tick's biggest
    // share). Runs are never deleted, so a new id is always one past the last.
    id: integer('id').primaryKey(),
    startedAt: integer('started_at').notNull(),
    finishedAt: integer('finished_at'),
    durationMs: integer('duration_ms'),
    status: text('status', { enum: RUN_STATUSES }).notNull().default('running'),
    exitCode: integer('exit_code'),
    budgetMs: integer('budget_ms').notNull(),
    concurrency: integer('concurrency').notNull(),
    enqueued: integer('enqueued').notNull().default(0),
    recovered: integer('recovered').notNull().default(0),
    succeeded: integer('succeeded').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    deferred: integer('deferred').notNull().default(0),
    /** The end-of-tick summary as JSON, for reports. */
    summary: text('summary', { mode: 'json' }).$type<Record<string, unknown>>(),
    host: text('host').notNull(),
    pid: integer('pid').notNull(),
  },
  (t) => [
    index('runs_started_at_idx').on(t.startedAt),
    check('runs_status_chk', sql`${t.status} IN (${literals(RUN_STATUSES)})`),
  ],
);

export const tasks = sqliteTable(
  'tasks',
  {
    // No AUTOINCREMENT (its sqlite_sequence row was a page of every commit that enqueued). Ids are still never
    // reused: when the largest task is deleted, the trigger `tasks_ids_never_reused` (migration 0014, outside
    // drizzle's model) unlinks the attempts that hold ids a new task could take.
    id: integer('id').primaryKey(),
    kind: text('kind', { enum: TASK_KINDS }).notNull(),
    status: text('status', { enum: TASK_STATUSES }).notNull().default('pending'),
    companyId: integer('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** One open task per key: `scrape_company:<companyId>`, `analyze_postings:<companyId>:<userId>`. */
    dedupeKey: text('dedupe_key').notNull(),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default(sql`'{}'`),
    /** Lower drains first (see schedule/due.ts drainPriority). */
    priority: integer('priority').notNull().default(1000),
    /** Not claimable before this time: the due time, or a retry/snooze time. */
    runAt: integer('run_at').notNull(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    /** Set at claim, checked by every outcome: a task is ours only while it holds our token. Recovery needs no
     * expiry: it runs under the tick lease, when every running task is an orphan. */
    leaseToken: text('lease_token'),
    runId: integer('run_id').references(() => runs.id, { onDelete: 'set null' }),
    lastError: text('last_error'),
    lastErrorKind: text('last_error_kind'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    finishedAt: integer('finished_at'),
  },
  (t) => [
    // Enqueue idempotency lives in the database, not in a read-then-write. Open is "not finished": every change
    // to finished | status keeps the two in step (pending, running and failed tasks have none), and a claim,
    // which changes only the status, then leaves this index alone (a page less written per claim).
    uniqueIndex('tasks_open_dedupe_uq').on(t.dedupeKey).where(sql`finished_at IS NULL`),
    // Serves the claim: per kind, the claimable rows in drain order (a seek per kind, whatever the backlog).
    index('tasks_claim_idx').on(t.kind, t.priority, t.runAt, t.id).where(sql`status IN ('pending','failed')`),
    index('tasks_company_idx').on(t.companyId),
    check('tasks_kind_chk', sql`${t.kind} IN (${literals(TASK_KINDS)})`),
    check('tasks_status_chk', sql`${t.status} IN (${literals(TASK_STATUSES)})`),
  ],
);

export const attempts = sqliteTable(
  'attempts',
  {
    // No AUTOINCREMENT: its sequence row is one more page every outcome's commit writes, and nothing needs an
    // attempt id never reused (ids only grow while rows are kept; prune removes the oldest).
    id: integer('id').primaryKey(),
    // The task's id, kept after prune removes the task (attempts are kept 90 days, finished tasks 30; task ids
    // are never reused). No foreign key: its ON DELETE action needed an index on task_id that nothing reads
    // and every outcome's commit wrote a page of.
    taskId: integer('task_id'),
    runId: integer('run_id').references(() => runs.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: TASK_KINDS }).notNull(),
    companyId: integer('company_id').references(() => companies.id, { onDelete: 'set null' }),
    attempt: integer('attempt').notNull(),
    startedAt: integer('started_at').notNull(),
    finishedAt: integer('finished_at'),
    durationMs: integer('duration_ms'),
    /** Null only while the attempt runs; a crashed tick's attempt is closed as failed/crashed by the next. */
    outcome: text('outcome', { enum: ATTEMPT_OUTCOMES }),
    errorKind: text('error_kind'),
    errorMessage: text('error_message'),
    /** Handler-specific facts (source used, postings seen/new/closed …). */
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [
    // No run_id index: a run's attempts are found by started_at (every one starts after its run), one index less to write.
    index('attempts_started_at_idx').on(t.startedAt),
    check('attempts_outcome_chk', sql`${t.outcome} IS NULL OR ${t.outcome} IN (${literals(ATTEMPT_OUTCOMES)})`),
  ],
);

export const postings = sqliteTable(
  'postings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    companyId: integer('company_id').notNull().references(() => companies.id, { onDelete: 'cascade' }),
    /** The source's id when it has one, else the normalised URL. */
    postingKey: text('posting_key').notNull(),
    sourceKind: text('source_kind'),
    sourceId: text('source_id'),
    title: text('title').notNull(),
    url: text('url').notNull(),
    location: text('location'),
    workplaceType: text('workplace_type'),
    department: text('department'),
    descriptionText: text('description_text'),
    publishedAt: integer('published_at'),
    compensation: text('compensation'),
    contentHash: text('content_hash').notNull(),
    firstSeenAt: integer('first_seen_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
    closedAt: integer('closed_at'),
    /** Consecutive successful scrapes that did not see it; closes at 2. */
    missedScrapes: integer('missed_scrapes').notNull().default(0),
    /** A repost (postings/repost.ts): the first posting of its chain, which closed and came back under this id. */
    repostOf: integer('repost_of').references((): AnySQLiteColumn => postings.id, { onDelete: 'set null' }),
    /** What changed materially from the earlier posting (`location, pay`); null when nothing did, or not a repost. */
    repostChange: text('repost_change'),
  },
  (t) => [
    uniqueIndex('postings_company_key_uq').on(t.companyId, t.postingKey),
    index('postings_company_url_idx').on(t.companyId, t.url),
    // Closed ones only (queries read it by a closing time, which implies NOT NULL): a new posting is written
    // into no page of it, one page less for every commit that adds postings.
    index('postings_closed_at_idx').on(t.closedAt).where(sql`closed_at IS NOT NULL`),
    // A new posting's predecessor is looked for among its company's recently closed ones: a seek, not a scan. Partial
    // (as the next): a posting is written into it when it closes, not at every insert.
    index('postings_company_closed_idx').on(t.companyId, t.closedAt).where(sql`closed_at IS NOT NULL`),
    // A chain's postings, and the foreign key's own lookup when a posting is deleted (`repost_of = ?` implies NOT NULL).
    index('postings_repost_of_idx').on(t.repostOf).where(sql`repost_of IS NOT NULL`),
  ],
);

export const analyses = sqliteTable(
  'analyses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postingId: integer('posting_id').notNull().references(() => postings.id, { onDelete: 'cascade' }),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    score: integer('score').notNull(),
    verdict: text('verdict').notNull(),
    reasons: text('reasons', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    concerns: text('concerns', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    analyzer: text('analyzer').notNull(),
    model: text('model'),
    promptVersion: text('prompt_version').notNull(),
    /** contentHash + model + prompt version + profile hash: the same inputs are never analysed twice. */
    cacheKey: text('cache_key').notNull(),
    flagged: integer('flagged', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('analyses_user_cache_uq').on(t.userId, t.postingId, t.cacheKey),
    index('analyses_score_idx').on(t.score),
    check('analyses_score_chk', sql`${t.score} BETWEEN 0 AND 100`),
  ],
);

export const savedJobs = sqliteTable(
  'saved_jobs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    postingId: integer('posting_id').notNull().references(() => postings.id, { onDelete: 'cascade' }),
    analysisId: integer('analysis_id').references(() => analyses.id, { onDelete: 'set null' }),
    status: text('status', { enum: APPLICATION_STATUSES }).notNull().default('want_to_apply'),
    note: text('note'),
    /** Why the user marked it "not for me" (status discarded), when they said; cleared when the status moves on. Later similar postings score lower. */
    discardReason: text('discard_reason'),
    notifiedAt: integer('notified_at'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('saved_jobs_user_posting_uq').on(t.userId, t.postingId),
    check('saved_jobs_status_chk', sql`${t.status} IN (${literals(APPLICATION_STATUSES)})`),
  ],
);

/** Every change of an application's status, with its note and where it was made. */
export const applicationHistory = sqliteTable(
  'application_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    savedJobId: integer('saved_job_id').notNull().references(() => savedJobs.id, { onDelete: 'cascade' }),
    status: text('status', { enum: APPLICATION_STATUSES }).notNull(),
    note: text('note'),
    via: text('via', { enum: CHANGE_SOURCES }).notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('application_history_job_idx').on(t.savedJobId, t.createdAt),
    check('application_history_status_chk', sql`${t.status} IN (${literals(APPLICATION_STATUSES)})`),
    check('application_history_via_chk', sql`${t.via} IN (${literals(CHANGE_SOURCES)})`),
  ],
);

/** Signed-in browsers. Only a hash of the cookie's token is stored; expiry slides with use. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: integer('created_at').notNull(),
    lastSeenAt: integer('last_seen_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** API tokens for scripts (`scoutly users token`): shown once, stored as a hash, revoked by id. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    name: text('name'),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: integer('created_at').notNull(),
    lastUsedAt: integer('last_used_at'),
    revokedAt: integer('revoked_at'),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

/**
 * Single-use tokens: a setup link (choose a password) or one action on one match from a digest. The row
 * binds what the token may do; only its hash is stored, so a changed character finds nothing.
 */
export const oneTimeTokens = sqliteTable(
  'one_time_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    purpose: text('purpose', { enum: ONE_TIME_PURPOSES }).notNull(),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    savedJobId: integer('saved_job_id').references(() => savedJobs.id, { onDelete: 'cascade' }),
    /** For an action token: the application status it sets. */
    action: text('action', { enum: APPLICATION_STATUSES }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    usedAt: integer('used_at'),
  },
  (t) => [
    index('one_time_tokens_expires_idx').on(t.expiresAt),
    check('one_time_tokens_purpose_chk', sql`${t.purpose} IN (${literals(ONE_TIME_PURPOSES)})`),
  ],
);

/** Every sign-in try, kept for the rate limit's window (persisted: the web service exits when idle). */
export const signInAttempts = sqliteTable(
  'sign_in_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The address as typed, lower-cased (an unknown one is limited like a real one). */
    email: text('email').notNull(),
    address: text('address').notNull(),
    succeeded: integer('succeeded', { mode: 'boolean' }).notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('sign_in_attempts_email_idx').on(t.email, t.createdAt), index('sign_in_attempts_address_idx').on(t.address, t.createdAt)],
);

/** One digest sent, or tried and failed, on one channel: the notification log behind `status` and the report. */
export const digests = sqliteTable(
  'digests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    runId: integer('run_id').references(() => runs.id, { onDelete: 'set null' }),
    channel: text('channel', { enum: DIGEST_CHANNELS }).notNull(),
    status: text('status', { enum: DIGEST_STATUSES }).notNull(),
    createdAt: integer('created_at').notNull(),
    matches: integer('matches').notNull().default(0),
    closed: integer('closed').notNull().default(0),
    warnings: integer('warnings').notNull().default(0),
    /** Why the channel refused or could not be reached (secrets masked). */
    error: text('error'),
  },
  (t) => [
    index('digests_channel_created_idx').on(t.channel, t.createdAt),
    check('digests_channel_chk', sql`${t.channel} IN (${literals(DIGEST_CHANNELS)})`),
    check('digests_status_chk', sql`${t.status} IN (${literals(DIGEST_STATUSES)})`),
  ],
);

/**
 * What a sent digest told: one key per item (`match:<savedJobId>`, `closed:<savedJobId>:<closedAt>`,
 * `warning:…`). A channel is never told an item twice; failed digests have no items.
 */
export const digestItems = sqliteTable(
  'digest_items',
  {
    digestId: integer('digest_id').notNull().references(() => digests.id, { onDelete: 'cascade' }),
    itemKey: text('item_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.digestId, t.itemKey] }), index('digest_items_key_idx').on(t.itemKey)],
);

export const aiUsage = sqliteTable(
  'ai_usage',
  {
    /** The quota day, `YYYY-MM-DD` in America/Los_Angeles (Gemini's daily quota resets at midnight Pacific). */
    day: text('day').notNull(),
    model: text('model').notNull(),
    requests: integer('requests').notNull().default(0),
    inputTokens: integer('input_tokens').notNull().default(0),
    /** The answer's tokens (`candidatesTokenCount`), without thinking. */
    outputTokens: integer('output_tokens').notNull().default(0),
    /** Tokens the model spent thinking (`thoughtsTokenCount`): billed as output, counted apart. */
    thinkingTokens: integer('thinking_tokens').notNull().default(0),
    /** Set when Gemini answered that the daily quota is spent; no request before this time. */
    exhaustedUntil: integer('exhausted_until'),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.model] })],
);

/** One row at most: the tick that holds the single-instance lease. */
export const tickLease = sqliteTable(
  'tick_lease',
  {
    id: integer('id').primaryKey(),
    owner: text('owner').notNull(),
    host: text('host').notNull(),
    pid: integer('pid').notNull(),
    bootId: text('boot_id'),
    /** The holder's process start time (from /proc), so a reused pid is not mistaken for the holder. */
    pidStartTicks: text('pid_start_ticks'),
    runId: integer('run_id'),
    acquiredAt: integer('acquired_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [check('tick_lease_single_row_chk', sql`${t.id} = 1`)],
);

const iso = (column: string) => `strftime('%Y-%m-%dT%H:%M:%SZ', ${column} / 1000, 'unixepoch')`;

/** Tracked companies with their effective rank, interval and next due time (ms, plus ISO text for people). */
export const vSchedule = sqliteView('v_schedule', {
  companyId: integer('company_id').notNull(),
  slug: text('slug').notNull(),
  company: text('company').notNull(),
  effectiveRank: integer('effective_rank').notNull(),
  intervalMs: integer('interval_ms').notNull(),
  lastSuccessAt: integer('last_success_at'),
  nextDueAt: integer('next_due_at').notNull(),
  breakerOpenUntil: integer('breaker_open_until'),
  consecutiveFailures: integer('consecutive_failures').notNull(),
  lastSuccess: text('last_success'),
  nextDue: text('next_due').notNull(),
}).as(
  sql.raw(`SELECT s.*, ${iso('s.last_success_at')} AS last_success, ${iso('s.next_due_at')} AS next_due FROM (
  SELECT c.id AS company_id, c.slug, c.name AS company, p.effective_rank,
    ${intervalCaseSql('p.effective_rank')} AS interval_ms,
    c.last_success_at,
    COALESCE(c.last_success_at + ${intervalCaseSql('p.effective_rank')}, p.tracked_since) AS next_due_at,
    c.breaker_open_until, c.consecutive_failures
  FROM companies c
  JOIN (SELECT company_id, MAX(rank) AS effective_rank, MIN(created_at) AS tracked_since
        FROM preferences WHERE tracking = 1 GROUP BY company_id) p ON p.company_id = c.id
) s`),
);

/** Task counts by kind and status. */
export const vQueue = sqliteView('v_queue', {
  kind: text('kind').notNull(),
  status: text('status').notNull(),
  count: integer('count').notNull(),
}).as(sql.raw(`SELECT kind, status, COUNT(*) AS count FROM tasks GROUP BY kind, status`));

/** The last 50 ticks, newest first. */
export const vRecentRuns = sqliteView('v_recent_runs', {
  id: integer('id').notNull(),
  started: text('started').notNull(),
  durationMs: integer('duration_ms'),
  status: text('status').notNull(),
  exitCode: integer('exit_code'),
  enqueued: integer('enqueued').notNull(),
  succeeded: integer('succeeded').notNull(),
  failed: integer('failed').notNull(),
  deferred: integer('deferred').notNull(),
}).as(
  sql.raw(`SELECT id, ${iso('started_at')} AS started, duration_ms, status, exit_code, enqueued, succeeded, failed, deferred
FROM runs ORDER BY started_at DESC, id DESC LIMIT 50`),
);

/** Saved matches with what a person wants to see first. */
export const vMatches = sqliteView('v_matches', {
  savedJobId: integer('saved_job_id').notNull(),
  user: text('user').notNull(),
  company: text('company').notNull(),
  title: text('title').notNull(),
  score: integer('score'),
  url: text('url').notNull(),
  firstSeen: text('first_seen').notNull(),
  status: text('status').notNull(),
  closedAt: integer('closed_at'),
}).as(
  sql.raw(`SELECT sj.id AS saved_job_id, u.email AS user, c.name AS company, p.title, a.score, p.url,
  ${iso('p.first_seen_at')} AS first_seen, sj.status, p.closed_at
FROM saved_jobs sj
JOIN users u ON u.id = sj.user_id
JOIN postings p ON p.id = sj.posting_id
JOIN companies c ON c.id = p.company_id
LEFT JOIN analyses a ON a.id = sj.analysis_id`),
);
