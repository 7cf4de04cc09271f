// The closed value sets of the schema (task kinds, statuses, sources …). Plain constants with no
// drizzle import, so runtime code can use them without loading the ORM.

export const TASK_KINDS = ['scrape_company', 'analyze_postings'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** `failed` waits for a retry at run_at; `dead` is final (attempts used up, or a permanent error). */
export const TASK_STATUSES = ['pending', 'running', 'succeeded', 'failed', 'dead'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const ATTEMPT_OUTCOMES = ['succeeded', 'failed', 'deferred'] as const;
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];

export const RUN_STATUSES = ['running', 'completed', 'interrupted', 'aborted'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const WORK_MODELS = ['FULLY_REMOTE', 'HYBRID', 'ON_SITE'] as const;
export type WorkModel = (typeof WORK_MODELS)[number];

export const SOURCE_KINDS = [
  'greenhouse', 'lever', 'ashby', 'workable', 'recruitee', 'smartrecruiters', 'breezy', 'personio', 'workday', 'eightfold',
  'rippling', 'bamboohr', 'teamtailor', 'jobvite', 'icims', 'pinpoint', 'homerun', 'join', 'softgarden', 'dover', 'comeet', 'jazzhr',
  'paylocity', 'ultipro', 'oracle', 'successfactors', 'notion', 'browser',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** How a company's remembered source was found: from its careers URL, from its page, or named by the user. */
export const SOURCE_ORIGINS = ['url', 'page', 'user'] as const;
export type SourceOrigin = (typeof SOURCE_ORIGINS)[number];

/**
 * How a company's careers page is read: with plain HTTP (`static`), rendered in Chromium (`browser`), or
 * `auto` while Scoutly has not learnt which (the next scrape reads it both ways).
 */
export const RENDER_MODES = ['static', 'browser', 'auto'] as const;
export type RenderMode = (typeof RENDER_MODES)[number];

/** Who chose the render mode: learnt by comparing both ways, or set by the user (`companies set-render`). */
export const RENDER_ORIGINS = ['learned', 'user'] as const;
export type RenderOrigin = (typeof RENDER_ORIGINS)[number];

export const APPLICATION_STATUSES = [
  'want_to_apply', 'pending_application', 'applied', 'interview_scheduled', 'technical_assessment', 'rejected',
  'offer_received', 'offer_accepted', 'offer_declined', 'stale', 'discarded',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Where a digest goes: the SCOUTLY_NOTIFY_URL kinds, and e-mail through SCOUTLY_SMTP_URL. */
export const DIGEST_CHANNELS = ['ntfy', 'webhook', 'email'] as const;
export type DigestChannel = (typeof DIGEST_CHANNELS)[number];

export const DIGEST_STATUSES = ['sent', 'failed'] as const;
export type DigestStatus = (typeof DIGEST_STATUSES)[number];

/** What a one-time token is for: a sign-in setup link, or one action on one match from a digest. */
export const ONE_TIME_PURPOSES = ['setup', 'action'] as const;
export type OneTimePurpose = (typeof ONE_TIME_PURPOSES)[number];

/** Where an application's status was changed from (its history says so). */
export const CHANGE_SOURCES = ['cli', 'web', 'api', 'digest'] as const;
export type ChangeSource = (typeof CHANGE_SOURCES)[number];
